use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::budget::{BudgetInput, MedelInput, YearView};
use finsamkollen_core::domain::oversikt::AllaAr;
use tauri::State;

use crate::state::AppState;

/// The year view: medel, budget och utfall, totals, and whether the year is open.
#[tauri::command(async)]
pub fn year_view(state: State<'_, AppState>, year: i32) -> Result<YearView, AppError> {
    state.with(|service| service.year_view(year))
}

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

/// "Kopiera budget från föregående år".
#[tauri::command(async)]
pub fn copy_budget(state: State<'_, AppState>, year: i32) -> Result<YearView, AppError> {
    state.with(|service| service.copy_budget(year))
}

/// "Alla år": every year's medel, kostnader, saldo and deltagare, in one call.
#[tauri::command(async)]
pub fn alla_ar(state: State<'_, AppState>) -> Result<AllaAr, AppError> {
    state.with(|service| service.alla_ar())
}
