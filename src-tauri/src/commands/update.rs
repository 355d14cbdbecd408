//! "Uppdateringar": what it shows, "Sök efter uppdateringar" and "Installera" (the
//! updater, awaited; see `crate::update`).

use finsamkollen_core::api::AppError;
use finsamkollen_core::update::{UpdateAnswer, UpdateState};

use super::{Ctx, Later};
use crate::update;

/// Whether this copy looks for updates itself, from how it was installed.
pub fn update_state(ctx: &Ctx) -> Result<UpdateState, AppError> {
    Ok(update::state(&ctx.app))
}

/// "Sök efter uppdateringar". Every outcome, offline included, is an answer to show, not an
/// error.
pub fn check_for_update(ctx: &Ctx) -> Later<UpdateAnswer, AppError> {
    let app = ctx.app.clone();
    Box::pin(async move { Ok(update::check(&app).await) })
}

/// "Installera": the update the last check verified.
pub fn install_update(ctx: &Ctx) -> Later<UpdateAnswer, AppError> {
    let app = ctx.app.clone();
    Box::pin(async move { Ok(update::install(&app).await) })
}
