//! One name per concept (README, Names), checked where a test is cheap: for each pair the
//! code once used two words for, no identifier says the one it gave up. Identifiers are
//! the names in code: Rust, the UI's and the end-to-end tests' TypeScript and JavaScript,
//! a Svelte file's script, expressions, attribute names and its `id`/`class`/`for` values,
//! and the file names. The officer's Swedish text ("synkroniseras", "Flytta datafilen",
//! "(osparat)", "Återställ …"), comments and string literals are not identifiers and keep
//! their words.

use crate::support::{comment_end, literal_end, word_at};
use crate::tidy::{rust_identifiers, source_files};

/// The words given up, each with the one the code says instead.
const GIVEN_UP: &[(&str, &str)] = &[
    ("synk", "sync"),
    ("flytt", "move (move_data_file)"),
    ("ospar", "unsaved"),
    ("aterstall", "restore"),
    ("klistra", "paste"),
    ("uppdatering", "update"),
];

/// The word given up that `name` says, if any.
fn given_up(name: &str) -> Option<&'static (&'static str, &'static str)> {
    let lower = name.to_lowercase();
    GIVEN_UP.iter().find(|(old, _)| lower.contains(old))
}

/// The identifiers of JavaScript or TypeScript, outside comments and string, template and
/// regular expression literals.
fn js_identifiers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut identifiers = Vec::new();
    // The last character that was not blank: a `/` after an operand divides, elsewhere it
    // opens a regular expression.
    let mut last = '(';
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(end) = comment_end(&chars, i) {
            i = end;
            continue;
        } else if matches!(c, '"' | '\'' | '`')
            || (c == '/' && "(,=:[!&|?{};+-*%<>~^".contains(last))
        {
            i = literal_end(&chars, i, c != '`');
            last = 'x';
            continue;
        } else if c.is_alphanumeric() || c == '_' || c == '$' {
            let (word, end) = word_at(&chars, i, |c| c.is_alphanumeric() || c == '_' || c == '$');
            identifiers.push(word);
            i = end;
            last = 'x';
            continue;
        }
        if !c.is_whitespace() {
            last = c;
        }
        i += 1;
    }
    identifiers
}

/// The end of the `{…}` expression that opens at `start`, past its closing brace.
fn expression_end(chars: &[char], start: usize) -> usize {
    let mut depth = 0;
    let mut i = start;
    while i < chars.len() {
        match chars[i] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            quote @ ('"' | '\'' | '`') => {
                i += 1;
                while i < chars.len() && chars[i] != quote {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    chars.len()
}

/// The identifiers of the `{…}` expression whose brace opens at `open` and closes before
/// `end`.
fn expression_identifiers(chars: &[char], open: usize, end: usize) -> Vec<String> {
    let body: String = chars[open + 1..end.saturating_sub(1).max(open + 1)]
        .iter()
        .collect();
    js_identifiers(&body)
}

/// The identifiers of a Svelte file: its scripts, its `{…}` expressions, its attribute
/// names and the words of its `id`, `class` and `for` values. Text, styles and comments
/// are left out.
fn svelte_identifiers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let rest = |i: usize| chars[i..].iter().take(9).collect::<String>();
    let find = |from: usize, end: &str| {
        let tail: String = chars[from..].iter().collect();
        tail.find(end).map_or(chars.len(), |n| {
            from + tail[..n].chars().count() + end.chars().count()
        })
    };
    let mut identifiers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = rest(i);
        if start.starts_with("<!--") {
            i = find(i, "-->");
        } else if start.starts_with("<script") {
            let open = find(i, ">");
            let close = find(open, "</script>");
            let body: String = chars[open..close.saturating_sub(9).max(open)]
                .iter()
                .collect();
            identifiers.extend(js_identifiers(&body));
            i = close;
        } else if start.starts_with("<style") {
            i = find(i, "</style>");
        } else if chars[i] == '<' && chars.get(i + 1).is_some_and(|c| c.is_alphabetic()) {
            i = tag_identifiers(&chars, i + 1, &mut identifiers);
        } else if chars[i] == '{' {
            let end = expression_end(&chars, i);
            identifiers.extend(expression_identifiers(&chars, i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    identifiers
}

/// The identifiers of one tag from `i` (past its `<`): its name, its attribute names,
/// expressions, and the words of its `id`, `class` and `for` values. Where it ends.
fn tag_identifiers(chars: &[char], mut i: usize, identifiers: &mut Vec<String>) -> usize {
    let word = |c: char| c.is_alphanumeric() || "_-:.|@".contains(c);
    let mut name = String::new();
    while i < chars.len() && chars[i] != '>' {
        let c = chars[i];
        if c == '{' {
            let end = expression_end(chars, i);
            identifiers.extend(expression_identifiers(chars, i, end));
            i = end;
        } else if c == '"' || c == '\'' {
            let end = (i + 1..chars.len())
                .find(|&j| chars[j] == c)
                .unwrap_or(chars.len());
            let value: String = chars[i + 1..end].iter().collect();
            if matches!(name.as_str(), "id" | "class" | "for") {
                identifiers.extend(
                    value
                        .split(|c: char| !word(c))
                        .filter(|w| !w.is_empty())
                        .map(str::to_owned),
                );
            }
            // Expressions inside a quoted value: `class="a {b}"`.
            let mut j = i + 1;
            while j < end {
                if chars[j] == '{' {
                    let close = expression_end(chars, j).min(end);
                    identifiers.extend(expression_identifiers(chars, j, close));
                    j = close;
                } else {
                    j += 1;
                }
            }
            i = end + 1;
        } else if word(c) {
            let start = i;
            while i < chars.len() && word(chars[i]) {
                i += 1;
            }
            name = chars[start..i].iter().collect();
            identifiers.push(name.clone());
        } else {
            i += 1;
        }
    }
    i + 1
}

/// Every identifier of the source files, as `path: identifier`, and every file name.
fn identifiers() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (path, text) in source_files() {
        // This file names the words it checks for.
        if path == "tests/core/names.rs" {
            continue;
        }
        let names = match path.rsplit('.').next() {
            Some("rs") => rust_identifiers(&text),
            Some("ts" | "js") => js_identifiers(&text),
            Some("svelte") => svelte_identifiers(&text),
            _ => Vec::new(),
        };
        let file = path.rsplit('/').next().unwrap_or(&path).to_owned();
        for name in names.into_iter().chain([file]) {
            found.push((path.clone(), name));
        }
    }
    found
}

#[test]
fn names_no_identifier_says_a_word_the_code_gave_up() {
    let found = identifiers();
    // The walk reads the UI's scripts, markup and file names, not only the Rust.
    for (path, name) in [
        ("ui/src/App.svelte", "markUnsaved"),
        ("ui/src/lib/components/SyncNotice.svelte", "sync-warning"),
        (
            "ui/src/lib/components/SyncNotice.svelte",
            "SyncNotice.svelte",
        ),
    ] {
        assert!(
            found.contains(&(path.to_owned(), name.to_owned())),
            "{path}: {name}"
        );
    }
    let mixed: Vec<String> = found
        .into_iter()
        .filter_map(|(path, name)| {
            given_up(&name).map(|(old, new)| format!("{path}: {name} ({old} → {new})"))
        })
        .collect();
    assert!(
        mixed.is_empty(),
        "one name per concept: the code says the word on the right, the officer's text keeps \
         the Swedish:\n{}",
        mixed.join("\n")
    );
}

/// The readers find identifiers and pass over text, comments and literals.
#[test]
fn names_the_readers_catch_what_they_are_for() {
    assert_eq!(
        rust_identifiers("fn synkvarning_med(p: Synkplats) -> char { 'x' }"),
        ["fn", "synkvarning_med", "p", "Synkplats", "char"]
    );
    let rust = "// synk\n/* synk */ let s = \"synkroniseras \\\" synk\"; let r = r#\"synk\"#; let c = '\"';";
    assert!(rust_identifiers(rust).iter().all(|n| given_up(n).is_none()));
    assert_eq!(
        js_identifiers(
            "const flyttFel = a / b; // synk\nx.match(/flyttats/); `osparat ${y}`; 'synk'"
        ),
        ["const", "flyttFel", "a", "b", "x", "match"]
    );
    let svelte = "<script>let osparad = 1;</script>\n<p id=\"budget-osparat\" title=\"Flytta\">\
                  (osparat) {synk}</p><Aterstall class:x={y} />\n<style>.synk {}</style>";
    assert_eq!(
        svelte_identifiers(svelte),
        [
            "let",
            "osparad",
            "1",
            "p",
            "id",
            "budget-osparat",
            "title",
            "synk",
            "Aterstall",
            "class:x",
            "y"
        ]
    );
}
