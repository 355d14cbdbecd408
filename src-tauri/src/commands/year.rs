//! One year's money: medel, budget and utfall (with copying and pasting), fördelning per
//! finansiär, and all years side by side.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::budget::{BudgetInput, MedelInput, YearView};
use finsamkollen_core::domain::fordelning::{Fordelning, FordelningInput};
use finsamkollen_core::domain::oversikt::AllYears;
use finsamkollen_core::domain::paste::{PasteCells, Pasted};

use super::Ctx;

/// "Ändra medel" → Spara.
pub fn save_medel(ctx: &Ctx, input: MedelInput) -> Result<YearView, AppError> {
    ctx.state().with(|service| service.save_medel(input))
}

/// "Ändra budget och utfall" → Spara, one transaction.
pub fn save_budget(ctx: &Ctx, input: BudgetInput) -> Result<YearView, AppError> {
    ctx.state().with(|service| service.save_budget(input))
}

/// The budget grid's draft as Spara would store it, with the core's avvikelse and
/// summering; nothing is written.
pub fn budget_preview(ctx: &Ctx, input: BudgetInput) -> Result<YearView, AppError> {
    ctx.state().with(|service| service.budget_preview(input))
}

/// "Kopiera budget från föregående år".
pub fn copy_budget(ctx: &Ctx, year: i32) -> Result<YearView, AppError> {
    ctx.state().with(|service| service.copy_budget(year))
}

/// "Klistra in" in the budget grid or medel: which cells a copied block fills.
pub fn paste_cells(ctx: &Ctx, input: PasteCells) -> Result<Pasted, AppError> {
    ctx.state().with(|service| service.paste_cells(input))
}

/// "Fördelning per finansiär" of a year: the financiers, their shares and F3's warnings.
pub fn fordelning(ctx: &Ctx, year: i32) -> Result<Fordelning, AppError> {
    ctx.state().with(|service| service.fordelning(year))
}

/// "Ändra fördelning" → Spara, one transaction.
pub fn save_fordelning(ctx: &Ctx, input: FordelningInput) -> Result<Fordelning, AppError> {
    ctx.state().with(|service| service.save_fordelning(input))
}

/// "Alla år": every year's medel, kostnader, saldo and deltagare, in one call.
pub fn all_years(ctx: &Ctx) -> Result<AllYears, AppError> {
    ctx.state().with(|service| service.all_years())
}
