//! Closing the window with unsaved changes asks first. The UI tells Rust whether a screen
//! has unsaved changes; when the window is asked to close, Rust keeps it open and lets the
//! UI ask the officer ("Stäng utan att spara" then closes it for real).

use finsamkollen_core::api::AppError;
use tauri::{Manager, WebviewWindow, Window, WindowEvent};

use crate::state::AppState;

/// The event the UI listens for. Sent with `eval`, so the UI needs no event permission.
const ASK: &str = "window.dispatchEvent(new Event('finsamkollen:stang'))";

/// The window event hook: holds a close while there are unsaved changes.
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    if !window.state::<AppState>().osparat() {
        return;
    }
    api.prevent_close();
    if let Some(webview) = window.get_webview_window(window.label()) {
        if let Err(error) = webview.eval(ASK) {
            // The UI cannot ask, so the close goes ahead rather than trapping the officer.
            eprintln!("finsamkollen: kunde inte fråga om stängning: {error}");
            let _ = webview.destroy();
        }
    }
}

/// "Stäng utan att spara": the officer chose to close although changes are unsaved.
pub fn close_anyway(window: &WebviewWindow, state: &AppState) -> Result<(), AppError> {
    state.set_osparat(false);
    window.close().map_err(|error| AppError {
        code: "window".to_owned(),
        message: format!("Fönstret kunde inte stängas: {error}"),
        field: None,
        fields: Vec::new(),
    })
}
