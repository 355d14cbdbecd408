use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::medel::{EgetKapital, EgetKapitalKallaInput, EgetKapitalStegInput};
use finsamkollen_core::ops::{ReferensInput, ReferensLista, Referenslistor};
use tauri::State;

use crate::state::AppState;

/// The editable reference lists.
#[tauri::command(async)]
pub fn referenslistor(state: State<'_, AppState>) -> Result<Referenslistor, AppError> {
    state.with(|service| service.referenslistor())
}

/// Adds or changes one entry of a reference list.
#[tauri::command(async)]
pub fn save_referens(
    state: State<'_, AppState>,
    input: ReferensInput,
) -> Result<Referenslistor, AppError> {
    state.with(|service| service.save_referens(input))
}

/// Deletes an unused entry of a reference list.
#[tauri::command(async)]
pub fn delete_referens(
    state: State<'_, AppState>,
    lista: ReferensLista,
    id: i64,
) -> Result<Referenslistor, AppError> {
    state.with(|service| service.delete_referens(lista, id))
}

/// F2: Nationella rådet's recommended eget kapital, its steps and source.
#[tauri::command(async)]
pub fn eget_kapital(state: State<'_, AppState>) -> Result<EgetKapital, AppError> {
    state.with(|service| service.eget_kapital())
}

/// Adds or changes one step of eget kapital.
#[tauri::command(async)]
pub fn save_eget_kapital_steg(
    state: State<'_, AppState>,
    input: EgetKapitalStegInput,
) -> Result<EgetKapital, AppError> {
    state.with(|service| service.save_eget_kapital_steg(input))
}

/// Removes one step of eget kapital.
#[tauri::command(async)]
pub fn remove_eget_kapital_steg(
    state: State<'_, AppState>,
    medel_fran: i64,
) -> Result<EgetKapital, AppError> {
    state.with(|service| service.remove_eget_kapital_steg(medel_fran))
}

/// Saves the source of the eget kapital steps.
#[tauri::command(async)]
pub fn save_eget_kapital_kalla(
    state: State<'_, AppState>,
    input: EgetKapitalKallaInput,
) -> Result<EgetKapital, AppError> {
    state.with(|service| service.save_eget_kapital_kalla(input))
}
