//! Insats — a funded initiative of the förbund.

use chrono::NaiveDate;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Inriktning — whether an insats works with individuals or with structures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Inriktning {
    /// Individinriktad: works with individual participants; always follows them up.
    Individinriktad,
    /// Strukturövergripande: works on structures, methods and cooperation.
    Strukturovergripande,
}

impl Inriktning {
    fn as_db(self) -> &'static str {
        match self {
            Self::Individinriktad => "individinriktad",
            Self::Strukturovergripande => "strukturovergripande",
        }
    }
}

impl ToSql for Inriktning {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_db()))
    }
}

impl FromSql for Inriktning {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        match value.as_str()? {
            "individinriktad" => Ok(Self::Individinriktad),
            "strukturovergripande" => Ok(Self::Strukturovergripande),
            _ => Err(FromSqlError::InvalidType),
        }
    }
}

/// Status — pågående (ongoing) or avslutad (ended, final).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum InsatsStatus {
    Pagaende,
    Avslutad,
}

impl InsatsStatus {
    /// The status of an insats whose stored `avslutad` flag is as given.
    pub fn of(avslutad: bool) -> Self {
        if avslutad {
            Self::Avslutad
        } else {
            Self::Pagaende
        }
    }
}

/// One row of a year's Insatser table on the start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InsatsRow {
    #[ts(type = "number")]
    pub id: i64,
    pub namn: String,
    pub inriktning: Inriktning,
    /// ESF-finansiering.
    pub esf: bool,
    pub status: InsatsStatus,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
}

impl Inriktning {
    /// The Swedish label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Individinriktad => "Individinriktad",
            Self::Strukturovergripande => "Strukturövergripande",
        }
    }
}

/// Which editable reference list (referenslista): preciserad inriktning or målgrupp.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReferensLista {
    PreciseradInriktning,
    Malgrupp,
}

/// An entry of a reference list (preciserad inriktning or målgrupp) as an insats shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Referens {
    #[ts(type = "number")]
    pub id: i64,
    pub namn: String,
    /// The help text the info icon shows.
    pub hjalptext: String,
    /// Hidden entries stay on the insatser that use them but are not offered for new ones.
    pub dold: bool,
}

/// A deltagaransvarig linked to an insats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Ansvarig {
    #[ts(type = "number")]
    pub id: i64,
    pub namn: String,
}

/// Deltagare — one year's participant counts of an insats. Counts only, never persons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeltagareYear {
    pub year: i32,
    pub kvinnor: Option<u32>,
    pub man: Option<u32>,
    pub antal: Option<u32>,
    /// D1: the sum of the insats's count fields as stored, `None` when none is given; the
    /// table shows it in its Totalt column when `InsatsRedigering::totalt` says so.
    pub totalt: Option<u32>,
    /// Whether the counts can be changed today (Y1–Y3, D2).
    pub redigerbar: bool,
    /// Why not, or until when: "Öppen för ändringar t.o.m. 15 april 2027".
    pub status: String,
}

/// Insats — everything about one insats, for the panel beside the table (I3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InsatsDetail {
    #[ts(type = "number")]
    pub id: i64,
    pub namn: String,
    /// Fixed at creation (I1).
    pub inriktning: Inriktning,
    /// Uppföljningsmetod, fixed at creation (I1): whether participants are followed up.
    pub foljer_deltagare: bool,
    /// ESF-finansiering, fixed at creation (I1).
    pub esf: bool,
    /// M3: for an ESF-financed insats, whether the förbund itself leads and steers the ESF
    /// project (ESF-rådet must then be a financier) rather than only supporting it.
    /// Answered at creation, changeable in the panel; false when not ESF-financed.
    pub esf_leder: bool,
    pub status: InsatsStatus,
    pub preciserad_inriktning: Option<Referens>,
    pub malgrupper: Vec<Referens>,
    pub beskrivning: String,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
    pub deltagaransvariga: Vec<Ansvarig>,
    /// One entry per year the insats runs, within the förbund's selectable years.
    pub deltagare: Vec<DeltagareYear>,
    /// I4: for an avslutad insats, what can still be changed and until when.
    pub avslutad_notis: Option<String>,
    /// I5, D1: what the panel may change and which counts its Deltagare table has.
    pub redigering: InsatsRedigering,
}

/// Antalsfält — one participant count an insats registers (D1). The serde name is the
/// field of `DeltagareInput` (and of `DeltagareYear`) it is typed into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Antalsfalt {
    Kvinnor,
    Man,
    Antal,
}

impl Antalsfalt {
    /// This field's value among one year's three counts.
    pub fn of<T>(self, kvinnor: T, man: T, antal: T) -> T {
        match self {
            Self::Kvinnor => kvinnor,
            Self::Man => man,
            Self::Antal => antal,
        }
    }
}

/// What the insats panel may change and how it draws the counts (I5, D1): the panel
/// renders this and decides nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InsatsRedigering {
    /// I5: whether the details can still be changed and the insats ended (only while it is
    /// pågående). The counts of each year say for themselves (`DeltagareYear::redigerbar`).
    pub uppgifter: bool,
    /// D1: the counts the insats registers, in table order; empty when participants are
    /// not followed up.
    pub antalsfalt: Vec<Antalsfalt>,
    /// Whether the Deltagare table shows the sum of the fields (kvinnor + män = totalt).
    pub totalt: bool,
    /// I5: the slutdatum "Avsluta insats" proposes: the planned end when it is not after
    /// today, else today. `None` for an avslutad insats.
    pub avsluta_forslag: Option<NaiveDate>,
}

/// "Lägg till insats": the wizard's answers and the details, as typed.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewInsats {
    pub inriktning: Inriktning,
    pub foljer_deltagare: bool,
    pub esf: bool,
    /// M3: "Leder och styr förbundet själv ESF-projektet?" (ignored when not ESF-financed).
    pub esf_leder: bool,
    pub namn: String,
    #[ts(type = "number | null")]
    pub preciserad_inriktning_id: Option<i64>,
    #[ts(type = "number[]")]
    pub malgrupp_ids: Vec<i64>,
    pub beskrivning: String,
    /// `ÅÅÅÅ-MM-DD`.
    pub startdatum: String,
    /// `ÅÅÅÅ-MM-DD`, planned; empty when not known.
    pub slutdatum: String,
    #[ts(type = "number[]")]
    pub deltagaransvariga_ids: Vec<i64>,
    /// Save despite warnings (D3) the officer has seen.
    pub confirm_warnings: bool,
}

/// A save of the insats panel. The fixed choices are sent back as shown; any change to
/// them is refused (I1).
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InsatsUpdate {
    #[ts(type = "number")]
    pub id: i64,
    #[serde(flatten)]
    pub fields: NewInsats,
}

/// "Avsluta insats": the end date.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndInsats {
    #[ts(type = "number")]
    pub id: i64,
    /// `ÅÅÅÅ-MM-DD`, not after today.
    pub slutdatum: String,
}

/// A save of one year's participant counts, as typed.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeltagareInput {
    #[ts(type = "number")]
    pub insats_id: i64,
    pub year: i32,
    pub kvinnor: String,
    pub man: String,
    pub antal: String,
}

/// The choices the insats form offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InsatsChoices {
    /// The visible preciserade inriktningar, one list per inriktning, so the form shows the
    /// chosen inriktning's list by looking it up.
    pub preciserade: Preciserade,
    pub malgrupper: Vec<Referens>,
    pub deltagaransvariga: Vec<Ansvarig>,
    /// I1: the inriktningar whose participants are always followed up; the wizard asks
    /// about follow-up only for the others.
    pub alltid_uppfoljda: Vec<Inriktning>,
    /// U2: the inriktningar whose insatser can have deltagaransvariga; beside the others the
    /// form says who keys their counts instead.
    pub med_ansvariga: Vec<Inriktning>,
}

/// Preciserad inriktning — the lists the insats form offers, named as [`Inriktning`] is
/// serialized so that `preciserade[inriktning]` is the chosen inriktning's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preciserade {
    pub individinriktad: Vec<Referens>,
    pub strukturovergripande: Vec<Referens>,
}

impl Preciserade {
    /// The list of `inriktning`.
    pub fn of(&self, inriktning: Inriktning) -> &[Referens] {
        match inriktning {
            Inriktning::Individinriktad => &self.individinriktad,
            Inriktning::Strukturovergripande => &self.strukturovergripande,
        }
    }
}

/// The stored insats row, before its links are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InsatsRecord {
    pub id: i64,
    pub namn: String,
    pub inriktning: Inriktning,
    pub foljer_deltagare: bool,
    pub esf: bool,
    /// M3: the förbund itself leads and steers the ESF project (see `insats_esf`).
    pub esf_leder: bool,
    pub avslutad: bool,
    pub preciserad_inriktning_id: Option<i64>,
    pub beskrivning: String,
    pub startdatum: chrono::NaiveDate,
    pub slutdatum: Option<chrono::NaiveDate>,
}

/// An insats's details, read: [`NewInsats`] with its dates as dates. What import and the
/// dataset generator save directly (`Service::apply_create_insats`,
/// `Service::apply_update_insats`); the name and description are checked by the rules there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InsatsAndring {
    pub inriktning: Inriktning,
    pub foljer_deltagare: bool,
    pub esf: bool,
    pub esf_leder: bool,
    pub namn: String,
    pub preciserad_inriktning_id: Option<i64>,
    pub malgrupp_ids: Vec<i64>,
    pub beskrivning: String,
    pub startdatum: NaiveDate,
    /// Planned; `None` when not known.
    pub slutdatum: Option<NaiveDate>,
    pub deltagaransvariga_ids: Vec<i64>,
    /// Save despite warnings (D3) the officer has seen.
    pub confirm_warnings: bool,
}

/// "Avsluta insats", read: the insats and its end date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Avslut {
    pub id: i64,
    pub slutdatum: NaiveDate,
}

/// One year's participant counts, read: `None` is a count not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeltagareAndring {
    pub insats_id: i64,
    pub year: i32,
    pub kvinnor: Option<u32>,
    pub man: Option<u32>,
    pub antal: Option<u32>,
}
