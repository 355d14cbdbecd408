//! Förbund — the samordningsförbund (coordination association) that owns the data file.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::year::Period;

/// Förbund — the samordningsförbund this data file belongs to. One per file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Forbund {
    pub namn: String,
    /// Organisationsnummer, `NNNNNN-NNNN`.
    pub organisationsnummer: String,
    /// Startdatum: set once when the file is created and never changed.
    pub startdatum: NaiveDate,
    /// Slutdatum: set only if the förbund ceases.
    pub slutdatum: Option<NaiveDate>,
    /// Beskrivning: the förbund's goals and purpose (mål och syfte).
    pub beskrivning: String,
    pub gatuadress: String,
    /// Postnummer, `NNN NN`, or empty.
    pub postnummer: String,
    pub ort: String,
    /// Kontaktperson.
    pub kontakt_namn: String,
    pub kontakt_telefon: String,
    pub kontakt_epost: String,
}

impl Forbund {
    /// The förbund's active period, which bounds every year rule (Y3).
    pub fn period(&self) -> Period {
        Period {
            start: self.startdatum,
            end: self.slutdatum,
        }
    }
}

/// What the "Skapa förbund" form sends, as typed. The core validates and parses it.
#[derive(Clone, Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewForbund {
    pub namn: String,
    pub organisationsnummer: String,
    /// `ÅÅÅÅ-MM-DD`.
    pub startdatum: String,
}

/// A save of the förbund's details form, as typed. The form sends the whole record, so
/// startdatum is here too; any change to it is refused (it can never change).
#[derive(Clone, Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForbundUpdate {
    pub namn: String,
    pub organisationsnummer: String,
    /// `ÅÅÅÅ-MM-DD`; must equal the stored startdatum.
    pub startdatum: String,
    /// `ÅÅÅÅ-MM-DD`, or empty while the förbund is active.
    pub slutdatum: String,
    pub beskrivning: String,
    pub gatuadress: String,
    pub postnummer: String,
    pub ort: String,
    pub kontakt_namn: String,
    pub kontakt_telefon: String,
    pub kontakt_epost: String,
}
