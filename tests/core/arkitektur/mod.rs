//! The core's architecture invariants, checked on its source as rust-analyzer checks its own
//! (`xtask/src/tidy.rs`): every folder names only the layers below it, in any path form
//! (`crate::`, `super::super::`, `self::`, a root re-export; see `paths`), so the layers
//! have no cycles. The allowed uses are stated three times: in `LAYERS` here, in each
//! folder's module doc (its `Layer:` paragraph) and in the README's table under "The core's
//! layers"; the tests below fail when the three disagree. `calls` checks the same layers
//! for calls of `Service` methods, which name no path.

mod calls;
mod paths;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{core_src, rust_files};
use paths::{code_only, module_path, named_paths, root_reexports};

/// Each top-level module of the core and the modules it may name, in any path form. A module
/// may always use itself. Lowest layer first.
const LAYERS: &[(&str, &[&str])] = &[
    ("files", &[]),
    ("location", &[]),
    ("error", &["files"]),
    ("money", &["error"]),
    ("clock", &["error"]),
    ("settings", &["error", "files"]),
    ("update", &["error"]),
    ("domain", &["error", "money"]),
    ("rules", &["domain", "error", "money"]),
    (
        "db",
        &["rules", "domain", "error", "money", "files", "settings"],
    ),
    (
        "ops",
        &[
            "db", "rules", "domain", "error", "money", "files", "clock", "settings",
        ],
    ),
    (
        "report",
        &[
            "ops", "db", "rules", "domain", "error", "money", "files", "clock", "settings",
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
            "backup", "report", "ops", "db", "rules", "domain", "error", "money", "files",
            "location", "clock", "settings", "update",
        ],
    ),
];

fn allowed(layer: &str) -> Option<BTreeSet<String>> {
    LAYERS
        .iter()
        .find(|(name, _)| *name == layer)
        .map(|(_, uses)| uses.iter().map(|u| (*u).to_owned()).collect())
}

fn every_layer_but(layer: &str) -> BTreeSet<String> {
    LAYERS
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .filter(|name| name != layer)
        .collect()
}

/// The layers a file of the module `module` names, each with the path that names it, or
/// why a name is unknown. The crate root and the binaries (`bin/`) may use anything.
fn uses_of(
    module: &[String],
    text: &str,
    reexports: &BTreeMap<String, String>,
) -> Vec<Result<(String, String), String>> {
    let layers: BTreeSet<&str> = LAYERS.iter().map(|(name, _)| *name).collect();
    named_paths(&code_only(text), module)
        .into_iter()
        .map(|path| {
            let first = &path[0];
            let layer = if layers.contains(first.as_str()) {
                first.clone()
            } else if let Some(module) = reexports.get(first) {
                module.clone()
            } else {
                return Err(format!(
                    "`crate::{}` is no module of LAYERS",
                    path.join("::")
                ));
            };
            Ok((layer, path.join("::")))
        })
        .collect()
}

#[test]
fn architecture_every_folder_uses_only_the_layers_below_it() {
    let lib = fs::read_to_string(core_src().join("lib.rs")).expect("lib.rs");
    let reexports = root_reexports(&lib);
    let files: Vec<PathBuf> = rust_files(&core_src())
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    let mut broken = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(core_src()).expect("a file under src");
        let module = module_path(relative);
        let Some(layer) = module.first().filter(|m| *m != "bin") else {
            continue;
        };
        let Some(may_use) = allowed(layer) else {
            broken.push(format!(
                "{}: `{layer}` has no place in LAYERS",
                relative.display()
            ));
            continue;
        };
        let text = fs::read_to_string(file).expect("read a source file");
        for used in uses_of(&module, &text, &reexports) {
            match used {
                Ok((used, path)) if used != *layer && !may_use.contains(&used) => {
                    broken.push(format!(
                        "{}: `{layer}` names `crate::{path}` (in `{used}`)",
                        relative.display()
                    ));
                }
                Ok(_) => {}
                Err(why) => broken.push(format!("{}: {why}", relative.display())),
            }
        }
    }
    assert!(
        broken.is_empty(),
        "uses against the layers (see README, The core's layers):\n{}",
        broken.join("\n")
    );
}

#[test]
fn architecture_the_layers_have_no_cycles() {
    // Each layer may only name layers listed before it, so the order is a topological one.
    for (position, (layer, may_use)) in LAYERS.iter().enumerate() {
        for used in *may_use {
            let below = LAYERS[..position].iter().any(|(name, _)| name == used);
            assert!(below, "`{layer}` may use `{used}`, which is not below it");
        }
    }
}

/// The modules a `Layer:` paragraph or a README row names: `crate::{a, b}` or `crate::a`,
/// "every other module", or none ("uses no other module", "nothing").
fn stated_uses(layer: &str, text: &str) -> BTreeSet<String> {
    if text.contains("every other module") {
        return every_layer_but(layer);
    }
    named_paths(text, &[])
        .into_iter()
        .map(|path| path[0].clone())
        .collect()
}

#[test]
fn architecture_each_module_doc_states_its_layer_as_layers_does() {
    let mut broken = Vec::new();
    for (layer, _) in LAYERS {
        let folder = core_src().join(layer).join("mod.rs");
        let file = if folder.exists() {
            folder
        } else {
            core_src().join(format!("{layer}.rs"))
        };
        let text = fs::read_to_string(&file).expect("a layer's module");
        let doc: Vec<&str> = text
            .lines()
            .filter_map(|line| line.strip_prefix("//!"))
            .map(str::trim)
            .collect();
        let Some(start) = doc.iter().position(|line| line.starts_with("Layer:")) else {
            broken.push(format!("{layer}: its module doc has no `Layer:` paragraph"));
            continue;
        };
        let paragraph: Vec<&str> = doc[start..]
            .iter()
            .copied()
            .take_while(|line| !line.is_empty())
            .collect();
        let stated = stated_uses(layer, &paragraph.join(" ").replace('`', ""));
        if Some(&stated) != allowed(layer).as_ref() {
            broken.push(format!(
                "{layer}: the doc says {stated:?}, LAYERS says {:?}",
                allowed(layer).unwrap_or_default()
            ));
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn architecture_the_readme_table_states_the_layers_as_layers_does() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
        .expect("README.md");
    let section = readme
        .split("### The core's layers")
        .nth(1)
        .expect("a section The core's layers");
    let table = section.split("```").nth(1).expect("its table");
    let mut rows: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in table.lines().filter(|l| !l.trim().is_empty()).skip(1) {
        let (layer, uses) = line.trim().split_once(' ').expect("a layer and its uses");
        let uses = uses.trim();
        let stated = if uses == "nothing" {
            BTreeSet::new()
        } else if uses == "every other module" {
            every_layer_but(layer)
        } else {
            uses.split(',').map(|u| u.trim().to_owned()).collect()
        };
        assert!(
            rows.insert(layer.to_owned(), stated).is_none(),
            "{layer} twice"
        );
    }
    let expected: BTreeMap<String, BTreeSet<String>> = LAYERS
        .iter()
        .map(|(layer, _)| ((*layer).to_owned(), allowed(layer).unwrap_or_default()))
        .collect();
    assert_eq!(
        rows, expected,
        "the README's table of layers and LAYERS disagree"
    );
}

fn layers_named(module: &str, text: &str) -> Vec<String> {
    let reexports =
        root_reexports("pub use ops::Service;\npub type Result<T> = Result<T, Service>;");
    let module: Vec<String> = module.split("::").map(str::to_owned).collect();
    uses_of(&module, text, &reexports)
        .into_iter()
        .map(|used| used.map_or_else(|why| why, |(layer, _)| layer))
        .collect()
}

#[test]
fn architecture_the_checker_reads_every_path_form() {
    let grouped = "use crate::{db::insats::{self, X}, rules::year,\n  money::Kronor};\nlet a = crate::ops::Service::x;";
    assert_eq!(
        layers_named("api", grouped),
        ["db", "rules", "money", "ops"]
    );
    // `super::super::ops` from `db::file` is `crate::ops`; so is the root's `Service`.
    assert_eq!(
        layers_named("db::file", "use super::super::ops::Service;"),
        ["ops"]
    );
    assert_eq!(
        layers_named("db::file", "use super::super::{backup, Service};"),
        ["backup", "ops"]
    );
    assert_eq!(
        layers_named("db::file", "fn f() -> crate::Result<()> {}"),
        ["ops"]
    );
    assert_eq!(layers_named("db", "use super::report::X;"), ["report"]);
    assert_eq!(layers_named("db", "let m = $crate::ops::x!();"), ["ops"]);
    assert_eq!(layers_named("db::file", "use self::inner::X;"), ["db"]);
    // Inside an inline module, `super` is the file's own module.
    let inline = "fn f() {}\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use super::super::ops::Y;\n}\n";
    assert_eq!(layers_named("db::file", inline), ["db", "db"]);
    assert_eq!(layers_named("db", inline), ["db", "ops"]);
    // Comments and strings name nothing; an unknown root name is reported.
    assert!(layers_named("db", "// crate::ops\nlet s = \"super::report\";").is_empty());
    assert_eq!(
        layers_named("db", "use crate::Nowhere;"),
        ["`crate::Nowhere` is no module of LAYERS"]
    );
}
