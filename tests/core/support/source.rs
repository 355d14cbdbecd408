//! Test support: the project's own source, for the tests that read it (the tidy, harness,
//! architecture and rule-catalogue checks) — where it lives and every Rust file in a folder.

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
