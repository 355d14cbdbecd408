use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::budget::{BudgetInput, MedelInput, YearView};
use finsamkollen_core::domain::fordelning::{Fordelning, FordelningInput};
use finsamkollen_core::domain::klistra::{PasteCells, Pasted};
use finsamkollen_core::domain::oversikt::AllYears;
use tauri::State;

use crate::state::AppState;

/// "Ändra medel" → Spara.
#[tauri::command(async)]
pub fn save_medel(state: State<'_, AppState>, input: MedelInput) -> Result<YearView, AppError> {
    state.with(|service| service.save_medel(input))
}

/// "Ändra budget och utfall" → Spara, one transaction.
#[tauri::command(async)]
pub fn save_budget(state: State<'_, AppState>, input: BudgetInput) -> Result<YearView, AppError> {
    state.with(|service| service.save_budget(input))
}

/// The budget grid's draft as Spara would store it, with the core's avvikelse and
/// summering; nothing is written.
#[tauri::command(async)]
pub fn budget_preview(
    state: State<'_, AppState>,
    input: BudgetInput,
) -> Result<YearView, AppError> {
    state.with(|service| service.budget_preview(input))
}

/// "Kopiera budget från föregående år".
#[tauri::command(async)]
pub fn copy_budget(state: State<'_, AppState>, year: i32) -> Result<YearView, AppError> {
    state.with(|service| service.copy_budget(year))
}

/// "Klistra in" in the budget grid or medel: which cells a copied block fills.
#[tauri::command(async)]
pub fn paste_cells(state: State<'_, AppState>, input: PasteCells) -> Result<Pasted, AppError> {
    state.with(|service| service.paste_cells(input))
}

/// "Fördelning per finansiär" of a year: the financiers, their shares and F3's warnings.
#[tauri::command(async)]
pub fn fordelning(state: State<'_, AppState>, year: i32) -> Result<Fordelning, AppError> {
    state.with(|service| service.fordelning(year))
}

/// "Ändra fördelning" → Spara, one transaction.
#[tauri::command(async)]
pub fn save_fordelning(
    state: State<'_, AppState>,
    input: FordelningInput,
) -> Result<Fordelning, AppError> {
    state.with(|service| service.save_fordelning(input))
}

/// "Alla år": every year's medel, kostnader, saldo and deltagare, in one call.
#[tauri::command(async)]
pub fn all_years(state: State<'_, AppState>) -> Result<AllYears, AppError> {
    state.with(|service| service.all_years())
}
