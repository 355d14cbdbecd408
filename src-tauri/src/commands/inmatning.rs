//! "Inmatning i Uppföljning Finsam": the year's figures to key in and their ticks.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::inmatning::{InmatatInput, InmatningVy, RegistreradInput};

use super::Ctx;

/// "Inmatning i Uppföljning Finsam": the year's figures to key in, with their ticks.
pub fn inmatning(ctx: &Ctx, year: i32) -> Result<InmatningVy, AppError> {
    ctx.state().with(|service| service.inmatning(year))
}

/// The "Inmatat" tick of one row, set or taken away.
pub fn set_inmatat(ctx: &Ctx, input: InmatatInput) -> Result<InmatningVy, AppError> {
    ctx.state().with(|service| service.set_inmatat(input))
}

/// The "Registrerad" tick of one insats new or ended in the year, set or taken away.
pub fn set_registrerad(ctx: &Ctx, input: RegistreradInput) -> Result<InmatningVy, AppError> {
    ctx.state().with(|service| service.set_registrerad(input))
}

/// "Markera året som inrapporterat".
pub fn mark_inrapporterat(ctx: &Ctx, year: i32) -> Result<InmatningVy, AppError> {
    ctx.state().with(|service| service.mark_inrapporterat(year))
}
