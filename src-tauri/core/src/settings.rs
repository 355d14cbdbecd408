//! Inställningar that live outside the data file: for each data file, the backup folder the
//! officer chose and whether the warning about a synced or network folder was dismissed.
//! They are kept outside so that the recovery screen can still find the
//! backups of a data file that cannot be opened.
//!
//! Layer: a foundation. May use `crate::{error, files}` only.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::CoreError;

/// The settings file's content.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Data file (absolute path) → the backup folder chosen for it.
    #[serde(default)]
    pub backup_folders: BTreeMap<String, PathBuf>,
    /// Data files (absolute paths) whose warning about a synced or network folder the
    /// officer has dismissed ("Visa inte igen").
    #[serde(default)]
    pub synkvarning_avfardad: BTreeSet<String>,
    /// Data files (absolute paths) moved elsewhere ("Flytta datafilen") → where they are
    /// now, so the app opens the file where it went.
    #[serde(default)]
    pub flyttade: BTreeMap<String, PathBuf>,
    /// "Läs in tidigare år": column mappings the officer saved, by the header signature of
    /// the sheet they were made for (its header words, years left out), so next year's
    /// workbook of the same layout is mapped the same way. Kept here rather than in the
    /// data file: a mapping describes the officer's spreadsheet, not the förbund's figures,
    /// so it needs no migration of the data file, no history and no backup. The value is
    /// the report layer's own JSON (`report::inlasning::sparad`); this layer only keeps it.
    #[serde(default)]
    pub inlasning_mappningar: BTreeMap<String, serde_json::Value>,
}

/// The key a data file is stored under: its absolute path.
fn key(data_file: &Path) -> String {
    std::path::absolute(data_file)
        .unwrap_or_else(|_| data_file.to_owned())
        .display()
        .to_string()
}

impl Settings {
    /// Reads the settings; a missing or unreadable file gives the defaults, since losing a
    /// folder choice only means backups go to the default folder again.
    pub fn load(path: &Path) -> Self {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes the settings whole or not at all: to a temporary file, then renamed.
    pub fn save(&self, path: &Path) -> crate::Result<()> {
        let io = |source| CoreError::Io {
            path: path.to_owned(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        let partial = PathBuf::from(format!("{}.sparas", path.display()));
        let text = serde_json::to_string_pretty(self).map_err(|e| CoreError::Io {
            path: path.to_owned(),
            source: std::io::Error::other(e),
        })?;
        let mut file = std::fs::File::create(&partial).map_err(io)?;
        file.write_all(text.as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        drop(file);
        crate::files::replace(&partial, path).map_err(io)
    }

    /// The backup folder chosen for `data_file`, if one was.
    pub fn backup_folder(&self, data_file: &Path) -> Option<PathBuf> {
        self.backup_folders.get(&key(data_file)).cloned()
    }

    /// Chooses `folder` for `data_file`'s backups; `None` goes back to the default.
    pub fn set_backup_folder(&mut self, data_file: &Path, folder: Option<PathBuf>) {
        match folder {
            Some(folder) => self.backup_folders.insert(key(data_file), folder),
            None => self.backup_folders.remove(&key(data_file)),
        };
    }

    /// Whether the synced-folder warning was dismissed for `data_file`.
    pub fn synkvarning_avfardad(&self, data_file: &Path) -> bool {
        self.synkvarning_avfardad.contains(&key(data_file))
    }

    /// Remembers that the synced-folder warning for `data_file` was dismissed.
    pub fn dismiss_sync_warning(&mut self, data_file: &Path) {
        self.synkvarning_avfardad.insert(key(data_file));
    }

    /// Remembers that the data file `from` is now at `to`.
    pub fn set_moved(&mut self, from: &Path, to: &Path) {
        self.flyttade.insert(key(from), to.to_owned());
        self.flyttade.remove(&key(to));
    }

    /// Where the data file `data_file` is now, if it was moved and the new file exists:
    /// the app opens that one instead. Followed through a few moves, never round a loop.
    pub fn moved_to(&self, data_file: &Path) -> Option<PathBuf> {
        let mut found = None;
        let mut current = data_file.to_owned();
        for _ in 0..8 {
            match self.flyttade.get(&key(&current)) {
                Some(next) if next.exists() => {
                    found = Some(next.clone());
                    current = next.clone();
                }
                _ => break,
            }
        }
        found
    }
}
