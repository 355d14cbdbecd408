/// Every command the UI may call, in one list: `build.rs` generates an `allow-<command>`
/// permission for each, and a test checks that the capability grants exactly these.
pub const COMMAND_NAMES: &[&str] = &[
    "startup",
    "create_forbund",
    "start_page",
    "forbund_page",
    "save_forbund_page",
    "search_omraden",
    "search_organisationer",
    "role_warnings",
    "suggest_roles",
    "create_organisation",
    "save_uppdrag",
    "remove_uppdrag",
];
