//! Paste ("Klistra in" on the screen): a block copied from Excel or LibreOffice (cells
//! separated by tabs, rows by line breaks) pasted into the budget grid or into medel, from
//! the focused cell. The core decides which cells the block lands on, which of them exist
//! and may be written, and reads every value with the same parser as typing; it answers
//! with typed cells (row, column, value as the column holds it), which the UI keeps as
//! values and sends back as they are on Spara (`budget::CellInput::Value`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::budget::Rad;
use crate::money::Kronor;

/// The budget grid's columns, left to right, as the screen shows them. Only `budget`,
/// `utfall` and (B1) `budgeteradeDeltagare` are cells that can be written; the list is
/// generated to TypeScript as `BUDGET_COLUMNS`, the grid's only copy of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum BudgetColumn {
    Rad,
    Budget,
    Utfall,
    BudgeteradeDeltagare,
    Avvikelse,
    /// Tenths of a per cent, as `BudgetRad::avvikelse_promille`.
    AvvikelsePromille,
}

impl BudgetColumn {
    /// Every column, in the order shown.
    pub const ALL: [Self; 6] = [
        Self::Rad,
        Self::Budget,
        Self::Utfall,
        Self::BudgeteradeDeltagare,
        Self::Avvikelse,
        Self::AvvikelsePromille,
    ];

    /// The column's name, as IPC and error fields write it: `budgeteradeDeltagare`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Rad => "rad",
            Self::Budget => "budget",
            Self::Utfall => "utfall",
            Self::BudgeteradeDeltagare => "budgeteradeDeltagare",
            Self::Avvikelse => "avvikelse",
            Self::AvvikelsePromille => "avvikelsePromille",
        }
    }
}

/// The medel fields, top to bottom in their one column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MedelField {
    Samverkansparterna,
    EsfPlus,
    Overskott,
}

impl MedelField {
    /// Every field, top to bottom.
    pub const ALL: [Self; 3] = [Self::Samverkansparterna, Self::EsfPlus, Self::Overskott];

    /// The field's name, as `MedelInput` and error fields write it: `esfPlus`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Samverkansparterna => "samverkansparterna",
            Self::EsfPlus => "esfPlus",
            Self::Overskott => "overskott",
        }
    }
}

/// A cell of the budget grid or of medel: where a paste starts, and where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, TS)]
#[serde(tag = "target", rename_all = "camelCase")]
pub enum GridCell {
    /// The budget och utfall grid: a row and a column.
    Budget { rad: Rad, column: BudgetColumn },
    /// Medel: one of three amounts.
    Medel { field: MedelField },
}

impl GridCell {
    /// The cell's field as errors name it: `insats-3.budget`, `esfPlus`.
    pub fn field(self) -> String {
        match self {
            Self::Budget { rad, column } => rad.field(column.name()),
            Self::Medel { field } => field.name().to_owned(),
        }
    }
}

/// A paste: the block as copied, and the focused cell it starts at.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PasteCells {
    pub year: i32,
    pub start: GridCell,
    pub text: String,
}

/// A value read into a budget grid cell, typed as its column holds it: an amount in
/// kronor or a count. `null` empties the cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "column", content = "value", rename_all = "camelCase")]
pub enum BudgetValue {
    Budget(Option<Kronor>),
    Utfall(Option<Kronor>),
    BudgeteradeDeltagare(Option<u32>),
}

impl BudgetValue {
    /// The column the value belongs to.
    pub fn column(self) -> BudgetColumn {
        match self {
            Self::Budget(_) => BudgetColumn::Budget,
            Self::Utfall(_) => BudgetColumn::Utfall,
            Self::BudgeteradeDeltagare(_) => BudgetColumn::BudgeteradeDeltagare,
        }
    }
}

/// One cell the paste fills, with the value read from its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "target", rename_all = "camelCase")]
pub enum PastedCell {
    Budget {
        rad: Rad,
        value: BudgetValue,
    },
    Medel {
        field: MedelField,
        value: Option<Kronor>,
    },
}

impl PastedCell {
    /// Where the value lands.
    pub fn cell(self) -> GridCell {
        match self {
            Self::Budget { rad, value } => GridCell::Budget {
                rad,
                column: value.column(),
            },
            Self::Medel { field, .. } => GridCell::Medel { field },
        }
    }

    /// The value as the screen shows it (`1 000`, or empty): for tests and logs; the UI
    /// formats the value itself.
    pub fn text(self) -> String {
        let amount = |v: Option<Kronor>| v.map(|k| k.to_string()).unwrap_or_default();
        match self {
            Self::Budget { value, .. } => match value {
                BudgetValue::Budget(v) | BudgetValue::Utfall(v) => amount(v),
                BudgetValue::BudgeteradeDeltagare(n) => {
                    n.map(|n| n.to_string()).unwrap_or_default()
                }
            },
            Self::Medel { value, .. } => amount(value),
        }
    }
}

/// A pasted value the parser refused: the message typing it would give, shown beside
/// its cell.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PasteProblem {
    pub cell: GridCell,
    /// The error's stable code (`amount_decimals`).
    pub code: String,
    /// "Ange hela kronor, utan ören eller decimaler."
    pub message: String,
}

/// What a paste did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Pasted {
    pub cells: Vec<PastedCell>,
    /// Values the parser refused.
    pub problems: Vec<PasteProblem>,
    /// Values that landed outside the cells that exist and may be written.
    pub skipped: u32,
    /// "6 celler ifyllda. Välj Spara för att spara dem."
    pub message: String,
}

/// The cells of a copied block, row by row. Excel and LibreOffice end the block with a
/// line break and write a cell that holds a tab, a line break or a quote in quotes (a
/// quote doubled inside); both are read back here.
pub fn block_cells(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.is_empty() => quoted = true,
            '\t' if !quoted => row.push(std::mem::take(&mut cell)),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' | '\r' if !quoted => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            c => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// The sentence a paste ends with.
pub fn message(filled: usize, skipped: u32, problems: usize) -> String {
    let mut text = match filled {
        0 => "Inga celler ifyllda.".to_owned(),
        1 => "1 cell ifylld.".to_owned(),
        n => format!("{n} celler ifyllda."),
    };
    match skipped {
        0 => {}
        1 => text.push_str(" 1 värde hoppades över: cellen finns inte eller är låst."),
        n => text.push_str(&format!(
            " {n} värden hoppades över: cellerna finns inte eller är låsta."
        )),
    }
    match problems {
        0 => {}
        1 => text.push_str(" 1 värde kunde inte läsas; se cellen."),
        n => text.push_str(&format!(" {n} värden kunde inte läsas; se cellerna.")),
    }
    if filled > 0 {
        text.push_str(" Välj Spara för att spara dem.");
    }
    text
}
