use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::kontroll::{Forhandskontroll, KontrollStatus};
use tauri::State;

use crate::state::AppState;

/// Förhandskontroll of one year.
#[tauri::command(async)]
pub fn forhandskontroll(
    state: State<'_, AppState>,
    year: i32,
) -> Result<Forhandskontroll, AppError> {
    state.with(|service| service.forhandskontroll(year))
}

/// The check's state for each open year, with the days left to 15 April.
#[tauri::command(async)]
pub fn kontroll_status(state: State<'_, AppState>) -> Result<Vec<KontrollStatus>, AppError> {
    state.with(|service| service.kontroll_status())
}
