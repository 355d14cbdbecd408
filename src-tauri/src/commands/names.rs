/// Every command the UI may call, in one list: `build.rs` generates an `allow-<command>`
/// permission for each, and a test checks that the capability grants exactly these.
pub const COMMAND_NAMES: &[&str] = &["startup", "create_forbund", "start_page"];
