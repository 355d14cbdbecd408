use finsamkollen_core::api::AppError;
use tauri::{State, WebviewWindow};

use crate::state::AppState;

/// The UI says whether a screen has unsaved changes (closing the window then asks first).
#[tauri::command(async)]
pub fn mark_unsaved(state: State<'_, AppState>, osparat: bool) {
    state.set_osparat(osparat);
}

/// "Stäng utan att spara": closes the window although changes are unsaved.
#[tauri::command(async)]
pub fn close_without_saving(
    window: WebviewWindow,
    state: State<'_, AppState>,
) -> Result<(), AppError> {
    crate::close_guard::close_anyway(&window, &state)
}
