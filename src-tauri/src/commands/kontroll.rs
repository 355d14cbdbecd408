//! Förhandskontroll: one year's check, and the check's state for each open year.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::kontroll::{Forhandskontroll, KontrollStatus};

use super::Ctx;

/// Förhandskontroll of one year.
pub fn forhandskontroll(ctx: &Ctx, year: i32) -> Result<Forhandskontroll, AppError> {
    ctx.state().with(|service| service.forhandskontroll(year))
}

/// The check's state for each open year, with the days left to 15 April.
pub fn kontroll_status(ctx: &Ctx) -> Result<Vec<KontrollStatus>, AppError> {
    ctx.state().with(|service| service.kontroll_status())
}
