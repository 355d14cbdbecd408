//! Medel — the förbund's funds for a calendar year.

use crate::money::Kronor;

/// Medel — one year's registered funds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Medel {
    pub year: i32,
    pub samverkansparterna: Kronor,
    pub esf_plus: Kronor,
    pub overskott: Kronor,
}

/// F2 — one step of Nationella rådet's recommended eget kapital: from `medel_fran` kronor
/// of medel from samverkansparterna upwards, the överskott should be at most `procent`
/// per cent of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EgetKapitalSteg {
    pub medel_fran: Kronor,
    pub procent: u32,
}

/// Where the steps come from, as the officer cites it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EgetKapitalKalla {
    pub namn: String,
    pub url: String,
    pub datum: Option<chrono::NaiveDate>,
}

/// F2 reference data as Inställningar shows it: the steps, lowest first, and their source.
/// No steps: the warning is off.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EgetKapital {
    pub steg: Vec<EgetKapitalSteg>,
    pub kalla: EgetKapitalKalla,
}

/// F2 for one year, shown beside Medel: the recommended level and, when the year's
/// överskott is above it, the warning.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EgetKapitalNiva {
    /// The highest recommended eget kapital for the year's medel.
    pub niva: Kronor,
    /// "Rekommenderat eget kapital: högst 200 000 kr (20 % av medlen från
    /// samverkansparterna, enligt …)."
    pub text: String,
    /// The warning when the year's överskott is above `niva`.
    pub varning: Option<String>,
}

/// F4 — eget kapital carried over, shown beside the year's "Överskott från föregående år":
/// what the previous year's own figures leave, medel less utfall.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OverskottFranFjol {
    /// Medel of the previous year (samverkansparterna + ESF+ + överskott) less its utfall
    /// (insatser + administrativa kostnader); negative after a deficit.
    pub belopp: Kronor,
    /// What "Använd" fills in: `belopp`, or 0 after a deficit, since an överskott is never
    /// negative (F1).
    pub forslag: Kronor,
    /// "Enligt 2025 års siffror: medel 1 200 000 kr − utfall 1 100 000 kr = 100 000 kr."
    pub text: String,
    /// The warning when the year's stored överskott differs from `belopp`.
    pub varning: Option<String>,
}

/// A save of one step, as typed; `original` is the step being changed (its `medel_fran`).
#[derive(Clone, Debug, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EgetKapitalStegInput {
    #[ts(type = "number | null")]
    pub original: Option<i64>,
    pub medel_fran: String,
    pub procent: String,
}

/// A save of the source, as typed.
#[derive(Clone, Debug, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EgetKapitalKallaInput {
    pub namn: String,
    pub url: String,
    /// `ÅÅÅÅ-MM-DD`, or empty.
    pub datum: String,
}
