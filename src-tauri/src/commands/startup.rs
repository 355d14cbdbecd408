use finsamkollen_core::api::{AppError, Startup};
use tauri::State;

use crate::state::AppState;

/// Which file is open and whether it has a förbund; an error when the file was refused.
#[tauri::command(async)]
pub fn startup(state: State<'_, AppState>) -> Result<Startup, AppError> {
    state.with(|service| service.startup())
}

/// "Skapa ett nytt förbund i den": the officer's answer to the question about an empty data
/// file with no backup (`file_empty_ask`). The core sets the empty file aside first.
#[tauri::command(async)]
pub fn start_in_empty_file(state: State<'_, AppState>) -> Result<(), AppError> {
    state.start_in_empty_file()
}
