//! Layers hold for calls too (issue 24). `Service` has `impl` blocks in several layers
//! (`ops`, `report`, `backup`, `api`), so a method a higher layer defines can be called from
//! a lower one with no path that names the higher layer (`self.backup_after_save()` in
//! `ops` once did). This reads every layer's `impl Service` methods and fails when a file of
//! a layer that may not use that layer calls one of them, as `self.x(`, `service.x(`,
//! `Self::x(` or `Service::x(`.

use std::collections::BTreeMap;
use std::fs;

use super::paths::{code_only, module_path};
use super::{allowed, core_src, rust_files};

/// The names of the functions inside `impl Service { … }` blocks of `code`.
fn service_methods(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (start, _) in code.match_indices("impl Service {") {
        let body = &code[start + "impl Service ".len()..];
        let mut depth = 0usize;
        let mut end = body.len();
        for (i, c) in body.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        for (at, _) in body[..end].match_indices("fn ") {
            let before = body[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let name: String = body[at + 3..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.push(name);
            }
        }
    }
    names
}

/// The methods of `methods` that `code` calls on a service: `self.x(`, `service.x(` (also
/// `ctx.service.x(`), `Self::x(` or `Service::x(`, across line breaks.
fn calls<'a>(code: &str, methods: &'a [String]) -> Vec<&'a str> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let called = |name: &str| {
        ["self.", "service.", "Self::", "Service::"]
            .iter()
            .any(|receiver| {
                [format!("{receiver}{name}("), format!("{receiver}{name}::<")]
                    .iter()
                    .any(|call| {
                        code.match_indices(call.as_str()).any(|(at, _)| {
                            !code[..at]
                                .chars()
                                .next_back()
                                .is_some_and(|c| c.is_alphanumeric() || c == '_')
                        })
                    })
            })
    };
    methods
        .iter()
        .filter(|name| called(name))
        .map(String::as_str)
        .collect()
}

/// Every core source file as (its layer, its path under `src`, its code without comments
/// or strings). The crate root and the binaries are left out: they may use anything.
fn layered_files() -> Vec<(String, String, String)> {
    let files: Vec<std::path::PathBuf> = rust_files(&core_src())
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    files
        .iter()
        .filter_map(|file| {
            let relative = file.strip_prefix(core_src()).expect("a file under src");
            let layer = module_path(relative).first()?.clone();
            if layer == "bin" {
                return None;
            }
            let text = fs::read_to_string(file).expect("read a source file");
            Some((layer, relative.display().to_string(), code_only(&text)))
        })
        .collect()
}

#[test]
fn architecture_no_layer_calls_a_service_method_of_a_layer_above_it() {
    let files = layered_files();
    let mut defined: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (layer, _, code) in &files {
        defined
            .entry(layer.clone())
            .or_default()
            .extend(service_methods(code));
    }
    assert!(
        defined.get("backup").is_some_and(|m| m.len() > 3),
        "the backup layer's methods are read"
    );
    let mut broken = Vec::new();
    for (layer, path, code) in &files {
        let may_use = allowed(layer).unwrap_or_default();
        // Only `ops` and the layers on it can name `Service`; the import check holds the rest.
        if layer != "ops" && !may_use.contains("ops") {
            continue;
        }
        for (owner, methods) in &defined {
            if owner == layer || may_use.contains(owner) {
                continue;
            }
            for name in calls(code, methods) {
                broken.push(format!(
                    "{path}: `{layer}` calls `{name}`, which `{owner}` defines"
                ));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "calls against the layers (see README, The core's layers):\n{}",
        broken.join("\n")
    );
}

#[test]
fn architecture_the_call_checker_finds_each_call_form() {
    let methods = service_methods(
        "impl Service {\n    pub(crate) fn backup_after_save(&mut self) { if x { y } }\n    \
         pub fn open_app() {}\n}\nimpl Other { fn not_this() {} }",
    );
    assert_eq!(methods, ["backup_after_save", "open_app"]);
    for code in [
        "self.backup_after_save();",
        "service\n    .backup_after_save()",
        "ctx.service.backup_after_save()",
        "Self::open_app(path)",
        "crate::ops::Service::open_app(path)",
    ] {
        assert_eq!(calls(code, &methods).len(), 1, "{code}");
    }
    assert!(calls("self.backup_after_save_later()", &methods).is_empty());
    assert!(calls("range.open_app()", &methods).is_empty());
    assert!(calls("myself.open_app()", &methods).is_empty());
    assert!(calls("fn not_this() { not_this_open_app() }", &methods).is_empty());
}
