//! Säkerhetskopior and the data file's place: the backup state, "Säkerhetskopiera nu",
//! the backup folder, restoring, opening another file, the synced-folder warning and moving
//! the data file. The folder and file choices are native dialogs asked here.

use std::path::{Path, PathBuf};

use finsamkollen_core::api::AppError;
use finsamkollen_core::backup::move_data_file::DataFileMoved;
use finsamkollen_core::backup::restore::Restored;
use finsamkollen_core::backup::sync::SyncWarning;
use finsamkollen_core::backup::{Backup, BackupState};
use finsamkollen_core::db::backups::BackupFile;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use super::Ctx;

/// Where the data file and its backups are, and the newest backup.
pub fn backup_state(ctx: &Ctx) -> Result<BackupState, AppError> {
    ctx.state().with(|service| service.backup_state())
}

/// "Säkerhetskopiera nu".
pub fn backup_now(ctx: &Ctx) -> Result<Backup, AppError> {
    ctx.state().with(|service| service.backup_now())
}

/// "Byt mapp …": a native folder dialog, then backups go there. `None` when cancelled.
pub fn change_backup_folder(ctx: &Ctx) -> Result<Option<BackupState>, AppError> {
    let Some(folder) = pick_folder(&ctx.app) else {
        return Ok(None);
    };
    ctx.state()
        .with(|service| service.set_backup_folder(Some(folder)))
        .map(Some)
}

/// "Använd standardmappen": backups go beside the data file again.
pub fn default_backup_folder(ctx: &Ctx) -> Result<BackupState, AppError> {
    ctx.state().with(|service| service.set_backup_folder(None))
}

/// The warning shown at open when the data file is in a synced or network folder.
pub fn sync_warning(ctx: &Ctx) -> Result<Option<SyncWarning>, AppError> {
    ctx.state().sync_warning()
}

/// "Visa inte igen" on the synced-folder warning.
pub fn dismiss_sync_warning(ctx: &Ctx) -> Result<(), AppError> {
    ctx.state().with(|service| service.dismiss_sync_warning())
}

/// "Flytta datafilen": a native folder dialog (starting in the app's own folder on this
/// computer), then the file moves there. `None` when cancelled.
pub fn move_data_file(
    ctx: &Ctx,
    backups_in_old_folder: bool,
) -> Result<Option<DataFileMoved>, AppError> {
    let Some(folder) = pick_move_folder(&ctx.app) else {
        return Ok(None);
    };
    ctx.state()
        .move_data_file(&folder, backups_in_old_folder)
        .map(Some)
}

/// The backups that can be restored, with what each holds. Works on the recovery screen.
pub fn backups(ctx: &Ctx) -> Result<Vec<BackupFile>, AppError> {
    Ok(ctx.state().backups())
}

/// "Återställ": replaces the data file with one of its listed backups, and says what came
/// back.
pub fn restore_backup(ctx: &Ctx, path: String) -> Result<Restored, AppError> {
    ctx.state().restore(Path::new(&path))
}

/// "Öppna en annan fil …": a native open dialog, then the app works on that file. `false`
/// when cancelled; a refused file changes nothing.
pub fn open_other_file(ctx: &Ctx) -> Result<bool, AppError> {
    let Some(path) = pick_data_file(&ctx.app) else {
        return Ok(false);
    };
    ctx.state().switch_to(&path).map(|()| true)
}

/// The chosen folder: the native dialog, or, in debug builds only, the folder in
/// `FINSAMKOLLEN_DIALOG_FOLDER` (end-to-end tests cannot drive a GTK dialog).
fn pick_folder(app: &AppHandle) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("FINSAMKOLLEN_DIALOG_FOLDER").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    app.dialog()
        .file()
        .set_title("Välj mapp för säkerhetskopior")
        .blocking_pick_folder()
        .and_then(|path| path.into_path().ok())
}

/// The folder to move the data file to: the native dialog, or, in debug builds only, the
/// folder in `FINSAMKOLLEN_DIALOG_MOVE_FOLDER`.
fn pick_move_folder(app: &AppHandle) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("FINSAMKOLLEN_DIALOG_MOVE_FOLDER").filter(|d| !d.is_empty())
    {
        return Some(PathBuf::from(dir));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title("Välj en mapp på den här datorn för datafilen");
    if let Some(local) = crate::config::default_data_folder() {
        let _ = std::fs::create_dir_all(&local);
        dialog = dialog.set_directory(local);
    }
    dialog
        .blocking_pick_folder()
        .and_then(|path| path.into_path().ok())
}

/// The chosen data file: the native dialog, or, in debug builds only,
/// `FINSAMKOLLEN_DIALOG_OPEN_FILE`.
fn pick_data_file(app: &AppHandle) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os("FINSAMKOLLEN_DIALOG_OPEN_FILE").filter(|f| !f.is_empty())
    {
        return Some(PathBuf::from(file));
    }
    app.dialog()
        .file()
        .set_title("Öppna datafil")
        .add_filter("Finsamkollens datafil", &["db"])
        .blocking_pick_file()
        .and_then(|path| path.into_path().ok())
}
