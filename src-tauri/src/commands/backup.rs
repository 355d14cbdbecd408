use finsamkollen_core::api::AppError;
use finsamkollen_core::backup::{Backup, BackupLage};
use tauri::State;

use crate::state::AppState;

/// Where the data file and its backups are, and the newest backup.
#[tauri::command(async)]
pub fn backup_lage(state: State<'_, AppState>) -> Result<BackupLage, AppError> {
    state.with(|service| service.backup_lage())
}

/// "Säkerhetskopiera nu".
#[tauri::command(async)]
pub fn backup_now(state: State<'_, AppState>) -> Result<Backup, AppError> {
    state.with(|service| service.backup_now())
}
