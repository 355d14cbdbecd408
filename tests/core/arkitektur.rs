//! The core's architecture invariants, checked on its source as rust-analyzer checks its own
//! (`xtask/src/tidy.rs`): every folder imports only the layers below it, so the layers have
//! no cycles. The allowed imports are stated in each folder's module doc and in the README's
//! architecture section; this test is what keeps the three in step.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module of the core and the modules it may name as `crate::…`. A module may
/// always use itself. Lowest layer first.
const LAYERS: &[(&str, &[&str])] = &[
    ("files", &[]),
    ("location", &[]),
    ("error", &["files"]),
    ("money", &["error"]),
    ("clock", &["error"]),
    ("settings", &["error", "files"]),
    ("uppdatering", &[]),
    ("domain", &["error", "money"]),
    ("rules", &["domain", "error", "money"]),
    (
        "db",
        &[
            "rules", "domain", "error", "money", "files", "location", "settings",
        ],
    ),
    (
        "ops",
        &[
            "db", "rules", "domain", "error", "money", "files", "location", "clock", "settings",
        ],
    ),
    (
        "report",
        &[
            "ops", "db", "rules", "domain", "error", "money", "files", "location", "clock",
            "settings",
        ],
    ),
    (
        "backup",
        &[
            "ops", "db", "rules", "domain", "error", "money", "files", "location", "clock",
            "settings",
        ],
    ),
    (
        "api",
        &[
            "backup",
            "report",
            "ops",
            "db",
            "rules",
            "domain",
            "error",
            "money",
            "files",
            "location",
            "clock",
            "settings",
            "uppdatering",
        ],
    ),
];

/// What the crate root re-exports, and the module each name comes from.
const ROOT_REEXPORTS: &[(&str, &str)] = &[
    ("Result", "error"),
    ("CoreError", "error"),
    ("Kronor", "money"),
    ("Clock", "clock"),
    ("Service", "ops"),
];

fn core_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read the core's source folder") {
        let path = entry.expect("read a folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a source file belongs to (`db/insats.rs` → `db`), or `None` for the
/// crate root and the binaries, which may use anything.
fn layer_of(path: &Path) -> Option<String> {
    let relative = path.strip_prefix(core_src()).expect("a file under src");
    let first = relative.components().next()?.as_os_str().to_string_lossy();
    let name = first.trim_end_matches(".rs").to_owned();
    (name != "lib" && name != "bin").then_some(name)
}

/// The text without comments, so that doc links and prose do not count as imports.
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first identifier of every path that starts with `crate::`, including each item of a
/// `use crate::{a::b, c}` group.
fn crate_paths(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if c.is_whitespace() => {}
                    _ if item_start => {
                        found.insert(ident(&group[i..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident(rest));
        }
    }
    found.remove("");
    found
}

fn module_of(name: &str) -> String {
    ROOT_REEXPORTS
        .iter()
        .find(|(reexport, _)| *reexport == name)
        .map_or(name, |(_, module)| module)
        .to_owned()
}

#[test]
fn architecture_every_folder_imports_only_the_layers_below_it() {
    let allowed: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&core_src(), &mut files);
    let mut broken = Vec::new();
    for file in &files {
        let Some(layer) = layer_of(file) else {
            continue;
        };
        let Some(may_use) = allowed.get(layer.as_str()) else {
            broken.push(format!(
                "{}: the module `{layer}` has no place in LAYERS",
                file.display()
            ));
            continue;
        };
        let text = without_comments(&fs::read_to_string(file).expect("read a source file"));
        for used in crate_paths(&text).iter().map(|name| module_of(name)) {
            if used != layer && !may_use.contains(&used.as_str()) {
                broken.push(format!(
                    "{}: `{layer}` uses `crate::{used}`",
                    file.display()
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports against the layers (see README, Architecture):\n{}",
        broken.join("\n")
    );
}

#[test]
fn architecture_the_layers_have_no_cycles() {
    let allowed: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    // Each layer may only name layers listed before it, so the order is a topological one.
    for (position, (layer, may_use)) in LAYERS.iter().enumerate() {
        for used in *may_use {
            let below = LAYERS[..position].iter().any(|(name, _)| name == used);
            assert!(below, "`{layer}` may use `{used}`, which is not below it");
            assert!(allowed.contains_key(used), "`{used}` is not a layer");
        }
    }
}

#[test]
fn architecture_the_checker_reads_grouped_imports() {
    let text = "use crate::{db::insats::{self, X}, rules::year,\n  money::Kronor};\nlet a = crate::ops::Service::x;";
    let found: Vec<_> = crate_paths(text).into_iter().collect();
    assert_eq!(found, ["db", "money", "ops", "rules"]);
}
