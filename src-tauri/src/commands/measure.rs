/// The UI's first year table is painted: ends a start-up measurement (`--measure-startup`),
/// and does nothing otherwise.
#[tauri::command]
pub fn first_table_painted(app: tauri::AppHandle) {
    crate::measure::first_table_painted(&app)
}
