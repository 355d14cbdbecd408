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

/// The window's title names the open förbund ("Finsamkollen – Samordningsförbundet X"), or
/// only the app while the file has none. The UI calls this whenever the förbund it shows
/// changes: at start, after switching, creating, importing or renaming.
#[tauri::command(async)]
pub fn set_title(window: WebviewWindow, forbund: Option<String>) -> Result<(), AppError> {
    let title = match forbund.as_deref().map(str::trim) {
        Some(namn) if !namn.is_empty() => format!("Finsamkollen – {namn}"),
        _ => "Finsamkollen".to_owned(),
    };
    window.set_title(&title).map_err(|error| AppError {
        code: "window".to_owned(),
        message: format!("Fönstrets titel kunde inte ändras: {error}"),
        field: None,
        fields: Vec::new(),
    })
}
