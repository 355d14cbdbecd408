use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::forbund::{Forbund, NewForbund};
use tauri::State;

use crate::state::AppState;

/// "Skapa förbund".
#[tauri::command(async)]
pub fn create_forbund(state: State<'_, AppState>, input: NewForbund) -> Result<Forbund, AppError> {
    state.with(|service| service.create_forbund(input))
}
