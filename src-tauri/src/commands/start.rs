//! The start page's first screen, in one answer.

use finsamkollen_core::api::{AppError, Start};

use super::Ctx;

/// The start page's first screen for a year (the year being reported when `None`) in one
/// answer: the start-up state, the page, its year's figures and the check's ctx.state().
pub fn start(ctx: &Ctx, year: Option<i32>) -> Result<Start, AppError> {
    ctx.state().with(|service| service.start(year))
}
