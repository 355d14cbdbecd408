use finsamkollen_core::uppdatering::Uppdatering;
use tauri::AppHandle;

use crate::update;

/// "Sök efter uppdateringar". Every outcome, offline included, is an answer to show, not an
/// error.
#[tauri::command]
pub async fn check_for_update(app: AppHandle) -> Uppdatering {
    update::check(&app).await
}

/// "Installera": the update the last check verified.
#[tauri::command]
pub async fn install_update(app: AppHandle) -> Uppdatering {
    update::install(&app).await
}
