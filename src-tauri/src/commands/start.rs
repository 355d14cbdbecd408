use finsamkollen_core::api::{AppError, Start};
use tauri::State;

use crate::state::AppState;

/// The start page's first screen for a year (the year being reported when `None`) in one
/// answer: the start-up state, the page, its year's figures and the check's state.
#[tauri::command(async)]
pub fn start(state: State<'_, AppState>, year: Option<i32>) -> Result<Start, AppError> {
    state.with(|service| service.start(year))
}
