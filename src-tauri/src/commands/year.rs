use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::budget::{BudgetInput, MedelInput, YearView};
use finsamkollen_core::domain::fordelning::{Fordelning, FordelningInput};
use finsamkollen_core::domain::klistra::{Inklistring, KlistraIn};
use finsamkollen_core::domain::oversikt::AllaAr;
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

/// "Kopiera budget från föregående år".
#[tauri::command(async)]
pub fn copy_budget(state: State<'_, AppState>, year: i32) -> Result<YearView, AppError> {
    state.with(|service| service.copy_budget(year))
}

/// "Klistra in" in the budget grid or medel: which cells a copied block fills.
#[tauri::command(async)]
pub fn klistra_in(state: State<'_, AppState>, input: KlistraIn) -> Result<Inklistring, AppError> {
    state.with(|service| service.klistra_in(input))
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
pub fn alla_ar(state: State<'_, AppState>) -> Result<AllaAr, AppError> {
    state.with(|service| service.alla_ar())
}
