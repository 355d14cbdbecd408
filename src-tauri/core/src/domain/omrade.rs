//! Verksamhetsområde — the kommuner (and for Stockholm and Göteborg, stadsdelar) the
//! förbund works in, and the reference data they come from.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Län — a county, by its SCB code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Lan {
    pub kod: String,
    pub namn: String,
}

/// An entry of the verksamhetsområde as the UI sends it: a whole kommun, or one of its
/// stadsdelar.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OmradeRef {
    pub kommun_kod: String,
    #[ts(type = "number | null")]
    pub stadsdel_id: Option<i64>,
}

/// Område — one entry of the verksamhetsområde, or one search hit, with its names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Omrade {
    pub kommun_kod: String,
    #[ts(type = "number | null")]
    pub stadsdel_id: Option<i64>,
    /// "Karlstad", or "Stockholm – Bromma" for a stadsdel.
    pub namn: String,
    pub lan_namn: String,
    /// A stadsdel that no longer exists after a reorganisation; kept readable.
    pub historisk: bool,
}

impl Omrade {
    pub fn reference(&self) -> OmradeRef {
        OmradeRef {
            kommun_kod: self.kommun_kod.clone(),
            stadsdel_id: self.stadsdel_id,
        }
    }
}

/// A search in the verksamhetsområde picker.
#[derive(Clone, Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OmradeSearch {
    /// A län code, or `None` for *Alla län*.
    pub lan_kod: Option<String>,
    /// A kommun (or stadsdel) name; `*` stands for any characters.
    pub namn: String,
    /// Include Stockholm's and Göteborg's current stadsdelar.
    pub visa_stadsdelar: bool,
}

/// The hits of a search, and how the name was matched, in words for the UI.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OmradeSearchResult {
    pub hits: Vec<Omrade>,
    pub matchning: String,
}
