//! Paste ("Klistra in") in the budget grid and in medel (see `domain::paste`): nothing is
//! written here. Each value is read by the same parse step as a typed cell
//! (`rules::parse::amount`, `rules::insats::parse_count`) and answered as a typed value;
//! the form keeps it as that value and its Spara (`save_budget`, `save_medel`) saves it
//! without reading it again, checked by the same apply step as every save.

use super::year::{BUDGET, MEDEL};
use super::Service;
use crate::domain::budget::Rad;
use crate::domain::paste::{
    block_cells, message, BudgetColumn, BudgetValue, GridCell, MedelField, PasteCells,
    PasteProblem, Pasted, PastedCell,
};
use crate::error::CoreError;
use crate::rules::insats::parse_count;
use crate::rules::parse;
use crate::rules::year::ensure_editable;

/// What a position of the grid is: a cell that may be written, or nothing that can be
/// (a name, a computed column, a missing cell, a locked row).
enum Spot {
    Cell(GridCell),
    None,
}

/// The grid as rows of positions, and where the focused cell is in it (row, column).
struct Layout {
    spots: Vec<Vec<Spot>>,
    anchor: (usize, usize),
}

impl Service {
    /// Pastes `input.text` from the focused cell: each value lands on the cell as many
    /// rows down and columns right, and is read as if typed there. A value on a cell that
    /// does not exist or may not be written (B1, I4) is skipped; a locked year (Y1–Y3)
    /// refuses the whole paste with its usual sentence.
    pub fn paste_cells(&self, input: PasteCells) -> crate::Result<Pasted> {
        let forbund = self.require_forbund()?;
        let what = match input.start {
            GridCell::Budget { .. } => BUDGET,
            GridCell::Medel { .. } => MEDEL,
        };
        ensure_editable(what, input.year, self.clock.today(), &forbund.period())?;
        let Layout { spots, anchor } = match input.start {
            GridCell::Budget { rad, column } => self.budget_spots(input.year, rad, column)?,
            GridCell::Medel { field } => medel_spots(field),
        };

        let mut cells = Vec::new();
        let mut problems = Vec::new();
        let mut skipped = 0;
        for (i, line) in block_cells(&input.text).iter().enumerate() {
            for (j, text) in line.iter().enumerate() {
                let spot = spots
                    .get(anchor.0 + i)
                    .and_then(|row| row.get(anchor.1 + j))
                    .unwrap_or(&Spot::None);
                let Spot::Cell(cell) = *spot else {
                    if !text.trim().is_empty() {
                        skipped += 1;
                    }
                    continue;
                };
                match read(cell, text) {
                    Ok(Some(value)) => cells.push(value),
                    Ok(None) => {}
                    Err(e) => problems.push(PasteProblem {
                        cell,
                        code: e.code().to_owned(),
                        message: e.to_string(),
                    }),
                }
            }
        }
        Ok(Pasted {
            message: message(cells.len(), skipped, problems.len()),
            cells,
            problems,
            skipped,
        })
    }

    /// The budget grid's positions for `year`, and the focused cell's place among them.
    fn budget_spots(&self, year: i32, start: Rad, column: BudgetColumn) -> crate::Result<Layout> {
        let view = self.year_view(year)?;
        let row = view
            .rader
            .iter()
            .position(|r| r.rad == start)
            .ok_or_else(|| CoreError::NotFound {
                what: format!("Cellen {}", start.field(column.name())),
            })?;
        let col = BudgetColumn::ALL
            .iter()
            .position(|c| *c == column)
            .unwrap_or_default();
        let spots = view
            .rader
            .iter()
            .map(|r| {
                BudgetColumn::ALL
                    .iter()
                    .map(|&column| {
                        let writable = r.redigerbar
                            && match column {
                                BudgetColumn::Budget | BudgetColumn::Utfall => true,
                                BudgetColumn::BudgeteradeDeltagare => r.har_deltagare,
                                _ => false,
                            };
                        match writable {
                            true => Spot::Cell(GridCell::Budget { rad: r.rad, column }),
                            false => Spot::None,
                        }
                    })
                    .collect()
            })
            .collect();
        Ok(Layout {
            spots,
            anchor: (row, col),
        })
    }
}

/// Medel's positions, one column, and the focused field's place among them.
fn medel_spots(start: MedelField) -> Layout {
    let spots = MedelField::ALL
        .iter()
        .map(|&field| vec![Spot::Cell(GridCell::Medel { field })])
        .collect();
    let row = MedelField::ALL
        .iter()
        .position(|f| *f == start)
        .unwrap_or_default();
    Layout {
        spots,
        anchor: (row, 0),
    }
}

/// The value of `text` read as typing into `cell` reads it; `None` for a cell that holds
/// no value (never the case for the cells `budget_spots` and `medel_spots` give).
fn read(cell: GridCell, text: &str) -> crate::Result<Option<PastedCell>> {
    Ok(match cell {
        GridCell::Budget { rad, column } => {
            let value = match column {
                BudgetColumn::Budget => BudgetValue::Budget(parse::amount(text, "budget")?),
                BudgetColumn::Utfall => BudgetValue::Utfall(parse::amount(text, "utfall")?),
                BudgetColumn::BudgeteradeDeltagare => {
                    BudgetValue::BudgeteradeDeltagare(parse_count(text, "budgeteradeDeltagare")?)
                }
                _ => return Ok(None),
            };
            Some(PastedCell::Budget { rad, value })
        }
        GridCell::Medel { field } => Some(PastedCell::Medel {
            field,
            value: parse::amount(text, field.name())?,
        }),
    })
}
