//! Budget och utfall — per insats and year, and the förbund's administrative costs; and the
//! year view that puts them together with the year's funds.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::year::YearStatus;
use crate::money::Kronor;

/// The key of the administrative costs' row, as [`Rad::key`] writes it.
pub const ADMIN_KEY: &str = "admin";

/// A row of the budget grid: an insats that runs in the year, or the administrative costs.
/// This is how a save names its row; the text key (`insats-3`, `admin`) is only what the
/// screen and the field of an error are called, never read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "typ", rename_all = "camelCase")]
pub enum Rad {
    Insats {
        #[ts(type = "number")]
        id: i64,
    },
    Admin,
}

impl Rad {
    /// The row's text key, for the screen and for error fields: `insats-3` or `admin`.
    pub fn key(self) -> String {
        match self {
            Self::Insats { id } => format!("insats-{id}"),
            Self::Admin => ADMIN_KEY.to_owned(),
        }
    }

    /// The field of one of the row's cells, as errors name it: `insats-3.budget`.
    pub fn field(self, column: &str) -> String {
        format!("{}.{column}", self.key())
    }

    /// The insats of the row, if it is one.
    pub fn insats_id(self) -> Option<i64> {
        match self {
            Self::Insats { id } => Some(id),
            Self::Admin => None,
        }
    }
}

/// One row of the budget grid: an insats that runs in the year, or the administrative costs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetRad {
    /// The row; the UI sends it back with the row's cells.
    pub rad: Rad,
    /// `insats-<id>` or `admin` ([`Rad::key`]): the row's name on the screen and the prefix
    /// of its cells' error fields.
    pub key: String,
    pub namn: String,
    #[ts(type = "number | null")]
    pub insats_id: Option<i64>,
    pub avslutad: bool,
    pub budget: Option<Kronor>,
    pub utfall: Option<Kronor>,
    /// B1: whether the row has a "budgeterat antal deltagare" cell at all.
    pub har_deltagare: bool,
    pub budgeterade_deltagare: Option<u32>,
    /// Whether the row's cells can be written today (Y1–Y3, I4).
    pub redigerbar: bool,
    /// Why not, as the officer reads it when typing in a locked cell: the year's lock
    /// notice, or I4's sentence for an insats that ended too long ago. `None` when open.
    pub lasorsak: Option<String>,
    /// Utfall − budget, when both are given.
    pub avvikelse: Option<Kronor>,
    /// The variance as tenths of a per cent of the budget (123 = 12,3 %), when the budget is
    /// not zero.
    #[ts(type = "number | null")]
    pub avvikelse_promille: Option<i64>,
}

/// Funds for the year (F1: exactly these three categories).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MedelVy {
    pub registrerade: bool,
    pub samverkansparterna: Option<Kronor>,
    /// ESF+: starts at 0.
    pub esf_plus: Kronor,
    pub overskott: Kronor,
    pub totalt: Kronor,
}

/// Sums and balance for budget and for utfall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Summering {
    pub medel: Kronor,
    pub admin_budget: Kronor,
    pub admin_utfall: Kronor,
    pub insatser_budget: Kronor,
    pub insatser_utfall: Kronor,
    /// Funds − admin costs − insats costs, by budget.
    pub saldo_budget: Kronor,
    /// Funds − admin costs − insats costs, by utfall so far.
    pub saldo_utfall: Kronor,
    /// Rows whose utfall is still missing (counted as 0 above).
    #[ts(type = "number")]
    pub utfall_saknas: usize,
}

/// The year view (*Medel* and *Budget och utfall*), everything decided by the core.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct YearView {
    pub year: i32,
    pub status: YearStatus,
    /// "Öppen för ändringar t.o.m. 15 april 2027", "Låst sedan 16 april 2025", …
    pub status_text: String,
    pub redigerbar: bool,
    /// "2025 är låst sedan 16 april 2026 och kan bara läsas." when the year is locked (Y4).
    pub lock_notice: Option<String>,
    pub medel: MedelVy,
    /// F2, shown beside Medel: Nationella rådet's recommended eget kapital for the year's
    /// medel, and the warning when the överskott is above it; `None` without levels
    /// (Inställningar) or medel.
    pub eget_kapital: Option<crate::domain::medel::EgetKapitalNiva>,
    /// F4, shown beside "Överskott från föregående år" with "Använd": what the previous
    /// year's figures leave; `None` without its medel or before its utfall are all in.
    pub overskott_fran_fjol: Option<crate::domain::medel::OverskottFranFjol>,
    pub rader: Vec<BudgetRad>,
    pub summering: Summering,
    /// What "Kopiera budget från föregående år" would fill.
    pub kopierbart: Vec<KopieraRad>,
    /// The year the copy reads its budget from, as the button and its dialog name it.
    pub kopieras_fran: i32,
}

/// One cell the copy would fill: the row and last year's budget.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KopieraRad {
    pub rad: Rad,
    /// [`Rad::key`].
    pub key: String,
    pub namn: String,
    pub budget: Kronor,
}

/// "Ändra medel" → Spara: the three amounts, each as typed (read once by the parser on
/// Spara) or as a value the core has read (a pasted or stored amount), as the grid's cells.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MedelInput {
    pub year: i32,
    pub samverkansparterna: CellInput<Kronor>,
    pub esf_plus: CellInput<Kronor>,
    pub overskott: CellInput<Kronor>,
}

/// One cell of a grid save: the text the officer typed, read on Spara by the parser typing
/// uses (empty text clears the cell), or a value the core has read already, a pasted cell
/// (`{"value": 1000}`, `{"value": null}` clears it), saved as it is, never formatted and
/// read a second time.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(untagged)]
pub enum CellInput<T> {
    Text(String),
    Value { value: Option<T> },
}

impl<T> From<&str> for CellInput<T> {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl<T> From<String> for CellInput<T> {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

/// One row of a grid save: each cell as typed, or as the paste read it.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetCellerInput {
    pub rad: Rad,
    pub budget: CellInput<Kronor>,
    pub utfall: CellInput<Kronor>,
    pub budgeterade_deltagare: CellInput<u32>,
}

/// "Ändra budget och utfall" → Spara: every changed row, saved together.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetInput {
    pub year: i32,
    pub rader: Vec<BudgetCellerInput>,
}

/// One row of a grid save, read: `None` clears a cell. What import and the dataset
/// generator save directly (`Service::apply_budget`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BudgetCeller {
    pub rad: Rad,
    pub budget: Option<Kronor>,
    pub utfall: Option<Kronor>,
    pub budgeterade_deltagare: Option<u32>,
}

/// A grid save, read: the rows of one year, saved together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetAndring {
    pub year: i32,
    pub rader: Vec<BudgetCeller>,
}
