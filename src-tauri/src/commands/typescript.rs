//! The UI's functions for the commands, generated from their one declaration: for each
//! command a typed TypeScript function with the declared argument names and types, going
//! through `write` (which tells the `onWritten` listeners) when it is declared `write` and
//! through `call` otherwise, and the call map `call` is typed by. The UI's
//! `src/lib/api/commands.ts` must equal it; `UPDATE_BINDINGS=1 cargo test -p finsamkollen
//! commands` rewrites it.

use std::collections::BTreeSet;

#[allow(clippy::wildcard_imports)]
use super::handlers::*;
use ts_rs::{Config, TS};

/// `year_view` → `yearView`: Tauri passes arguments to a command by their camelCase names.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// One command as the UI sees it.
struct Command {
    /// The map entry: `name: { args: { … }; answer: … };`.
    entry: String,
    /// The function: its doc, then `export const name = (…): Promise<…> => call(…);`.
    function: String,
}

/// The doc lines as a JSDoc comment, with the error the command rejects with.
fn jsdoc(lines: &[&str], error: &str) -> String {
    let mut out = String::from("/**\n");
    for line in lines {
        let line = line.strip_prefix(' ').unwrap_or(line);
        out.push_str(&format!(" * {line}\n").replace(" * \n", " *\n"));
    }
    out.push_str(&format!(
        " * @throws {{{error}}} when the core refuses.\n */\n"
    ));
    out
}

/// Each command's map entry and function, from the declaration.
macro_rules! typescript_commands {
    ($(
        $(#[doc = $doc:literal])*
        $kind:ident $module:ident :: $command:ident ( $($arg:ident : $ty:ty),* )
            -> Result<$answer:ty, $error:ty>;
    )*) => {{
        let cfg = Config::new();
        let mut commands: Vec<Command> = Vec::new();
        $(
            let name = stringify!($command);
            let params: Vec<(String, String)> =
                vec![$((camel(stringify!($arg)), <$ty as TS>::name(&cfg))),*];
            let typed: Vec<String> = params.iter().map(|(n, t)| format!("{n}: {t}")).collect();
            let args = if typed.is_empty() {
                "{}".to_owned()
            } else {
                format!("{{ {} }}", typed.join("; "))
            };
            // A command that answers nothing resolves to `undefined` in the webview.
            let answer = match stringify!($answer) {
                "()" => "void".to_owned(),
                _ => <$answer as TS>::name(&cfg),
            };
            // Only a write tells the UI's `onWritten` listeners (see `with_commands!`).
            let through = match stringify!($kind) {
                "write" => "write",
                "read" | "act" => "call",
                other => panic!("{name}: unknown kind {other}"),
            };
            let names: Vec<&str> = params.iter().map(|(n, _)| n.as_str()).collect();
            let sent = if names.is_empty() {
                String::new()
            } else {
                format!(", {{ {} }}", names.join(", "))
            };
            commands.push(Command {
                entry: format!("  {name}: {{ args: {args}; answer: {answer} }};"),
                function: format!(
                    "{}export const {} = ({}): Promise<{answer}> =>\n  {through}(\"{name}\"{sent});\n",
                    jsdoc(&[$($doc),*], &<$error as TS>::name(&cfg)),
                    camel(name),
                    typed.join(", "),
                ),
            });
        )*
        commands
    }};
}

/// The whole `commands.ts`.
fn typescript() -> String {
    let commands = with_commands!(typescript_commands);
    let entries: Vec<&str> = commands.iter().map(|c| c.entry.as_str()).collect();
    let functions: Vec<&str> = commands.iter().map(|c| c.function.as_str()).collect();
    let body = entries.join("\n").replace("bigint", "number");
    let functions = functions.join("\n").replace("bigint", "number");
    let builtin = ["Array", "Record", "Partial", "Promise", "Rejects"];
    let types: BTreeSet<&str> = body
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .chain(["AppError"])
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && !builtin.contains(w))
        .collect();
    format!(
        "// Generated from src-tauri/src/commands/list.rs by `UPDATE_BINDINGS=1 cargo test -p \
         finsamkollen commands`; do not edit.\n\
         import type {{ {} }} from \"./bindings\";\n\
         import {{ call, write }} from \"./ipc\";\n\n\
         /** Every command the UI may call: its arguments and what it answers. */\n\
         export type Commands = {{\n{body}\n}};\n\n\
         export type CommandName = keyof Commands;\n\n\
         /** The same names as a list, for tests. */\n\
         export const commandNames: CommandName[] = [\n{}\n];\n\n{functions}",
        types.into_iter().collect::<Vec<_>>().join(", "),
        with_commands!(command_names)
            .iter()
            .map(|name| format!("  \"{name}\","))
            .collect::<Vec<_>>()
            .join("\n")
    )
}

#[test]
fn commands_the_typescript_call_map_matches_the_declaration() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/api/commands.ts");
    let expected = typescript();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(path, &expected).expect("write commands.ts");
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "ui/src/lib/api/commands.ts is out of date: run UPDATE_BINDINGS=1 cargo test -p finsamkollen commands"
    );
}
