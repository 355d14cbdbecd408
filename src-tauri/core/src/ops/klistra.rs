//! "Klistra in" in the budget grid and in medel (see `domain::klistra`): nothing is
//! written here. Each value is read by the same parse step as a typed cell
//! (`rules::parse::amount`, `rules::insats::parse_count`); the filled cells are then saved,
//! parsed and checked again, by the form's Spara (`save_budget`, `save_medel`).

use super::year::{BUDGET, MEDEL};
use super::Service;
use crate::domain::klistra::{
    block_cells, meddelande, IfylldCell, PasteCells, PasteTarget, Pasted, BUDGET_COLUMNS,
    MEDEL_FIELDS,
};
use crate::error::CoreError;
use crate::error::FieldError;
use crate::rules::insats::parse_count;
use crate::rules::parse;
use crate::rules::year::ensure_editable;

/// What a position of the grid is: a cell that takes an amount or a count, or nothing
/// that can be written (a name, a computed column, a missing cell, a locked row).
enum Cell {
    Amount(String, &'static str),
    Count(String, &'static str),
    None,
}

impl Service {
    /// Pastes `input.text` from the focused cell: each value lands on the cell as many
    /// rows down and columns right, and is read as if typed there. A value on a cell that
    /// does not exist or may not be written (B1, I4) is skipped; a locked year (Y1–Y3)
    /// refuses the whole paste with its usual sentence.
    pub fn paste_cells(&self, input: PasteCells) -> crate::Result<Pasted> {
        let forbund = self.require_forbund()?;
        let what = match input.mal {
            PasteTarget::Budget => BUDGET,
            PasteTarget::Medel => MEDEL,
        };
        ensure_editable(what, input.year, self.clock.today(), &forbund.period())?;
        let not_found = || CoreError::NotFound {
            what: format!("Cellen {} {}", input.rad, input.kolumn),
        };
        // The grid as rows of positions, and where the focused cell is in it.
        let (grid, anchor): (Vec<Vec<Cell>>, (usize, usize)) = match input.mal {
            PasteTarget::Budget => {
                let view = self.year_view(input.year)?;
                let row = view
                    .rader
                    .iter()
                    .position(|r| r.key == input.rad)
                    .ok_or_else(not_found)?;
                let col = BUDGET_COLUMNS
                    .iter()
                    .position(|c| *c == input.kolumn)
                    .ok_or_else(not_found)?;
                let grid = view
                    .rader
                    .iter()
                    .map(|r| {
                        BUDGET_COLUMNS
                            .iter()
                            .map(|&c| {
                                let field = r.rad.field(c);
                                match c {
                                    _ if !r.redigerbar => Cell::None,
                                    "budget" => Cell::Amount(field, "budget"),
                                    "utfall" => Cell::Amount(field, "utfall"),
                                    "budgeteradeDeltagare" if r.har_deltagare => {
                                        Cell::Count(field, "budgeteradeDeltagare")
                                    }
                                    _ => Cell::None,
                                }
                            })
                            .collect()
                    })
                    .collect();
                (grid, (row, col))
            }
            PasteTarget::Medel => {
                let row = MEDEL_FIELDS
                    .iter()
                    .position(|f| *f == input.rad)
                    .filter(|_| input.kolumn == "belopp")
                    .ok_or_else(not_found)?;
                let grid = MEDEL_FIELDS
                    .iter()
                    .map(|&f| vec![Cell::Amount(f.to_owned(), f)])
                    .collect();
                (grid, (row, 0))
            }
        };

        let mut ifyllda = Vec::new();
        let mut fel = Vec::new();
        let mut hoppade = 0;
        for (i, line) in block_cells(&input.text).iter().enumerate() {
            for (j, text) in line.iter().enumerate() {
                let cell = grid
                    .get(anchor.0 + i)
                    .and_then(|row| row.get(anchor.1 + j))
                    .unwrap_or(&Cell::None);
                let read = match cell {
                    Cell::Amount(falt, name) => (
                        falt,
                        parse::amount(text, name).map(|v| v.map(|k| k.to_string())),
                    ),
                    Cell::Count(falt, name) => (
                        falt,
                        parse_count(text, name).map(|v| v.map(|n| n.to_string())),
                    ),
                    Cell::None => {
                        if !text.trim().is_empty() {
                            hoppade += 1;
                        }
                        continue;
                    }
                };
                match read {
                    (falt, Ok(value)) => ifyllda.push(IfylldCell {
                        falt: falt.clone(),
                        text: value.unwrap_or_default(),
                    }),
                    (falt, Err(e)) => fel.push(FieldError {
                        field: falt.clone(),
                        code: e.code().to_owned(),
                        message: e.to_string(),
                    }),
                }
            }
        }
        Ok(Pasted {
            meddelande: meddelande(ifyllda.len(), hoppade, fel.len()),
            ifyllda,
            fel,
            hoppade,
        })
    }
}
