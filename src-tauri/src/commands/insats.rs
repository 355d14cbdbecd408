use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::insats::{
    DeltagareInput, EndInsats, InsatsChoices, InsatsDetail, InsatsUpdate, NewInsats,
};
use tauri::State;

use crate::state::AppState;

/// What the insats form offers (lists and deltagaransvariga).
#[tauri::command(async)]
pub fn insats_choices(state: State<'_, AppState>) -> Result<InsatsChoices, AppError> {
    state.with(|service| service.insats_choices())
}

/// Everything about one insats, for the panel.
#[tauri::command(async)]
pub fn insats_detail(state: State<'_, AppState>, id: i64) -> Result<InsatsDetail, AppError> {
    state.with(|service| service.insats(id))
}

/// "Lägg till insats".
#[tauri::command(async)]
pub fn create_insats(
    state: State<'_, AppState>,
    input: NewInsats,
) -> Result<InsatsDetail, AppError> {
    state.with(|service| service.create_insats(input))
}

/// Saves the insats panel.
#[tauri::command(async)]
pub fn update_insats(
    state: State<'_, AppState>,
    input: InsatsUpdate,
) -> Result<InsatsDetail, AppError> {
    state.with(|service| service.update_insats(input))
}

/// "Avsluta insats".
#[tauri::command(async)]
pub fn end_insats(state: State<'_, AppState>, input: EndInsats) -> Result<InsatsDetail, AppError> {
    state.with(|service| service.end_insats(input))
}

/// One year's participant counts.
#[tauri::command(async)]
pub fn save_deltagare(
    state: State<'_, AppState>,
    input: DeltagareInput,
) -> Result<InsatsDetail, AppError> {
    state.with(|service| service.save_deltagare(input))
}
