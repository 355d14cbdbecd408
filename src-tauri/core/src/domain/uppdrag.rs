//! Uppdrag — the people linked to the förbund (staff, not participants).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Roll — what the person does in the national system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Roll {
    /// Förbundsadministratör: keeps the förbund's register.
    Forbundsadministrator,
    /// Deltagaransvarig: reports participants for linked insatser.
    Deltagaransvarig,
}

impl Roll {
    pub fn as_db(self) -> &'static str {
        match self {
            Self::Forbundsadministrator => "forbundsadministrator",
            Self::Deltagaransvarig => "deltagaransvarig",
        }
    }

    pub fn from_db(text: &str) -> Option<Self> {
        [Self::Forbundsadministrator, Self::Deltagaransvarig]
            .into_iter()
            .find(|r| r.as_db() == text)
    }

    /// The role in a sentence: "förbundsadministratör".
    pub fn label(self) -> &'static str {
        match self {
            Self::Forbundsadministrator => "förbundsadministratör",
            Self::Deltagaransvarig => "deltagaransvarig",
        }
    }
}

/// Uppdrag — one person and their role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Uppdrag {
    #[ts(type = "number")]
    pub id: i64,
    pub namn: String,
    pub epost: String,
    pub telefon: String,
    pub roll: Roll,
    /// U2: the ingående organisation that employs a deltagaransvarig (none for a
    /// förbundsadministratör, or for a person registered before the employer was asked).
    #[ts(type = "number | null")]
    pub arbetsgivare_id: Option<i64>,
    /// The employer's name, as shown in the list.
    pub arbetsgivare: Option<String>,
}

/// A save of the uppdrag form: a new person when `id` is `None`.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UppdragInput {
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub namn: String,
    pub epost: String,
    pub telefon: String,
    pub roll: Roll,
    /// U2: the employer of a deltagaransvarig, one of the ingående organisationer other
    /// than the förbund itself. Ignored for a förbundsadministratör.
    #[ts(type = "number | null")]
    #[serde(default)]
    pub arbetsgivare_id: Option<i64>,
    /// Save despite warnings (D3) the officer has seen.
    pub confirm_warnings: bool,
}

/// A change to one uppdrag, read from the form or built by a tool: a new person when `id` is
/// `None`. The apply step checks U1, U2 and D3 against the stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UppdragAndring {
    pub id: Option<i64>,
    pub namn: String,
    pub epost: String,
    pub telefon: String,
    pub roll: Roll,
    pub arbetsgivare_id: Option<i64>,
    /// Save despite warnings (D3) the officer has seen.
    pub confirm_warnings: bool,
}
