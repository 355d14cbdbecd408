//! Warnings: what the officer should look at but may still save (M5, D3).

use serde::Serialize;
use ts_rs::TS;

/// A non-blocking notice with a stable code, a Swedish message and, where it concerns
/// one, the field to show it beside.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
}

impl Warning {
    pub fn new(code: &str, message: impl Into<String>, field: Option<&str>) -> Self {
        Self {
            code: code.to_owned(),
            message: message.into(),
            field: field.map(str::to_owned),
        }
    }

    /// D3: the warning for free text that looks like a personal identity number.
    pub fn personnummer(field: &str) -> Self {
        Self::new(
            "d3_personnummer",
            "Texten ser ut att innehålla ett personnummer. Förbundet får inte spara \
             personuppgifter om deltagare: ta bort det, eller spara ändå om det inte är ett \
             personnummer.",
            Some(field),
        )
    }
}
