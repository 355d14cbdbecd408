//! Insatser: the form's choices, one insats's panel, creating, saving and ending it, and
//! its participant counts.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::insats::{
    DeltagareInput, EndInsats, InsatsChoices, InsatsDetail, InsatsUpdate, NewInsats,
};

use finsamkollen_core::ops::AvslutAntal;

use super::Ctx;

/// What the insats form offers (lists and deltagaransvariga).
pub fn insats_choices(ctx: &Ctx) -> Result<InsatsChoices, AppError> {
    ctx.state().with(|service| service.insats_choices())
}

/// Everything about one insats, for the panel.
pub fn insats_detail(ctx: &Ctx, id: i64) -> Result<InsatsDetail, AppError> {
    ctx.state().with(|service| service.insats(id))
}

/// "Lägg till insats".
pub fn create_insats(ctx: &Ctx, input: NewInsats) -> Result<InsatsDetail, AppError> {
    ctx.state().with(|service| service.create_insats(input))
}

/// Saves the insats panel.
pub fn update_insats(ctx: &Ctx, input: InsatsUpdate) -> Result<InsatsDetail, AppError> {
    ctx.state().with(|service| service.update_insats(input))
}

/// "Avsluta insats".
pub fn end_insats(ctx: &Ctx, input: EndInsats) -> Result<InsatsDetail, AppError> {
    ctx.state().with(|service| service.end_insats(input))
}

/// D2: the end year's missing counts before "Avsluta insats".
pub fn avslut_antal(ctx: &Ctx, id: i64, slutdatum: String) -> Result<AvslutAntal, AppError> {
    ctx.state()
        .with(|service| service.avslut_antal(id, &slutdatum))
}

/// "Avsluta insats" with the end year's counts, in one transaction.
pub fn end_insats_with_counts(
    ctx: &Ctx,
    input: EndInsats,
    deltagare: DeltagareInput,
) -> Result<InsatsDetail, AppError> {
    ctx.state()
        .with(|service| service.end_insats_with_counts(input, deltagare))
}

/// One year's participant counts.
pub fn save_deltagare(ctx: &Ctx, input: DeltagareInput) -> Result<InsatsDetail, AppError> {
    ctx.state().with(|service| service.save_deltagare(input))
}
