//! Inmatning i Uppföljning Finsam: the year's figures in the order and with the labels of
//! Uppföljning Finsam's own tables, each with the value to copy into its web form, the
//! officer's "Inmatat" tick and whether the figure changed after it was ticked (R1); and
//! the record of the year marked as inrapporterat; and "Registrera i Uppföljning Finsam",
//! the insatser new or ended in the year with their "Registrerad" ticks.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The keying view of one year, everything decided by the core.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InmatningVy {
    pub year: i32,
    /// The förbund's name, for the printed checklist.
    pub forbund: String,
    /// "Öppen för ändringar t.o.m. 15 april 2027", "Låst sedan 16 april 2025", …
    pub status_text: String,
    /// Medel, Insatser, Administrativa kostnader: Uppföljning Finsam's tables, in its order.
    pub sektioner: Vec<InmatningSektion>,
    #[ts(type = "number")]
    pub antal_rader: usize,
    /// Rows ticked "Inmatat" (changed ones included).
    #[ts(type = "number")]
    pub inmatade: usize,
    /// Rows marked "Ändrat efter inmatning" (R1).
    #[ts(type = "number")]
    pub andrade: usize,
    /// "12 av 20 värden är inmatade. 1 har ändrats efter inmatning."
    pub lage_text: String,
    /// Every time the year was marked as inrapporterat, newest first.
    pub inrapporteringar: Vec<Inrapportering>,
    /// "Registrera i Uppföljning Finsam": the insatser new or ended in the year.
    pub registrering: Registrering,
}

/// "Registrera i Uppföljning Finsam": every insats new in the year with what "Lägg till
/// insats" asks for, and every insats ended in the year with its end date, each with a
/// "Registrerad" tick (R1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Registrering {
    /// Insatser whose startdatum is in the year, by name.
    pub nya: Vec<RegistreringRad>,
    /// Insatser ended in the year, by name.
    pub avslutade: Vec<RegistreringRad>,
    #[ts(type = "number")]
    pub registrerade: usize,
    /// Lines marked "Ändrat efter registrering".
    #[ts(type = "number")]
    pub andrade: usize,
    /// "1 av 3 är registrerade i Uppföljning Finsam. 1 har ändrats efter registrering." or
    /// "Ingen insats startade eller avslutades 2026."
    pub lage_text: String,
}

/// One insats to register: its details in Uppföljning Finsam's order, and the tick.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegistreringRad {
    /// `insats-7.ny` or `insats-7.avslutad`.
    pub key: String,
    #[ts(type = "number")]
    pub insats_id: i64,
    pub namn: String,
    pub uppgifter: Vec<RegistreringUppgift>,
    /// The "Registrerad" tick, when the line has one.
    pub registrerad: Option<Registrerad>,
}

/// One detail as Uppföljning Finsam asks for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegistreringUppgift {
    /// "Inriktning", "Namn", "Planerat slutdatum", …
    pub etikett: String,
    /// "Strukturövergripande", "2026-03-01", "Ingen angiven", …
    pub visat: String,
    /// What a web form wants typed; `None` for a choice picked there, or nothing to type.
    pub kopia: Option<String>,
    /// I1: "Kan inte ändras i Uppföljning Finsam" for the choices fixed at creation.
    pub fast: Option<String>,
    /// R1: the detail as registered and now, when it changed after the tick.
    pub andrat: Option<AndratEfterInmatning>,
}

/// The tick: the day, and whether any detail changed since (R1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Registrerad {
    pub datum: NaiveDate,
    pub andrat: bool,
}

/// Ticking a line "Registrerad" (or taking the tick away).
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegistreradInput {
    pub year: i32,
    pub key: String,
    pub registrerad: bool,
}

/// One of Uppföljning Finsam's tables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InmatningSektion {
    pub rubrik: String,
    pub grupper: Vec<InmatningGrupp>,
}

/// The rows of one insats (with its name), or a table's only group (without a heading).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InmatningGrupp {
    pub rubrik: Option<String>,
    /// "Individinriktad", "Strukturövergripande, avslutad", …
    pub beskrivning: Option<String>,
    pub rader: Vec<InmatningRad>,
}

/// One figure to key in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InmatningRad {
    /// `medel.samverkansparterna`, `insats-7.utfall`, `admin.budget`, …
    pub key: String,
    /// The label in Uppföljning Finsam: "Budget", "Kvinnor", …
    pub etikett: String,
    /// As the officer reads it: "1 234 567 kr", "12", or "Saknas".
    pub visat: String,
    /// What a web form wants: plain digits, no spaces ("1234567"); `None` when missing.
    pub kopia: Option<String>,
    /// The "Inmatat" tick, when the row has one.
    pub inmatat: Option<Inmatat>,
}

/// The tick: the day, the value keyed, and R1's verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Inmatat {
    pub datum: NaiveDate,
    /// The value when it was ticked, as shown ("1 234 567 kr", "Saknas").
    pub varde: String,
    /// R1: "Ändrat efter inmatning", when the figure is no longer what was keyed.
    pub andrat: Option<AndratEfterInmatning>,
}

/// R1: the value keyed and the value now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AndratEfterInmatning {
    pub gammalt: String,
    pub nytt: String,
}

/// "Markera året som inrapporterat": when, what the check said, and the JSON årsrapport's
/// SHA-256 at that moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Inrapportering {
    pub datum: NaiveDate,
    /// `ÅÅÅÅ-MM-DD TT:MM:SS`, local time.
    pub tidpunkt: String,
    pub preliminar: bool,
    pub fel: u32,
    pub varningar: u32,
    /// The SHA-256 of the JSON årsrapport as "Exportera årsrapport" would have written it.
    pub sha256: String,
    /// An exported JSON file in the archive with the same content, if there is one.
    pub samma_som_export: Option<String>,
    /// "2025 markerades som inrapporterat 2026-03-10. Förhandskontrollen hade då 0 fel och
    /// 1 varning."
    pub text: String,
}

/// Ticking a row "Inmatat" (or taking the tick away).
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InmatatInput {
    pub year: i32,
    pub key: String,
    pub inmatat: bool,
}
