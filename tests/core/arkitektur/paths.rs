//! Which of the core's modules a source file names, in every path form: `crate::a`,
//! `$crate::a`, `super::…` (as often as it is repeated), `self::…`, grouped imports
//! (`crate::{a, b::{c, self}}`), and names the crate root re-exports (`crate::Service`).
//! Paths are resolved from the file's own module and the inline modules around them
//! (`mod tests { use super::*; }`), so `super::super::ops` counts as `ops`.

use std::collections::BTreeMap;
use std::path::Path;

/// The module a file under `src` is: `ops/insats/check.rs` → `ops::insats::check`,
/// `ops/mod.rs` → `ops`, `lib.rs` → the crate root.
pub fn module_path(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_owned()
        })
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The text with comments, string literals and character literals blanked out (kept the
/// same length), so that prose and messages do not count as paths or braces.
pub fn code_only(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for b in &mut out[from..to.min(bytes.len())] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            let end = rest.find('\n').map_or(bytes.len(), |n| i + n);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(bytes.len(), |n| i + n + 2);
            blank(&mut out, i, end);
            i = end;
        } else if let Some(hashes) = raw_string_start(rest) {
            let close = format!("\"{}", "#".repeat(hashes));
            let body = i + 2 + hashes;
            let end = text[body..]
                .find(&close)
                .map_or(bytes.len(), |n| body + n + close.len());
            blank(&mut out, i, end);
            i = end;
        } else if bytes[i] == b'"' {
            let mut end = i + 1;
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, end + 1);
            i = end + 1;
        } else if let Some(len) = char_literal(rest) {
            blank(&mut out, i, i + len);
            i += len;
        } else {
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `r"…"` or `r#"…"#` starting here, preceded by nothing that makes it an identifier's end.
fn raw_string_start(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix('r')?;
    let hashes = after.len() - after.trim_start_matches('#').len();
    after[hashes..].starts_with('"').then_some(hashes)
}

/// `'x'` or `'\n'` (not a lifetime) starting here: its length in bytes.
fn char_literal(rest: &str) -> Option<usize> {
    let mut chars = rest.char_indices();
    if chars.next()?.1 != '\'' {
        return None;
    }
    let (_, first) = chars.next()?;
    if first == '\\' {
        let close = rest[2..].find('\'')?;
        return (close <= 10).then_some(close + 3);
    }
    let (at, next) = chars.next()?;
    (next == '\'').then_some(at + 1)
}

/// The inline modules of the code, as (where its body starts, where it ends, its name).
fn inline_modules(code: &str) -> Vec<(usize, usize, String)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    for (at, _) in code.match_indices("mod ") {
        if at > 0 && is_ident(bytes[at - 1]) {
            continue;
        }
        let after = &code[at + 4..];
        let name = ident(after.trim_start());
        let rest = after.trim_start()[name.len()..].trim_start();
        if name.is_empty() || !rest.starts_with('{') {
            continue;
        }
        let open = code.len() - rest.len();
        let mut depth = 0usize;
        let mut end = code.len();
        for (i, c) in code[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        found.push((open, end, name));
    }
    found
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Every path the code names from the crate root, resolved to its segments from the root
/// (only as far as needed: the first segment is the module it names).
pub fn named_paths(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let inline = inline_modules(code);
    let mut found = Vec::new();
    for keyword in ["crate::", "super::", "self::"] {
        for (at, _) in code.match_indices(keyword) {
            // Only the head of a path: not the middle of `a::super::`, nor part of a word.
            let before = code[..at].trim_end();
            if at > 0 && is_ident(bytes[at - 1]) || before.ends_with("::") {
                continue;
            }
            let mut here: Vec<String> = module.to_vec();
            for (open, end, name) in &inline {
                if *open < at && at < *end {
                    here.push(name.clone());
                }
            }
            let mut base = match keyword {
                "crate::" => Vec::new(),
                "super::" => {
                    here.pop();
                    here
                }
                _ => here,
            };
            let mut rest = &code[at + keyword.len()..];
            while let Some(more) = rest.trim_start().strip_prefix("super::") {
                base.pop();
                rest = more;
            }
            resolve(rest.trim_start(), &base, &mut found);
        }
    }
    found
}

/// The path or group of paths at the start of `rest`, below `base`.
fn resolve(rest: &str, base: &[String], found: &mut Vec<Vec<String>>) {
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let mut item_start = true;
        for (i, c) in group.char_indices() {
            match c {
                '{' if item_start => {
                    resolve(&group[i..], base, found);
                    item_start = false;
                    depth += 1;
                }
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => item_start = true,
                c if c.is_whitespace() => {}
                _ if item_start && depth == 0 => {
                    resolve(&group[i..], base, found);
                    item_start = false;
                }
                _ => {}
            }
        }
        return;
    }
    let name = ident(rest);
    let mut path = base.to_vec();
    if !name.is_empty() && name != "self" {
        path.push(name);
    }
    if !path.is_empty() {
        found.push(path);
    }
}

/// What the crate root re-exports (`pub use ops::Service;`) and its type aliases
/// (`pub type Result<T, E = CoreError> = …`), each with the module it comes from.
pub fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let code = code_only(lib);
    let mut map = BTreeMap::new();
    for statement in code.split(';').map(str::trim) {
        let Some(path) = statement.strip_prefix("pub use ") else {
            continue;
        };
        let module = ident(path);
        let names = path.rsplit("::").next().unwrap_or("");
        for name in names.trim_matches(|c| c == '{' || c == '}').split(',') {
            let name = name.split(" as ").last().unwrap_or("").trim();
            if !name.is_empty() {
                map.insert(name.to_owned(), module.clone());
            }
        }
    }
    for statement in code.split(';').map(str::trim) {
        let Some(alias) = statement.strip_prefix("pub type ") else {
            continue;
        };
        let name = ident(alias);
        let module = alias
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .find_map(|word| map.get(word).cloned());
        if let Some(module) = module {
            map.insert(name, module);
        }
    }
    map
}
