//! Eget kapital (F2): Nationella rådet's recommended steps and their source.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::medel::{EgetKapital, EgetKapitalKallaInput, EgetKapitalStegInput};

use super::Ctx;

/// F2: Nationella rådet's recommended eget kapital, its steps and source.
pub fn eget_kapital(ctx: &Ctx) -> Result<EgetKapital, AppError> {
    ctx.state().with(|service| service.eget_kapital())
}

/// Adds or changes one step of eget kapital.
pub fn save_eget_kapital_steg(
    ctx: &Ctx,
    input: EgetKapitalStegInput,
) -> Result<EgetKapital, AppError> {
    ctx.state()
        .with(|service| service.save_eget_kapital_steg(input))
}

/// Removes one step of eget kapital.
pub fn remove_eget_kapital_steg(ctx: &Ctx, medel_fran: i64) -> Result<EgetKapital, AppError> {
    ctx.state()
        .with(|service| service.remove_eget_kapital_steg(medel_fran))
}

/// Saves the source of the eget kapital steps.
pub fn save_eget_kapital_kalla(
    ctx: &Ctx,
    input: EgetKapitalKallaInput,
) -> Result<EgetKapital, AppError> {
    ctx.state()
        .with(|service| service.save_eget_kapital_kalla(input))
}
