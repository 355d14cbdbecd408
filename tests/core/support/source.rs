//! Test support: the project's own source, for the tests that read it (the tidy, harness,
//! architecture and rule-catalogue checks) — where it lives, every Rust file in a folder,
//! and the pieces the identifier readers of `tidy` and `names` share: where a comment, a
//! quoted literal and a word end.

use std::fs;
use std::path::{Path, PathBuf};

/// The repository's root.
pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The core crate's `src` folder.
pub fn core_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The core's test folder, where this test binary's modules live.
pub fn tests_dir() -> PathBuf {
    repository().join("tests/core")
}

/// Every `.rs` file under `dir`, with its text, in path order.
pub fn rust_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text =
                    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                files.push((path, text));
            }
        }
    }
    files.sort();
    files
}

/// Where the comment that opens at `i` ends: a `//` comment at its line break, a `/* … */`
/// comment past its close. `None` where no comment opens at `i`.
pub fn comment_end(chars: &[char], i: usize) -> Option<usize> {
    if chars.get(i) != Some(&'/') {
        return None;
    }
    match chars.get(i + 1) {
        Some('/') => Some(
            (i..chars.len())
                .find(|&j| chars[j] == '\n')
                .unwrap_or(chars.len()),
        ),
        Some('*') => {
            let mut j = i + 2;
            while j + 1 < chars.len() && !(chars[j] == '*' && chars[j + 1] == '/') {
                j += 1;
            }
            Some(j + 2)
        }
        _ => None,
    }
}

/// Where the literal that the quote at `i` opens ends, past its closing quote; a backslash
/// escapes the next character. With `one_line` a line break ends it too.
pub fn literal_end(chars: &[char], i: usize, one_line: bool) -> usize {
    let quote = chars[i];
    let mut j = i + 1;
    while j < chars.len() && chars[j] != quote && !(one_line && chars[j] == '\n') {
        j += if chars[j] == '\\' { 2 } else { 1 };
    }
    j + 1
}

/// The word that starts at `i`, as far as `is_word` holds, and where it ends.
pub fn word_at(chars: &[char], i: usize, is_word: impl Fn(char) -> bool) -> (String, usize) {
    let end = (i..chars.len())
        .find(|&j| !is_word(chars[j]))
        .unwrap_or(chars.len());
    (chars[i..end].iter().collect(), end)
}
