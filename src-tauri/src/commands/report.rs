//! Årsrapporter: exporting a year's report (a native save dialog), the export archive, and
//! importing earlier reports into a new data file.

use std::path::PathBuf;

use finsamkollen_core::api::AppError;
use finsamkollen_core::backup::trigger::Trigger;
use finsamkollen_core::domain::arkiv::{ExportPost, ReportFormat};
use finsamkollen_core::report::import::{import_report_files, ImportSummary};
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use super::Ctx;

/// "Exportera årsrapport": asks where to save (a native dialog), then lets the core write
/// the file. `None` when the officer cancels the dialog.
pub fn export_report(
    ctx: &Ctx,
    year: i32,
    format: ReportFormat,
) -> Result<Option<ExportPost>, AppError> {
    let Some(path) = save_path(&ctx.app, year, format) else {
        return Ok(None);
    };
    ctx.state()
        .with(|service| service.export_report(year, format, &path))
        .map(Some)
}

/// Where to write: the native save dialog, or, in debug builds only, the folder in
/// `FINSAMKOLLEN_EXPORT_DIR` (end-to-end tests cannot drive a GTK dialog).
fn save_path(app: &AppHandle, year: i32, format: ReportFormat) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("FINSAMKOLLEN_EXPORT_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir).join(format.file_name(year)));
    }
    let (label, extension) = match format {
        ReportFormat::Json => ("JSON", "json"),
        ReportFormat::Xlsx => ("Excel-arbetsbok", "xlsx"),
        ReportFormat::Pdf => ("PDF", "pdf"),
    };
    let title = match format {
        ReportFormat::Pdf => "Exportera styrelserapport",
        ReportFormat::Json | ReportFormat::Xlsx => "Exportera årsrapport",
    };
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(format.file_name(year))
        .add_filter(label, &[extension])
        .blocking_save_file()
        .and_then(|path| path.into_path().ok())
}

/// The year's exported reports, newest first.
pub fn exports(ctx: &Ctx, year: i32) -> Result<Vec<ExportPost>, AppError> {
    ctx.state().with(|service| service.exports(year))
}

/// "Importera årsrapporter": the officer picks one or more JSON reports and where the new
/// data file goes; the core reads them (refusing one too large before reading it) and
/// builds the file through its own use cases, and the app then works on the new file.
/// `None` when a dialog is cancelled.
pub fn import_arsrapporter(ctx: &Ctx) -> Result<Option<ImportSummary>, AppError> {
    let Some((sources, target)) = import_paths(&ctx.app) else {
        return Ok(None);
    };
    ctx.state().backup_if_open()?;
    let summary = import_report_files(&sources, &target)?;
    ctx.state().switch_to(&target)?;
    // The new file is backed up as imported; a failure is the next save's or the close's
    // to retry, not the import's refusal.
    if let Err(reason) = ctx.state().backup_for(Trigger::Import) {
        eprintln!("finsamkollen: säkerhetskopian efter importen kunde inte göras: {reason}");
    }
    Ok(Some(summary))
}

/// The report files and the new data file: native dialogs, or, in debug builds only,
/// `FINSAMKOLLEN_IMPORT_FILES` (a path list) and `FINSAMKOLLEN_IMPORT_TARGET`.
fn import_paths(app: &AppHandle) -> Option<(Vec<PathBuf>, PathBuf)> {
    #[cfg(debug_assertions)]
    if let (Some(files), Some(target)) = (
        std::env::var_os("FINSAMKOLLEN_IMPORT_FILES"),
        std::env::var_os("FINSAMKOLLEN_IMPORT_TARGET"),
    ) {
        return Some((
            std::env::split_paths(&files).collect(),
            PathBuf::from(target),
        ));
    }
    let sources: Vec<PathBuf> = app
        .dialog()
        .file()
        .set_title("Välj årsrapporter (JSON)")
        .add_filter("Årsrapport", &["json"])
        .blocking_pick_files()?
        .into_iter()
        .filter_map(|p| p.into_path().ok())
        .collect();
    let target = app
        .dialog()
        .file()
        .set_title("Spara den nya datafilen")
        .set_file_name("forbund.db")
        .add_filter("Finsamkollen-datafil", &["db"])
        .blocking_save_file()?
        .into_path()
        .ok()?;
    Some((sources, target))
}
