//! The budget grid while it is edited: the draft's cells read as Spara reads them (typed
//! text through the parser, pasted values as they are), and the
//! avvikelse and the year's summering computed by the same functions as for stored figures,
//! so the grid follows typed and pasted values at once without a second formula in the UI.
//! Nothing is written.

use super::year_rows::{deviation, summarise};
use super::Service;
use crate::domain::budget::{BudgetInput, YearView};
use crate::rules::parse;

impl Service {
    /// The year view as it would be after Spara of `input`'s rows (the grid's draft): each
    /// row's cells, avvikelse and the summering. A cell that cannot be read counts as empty
    /// here (its avvikelse is not shown); Spara names it. Rows the year does not show are
    /// left out, as Spara would refuse them.
    pub fn budget_preview(&self, input: BudgetInput) -> crate::Result<YearView> {
        let mut view = self.year_view_and_insatser(input.year)?.0;
        for cells in &input.rader {
            let Some(rad) = view.rader.iter_mut().find(|r| r.rad == cells.rad) else {
                continue;
            };
            if !rad.redigerbar {
                continue;
            }
            rad.budget = parse::amount_cell(&cells.budget, "budget").unwrap_or(None);
            rad.utfall = parse::amount_cell(&cells.utfall, "utfall").unwrap_or(None);
            if rad.har_deltagare {
                rad.budgeterade_deltagare =
                    parse::count_cell(&cells.budgeterade_deltagare, "budgeteradeDeltagare")
                        .unwrap_or(None);
            }
            (rad.avvikelse, rad.avvikelse_promille) = deviation(rad.budget, rad.utfall);
        }
        view.summering = summarise(&view.medel, &view.rader);
        Ok(view)
    }
}
