//! The data file: created and migrated on first open, refused and left byte for byte
//! untouched when it is not ours or is newer than this build.

mod empty;
mod opening;
mod recovery;

use std::path::Path;

use finsamkollen_core::db::{Db, APPLICATION_ID};

use finsamkollen_core::Service;

use rusqlite::Connection;

use crate::support::{clock, file_with_forbund, new_forbund};

/// The file and any WAL side files, so "untouched" covers them too: each as its length and
/// a hash of its bytes (compact in a failure message).
fn snapshot(path: &Path) -> Vec<(String, Option<(usize, u64)>)> {
    use std::hash::{Hash, Hasher};
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let bytes = std::fs::read(format!("{}{suffix}", path.display())).ok();
            let digest = bytes.map(|b| {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                b.hash(&mut hasher);
                (b.len(), hasher.finish())
            });
            (format!("file{suffix}"), digest)
        })
        .collect()
}

// --- An empty data file (issue 14, item 4) ----------------------------------------------

/// A data file with a förbund and one backup of it, then emptied to 0 bytes as a copy or
/// sync that died leaves it.
fn emptied_after_a_backup(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("forbund.db");
    let service = file_with_forbund(&path);
    service.backup_now().expect("backup");
    drop(service);
    std::fs::File::create(&path).expect("truncate to 0 bytes");
    path
}
