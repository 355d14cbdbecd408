//! "Historik": the data file's change history, a page at a time.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::historik::{HistorikFraga, HistorikSida};

use super::Ctx;

/// "Historik": one page of the change history of the förbund, an insats or a year.
pub fn historik(ctx: &Ctx, fraga: HistorikFraga) -> Result<HistorikSida, AppError> {
    ctx.state().with(|service| service.historik(fraga))
}
