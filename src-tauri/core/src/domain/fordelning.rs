//! Fördelning per finansiär — the split of a year's samverkansparterna over the ingående
//! organisationer marked finansiär (M6), with the law's shares as a warning (F3).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::organisation::OrganisationTyp;
use crate::error::Warning;
use crate::money::Kronor;

/// The split screen of a year, everything decided by the core.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Fordelning {
    pub year: i32,
    /// Whether the year can be written (Y1–Y3).
    pub redigerbar: bool,
    /// The year's samverkansparterna, when medel are registered.
    pub samverkansparterna: Option<Kronor>,
    /// One row per financier: Försäkringskassan, the regions, the kommuner, then the rest.
    pub rader: Vec<FordelningRad>,
    pub summa: Kronor,
    /// F3: the law's shares and the sum, never a block.
    pub varningar: Vec<Warning>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FordelningRad {
    #[ts(type = "number")]
    pub organisation_id: i64,
    pub namn: String,
    pub typ: OrganisationTyp,
    /// The type as the national system names it: "Stat", "Region/landsting", "Kommun", …
    pub typ_namn: String,
    pub belopp: Option<Kronor>,
}

/// "Ändra fördelning" → Spara: each financier's amount as typed; empty removes it.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FordelningInput {
    pub year: i32,
    pub rader: Vec<FordelningRadInput>,
}

#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FordelningRadInput {
    #[ts(type = "number")]
    pub organisation_id: i64,
    pub belopp: String,
}

/// The field of a financier's amount in the form: `fordelning.<organisation id>`.
pub fn field(organisation_id: i64) -> String {
    format!("fordelning.{organisation_id}")
}

/// One financier's share, read: `None` removes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Andel {
    pub organisation_id: i64,
    pub belopp: Option<Kronor>,
}

/// "Ändra fördelning" → Spara, read: what import saves directly
/// (`Service::apply_fordelning`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FordelningAndring {
    pub year: i32,
    pub rader: Vec<Andel>,
}
