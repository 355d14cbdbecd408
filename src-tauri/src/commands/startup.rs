use finsamkollen_core::api::{AppError, Startup};
use tauri::State;

use crate::state::AppState;

/// Which file is open and whether it has a förbund; an error when the file was refused.
#[tauri::command(async)]
pub fn startup(state: State<'_, AppState>) -> Result<Startup, AppError> {
    state.with(|service| service.startup())
}
