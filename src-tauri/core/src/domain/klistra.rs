//! Klistra in — a block copied from Excel or LibreOffice (cells separated by tabs, rows by
//! line breaks) pasted into the budget grid or into medel, from the focused cell. The core
//! decides which cells the block lands on, which of them exist and may be written, and
//! reads every value with the same parser as typing; the UI only puts the results in its
//! cells.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::FieldError;

/// Where a block is pasted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PasteTarget {
    /// The budget och utfall grid.
    Budget,
    /// Medel: one column of three amounts.
    Medel,
}

/// A paste: the block as copied, and the focused cell it starts at.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PasteCells {
    pub year: i32,
    pub mal: PasteTarget,
    /// The focused row: a grid row's key (`insats-3`, `admin`) or a medel field
    /// (`samverkansparterna`, `esfPlus`, `overskott`).
    pub rad: String,
    /// The focused column: one of [`BUDGET_COLUMNS`]; `belopp` for medel.
    pub kolumn: String,
    pub text: String,
}

/// The budget grid's columns, left to right, as the screen shows them. Only `budget`,
/// `utfall` and (B1) `budgeteradeDeltagare` are cells that can be written.
pub const BUDGET_COLUMNS: [&str; 6] = [
    "rad",
    "budget",
    "utfall",
    "budgeteradeDeltagare",
    "avvikelse",
    "avvikelsePromille",
];

/// The medel fields, top to bottom, in their one column `belopp`.
pub const MEDEL_FIELDS: [&str; 3] = ["samverkansparterna", "esfPlus", "overskott"];

/// One cell the paste fills: its field as a save names it (`insats-3.budget`,
/// `samverkansparterna`) and the value as the cell shows it (`1 000`, or empty).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IfylldCell {
    pub falt: String,
    pub text: String,
}

/// What a paste did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Pasted {
    pub ifyllda: Vec<IfylldCell>,
    /// Values the parser refused, each with the message typing it would give.
    pub fel: Vec<FieldError>,
    /// Values that landed outside the cells that exist and may be written.
    pub hoppade: u32,
    /// "6 celler ifyllda. Välj Spara för att spara dem."
    pub meddelande: String,
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
pub fn meddelande(ifyllda: usize, hoppade: u32, fel: usize) -> String {
    let mut text = match ifyllda {
        0 => "Inga celler ifyllda.".to_owned(),
        1 => "1 cell ifylld.".to_owned(),
        n => format!("{n} celler ifyllda."),
    };
    match hoppade {
        0 => {}
        1 => text.push_str(" 1 värde hoppades över: cellen finns inte eller är låst."),
        n => text.push_str(&format!(
            " {n} värden hoppades över: cellerna finns inte eller är låsta."
        )),
    }
    match fel {
        0 => {}
        1 => text.push_str(" 1 värde kunde inte läsas; se cellen."),
        n => text.push_str(&format!(" {n} värden kunde inte läsas; se cellerna.")),
    }
    if ifyllda > 0 {
        text.push_str(" Välj Spara för att spara dem.");
    }
    text
}
