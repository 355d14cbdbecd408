//! "Skapa förbund": the förbund of a new, empty data file.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::forbund::{Forbund, NewForbund};

use super::Ctx;

/// "Skapa förbund".
pub fn create_forbund(ctx: &Ctx, input: NewForbund) -> Result<Forbund, AppError> {
    ctx.state().with(|service| service.create_forbund(input))
}
