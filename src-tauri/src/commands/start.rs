use finsamkollen_core::api::AppError;
use finsamkollen_core::ops::StartPage;
use tauri::State;

use crate::state::AppState;

/// The start page for a year (the year being reported when `None`).
#[tauri::command(async)]
pub fn start_page(state: State<'_, AppState>, year: Option<i32>) -> Result<StartPage, AppError> {
    state.with(|service| service.start_page(year))
}
