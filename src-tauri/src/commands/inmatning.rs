use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::inmatning::{InmatatInput, InmatningVy, RegistreradInput};
use tauri::State;

use crate::state::AppState;

/// "Inmatning i Uppföljning Finsam": the year's figures to key in, with their ticks.
#[tauri::command(async)]
pub fn inmatning(state: State<'_, AppState>, year: i32) -> Result<InmatningVy, AppError> {
    state.with(|service| service.inmatning(year))
}

/// The "Inmatat" tick of one row, set or taken away.
#[tauri::command(async)]
pub fn set_inmatat(
    state: State<'_, AppState>,
    input: InmatatInput,
) -> Result<InmatningVy, AppError> {
    state.with(|service| service.set_inmatat(input))
}

/// The "Registrerad" tick of one insats new or ended in the year, set or taken away.
#[tauri::command(async)]
pub fn set_registrerad(
    state: State<'_, AppState>,
    input: RegistreradInput,
) -> Result<InmatningVy, AppError> {
    state.with(|service| service.set_registrerad(input))
}

/// "Markera året som inrapporterat".
#[tauri::command(async)]
pub fn mark_inrapporterat(state: State<'_, AppState>, year: i32) -> Result<InmatningVy, AppError> {
    state.with(|service| service.mark_inrapporterat(year))
}
