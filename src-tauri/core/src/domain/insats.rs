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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum InsatsStatus {
    Pagaende,
    Avslutad,
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
