//! The start-up measurement's end, told by the UI (see `crate::measure`).

use finsamkollen_core::api::AppError;

use super::Ctx;

/// The UI's first year table is painted: ends a start-up measurement (`--measure-startup`),
/// and does nothing otherwise.
pub fn first_table_painted(ctx: &Ctx) -> Result<(), AppError> {
    crate::measure::first_table_painted(&ctx.app);
    Ok(())
}
