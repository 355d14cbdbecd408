//! Closing the window with unsaved changes asks first. The UI tells Rust whether a screen
//! has unsaved changes; when the window is asked to close, Rust keeps it open and lets the
//! UI ask the officer ("Stäng utan att spara" then closes it for real). A close that goes
//! ahead first backs up the saves made since the newest backup (`backup::trigger`); a
//! failed backup is told in a notice that outlives the window, and never holds the close.

use std::sync::atomic::{AtomicBool, Ordering};

use finsamkollen_core::api::AppError;
use tauri::{AppHandle, Manager, RunEvent, WebviewWindow, Window, WindowEvent};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

use crate::state::AppState;

/// The event the UI listens for. Sent with `eval`, so the UI needs no event permission.
const ASK: &str = "window.dispatchEvent(new Event('finsamkollen:stang'))";

/// The window event hook: holds a close while there are unsaved changes.
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    let state = window.state::<AppState>();
    if !state.unsaved() {
        if let Some(notice) = state.backup_on_close() {
            tell(window, notice);
        }
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
    state.set_unsaved(false);
    window.close().map_err(|error| AppError {
        code: "window".to_owned(),
        message: format!("Fönstret kunde inte stängas: {error}"),
        field: None,
        fields: Vec::new(),
    })
}

/// Whether a notice about the backup at closing is still shown: the app then waits for it
/// before it exits, although its window is gone.
static NOTICE_SHOWN: AtomicBool = AtomicBool::new(false);

/// Shows `notice` in a dialog of its own, so the window closes at once; the app exits when
/// the officer has read it.
fn tell(window: &Window, notice: String) {
    eprintln!("finsamkollen: {notice}");
    NOTICE_SHOWN.store(true, Ordering::SeqCst);
    let app = window.app_handle().clone();
    window
        .dialog()
        .message(notice)
        .title("Finsamkollen")
        .kind(MessageDialogKind::Warning)
        .show(move |_| {
            NOTICE_SHOWN.store(false, Ordering::SeqCst);
            app.exit(0);
        });
}

/// The app's event hook: the last window closing does not end the app while a notice
/// about the backup at closing is still shown.
pub fn on_run_event(_app: &AppHandle, event: RunEvent) {
    if let RunEvent::ExitRequested { api, code, .. } = event {
        if code.is_none() && NOTICE_SHOWN.load(Ordering::SeqCst) {
            api.prevent_exit();
        }
    }
}
