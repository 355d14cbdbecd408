use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::omrade::{OmradeRef, OmradeSearch, OmradeSearchResult};
use finsamkollen_core::domain::organisation::{
    IngaendeOrganisation, Organisation, OrganisationSearch, RollerInput, SaknadeMedlemmar,
};
use finsamkollen_core::domain::uppdrag::{Uppdrag, UppdragInput};
use finsamkollen_core::error::Warning;
use finsamkollen_core::ops::{ForbundPage, ForbundPageSave};
use tauri::State;

use crate::state::AppState;

/// The förbund page: details, verksamhetsområde, ingående organisationer, uppdrag.
#[tauri::command(async)]
pub fn forbund_page(state: State<'_, AppState>) -> Result<ForbundPage, AppError> {
    state.with(|service| service.forbund_page())
}

/// Spara on the förbund page, in one transaction.
#[tauri::command(async)]
pub fn save_forbund_page(
    state: State<'_, AppState>,
    input: ForbundPageSave,
) -> Result<ForbundPage, AppError> {
    state.with(|service| service.save_forbund_page(input))
}

/// The verksamhetsområde picker's search.
#[tauri::command(async)]
pub fn search_omraden(
    state: State<'_, AppState>,
    query: OmradeSearch,
) -> Result<OmradeSearchResult, AppError> {
    state.with(|service| service.search_omraden(query))
}

/// The ingående organisationer picker's search.
#[tauri::command(async)]
pub fn search_organisationer(
    state: State<'_, AppState>,
    query: OrganisationSearch,
) -> Result<Vec<Organisation>, AppError> {
    state.with(|service| service.search_organisationer(query))
}

/// M5 warnings for the roles and the verksamhetsområde as edited, before Spara.
#[tauri::command(async)]
pub fn role_warnings(
    state: State<'_, AppState>,
    organisationer: Vec<RollerInput>,
    verksamhetsomrade: Vec<OmradeRef>,
) -> Result<Vec<Warning>, AppError> {
    state.with(|service| service.role_warnings(organisationer, verksamhetsomrade))
}

/// Rows with suggested roles for organisations added in the picker.
#[tauri::command(async)]
pub fn suggest_roles(
    state: State<'_, AppState>,
    ids: Vec<i64>,
) -> Result<Vec<IngaendeOrganisation>, AppError> {
    state.with(|service| service.suggest_roles(ids))
}

/// "Lägg till de som saknas": M5's missing members added to the roles as edited, before
/// Spara; nothing is written.
#[tauri::command(async)]
pub fn add_missing_members(
    state: State<'_, AppState>,
    organisationer: Vec<RollerInput>,
    verksamhetsomrade: Vec<OmradeRef>,
) -> Result<SaknadeMedlemmar, AppError> {
    state.with(|service| service.add_missing_members(organisationer, verksamhetsomrade))
}

/// A new organisation of type Övrigt.
#[tauri::command(async)]
pub fn create_organisation(
    state: State<'_, AppState>,
    namn: String,
) -> Result<Organisation, AppError> {
    state.with(|service| service.create_organisation(namn))
}

/// Adds or changes one uppdrag.
#[tauri::command(async)]
pub fn save_uppdrag(
    state: State<'_, AppState>,
    input: UppdragInput,
) -> Result<Vec<Uppdrag>, AppError> {
    state.with(|service| service.save_uppdrag(input))
}

/// Removes one uppdrag.
#[tauri::command(async)]
pub fn remove_uppdrag(state: State<'_, AppState>, id: i64) -> Result<Vec<Uppdrag>, AppError> {
    state.with(|service| service.remove_uppdrag(id))
}
