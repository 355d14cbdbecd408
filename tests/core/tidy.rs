//! The house's tidiness, checked on the source as rust-analyzer checks its own
//! (`xtask/src/tidy.rs`): no source file over 400 lines (generated files and the SQL
//! migrations aside), every Rust module opens with a `//!` doc, and every TODO names the
//! issue that will do it. One name per concept is checked beside it, in `names.rs`.

use std::fs;
use std::path::PathBuf;

use crate::support::{comment_end, literal_end, repository, word_at};

/// The most lines a hand-written source file may have.
const MAX_LINES: usize = 400;

/// The folders with the project's own source, from the repository's root.
const SOURCE_DIRS: &[&str] = &["src-tauri", "tests", "ui/src", "scripts"];

/// What counts as source: Rust, the UI's and the end-to-end tests' TypeScript, JavaScript,
/// Svelte and CSS, and the scripts.
const SOURCE_EXTENSIONS: &[&str] = &["rs", "ts", "js", "svelte", "css", "sh"];

/// Folders that hold no hand-written source: build output, installed packages, the Tauri
/// build's generated schemas, and test data.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules", "gen", "dist", "fixtures"];

/// Every source file under the source folders, as (path from the root, text).
pub fn source_files() -> Vec<(String, String)> {
    let root = repository();
    let mut files = Vec::new();
    let mut pending: Vec<PathBuf> = SOURCE_DIRS.iter().map(|dir| root.join(dir)).collect();
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("directory entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if !SKIPPED_DIRS.contains(&name) && !name.starts_with('.') {
                    pending.push(path);
                }
                continue;
            }
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !SOURCE_EXTENSIONS.contains(&extension) {
                continue;
            }
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let relative = path
                .strip_prefix(&root)
                .expect("under the root")
                .to_string_lossy()
                .replace('\\', "/");
            files.push((relative, text));
        }
    }
    files.sort();
    assert!(files.len() > 100, "the walk found the source");
    files
}

/// A file a tool writes says so in its first lines ("Generated … do not edit").
fn is_generated(text: &str) -> bool {
    let head: String = text.lines().take(3).collect::<Vec<_>>().join(" ");
    let head = head.to_lowercase();
    head.contains("generated") && head.contains("do not edit")
}

/// Whether a Rust file opens with a `//!` doc: before its first item there may be only
/// blank lines, inner attributes (`#![…]`) and the doc itself.
fn has_module_doc(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .find(|line| !line.is_empty() && !line.starts_with("#!["))
        .is_some_and(|line| line.starts_with("//!"))
}

/// Whether a line with a TODO names its issue, as `TODO(#24)` or `TODO (issue 24)`.
fn todo_names_an_issue(line: &str) -> bool {
    let names = |marker: &str| {
        line.match_indices(marker).any(|(at, _)| {
            line[at + marker.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
    };
    names("#") || names("issue ")
}

#[test]
fn tidy_no_source_file_is_over_400_lines() {
    let long: Vec<String> = source_files()
        .into_iter()
        .filter(|(_, text)| !is_generated(text))
        .map(|(path, text)| (path, text.lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .map(|(path, lines)| format!("{path}: {lines} lines"))
        .collect();
    assert!(
        long.is_empty(),
        "split these by feature into files of at most {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn tidy_every_rust_module_has_a_module_doc() {
    let undocumented: Vec<String> = source_files()
        .into_iter()
        .filter(|(path, text)| path.ends_with(".rs") && !has_module_doc(text))
        .map(|(path, _)| path)
        .collect();
    assert!(
        undocumented.is_empty(),
        "these Rust modules need a `//!` doc saying what they hold:\n{}",
        undocumented.join("\n")
    );
}

#[test]
fn tidy_every_todo_names_its_issue() {
    let marker = concat!("TO", "DO");
    let loose: Vec<String> = source_files()
        .into_iter()
        // This file speaks of the marker and tests the check with it.
        .filter(|(path, _)| path != "tests/core/tidy.rs")
        .flat_map(|(path, text)| {
            text.lines()
                .enumerate()
                .filter(|(_, line)| line.contains(marker) && !todo_names_an_issue(line))
                .map(|(n, line)| format!("{path}:{}: {}", n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        loose.is_empty(),
        "a {marker} names the issue that will do it, as `{marker}(#24)`:\n{}",
        loose.join("\n")
    );
}

/// The identifiers of Rust source, outside comments, string and char literals.
pub fn rust_identifiers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut identifiers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if let Some(end) = comment_end(&chars, i) {
            i = end;
        } else if c == 'r' && matches!(next, Some('"' | '#')) {
            // A raw string: r"…" or r#"…"#.
            let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
            let start = i + 1 + hashes;
            if chars.get(start) == Some(&'"') {
                let end: String = std::iter::once('"')
                    .chain("#".repeat(hashes).chars())
                    .collect();
                let rest: String = chars[start + 1..].iter().collect();
                let length = rest.find(&end).map_or(rest.len(), |n| n + end.len());
                i = start + 1 + rest[..length].chars().count();
            } else {
                identifiers.push("r".to_owned());
                i += 1;
            }
        } else if c == '"' {
            i = literal_end(&chars, i, false);
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            i += 3;
        } else if c.is_ascii_alphanumeric() || c == '_' {
            let (word, end) = word_at(&chars, i, |c| c.is_ascii_alphanumeric() || c == '_');
            identifiers.push(word);
            i = end;
        } else {
            i += 1;
        }
    }
    identifiers
}

/// The checks themselves catch what they are for.
#[test]
fn tidy_checks_catch_what_they_are_for() {
    assert!(has_module_doc("//! The module.\nuse x;\n"));
    assert!(has_module_doc(
        "#![allow(x)]\n\n//! The crate.\nfn main() {}\n"
    ));
    assert!(!has_module_doc("use x;\n//! Too late.\n"));
    assert!(!has_module_doc("// A comment, not a doc.\nfn f() {}\n"));
    assert!(!has_module_doc("/// An item's doc.\nfn f() {}\n"));
    assert!(todo_names_an_issue("// TODO(#24): split"));
    assert!(todo_names_an_issue("// TODO (issue 24) split"));
    assert!(!todo_names_an_issue("// TODO split this"));
    assert!(!todo_names_an_issue("// TODO(#): split"));
    assert!(is_generated("// Generated from x; do not edit.\n"));
    assert!(is_generated(
        "// Generated from x.\n// Do not edit: run y.\n"
    ));
    assert!(!is_generated("// The generator of the data set.\n"));
}
