//! The start page's first screen, in one answer.

use finsamkollen_core::api::{AppError, Start};
use finsamkollen_core::ops::nasta_steg::NastaStegPost;

use super::Ctx;

/// The start page's first screen for a year (the year being reported when `None`) in one
/// answer: the start-up state, the page, its year's figures and the check's ctx.state().
pub fn start(ctx: &Ctx, year: Option<i32>) -> Result<Start, AppError> {
    ctx.state().with(|service| service.start(year))
}

/// "Nästa steg" for a new förbund.
pub fn nasta_steg(ctx: &Ctx) -> Result<Vec<NastaStegPost>, AppError> {
    ctx.state().with(|service| service.nasta_steg())
}

/// Closes "Nästa steg" for the open data file.
pub fn stang_nasta_steg(ctx: &Ctx) -> Result<(), AppError> {
    ctx.state().with(|service| service.stang_nasta_steg())
}
