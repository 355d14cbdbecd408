//! The TypeScript call map of the commands, generated from their one declaration: for each
//! command its arguments and its answer, as the UI's `call` needs them. The UI's
//! `src/lib/api/commands.ts` must equal it; `UPDATE_BINDINGS=1 cargo test -p finsamkollen
//! commands` rewrites it.

use std::collections::BTreeSet;

use finsamkollen_core::api::inlasning::InlasningFil;
use finsamkollen_core::api::{Start, Startup};
use finsamkollen_core::backup::flytt::DataFileMoved;
use finsamkollen_core::backup::restore::Restored;
use finsamkollen_core::backup::synk::SyncWarning;
use finsamkollen_core::backup::{Backup, BackupState};
use finsamkollen_core::db::backups::BackupFile;
use finsamkollen_core::domain::arkiv::{ExportPost, ReportFormat};
use finsamkollen_core::domain::budget::{BudgetInput, MedelInput, YearView};
use finsamkollen_core::domain::forbund::{Forbund, NewForbund};
use finsamkollen_core::domain::fordelning::{Fordelning, FordelningInput};
use finsamkollen_core::domain::historik::{HistorikFraga, HistorikSida};
use finsamkollen_core::domain::inmatning::{InmatatInput, InmatningVy};
use finsamkollen_core::domain::insats::{
    DeltagareInput, EndInsats, InsatsChoices, InsatsDetail, InsatsUpdate, NewInsats,
};
use finsamkollen_core::domain::klistra::{PasteCells, Pasted};
use finsamkollen_core::domain::kontroll::{Forhandskontroll, KontrollStatus};
use finsamkollen_core::domain::medel::{EgetKapital, EgetKapitalKallaInput, EgetKapitalStegInput};
use finsamkollen_core::domain::omrade::{OmradeRef, OmradeSearch, OmradeSearchResult};
use finsamkollen_core::domain::organisation::{
    IngaendeOrganisation, Organisation, OrganisationSearch, RollerInput, SaknadeMedlemmar,
};
use finsamkollen_core::domain::oversikt::AllYears;
use finsamkollen_core::domain::uppdrag::{Uppdrag, UppdragInput};
use finsamkollen_core::error::Warning;
use finsamkollen_core::ops::{ForbundPage, ForbundPageSave};
use finsamkollen_core::ops::{ReferensInput, ReferensLista, Referenslistor};
use finsamkollen_core::report::import::ImportSummary;
use finsamkollen_core::report::inlasning::{
    Forhandsvisning, InlasningBegaran, InlasningSammanfattning, Mappning,
};
use finsamkollen_core::settings::RecentFileRow;
use finsamkollen_core::uppdatering::Uppdatering;
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

/// One entry per command: `name: { args: { … }; answer: … };`.
macro_rules! call_map {
    ($($module:ident :: $command:ident ( $($arg:ident : $ty:ty),* ) -> $answer:ty;)*) => {{
        let cfg = Config::new();
        let mut entries: Vec<String> = Vec::new();
        $(
            let args: Vec<String> = vec![$(format!(
                "{}: {}",
                camel(stringify!($arg)),
                <$ty as TS>::name(&cfg)
            )),*];
            let args = if args.is_empty() {
                "{}".to_owned()
            } else {
                format!("{{ {} }}", args.join("; "))
            };
            // A command that answers nothing resolves to `undefined` in the webview.
            let answer = match stringify!($answer) {
                "()" => "void".to_owned(),
                _ => <$answer as TS>::name(&cfg),
            };
            entries.push(format!(
                "  {}: {{ args: {args}; answer: {answer} }};",
                stringify!($command)
            ));
        )*
        entries
    }};
}

/// The whole `commands.ts`.
fn typescript() -> String {
    let entries = with_commands!(call_map);
    let body = entries.join("\n").replace("bigint", "number");
    let builtin = ["Array", "Record", "Partial"];
    let types: BTreeSet<&str> = body
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && !builtin.contains(w))
        .collect();
    format!(
        "// Generated from src-tauri/src/commands/list.rs by `UPDATE_BINDINGS=1 cargo test -p \
         finsamkollen commands`; do not edit.\n\
         import type {{ {} }} from \"./bindings\";\n\n\
         /** Every command the UI may call: its arguments and what it answers. */\n\
         export type Commands = {{\n{body}\n}};\n\n\
         export type CommandName = keyof Commands;\n\n\
         /** The same names as a list, for tests. */\n\
         export const commandNames: CommandName[] = [\n{}\n];\n",
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
