//! The förbund page: details, verksamhetsområde, ingående organisationer with their roles,
//! and uppdrag, with the pickers' searches and M5's warnings before Spara.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::omrade::{OmradeRef, OmradeSearch, OmradeSearchResult};
use finsamkollen_core::domain::organisation::{
    IngaendeOrganisation, Organisation, OrganisationSearch, RollerInput, SaknadeMedlemmar,
};
use finsamkollen_core::domain::uppdrag::{Uppdrag, UppdragInput};
use finsamkollen_core::error::Warning;
use finsamkollen_core::ops::{ForbundPage, ForbundPageSave};

use super::Ctx;

/// The förbund page: details, verksamhetsområde, ingående organisationer, uppdrag.
pub fn forbund_page(ctx: &Ctx) -> Result<ForbundPage, AppError> {
    ctx.state().with(|service| service.forbund_page())
}

/// Spara on the förbund page, in one transaction.
pub fn save_forbund_page(ctx: &Ctx, input: ForbundPageSave) -> Result<ForbundPage, AppError> {
    ctx.state().with(|service| service.save_forbund_page(input))
}

/// The verksamhetsområde picker's search.
pub fn search_omraden(ctx: &Ctx, query: OmradeSearch) -> Result<OmradeSearchResult, AppError> {
    ctx.state().with(|service| service.search_omraden(query))
}

/// The ingående organisationer picker's search.
pub fn search_organisationer(
    ctx: &Ctx,
    query: OrganisationSearch,
) -> Result<Vec<Organisation>, AppError> {
    ctx.state()
        .with(|service| service.search_organisationer(query))
}

/// M5 warnings for the roles and the verksamhetsområde as edited, before Spara.
pub fn role_warnings(
    ctx: &Ctx,
    organisationer: Vec<RollerInput>,
    verksamhetsomrade: Vec<OmradeRef>,
) -> Result<Vec<Warning>, AppError> {
    ctx.state()
        .with(|service| service.role_warnings(organisationer, verksamhetsomrade))
}

/// Rows with suggested roles for organisations added in the picker.
pub fn suggest_roles(ctx: &Ctx, ids: Vec<i64>) -> Result<Vec<IngaendeOrganisation>, AppError> {
    ctx.state().with(|service| service.suggest_roles(ids))
}

/// "Lägg till de som saknas": M5's missing members added to the roles as edited, before
/// Spara; nothing is written.
pub fn add_missing_members(
    ctx: &Ctx,
    organisationer: Vec<RollerInput>,
    verksamhetsomrade: Vec<OmradeRef>,
) -> Result<SaknadeMedlemmar, AppError> {
    ctx.state()
        .with(|service| service.add_missing_members(organisationer, verksamhetsomrade))
}

/// A new organisation of type Övrigt.
pub fn create_organisation(ctx: &Ctx, namn: String) -> Result<Organisation, AppError> {
    ctx.state()
        .with(|service| service.create_organisation(namn))
}

/// Adds or changes one uppdrag.
pub fn save_uppdrag(ctx: &Ctx, input: UppdragInput) -> Result<Vec<Uppdrag>, AppError> {
    ctx.state().with(|service| service.save_uppdrag(input))
}

/// Removes one uppdrag.
pub fn remove_uppdrag(ctx: &Ctx, id: i64) -> Result<Vec<Uppdrag>, AppError> {
    ctx.state().with(|service| service.remove_uppdrag(id))
}
