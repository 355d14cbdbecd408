//! Every refusal the core can make, as one typed error. Each variant has a stable `code`
//! (for the UI and for tests), a Swedish message that names the rule, and the form field
//! it concerns, so the UI can show it beside the input.

use std::path::PathBuf;

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

    #[error("Startdatumet sattes när förbundet skapades och kan inte ändras.")]
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

    #[error("ESF-rådet måste vara finansiär eftersom insatsen ”{insats}” är ESF-finansierad.")]
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
    ConfirmWarnings(Vec<crate::domain::warning::Warning>),

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

    /// `path` is where in the file (a JSON path such as `medel.samverkansparterna`), or
    /// empty when the problem is the whole file.
    #[error("{}{message}{}. Ingen datafil skapades.", prefix(file), vid(path))]
    Import {
        file: String,
        path: String,
        message: String,
    },

    #[error(
        "{file} är {} stor och läses inte: en årsrapport från Finsamkollen är sällan större än \
         50 kB, och en fil över {} kan inte vara en. Ingen datafil skapades.",
        megabytes(*size),
        megabytes(crate::report::import::MAX_FILE_BYTES)
    )]
    ImportTooLarge { file: String, size: u64 },

    #[error("Det finns redan en fil {path}. Importen skapar alltid en ny datafil.")]
    ImportTargetExists { path: PathBuf },

    #[error("Rapporten kunde inte skapas: {0}")]
    Report(String),

    #[error("{} fel behöver rättas innan det går att spara.", .0.len())]
    Several(Vec<CoreError>),

    // --- State of the data file ------------------------------------------------------
    #[error("Datafilen har redan ett förbund. En datafil håller ett förbund.")]
    ForbundExists,

    #[error("Inget förbund är skapat i datafilen ännu.")]
    NoForbund,

    #[error(
        "Filen {path} är inte en Finsamkollen-datafil: den är inte en SQLite-databas. \
         Filen har inte ändrats."
    )]
    NotADatabase { path: PathBuf },

    #[error(
        "Filen {path} är en databas från ett annat program, inte en Finsamkollen-datafil. \
         Filen har inte ändrats."
    )]
    ForeignDatabase { path: PathBuf },

    #[error(
        "Datafilen {path} är skapad av en nyare version av Finsamkollen (schemaversion \
         {file_version}; den här versionen känner till version {app_version}). Uppdatera \
         Finsamkollen för att öppna den. Filen har inte ändrats."
    )]
    NewerSchema {
        path: PathBuf,
        file_version: i64,
        app_version: i64,
    },

    /// `detail` is SQLite's own account ("database disk image is malformed", "*** in
    /// database main *** Tree 3 page 3: …"), kept for whoever repairs the file
    /// ([`Self::technical_detail`]); the officer reads the sentence.
    #[error(
        "Datafilen {path} är skadad: en del av filen går inte att läsa, så den kan inte \
         öppnas. Filen har inte ändrats."
    )]
    Corrupt { path: PathBuf, detail: String },

    /// A data file of 0 bytes where a backup of it can be restored (see `Service::open_app`).
    #[error(
        "Datafilen {path} är tom: den innehåller ingenting, inte ens början av en datafil, \
         fast det finns säkerhetskopior av den. Det händer när en kopiering eller \
         synkronisering avbryts eller disken blir full. Återställ en säkerhetskopia. Filen \
         har inte ändrats."
    )]
    EmptyDataFile { path: PathBuf },

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
}

/// Why SQLite refused, as a Swedish sentence. SQLite's own text is English and technical
/// ("database disk image is malformed"); its result code says the same in a way that can
/// be worded for the officer.
fn database_orsak(error: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as Code;
    let Some(code) = error.sqlite_error_code() else {
        return "Ett oväntat fel uppstod när datafilen lästes eller skrevs.".to_owned();
    };
    match code {
        Code::DatabaseCorrupt | Code::NotADatabase => {
            "Datafilen är skadad: en del av filen går inte att läsa. Återställ en \
             säkerhetskopia under Inställningar → Dina data."
        }
        Code::DiskFull => "Disken är full. Frigör utrymme och försök igen.",
        Code::DatabaseBusy | Code::DatabaseLocked => {
            "Datafilen används av ett annat program just nu. Försök igen om en stund."
        }
        Code::ReadOnly => {
            "Datafilen går bara att läsa: den är skrivskyddad eller ligger på en disk som \
             bara går att läsa från."
        }
        Code::PermissionDenied => "Du har inte behörighet att ändra datafilen.",
        Code::CannotOpen => {
            "Datafilen kan inte öppnas: filen eller mappen finns inte längre, eller så \
             saknas behörighet."
        }
        Code::SystemIoFailure | Code::FileLockingProtocolFailed => {
            "Datafilen kunde inte läsas eller skrivas: disken svarade med ett fel. Kontrollera \
             att disken eller nätverksmappen är ansluten."
        }
        Code::OutOfMemory => "Datorn har inte tillräckligt med ledigt minne.",
        Code::TooBig => "Uppgiften är för stor för att sparas i datafilen.",
        Code::ConstraintViolation => "Ändringen skulle bryta mot en regel i datafilen.",
        _ => {
            return format!(
                "Ett oväntat fel uppstod i datafilen (felkod {}).",
                error.sqlite_extended_error_code().unwrap_or_default()
            )
        }
    }
    .to_owned()
}

/// Why a migration failed, as a Swedish sentence: SQLite's reason when it was SQLite's.
fn migration_orsak(error: &refinery::Error) -> String {
    use refinery::error::Kind;
    match error.kind() {
        Kind::Connection(_, source) => match source.downcast_ref::<rusqlite::Error>() {
            Some(sqlite) => database_orsak(sqlite),
            None => "Datafilen kunde inte läsas eller skrivas.".to_owned(),
        },
        Kind::DivergentVersion(..) | Kind::MissingVersion(_) => {
            "Datafilen har uppdaterats av en version av Finsamkollen som den här versionen \
             inte känner till."
                .to_owned()
        }
        _ => "Uppdateringen i den här versionen av Finsamkollen är felaktig.".to_owned(),
    }
}

/// "fel.json: " before an import's message, or nothing when no file is concerned.
fn prefix(file: &str) -> String {
    if file.is_empty() {
        String::new()
    } else {
        format!("{file}: ")
    }
}

/// " (vid medel.samverkansparterna)", or nothing for a problem of the whole file.
fn vid(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" (vid {path})")
    }
}

/// "5 MB", "50,3 MB": a file's size as Windows' Explorer shows it (1 MB = 1 024 kB).
fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).saturating_add(524_288) / 1_048_576;
    match tenths % 10 {
        0 => format!("{} MB", tenths / 10),
        rest => format!("{},{rest} MB", tenths / 10),
    }
}

/// "1 insats", "3 insatser".
fn insatser(count: i64) -> String {
    if count == 1 {
        "1 insats".to_owned()
    } else {
        format!("{count} insatser")
    }
}

impl CoreError {
    /// A stable, machine-readable code. The UI and tests match on it; never reword it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Required { .. } => "required",
            Self::TooLong { .. } => "too_long",
            Self::ControlCharacter { .. } => "text_control_character",
            Self::OrgnrFormat => "orgnr_format",
            Self::OrgnrCheckDigit => "orgnr_check_digit",
            Self::OrgnrLooksPersonal => "orgnr_looks_personal",
            Self::DateFormat { .. } => "date_format",
            Self::DateImpossible { .. } => "date_impossible",
            Self::StartBeforeFinsam { .. } => "start_before_finsam",
            Self::StartTooLate { .. } => "start_too_late",
            Self::StartdatumFixed => "startdatum_fixed",
            Self::EndBeforeStart { .. } => "end_before_start",
            Self::DataAfterEnd { .. } => "data_after_end",
            Self::YearOutOfRange { .. } => "year_out_of_range",
            Self::AmountFormat { .. } => "amount_format",
            Self::AmountDecimals { .. } => "amount_decimals",
            Self::AmountTooLarge { .. } => "amount_too_large",
            Self::PostnummerFormat => "postnummer_format",
            Self::TelefonFormat { .. } => "telefon_format",
            Self::EpostFormat { .. } => "epost_format",
            Self::FkAlwaysFinancier { .. } => "m1_fk_financier",
            Self::AfNeverFinancier { .. } => "m2_af_not_financier",
            Self::EsfMustBeFinancier { .. } => "m3_esf_financier",
            Self::ForbundMustBeFinancier { .. } => "m4_forbund_financier",
            Self::FundedMustBeFinancier { .. } => "m6_funded_financier",
            Self::ForbundNotMember { .. } => "forbund_not_member",
            Self::BothRoles { .. } => "u1_both_roles",
            Self::UppdragExists { .. } => "uppdrag_exists",
            Self::OrganisationExists { .. } => "organisation_exists",
            Self::NotFound { .. } => "not_found",
            Self::ConfirmWarnings(_) => "confirm_warnings",
            Self::FixedChoice { .. } => "i1_fixed_choice",
            Self::InsatsAvslutad { .. } => "i5_avslutad",
            Self::InsatsNoDelete => "insats_no_delete",
            Self::HistorikAppendOnly => "historik_append_only",
            Self::IndividFollows => "individ_follows",
            Self::InsatsNameTaken { .. } => "insats_name_taken",
            Self::InsatsBeforeForbund { .. } => "insats_before_forbund",
            Self::InsatsAfterForbund { .. } => "insats_after_forbund",
            Self::EndAfterToday { .. } => "end_after_today",
            Self::Choose { .. } => "choose",
            Self::NotInList { .. } => "not_in_list",
            Self::NotDeltagaransvarig { .. } => "not_deltagaransvarig",
            Self::NoParticipantFollowUp => "b1_no_follow_up",
            Self::CountNotForThisInsats { .. } => "count_not_for_insats",
            Self::CountFormat { .. } => "d1_count_format",
            Self::InsatsNotRunning { .. } => "d1_not_running",
            Self::CountsOutsideRun { .. } => "d1_counts_outside_run",
            Self::BudgetOutsideRun { .. } => "budget_outside_run",
            Self::YearLocked { .. } => "y1_locked",
            Self::YearNotOpen { .. } => "y2_not_open",
            Self::LockedYearDate { .. } => "y6_year_locked",
            Self::ReferenceInUse { .. } => "reference_in_use",
            Self::ReferenceNameTaken { .. } => "reference_name_taken",
            Self::AmountNegative { .. } => "amount_negative",
            Self::Cell { code, .. } => code,
            Self::BudgetDeltagareWithoutFollowUp { .. } => "b1_no_follow_up",
            Self::Report(_) => "report_failed",
            Self::Import { .. } => "import_refused",
            Self::ImportTooLarge { .. } => "import_too_large",
            Self::ImportTargetExists { .. } => "import_target_exists",
            Self::Several(_) => "several",
            Self::ForbundExists => "forbund_exists",
            Self::NoForbund => "no_forbund",
            Self::NotADatabase { .. } => "file_not_database",
            Self::ForeignDatabase { .. } => "file_foreign",
            Self::NewerSchema { .. } => "file_newer_schema",
            Self::Corrupt { .. } => "file_corrupt",
            Self::EmptyDataFile { .. } => "file_empty",
            Self::Io { .. } => "io",
            Self::BackupFolder { .. } => "backup_folder",
            Self::BackupUnusable { .. } => "backup_unusable",
            Self::MoveRefused { .. } => "file_move",
            Self::Migration(_) => "migration",
            Self::Database(_) => "database",
            Self::ClockOverride { .. } => "clock_override",
        }
    }

    /// The technical account behind a file or database error (SQLite's or the system's
    /// own, usually English), for a support case or a log; never what the officer reads.
    pub fn technical_detail(&self) -> Option<String> {
        match self {
            Self::Corrupt { detail, .. } => Some(detail.clone()),
            Self::Database(error) => Some(error.to_string()),
            Self::Migration(error) => Some(error.to_string()),
            Self::Io { source, .. } => Some(source.to_string()),
            _ => None,
        }
    }

    /// The form field this error belongs beside, if any. Field names are the camelCase
    /// names of the input structs' fields as the UI sees them; a row of a list is
    /// `list.<id>`, e.g. `organisationer.12`.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::AmountNegative { field }
            | Self::Cell { field, .. }
            | Self::BudgetDeltagareWithoutFollowUp { field } => Some(field),
            Self::FkAlwaysFinancier { field }
            | Self::AfNeverFinancier { field }
            | Self::EsfMustBeFinancier { field, .. }
            | Self::ForbundMustBeFinancier { field, .. }
            | Self::FundedMustBeFinancier { field, .. }
            | Self::ForbundNotMember { field } => Some(field),
            Self::BothRoles { .. } => Some("roll"),
            Self::UppdragExists { .. } => Some("epost"),
            Self::OrganisationExists { .. } => Some("namn"),
            Self::PostnummerFormat => Some("postnummer"),
            Self::FixedChoice { field, .. }
            | Self::Choose { field, .. }
            | Self::NotInList { field, .. }
            | Self::CountNotForThisInsats { field, .. }
            | Self::CountFormat { field } => Some(field),
            Self::IndividFollows => Some("foljerDeltagare"),
            Self::BackupFolder { .. } => Some("backupFolder"),
            Self::InsatsNameTaken { .. } | Self::ReferenceNameTaken { .. } => Some("namn"),
            Self::InsatsBeforeForbund { .. } | Self::InsatsAfterForbund { .. } => {
                Some("startdatum")
            }
            Self::EndAfterToday { .. }
            | Self::CountsOutsideRun { .. }
            | Self::BudgetOutsideRun { .. } => Some("slutdatum"),
            Self::NotDeltagaransvarig { .. } => Some("deltagaransvariga"),
            Self::DataAfterEnd { .. } => Some("slutdatum"),
            Self::Required { field, .. }
            | Self::TooLong { field, .. }
            | Self::ControlCharacter { field, .. }
            | Self::DateFormat { field }
            | Self::DateImpossible { field, .. }
            | Self::EndBeforeStart { field, .. }
            | Self::LockedYearDate { field, .. }
            | Self::AmountFormat { field }
            | Self::AmountDecimals { field }
            | Self::AmountTooLarge { field, .. }
            | Self::TelefonFormat { field }
            | Self::EpostFormat { field } => Some(field),
            Self::OrgnrFormat | Self::OrgnrCheckDigit | Self::OrgnrLooksPersonal => {
                Some("organisationsnummer")
            }
            Self::StartBeforeFinsam { .. } | Self::StartTooLate { .. } | Self::StartdatumFixed => {
                Some("startdatum")
            }
            Self::YearOutOfRange { .. } => Some("year"),
            Self::Several(errors) => errors.iter().find_map(CoreError::field),
            _ => None,
        }
    }

    /// Folds the errors of a form's fields into one: the single error itself, or
    /// [`Self::Several`] when more than one field is wrong.
    pub fn combine(errors: impl IntoIterator<Item = CoreError>) -> CoreError {
        let mut errors: Vec<CoreError> = errors.into_iter().collect();
        if errors.len() == 1 {
            errors.remove(0)
        } else {
            Self::Several(errors)
        }
    }

    /// Maps an `ABORT` raised by one of the schema's guard triggers back to its rule, so a
    /// write that slipped past the Rust checks still gets the rule's own message.
    fn from_sqlite(error: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(_, Some(message)) = &error {
            match message.as_str() {
                "startdatum_fixed" => return Self::StartdatumFixed,
                "insats_fixed_choice" => {
                    return Self::FixedChoice {
                        field: "inriktning",
                        label: "Inriktning, uppföljningsmetod och ESF-finansiering",
                    }
                }
                "insats_avslutad" => return Self::InsatsAvslutad { detail: "" },
                "insats_no_delete" => return Self::InsatsNoDelete,
                "historik_append_only" => return Self::HistorikAppendOnly,
                "b1_no_follow_up" => return Self::NoParticipantFollowUp,
                _ => {}
            }
        }
        Self::Database(error)
    }
}

impl From<rusqlite::Error> for CoreError {
    fn from(error: rusqlite::Error) -> Self {
        Self::from_sqlite(error)
    }
}

/// Collects the errors of a form's fields, so every field is checked and all problems are
/// reported together rather than one per save.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<CoreError>);

impl FieldErrors {
    /// The value of a field that passed its rule; a default after noting the error.
    pub fn keep<T: Default>(&mut self, result: crate::Result<T>) -> T {
        result.unwrap_or_else(|error| {
            self.0.push(error);
            T::default()
        })
    }

    pub fn push(&mut self, error: CoreError) {
        self.0.push(error);
    }

    /// Ok when no field was wrong; otherwise all the errors as one.
    pub fn finish(self) -> crate::Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(CoreError::combine(self.0))
        }
    }
}
