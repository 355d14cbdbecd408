//! The desktop shell: starts Tauri, opens the data file through the core, and exposes the
//! core's use cases as commands. It holds no rule; see `finsamkollen_core`.

mod close_guard;
// Public, but hidden, only for `command_handler!`'s compile-fail doctests (see
// `commands::handlers`): the handlers name their implementations through `$crate`.
#[doc(hidden)]
#[macro_use]
pub mod commands;
mod config;
mod measure;
mod state;
mod update;
mod webview2;

use state::AppState;

/// The handler of every command, from their one declaration (`commands/list.rs`).
macro_rules! handler {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident $module:ident :: $command:ident ( $($arg:ident : $ty:ty),* )
            -> Result<$answer:ty, $error:ty>;
    )*) => {
        tauri::generate_handler![$(commands::handlers::$command),*]
    };
}
use tauri::Manager;

/// Starts the app. Reads the command line and environment (see [`config::Config`]), opens
/// the data file (a refused file is reported in the UI, never overwritten) and runs the
/// window until it closes. A second start only brings the running window to the front.
pub fn run() {
    measure::start(std::env::args().skip(1));
    if !webview2::available() {
        webview2::refuse();
    }
    let config = match config::Config::from_env() {
        Ok(config) => config,
        Err(message) => {
            eprintln!("finsamkollen: {message}");
            std::process::exit(2);
        }
    };
    // The single-instance plugin comes first: a second start (a double double-click) hands
    // over to the running window and exits while the plugins start, before the data file
    // is opened in `setup`. The dialog and updater plugins are used from Rust only; the UI
    // gets no permission for any of them.
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            show_main_window(app);
        }))
        .plugin(tauri_plugin_dialog::init());
    let update = config.update.clone();
    let result = update::setup(builder, update)
        .on_window_event(close_guard::on_window_event)
        .invoke_handler(with_commands!(handler))
        .setup(move |app| {
            app.manage(AppState::open(&config));
            create_main_window(app.handle())?;
            Ok(())
        })
        .build(tauri::generate_context!());
    match result {
        Ok(app) => app.run(close_guard::on_run_event),
        Err(error) => {
            eprintln!("finsamkollen: {error}");
            std::process::exit(1);
        }
    }
}

/// Another start of the app: the officer wants the window, so it comes to the front.
fn show_main_window(app: &tauri::AppHandle) {
    eprintln!("finsamkollen: redan igång, visar det öppna fönstret");
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The main window, as configured in tauri.conf.json (`create: false` there, so it is made
/// here): a start-up measurement of a bare window loads an empty page in it instead.
fn create_main_window(app: &tauri::AppHandle) -> tauri::Result<()> {
    let mut config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .cloned()
        .unwrap_or_default();
    if measure::mode() == Some(measure::Mode::Bare) {
        config.url = tauri::WebviewUrl::App("measure-bare.html".into());
    }
    tauri::WebviewWindowBuilder::from_config(app, &config)?.build()?;
    Ok(())
}
