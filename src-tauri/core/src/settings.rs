//! Inställningar that live outside the data file: for each data file, the backup folder the
//! officer chose and whether the warning about a synced or network folder was dismissed,
//! and the data files the app has opened ("Mina förbund"). They are kept outside so that
//! the recovery screen can still find the backups of a data file that cannot be opened.
//!
//! Layer: a foundation. May use `crate::{error, files}` only.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    #[serde(default, rename = "synkvarningAvfardad")]
    pub sync_warning_dismissed: BTreeSet<String>,
    /// Data files (absolute paths) whose "Nästa steg" list the officer has closed.
    #[serde(default)]
    pub nasta_steg_stangd: BTreeSet<String>,
    /// Data files (absolute paths) moved elsewhere ("Flytta datafilen") → where they are
    /// now, so the app opens the file where it went. Stored under its first name,
    /// `flyttade`, so a move already written is still found.
    #[serde(default, rename = "flyttade")]
    pub moved: BTreeMap<String, PathBuf>,
    /// "Läs in tidigare år": column mappings the officer saved, by the header signature of
    /// the sheet they were made for (its header words, years left out), so next year's
    /// workbook of the same layout is mapped the same way. Kept here rather than in the
    /// data file: a mapping describes the officer's spreadsheet, not the förbund's figures,
    /// so it needs no migration of the data file, no history and no backup. The value is
    /// the report layer's own JSON (`report::inlasning::sparad`); this layer only keeps it.
    #[serde(default)]
    pub inlasning_mappningar: BTreeMap<String, serde_json::Value>,
    /// The data files the app has opened, most recently opened first ("Mina förbund").
    #[serde(default)]
    pub recent_files: Vec<RecentFile>,
}

/// A data file the app has opened: where it is, the förbund's name as last seen in it
/// (`None` while it has no förbund yet) and when it was last opened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecentFile {
    pub path: PathBuf,
    pub forbund: Option<String>,
    pub opened: NaiveDateTime,
}

/// One remembered data file as "Mina förbund" shows it: the förbund's name, the file's
/// name and folder, whether it is the open one, and whether it is still there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentFileRow {
    /// The path, as the menu hands it back to open or forget the file.
    pub path: String,
    pub file_name: String,
    pub folder: String,
    pub forbund: Option<String>,
    pub opened: NaiveDateTime,
    /// The file the app has open now.
    pub open: bool,
    /// The file is no longer there (moved or deleted): it cannot be opened.
    pub missing: bool,
}

/// How many data files "Mina förbund" remembers; the one opened longest ago goes first.
/// An ekonom serves two or three förbund, so this leaves room for old copies too.
pub const RECENT_FILES_MAX: usize = 12;

/// Whether `a` and `b` name the same file. Both are made absolute and resolved through
/// links and `..` as far as they exist (a deleted file through its folder). On Windows,
/// where names are case-insensitive, `C:\Förbund\Prov.db` and `c:\förbund\prov.db` are one
/// file; on Linux they are two, so names are never lowercased there.
pub fn same_file(a: &Path, b: &Path) -> bool {
    identity(a) == identity(b)
}

/// The name a file is compared by (see [`same_file`]).
fn identity(path: &Path) -> String {
    let absolute = absolute(path);
    let resolved = std::fs::canonicalize(&absolute)
        .ok()
        .or_else(|| {
            let folder = std::fs::canonicalize(absolute.parent()?).ok()?;
            Some(folder.join(absolute.file_name()?))
        })
        .unwrap_or(absolute);
    let text = resolved.display().to_string();
    if cfg!(windows) {
        // `canonicalize` gives the verbatim form (`\\?\C:\…`, `\\?\UNC\server\…`);
        // compare the plain one.
        let plain = match text.strip_prefix(r"\\?\UNC\") {
            Some(share) => format!(r"\\{share}"),
            None => text.strip_prefix(r"\\?\").unwrap_or(&text).to_owned(),
        };
        plain.replace('/', "\\").to_lowercase()
    } else {
        text
    }
}

/// `path` made absolute (not resolved: the officer sees the path as it was opened).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
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
    pub fn sync_warning_dismissed(&self, data_file: &Path) -> bool {
        self.sync_warning_dismissed.contains(&key(data_file))
    }

    /// Remembers that the synced-folder warning for `data_file` was dismissed.
    pub fn dismiss_sync_warning(&mut self, data_file: &Path) {
        self.sync_warning_dismissed.insert(key(data_file));
    }

    /// Whether "Nästa steg" was closed for `data_file`.
    pub fn nasta_steg_stangd(&self, data_file: &Path) -> bool {
        self.nasta_steg_stangd.contains(&key(data_file))
    }

    /// Remembers that "Nästa steg" was closed for `data_file`.
    pub fn stang_nasta_steg(&mut self, data_file: &Path) {
        self.nasta_steg_stangd.insert(key(data_file));
    }

    /// Remembers that the data file `from` is now at `to`.
    pub fn set_moved(&mut self, from: &Path, to: &Path) {
        self.moved.insert(key(from), to.to_owned());
        self.moved.remove(&key(to));
        // The moved file is the same förbund: it keeps its place in "Mina förbund".
        for file in &mut self.recent_files {
            if same_file(&file.path, from) {
                file.path = absolute(to);
            }
        }
        self.dedupe_recent_files();
    }

    /// The data files the app has opened, most recently opened first.
    pub fn recent_files(&self) -> &[RecentFile] {
        &self.recent_files
    }

    /// Remembers that the data file at `path` was opened at `opened`, holding the förbund
    /// `forbund` (`None` while it has none): it goes first, any earlier entry for the same
    /// file goes, and the list keeps the [`RECENT_FILES_MAX`] most recent. Whether the list
    /// changed: a file that is first already, with the same name and opened the same day,
    /// is left as it was, so an ordinary start writes no settings (the day is what the
    /// list needs; a write with its flush costs 2–40 ms at start-up).
    pub fn remember_file(
        &mut self,
        path: &Path,
        forbund: Option<&str>,
        opened: NaiveDateTime,
    ) -> bool {
        if let Some(first) = self.recent_files.first() {
            if same_file(&first.path, path)
                && first.forbund.as_deref() == forbund
                && first.opened.date() == opened.date()
            {
                return false;
            }
        }
        self.recent_files
            .retain(|file| !same_file(&file.path, path));
        self.recent_files.insert(
            0,
            RecentFile {
                path: absolute(path),
                forbund: forbund.map(str::to_owned),
                opened,
            },
        );
        self.recent_files.truncate(RECENT_FILES_MAX);
        true
    }

    /// "Ta bort från listan": forgets the data file at `path`. The file itself is never
    /// touched. Whether it was in the list.
    pub fn forget_file(&mut self, path: &Path) -> bool {
        let before = self.recent_files.len();
        self.recent_files
            .retain(|file| !same_file(&file.path, path));
        self.recent_files.len() != before
    }

    /// The remembered data files as "Mina förbund" lists them, most recent first, with
    /// `open` (the file the app has open, if any) marked. Whether each file is still there
    /// is looked up now.
    pub fn recent_file_rows(&self, open: Option<&Path>) -> Vec<RecentFileRow> {
        self.recent_files
            .iter()
            .map(|file| RecentFileRow {
                path: file.path.display().to_string(),
                file_name: file
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                folder: file
                    .path
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                forbund: file.forbund.clone(),
                opened: file.opened,
                open: open.is_some_and(|open| same_file(&file.path, open)),
                missing: !file.path.is_file(),
            })
            .collect()
    }

    /// Keeps the first (most recent) entry of each file.
    fn dedupe_recent_files(&mut self) {
        let mut kept: Vec<RecentFile> = Vec::with_capacity(self.recent_files.len());
        for file in std::mem::take(&mut self.recent_files) {
            if !kept.iter().any(|k| same_file(&k.path, &file.path)) {
                kept.push(file);
            }
        }
        self.recent_files = kept;
    }

    /// Where the data file `data_file` is now, if it was moved and the new file exists:
    /// the app opens that one instead. Followed through a few moves, never round a loop.
    pub fn moved_to(&self, data_file: &Path) -> Option<PathBuf> {
        let mut found = None;
        let mut current = data_file.to_owned();
        for _ in 0..8 {
            match self.moved.get(&key(&current)) {
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
