use finsamkollen_core::api::AppError;
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
