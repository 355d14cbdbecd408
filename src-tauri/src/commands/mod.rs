//! The IPC commands, one module per feature. Each is a one-line delegation to the core.

pub mod backup;
pub mod forbund;
pub mod historik;
pub mod insats;
pub mod installningar;
pub mod kontroll;
pub mod register;
pub mod report;
pub mod start;
pub mod startup;
pub mod update;
pub mod year;

// Also included by build.rs, which generates one permission per name.
#[cfg(test)]
mod names;

#[cfg(test)]
mod tests {
    use super::names::COMMAND_NAMES;

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
