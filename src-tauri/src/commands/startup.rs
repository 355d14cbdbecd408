//! Start-up: which data file is open and whether it has a förbund.

use finsamkollen_core::api::{AppError, Startup};

use super::Ctx;

/// Which file is open and whether it has a förbund; an error when the file was refused.
pub fn startup(ctx: &Ctx) -> Result<Startup, AppError> {
    ctx.state().with(|service| service.startup())
}
