//! "Läs in tidigare år" (issue 23): the officer's own workbook read into the data file in
//! steps. The file is chosen here, with a native dialog, and kept in the app's state
//! between the steps (`AppState::choose_workbook`), so the UI never sends a path or bytes
//! and the preview and "Läs in" read the same file.

use std::path::PathBuf;

use finsamkollen_core::api::inlasning::InlasningFil;
use finsamkollen_core::api::AppError;
use finsamkollen_core::report::inlasning::{
    Forhandsvisning, InlasningBegaran, InlasningSammanfattning, Mappning,
};
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use super::Ctx;

/// Step 1, "Välj fil …": a native open dialog, then the workbook is read and kept. `None`
/// when cancelled; a refused file answers with the core's sentence.
pub fn choose_inlasning_file(ctx: &Ctx) -> Result<Option<InlasningFil>, AppError> {
    let Some(path) = pick_workbook(&ctx.app) else {
        return Ok(None);
    };
    ctx.state().choose_workbook(&path).map(Some)
}

/// Step 3: the columns guessed again from the header row the officer chose.
pub fn inlasning_mappning(ctx: &Ctx, blad: String, rubrikrad: u32) -> Result<Mappning, AppError> {
    ctx.state().inlasning_mappning(&blad, rubrikrad)
}

/// Step 4, "Spara mappningen": kept in the settings file for next year's sheet.
pub fn save_inlasning_mappning(
    ctx: &Ctx,
    mappning: Mappning,
    namn: String,
) -> Result<(), AppError> {
    ctx.state().save_inlasning_mappning(&mappning, &namn)
}

/// Step 5, the preview. Nothing is written.
pub fn inlasning_forhandsvisning(
    ctx: &Ctx,
    begaran: InlasningBegaran,
) -> Result<Forhandsvisning, AppError> {
    ctx.state().inlasning_forhandsvisning(&begaran)
}

/// "Läs in": a backup, then everything in one transaction.
pub fn apply_inlasning(
    ctx: &Ctx,
    begaran: InlasningBegaran,
) -> Result<InlasningSammanfattning, AppError> {
    ctx.state().apply_inlasning(&begaran)
}

/// "Ladda ner mall": a native save dialog, then the template is written there. The path
/// written, or `None` when cancelled.
pub fn save_inlasning_mall(ctx: &Ctx) -> Result<Option<String>, AppError> {
    let Some(path) = pick_template_path(&ctx.app) else {
        return Ok(None);
    };
    ctx.state()
        .with(|service| service.spara_inlasning_mall(&path))
        .map(|()| Some(path.display().to_string()))
}

/// The workbook to read: the native dialog; the workbook of the import measurement
/// (`--measure-inlasning=PATH`, any build); or, in debug builds only,
/// `FINSAMKOLLEN_DIALOG_INLASNING_FILE` (end-to-end tests cannot drive a GTK dialog).
fn pick_workbook(app: &AppHandle) -> Option<PathBuf> {
    if let Some(file) = crate::measure::inlasning_file() {
        return Some(file);
    }
    #[cfg(debug_assertions)]
    if let Some(file) =
        std::env::var_os("FINSAMKOLLEN_DIALOG_INLASNING_FILE").filter(|f| !f.is_empty())
    {
        return Some(PathBuf::from(file));
    }
    app.dialog()
        .file()
        .set_title("Välj arbetsboken med tidigare år")
        .add_filter(
            "Excel, LibreOffice eller CSV",
            &["xlsx", "xlsm", "xls", "ods", "csv", "txt"],
        )
        .add_filter("Excel", &["xlsx", "xlsm", "xls"])
        .add_filter("LibreOffice", &["ods"])
        .add_filter("CSV", &["csv", "txt"])
        .blocking_pick_file()
        .and_then(|path| path.into_path().ok())
}

/// Where to save the template: the native save dialog, or, in debug builds only, the file
/// `FINSAMKOLLEN_DIALOG_MALL_FILE`.
fn pick_template_path(app: &AppHandle) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os("FINSAMKOLLEN_DIALOG_MALL_FILE").filter(|f| !f.is_empty())
    {
        return Some(PathBuf::from(file));
    }
    app.dialog()
        .file()
        .set_title("Spara mallen för tidigare år")
        .set_file_name("Finsamkollen-mall.xlsx")
        .add_filter("Excel-arbetsbok", &["xlsx"])
        .blocking_save_file()
        .and_then(|path| path.into_path().ok())
}
