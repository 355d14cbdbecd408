//! Every refusal the core can make, as one typed error. Each variant has a stable `code`
//! (for the UI and for tests), a Swedish message that names the rule, and the form field
//! it concerns, so the UI can show it beside the input. Warnings, the answers that do not
//! refuse, live here too: a refusal can carry them ([`CoreError::ConfirmWarnings`]).
//!
//! Layer: the lowest but one. May use `crate::files` only; all the others may use this.

mod code;
mod data_file;
mod fields;
mod incoming;
mod mina_forbund;
mod warning;
mod words;

pub use data_file::DataFileError;
pub use fields::{FieldError, FieldErrors};
pub use incoming::IncomingFileError;
pub use mina_forbund::MinaForbundError;
pub use warning::Warning;

use std::path::PathBuf;

use words::{database_orsak, insatser, migration_orsak};

/// A refusal or failure in the core. The `Display` text is the Swedish message shown to the
/// officer.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    // --- Input that breaks a rule -----------------------------------------------------
    #[error("{label} måste fyllas i.")]
    Required {
        field: &'static str,
        label: &'static str,
    },

    #[error("{label} får vara högst {max} tecken.")]
    TooLong {
        field: &'static str,
        label: &'static str,
        max: usize,
    },

    #[error("{label} innehåller ett osynligt styrtecken. Skriv om texten utan det.")]
    ControlCharacter {
        field: &'static str,
        label: &'static str,
    },

    #[error("Organisationsnumret ska skrivas NNNNNN-NNNN, t.ex. 222000-1354.")]
    OrgnrFormat,

    #[error("Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.")]
    OrgnrCheckDigit,

    #[error(
        "Det ser ut som ett personnummer. Ange förbundets organisationsnummer \
         (tredje siffran är 2 eller högre)."
    )]
    OrgnrLooksPersonal,

    #[error("Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-04-15.")]
    DateFormat { field: &'static str },

    #[error("Datumet {input} finns inte i kalendern.")]
    DateImpossible { field: &'static str, input: String },

    #[error("Startdatumet kan inte vara före {earliest}, då Finsamlagen trädde i kraft.")]
    StartBeforeFinsam { earliest: chrono::NaiveDate },

    #[error("Startdatumet kan inte vara senare än {latest}: bara nästa år kan fyllas i i förväg.")]
    StartTooLate { latest: chrono::NaiveDate },

    #[error(
        "Startdatumet kan inte ändras när insatser eller siffror är registrerade: allt annat \
         följer av det."
    )]
    StartdatumFixed,

    #[error("Slutdatumet kan inte vara före startdatumet {start}.")]
    EndBeforeStart {
        field: &'static str,
        start: chrono::NaiveDate,
    },

    #[error("Slutdatumet kan inte vara före uppgifter som redan är registrerade: {what}.")]
    DataAfterEnd { what: String },

    #[error("Året {year} ligger utanför förbundets år ({first}–{last}).")]
    YearOutOfRange { year: i32, first: i32, last: i32 },

    #[error("Beloppet ska anges i hela kronor, med siffror, t.ex. 1 234 567.")]
    AmountFormat { field: &'static str },

    #[error("Ange hela kronor, utan ören eller decimaler.")]
    AmountDecimals { field: &'static str },

    #[error("Beloppet är orimligt stort (högst {max} kr).")]
    AmountTooLarge {
        field: &'static str,
        max: &'static str,
    },

    #[error("Postnumret ska skrivas NNN NN, t.ex. 451 80.")]
    PostnummerFormat,

    #[error("Telefonnumret ska ha 7–15 siffror och får bara innehålla siffror, mellanslag, - och + först, t.ex. 0522-123 45.")]
    TelefonFormat { field: &'static str },

    #[error("E-postadressen ser inte ut som en e-postadress, t.ex. namn@forbund.se.")]
    EpostFormat { field: &'static str },

    #[error("Försäkringskassan är alltid finansiär: den betalar statens hela andel.")]
    FkAlwaysFinancier { field: String },

    #[error("Arbetsförmedlingen kan inte vara finansiär.")]
    AfNeverFinancier { field: String },

    #[error(
        "ESF-rådet måste vara finansiär eftersom förbundet självt leder och styr \
         ESF-projektet ”{insats}”."
    )]
    EsfMustBeFinancier { field: String, insats: String },

    #[error(
        "Förbundet har överskott från föregående år för {year} och måste därför själv vara \
         finansiär."
    )]
    ForbundMustBeFinancier { field: String, year: i32 },

    #[error("{organisation} har finansiering registrerad för {year} och måste vara finansiär.")]
    FundedMustBeFinancier {
        field: String,
        organisation: String,
        year: i32,
    },

    #[error("Förbundet är alltid konsument och kan inte vara medlem i sig självt.")]
    ForbundNotMember { field: String },

    /// M7: only Försäkringskassan, Arbetsförmedlingen, kommuner and regions are members.
    #[error(
        "{organisation} kan inte vara medlem: medlemmar i ett samordningsförbund är bara \
         Försäkringskassan, Arbetsförmedlingen, kommuner och regioner. Ta bort bocken under \
         Medlem."
    )]
    MedlemNotAllowed { field: String, organisation: String },

    /// M2 and M6 in the split per financier: a share for an organisation that can never be
    /// a financier (Arbetsförmedlingen) or is not marked as one. `what_to_do` finishes the
    /// sentence.
    #[error("{organisation} {what_to_do}")]
    ShareNotFinancier {
        field: String,
        organisation: String,
        what_to_do: &'static str,
    },

    #[error("{namn} är redan {roll} och kan inte också vara {other}.")]
    BothRoles {
        namn: String,
        roll: &'static str,
        other: &'static str,
    },

    #[error("Det finns redan ett uppdrag för {epost}.")]
    UppdragExists { epost: String },

    #[error("Det finns redan en organisation som heter ”{namn}”.")]
    OrganisationExists { namn: String },

    #[error("{what} finns inte (längre) i datafilen.")]
    NotFound { what: String },

    #[error("Kontrollera varningarna och spara igen om uppgifterna ändå stämmer.")]
    ConfirmWarnings(Vec<Warning>),

    #[error("{label} kan inte ändras efter att insatsen skapats.")]
    FixedChoice {
        field: &'static str,
        label: &'static str,
    },

    #[error("Insatsen är avslutad och kan inte ändras{detail}.")]
    InsatsAvslutad { detail: &'static str },

    #[error("En insats tas aldrig bort. Avsluta den i stället.")]
    InsatsNoDelete,

    #[error("Historiken kan inte ändras eller tas bort.")]
    HistorikAppendOnly,

    #[error("En individinriktad insats följer alltid upp sina deltagare.")]
    IndividFollows,

    #[error("Det finns redan en insats som heter ”{namn}”.")]
    InsatsNameTaken { namn: String },

    #[error("Insatsen kan inte starta före förbundets startdatum {start}.")]
    InsatsBeforeForbund { start: chrono::NaiveDate },

    #[error("Insatsen kan inte starta efter förbundets slutdatum {end}.")]
    InsatsAfterForbund { end: chrono::NaiveDate },

    #[error("Slutdatumet kan inte vara senare än i dag, {today}.")]
    EndAfterToday { today: chrono::NaiveDate },

    #[error("Välj {what}.")]
    Choose {
        field: &'static str,
        what: &'static str,
    },

    #[error("{what} hör inte till listan för den här insatsen.")]
    NotInList { field: &'static str, what: String },

    #[error("{namn} är inte deltagaransvarig.")]
    NotDeltagaransvarig { namn: String },

    /// U2: a deltagaransvarig reports counts for individinriktade insatser only.
    #[error(
        "En deltagaransvarig rapporterar antal bara för individinriktade insatser. Ta bort \
         {namn} härifrån; förbundsadministratören för in antalen för en strukturövergripande \
         insats."
    )]
    AnsvarigIndividOnly { namn: String },

    /// U2: the deltagaransvarig is employed by one of the members, never by the förbund.
    #[error(
        "En person som är anställd av förbundet självt kan inte vara deltagaransvarig. Välj \
         förbundsadministratör som roll, eller den ingående organisation personen är anställd av."
    )]
    EmployedByForbund,

    #[error("Välj en av förbundets ingående organisationer.")]
    NotIngaende { field: &'static str },

    /// F2: a step of eget kapital needs its source first.
    #[error(
        "Ange först källan till nivåerna (vem som rekommenderar dem, adress och datum), så att \
         varningen kan hänvisa till den."
    )]
    EgetKapitalKallaSaknas,

    #[error("Ange procent som ett heltal från 0 till 1000, t.ex. 20.")]
    ProcentFormat { field: &'static str },

    #[error("Det finns redan ett steg från {medel_fran} kr.")]
    StegExists { medel_fran: String },

    #[error("Ange adressen som en webbadress som börjar med https://.")]
    UrlFormat { field: &'static str },

    #[error("Insatsen följer inte upp deltagare, så inga antal kan registreras.")]
    NoParticipantFollowUp,

    #[error("{message}")]
    CountNotForThisInsats {
        field: &'static str,
        message: &'static str,
    },

    #[error("Ange antalet som ett heltal, 0 eller mer.")]
    CountFormat { field: &'static str },

    #[error("Insatsen pågick inte under {year}.")]
    InsatsNotRunning { year: i32 },

    #[error("Det finns deltagare registrerade för {year}, utanför insatsens datum.")]
    CountsOutsideRun { year: i32 },

    #[error(
        "Det finns budget eller utfall registrerat för {year}, utanför insatsens datum. Ta \
         bort det först."
    )]
    BudgetOutsideRun { year: i32 },

    #[error("{what} för {year} kan inte ändras efter den {deadline}.")]
    YearLocked {
        what: &'static str,
        year: i32,
        deadline: String,
    },

    /// Y6: `then` says what is still possible (another date, or nothing).
    #[error("{year} är låst sedan {since}. {then}")]
    LockedYearDate {
        field: &'static str,
        year: i32,
        since: String,
        then: String,
    },

    #[error("{what} för {year} kan inte fyllas i ännu: bara nästa år kan fyllas i i förväg.")]
    YearNotOpen { what: &'static str, year: i32 },

    #[error(
        "”{namn}” används av {} och kan inte tas bort. Dölj den i stället.",
        insatser(*count)
    )]
    ReferenceInUse { namn: String, count: i64 },

    #[error("Det finns redan ”{namn}” i listan.")]
    ReferenceNameTaken { namn: String },

    #[error("Beloppet kan inte vara negativt.")]
    AmountNegative { field: String },

    #[error("{message}")]
    Cell {
        field: String,
        message: String,
        code: &'static str,
    },

    /// B1 in the budget grid. Same code as [`Self::NoParticipantFollowUp`]: one rule, and
    /// the schema's trigger raises that code for budgeted participants too.
    #[error(
        "Budgeterat antal deltagare kan inte anges för en insats som inte följer upp deltagare."
    )]
    BudgetDeltagareWithoutFollowUp { field: String },

    /// A file brought in from outside refused: an årsrapport to import, or the workbook
    /// "Läs in tidigare år" reads.
    #[error(transparent)]
    Incoming(#[from] IncomingFileError),

    #[error("Rapporten kunde inte skapas: {0}")]
    Report(String),

    #[error("{} fel behöver rättas innan det går att spara.", .0.len())]
    Several(Vec<CoreError>),

    // --- State of the data file ------------------------------------------------------
    #[error("Datafilen har redan ett förbund. En datafil håller ett förbund.")]
    ForbundExists,

    #[error("Inget förbund är skapat i datafilen ännu.")]
    NoForbund,

    /// A data file the core will not open as it is: not ours, newer, damaged or empty.
    #[error(transparent)]
    DataFile(#[from] DataFileError),

    /// A file of "Mina förbund" refused: one to open, or a new one.
    #[error(transparent)]
    MinaForbund(#[from] MinaForbundError),

    #[error("Mappen {path} kan inte användas för säkerhetskopior: {reason}")]
    BackupFolder { path: PathBuf, reason: String },

    #[error("Säkerhetskopian {name} kan inte återställas: {reason}")]
    BackupUnusable { name: String, reason: String },

    #[error("Datafilen kan inte flyttas till {path}: {reason} Datafilen har inte ändrats.")]
    MoveRefused { path: PathBuf, reason: String },

    #[error("Kunde inte läsa eller skriva {path}: {}", crate::files::orsak(source))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error(
        "Datafilen kunde inte uppdateras till den här versionen av Finsamkollen, så inget i \
         den ändrades. {}",
        migration_orsak(.0)
    )]
    Migration(#[from] refinery::Error),

    #[error("{} Inget sparades.", database_orsak(.0))]
    Database(#[source] rusqlite::Error),

    #[error("{value} är inget giltigt datum för FINSAMKOLLEN_TODAY (skriv ÅÅÅÅ-MM-DD).")]
    ClockOverride { value: String },

    #[error(
        "{value} är inget installationssätt för FINSAMKOLLEN_INSTALL_KIND (skriv msi, nsis, deb, rpm, appimage eller none)."
    )]
    InstallKindOverride { value: String },
}
