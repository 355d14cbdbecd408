//! "Mina förbund": the data files the app has opened, and going from one förbund's file to
//! another's. The rules of the list are the core's (`ops::mina_forbund`); these commands
//! only ask where a new file goes and swap the open file.

use std::path::{Path, PathBuf};

use finsamkollen_core::api::AppError;
use finsamkollen_core::settings::RecentFileRow;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use super::Ctx;

/// The remembered data files, most recent first, the open one marked and missing ones
/// flagged.
pub fn recent_files(ctx: &Ctx) -> Result<Vec<RecentFileRow>, AppError> {
    Ok(ctx.state().recent_files())
}

/// Opens a remembered data file in place of the current one. A file that is gone is
/// refused ("Filen finns inte längre på …") and nothing changes.
pub fn open_recent_file(ctx: &Ctx, path: String) -> Result<(), AppError> {
    ctx.state().open_recent(Path::new(&path))
}

/// "Ta bort från listan": forgets a remembered file, never touching the file itself.
pub fn forget_recent_file(ctx: &Ctx, path: String) -> Result<Vec<RecentFileRow>, AppError> {
    ctx.state().forget_recent_file(Path::new(&path))
}

/// "Nytt förbund …": a native save dialog for the new data file, which the app then opens
/// (empty, so "Skapa förbund" follows). `false` when cancelled.
pub fn new_forbund_file(ctx: &Ctx) -> Result<bool, AppError> {
    let Some(path) = pick_new_file(&ctx.app) else {
        return Ok(false);
    };
    ctx.state().create_data_file(&path).map(|()| true)
}

/// Where the new data file goes: the native save dialog, or, in debug builds only,
/// `FINSAMKOLLEN_DIALOG_NEW_FILE` (end-to-end tests cannot drive a GTK dialog).
fn pick_new_file(app: &AppHandle) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os("FINSAMKOLLEN_DIALOG_NEW_FILE").filter(|f| !f.is_empty()) {
        return Some(PathBuf::from(file));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title("Var ska det nya förbundets datafil sparas?")
        .set_file_name("forbund.db")
        .add_filter("Finsamkollens datafil", &["db"]);
    if let Some(folder) = crate::config::default_data_folder() {
        dialog = dialog.set_directory(folder);
    }
    dialog
        .blocking_save_file()
        .and_then(|path| path.into_path().ok())
}
