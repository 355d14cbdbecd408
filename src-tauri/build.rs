//! Generates an `allow-<command>` permission for each of the app's own commands, so the one
//! capability can grant exactly these and nothing else.

include!("src/commands/names.rs");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMAND_NAMES)),
    )
    .expect("tauri build script");
}
