//! Referenslistor: the editable reference lists (preciserad inriktning, målgrupper).

use finsamkollen_core::api::AppError;
use finsamkollen_core::ops::{ReferensInput, ReferensLista, Referenslistor};

use super::Ctx;

/// The editable reference lists.
pub fn referenslistor(ctx: &Ctx) -> Result<Referenslistor, AppError> {
    ctx.state().with(|service| service.referenslistor())
}

/// Adds or changes one entry of a reference list.
pub fn save_referens(ctx: &Ctx, input: ReferensInput) -> Result<Referenslistor, AppError> {
    ctx.state().with(|service| service.save_referens(input))
}

/// Deletes an unused entry of a reference list.
pub fn delete_referens(
    ctx: &Ctx,
    lista: ReferensLista,
    id: i64,
) -> Result<Referenslistor, AppError> {
    ctx.state()
        .with(|service| service.delete_referens(lista, id))
}
