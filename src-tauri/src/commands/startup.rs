//! Start-up: which data file is open and whether it has a förbund.

use finsamkollen_core::api::{AppError, Startup};

use super::Ctx;

/// Which file is open and whether it has a förbund; an error when the file was refused.
pub fn startup(ctx: &Ctx) -> Result<Startup, AppError> {
    ctx.state().with(|service| service.startup())
}

/// "Skapa ett nytt förbund i den": the officer's answer to the question about an empty data
/// file with no backup (`file_empty_ask`). The core sets the empty file aside first.
pub fn start_in_empty_file(ctx: &Ctx) -> Result<(), AppError> {
    ctx.state().start_in_empty_file()
}
