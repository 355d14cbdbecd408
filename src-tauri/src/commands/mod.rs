//! The IPC commands, one module per feature, each declared once in `list.rs` (see
//! `with_commands!`). An implementation is a plain function `fn command(ctx: &Ctx, …)`:
//! the Tauri handler, the permission and the UI's TypeScript function are generated from
//! the declaration, and the compiler checks the implementation against it.

use std::future::Future;
use std::pin::Pin;

use tauri::{AppHandle, Manager, State, WebviewWindow};

use crate::state::AppState;

#[macro_use]
mod list;

pub mod backup;
pub mod eget_kapital;
pub mod fonster;
pub mod forbund;
pub mod forbund_page;
pub mod handlers;
pub mod historik;
pub mod inlasning;
pub mod inmatning;
pub mod insats;
pub mod kontroll;
pub mod measure;
pub mod mina_forbund;
pub mod referenslistor;
pub mod report;
pub mod start;
pub mod startup;
pub mod update;
pub mod year;

#[cfg(test)]
mod typescript;

/// What a command's implementation is given: the app (its state, dialogs and updater) and
/// the window that called.
pub struct Ctx {
    pub app: AppHandle,
    pub window: WebviewWindow,
}

impl Ctx {
    /// The app's state: the open data file and the core's service on it.
    pub fn state(&self) -> State<'_, AppState> {
        self.app.state::<AppState>()
    }
}

/// The answer of an implementation that must await (the updater): a future of the
/// declared `Result`.
pub type Later<T, E> = Pin<Box<dyn Future<Output = Result<T, E>> + Send>>;

/// What an implementation may answer for the declared `Result<T, E>`: the result itself,
/// or `Later` it.
pub trait Answer<T, E> {
    fn answer(self) -> Later<T, E>;
}

impl<T: Send + 'static, E: Send + 'static> Answer<T, E> for Result<T, E> {
    fn answer(self) -> Later<T, E> {
        Box::pin(std::future::ready(self))
    }
}

impl<T, E> Answer<T, E> for Later<T, E> {
    fn answer(self) -> Later<T, E> {
        self
    }
}

/// The kinds of command (see `with_commands!`); only a `write` tells the UI's `onWritten`
/// listeners.
#[allow(non_camel_case_types, dead_code)]
pub enum Kind {
    read,
    write,
    act,
}

#[cfg(test)]
mod tests {
    const COMMAND_NAMES: &[&str] = with_commands!(command_names);

    /// The one capability grants the app's own commands and nothing else: no core, file
    /// system, shell or network permission reaches the UI.
    #[test]
    fn capability_grants_exactly_the_apps_commands() {
        let text = include_str!("../../capabilities/main.json");
        let capability: serde_json::Value = serde_json::from_str(text).expect("capability JSON");
        assert_eq!(capability["windows"], serde_json::json!(["main"]));
        let mut granted: Vec<String> = capability["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .map(|p| p.as_str().expect("plain permission name").to_owned())
            .collect();
        let mut expected: Vec<String> = COMMAND_NAMES
            .iter()
            .map(|name| format!("allow-{}", name.replace('_', "-")))
            .collect();
        granted.sort();
        expected.sort();
        assert_eq!(granted, expected);
        let capabilities = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/capabilities"))
            .expect("capabilities dir")
            .count();
        assert_eq!(capabilities, 1, "one capability file only");
    }

    /// The capability as the build resolved it (tauri-build writes it to `gen/schemas`):
    /// every permission is one of the app's own, each allows exactly its one command, and
    /// together they allow exactly the allow-list. No plugin's permission (dialog, updater,
    /// core) resolves into it.
    #[test]
    fn resolved_capability_allows_only_the_apps_own_commands() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/gen/schemas");
        let read = |name: &str| -> serde_json::Value {
            let text = std::fs::read_to_string(format!("{dir}/{name}")).expect(name);
            serde_json::from_str(&text).expect(name)
        };
        let capabilities = read("capabilities.json");
        let acl = read("acl-manifests.json");
        let resolved = capabilities.as_object().expect("capabilities");
        assert_eq!(resolved.keys().collect::<Vec<_>>(), ["main"]);
        let app_permissions = &acl["__app-acl__"]["permissions"];
        let mut allowed: Vec<String> = Vec::new();
        for permission in resolved["main"]["permissions"].as_array().expect("list") {
            let name = permission
                .as_str()
                .expect("a plain app permission, no plugin prefix");
            let granted = &app_permissions[name];
            assert!(
                granted.is_object(),
                "{name} is not one of the app's own permissions"
            );
            assert_eq!(granted["commands"]["deny"], serde_json::json!([]));
            let commands = granted["commands"]["allow"].as_array().expect("allow");
            assert_eq!(commands.len(), 1, "{name} allows one command");
            allowed.push(commands[0].as_str().expect("command").to_owned());
        }
        allowed.sort();
        let mut expected: Vec<String> = COMMAND_NAMES.iter().map(|n| (*n).to_owned()).collect();
        expected.sort();
        assert_eq!(allowed, expected);
    }

    /// The CSP allows no remote origin and no inline or evaluated script.
    #[test]
    fn csp_is_strict() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).expect("tauri.conf.json");
        let csp = conf["app"]["security"]["csp"]
            .as_object()
            .expect("csp object");
        assert_eq!(csp["default-src"], "'self'");
        assert_eq!(csp["script-src"], "'self'");
        assert_eq!(csp["object-src"], "'none'");
        for (directive, value) in csp {
            let value = value.as_str().expect("directive value");
            for forbidden in ["unsafe-inline", "unsafe-eval", "http:", "https:", "*"] {
                let allowed_ipc =
                    directive == "connect-src" && value == "ipc: http://ipc.localhost";
                assert!(
                    allowed_ipc || !value.contains(forbidden),
                    "{directive} allows {forbidden}: {value}"
                );
            }
        }
        assert_eq!(conf["app"]["withGlobalTauri"], false);
    }
}
