use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::historik::{HistorikFraga, HistorikSida};
use tauri::State;

use crate::state::AppState;

/// "Historik": one page of the change history of the förbund, an insats or a year.
#[tauri::command(async)]
pub fn historik(
    state: State<'_, AppState>,
    fraga: HistorikFraga,
) -> Result<HistorikSida, AppError> {
    state.with(|service| service.historik(fraga))
}
