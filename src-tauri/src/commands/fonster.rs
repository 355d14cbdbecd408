//! The window: unsaved changes (closing then asks first), closing anyway and the title.

use finsamkollen_core::api::AppError;

use super::Ctx;

/// The UI says whether a screen has unsaved changes (closing the window then asks first).
pub fn mark_unsaved(ctx: &Ctx, unsaved: bool) -> Result<(), AppError> {
    ctx.state().set_unsaved(unsaved);
    Ok(())
}

/// "Stäng utan att spara": closes the window although changes are unsaved.
pub fn close_without_saving(ctx: &Ctx) -> Result<(), AppError> {
    crate::close_guard::close_anyway(&ctx.window, &ctx.state())
}

/// The window's title names the open förbund ("Finsamkollen – Samordningsförbundet X"), or
/// only the app while the file has none. The UI calls this whenever the förbund it shows
/// changes: at start, after switching, creating, importing or renaming.
pub fn set_title(ctx: &Ctx, forbund: Option<String>) -> Result<(), AppError> {
    let title = match forbund.as_deref().map(str::trim) {
        Some(namn) if !namn.is_empty() => format!("Finsamkollen – {namn}"),
        _ => "Finsamkollen".to_owned(),
    };
    ctx.window.set_title(&title).map_err(|error| AppError {
        code: "window".to_owned(),
        message: format!("Fönstrets titel kunde inte ändras: {error}"),
        field: None,
        fields: Vec::new(),
    })
}
