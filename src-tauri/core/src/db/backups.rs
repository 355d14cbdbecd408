//! Säkerhetskopior on disk: where the copies of a data file go, what they are called, and
//! what each holds. Opening a file needs this (a copy before a migration, the recovery of
//! an empty file), so it sits here below the use cases; making, rotating and restoring
//! copies are in `crate::backup`.
//!
//! The copy before a migration is made here too, so this module uses `db::file` (to look
//! at and read a file) and `db::file` knows nothing of backups: no circle.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime};
use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;
use crate::settings::Settings;

/// The backup folder's name, beside the data file.
pub const FOLDER: &str = "Säkerhetskopior";

/// The backup folder of `data_file`: the one chosen in the settings, else the default.
pub fn folder_of(data_file: &Path, settings_file: Option<&Path>) -> PathBuf {
    settings_file
        .and_then(|file| Settings::load(file).backup_folder(data_file))
        .unwrap_or_else(|| folder_for(data_file))
}

/// The default backup folder for a data file: `Säkerhetskopior` beside it.
pub fn folder_for(data_file: &Path) -> PathBuf {
    data_file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join(FOLDER)
}

pub fn stem(data_file: &Path) -> String {
    data_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "finsamkollen".to_owned())
}

pub const STAMP: &str = "%Y-%m-%d-%H%M%S";

/// What a copy made before a migration is called after its stem: `före-version-<n>`.
pub const BEFORE_MIGRATION: &str = "före-version-";

/// Where the copy of `data_file` made before migrating it to `version` goes: the default
/// folder (opening a file knows no settings).
pub fn before_migration_path(data_file: &Path, version: i64) -> PathBuf {
    folder_for(data_file).join(format!(
        "{}-{BEFORE_MIGRATION}{version}.db",
        stem(data_file)
    ))
}

/// A copy of the file as it was, before migrations change it: `Säkerhetskopior/<namn>-före-
/// version-<n>.db` beside it. Made through a read-only connection with `VACUUM INTO`.
pub(super) fn backup_before_migration(path: &Path, target_version: i64) -> crate::Result<()> {
    let target = before_migration_path(path, target_version);
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder).map_err(|source| CoreError::Io {
            path: folder.to_owned(),
            source,
        })?;
    }
    if target.exists() {
        return Ok(());
    }
    let conn = super::file::open_read_only(path)?;
    conn.execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
    Ok(())
}

/// The files in `folder` named `<stem of data_file>-<rest>.db`, as (rest, path).
pub fn files_of(data_file: &Path, folder: &Path) -> Vec<(String, PathBuf)> {
    let prefix = format!("{}-", stem(data_file));
    std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&prefix)?.strip_suffix(".db")?.to_owned();
            Some((rest, entry.path()))
        })
        .collect()
}

/// The backups of `data_file` in `folder`, newest first.
pub fn list(data_file: &Path, folder: &Path) -> Vec<(NaiveDateTime, PathBuf)> {
    let mut found: Vec<(NaiveDateTime, PathBuf)> = files_of(data_file, folder)
        .into_iter()
        .filter_map(|(rest, path)| Some((NaiveDateTime::parse_from_str(&rest, STAMP).ok()?, path)))
        .collect();
    found.sort_by_key(|b| std::cmp::Reverse(b.0));
    found
}

/// The folders to look for backups of `data_file` in: the chosen one, then the default.
pub fn folders(data_file: &Path, settings_file: Option<&Path>) -> Vec<PathBuf> {
    vec![folder_of(data_file, settings_file), folder_for(data_file)]
}

/// Every backup of `data_file` in the chosen folder and the default one, newest first,
/// each with what it holds; works when the data file itself cannot be opened.
pub fn of(data_file: &Path, settings_file: Option<&Path>) -> Vec<BackupFile> {
    backups(data_file, &folders(data_file, settings_file))
}

/// One backup as the restore list shows it: when it was made and what it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    pub path: String,
    /// The file's name, e.g. `finsamkollen-2026-11-24-140200.db`.
    pub namn: String,
    /// `ÅÅÅÅ-MM-DD TT:MM:SS`: two backups can be made within a minute.
    pub tidpunkt: String,
    /// Why it was made, in Swedish ("Före uppdatering till version 6"), when the name says.
    pub anledning: Option<String>,
    #[ts(type = "number")]
    pub storlek: u64,
    pub forbund: Option<String>,
    /// The years that hold any figures.
    pub years: Vec<i32>,
    #[ts(type = "number")]
    pub insatser: i64,
    /// The list's years column: "–", "2026" or "2019–2026".
    pub ar: String,
    /// What it holds in words, as the confirmation and the sentence after a restore say it:
    /// "Samordningsförbundet X, 12 insatser, åren 2019–2026".
    pub innehall: String,
    /// Why the backup cannot be restored; `None` when it can.
    pub fel: Option<String>,
}

/// The years with figures as a span: "–" for none, "2026", "2019–2026".
fn years_span(years: &[i32]) -> String {
    match years {
        [] => "–".to_owned(),
        [only] => only.to_string(),
        [first, .., last] => format!("{first}–{last}"),
    }
}

/// A backup's contents in words: the förbund, the insatser, and "inga år med uppgifter",
/// "året 2026" or "åren 2019–2026".
fn innehall(forbund: Option<&str>, insatser: i64, years: &[i32]) -> String {
    let forbund = forbund.unwrap_or("inget förbund");
    let insatser = match insatser {
        1 => "1 insats".to_owned(),
        n => format!("{n} insatser"),
    };
    let years = match years {
        [] => "inga år med uppgifter".to_owned(),
        [_] => format!("året {}", years_span(years)),
        _ => format!("åren {}", years_span(years)),
    };
    format!("{forbund}, {insatser}, {years}")
}

/// Every backup of `data_file` in `folders` (the chosen folder and the default one), newest
/// first, each opened read-only to say what it holds.
pub fn backups(data_file: &Path, folders: &[PathBuf]) -> Vec<BackupFile> {
    let mut found: Vec<(NaiveDateTime, PathBuf, Option<String>)> = Vec::new();
    let mut seen = Vec::new();
    for folder in folders {
        let Ok(canonical) = folder.canonicalize() else {
            continue;
        };
        if seen.contains(&canonical) {
            continue;
        }
        seen.push(canonical);
        for (rest, path) in files_of(data_file, folder) {
            if let Ok(time) = NaiveDateTime::parse_from_str(&rest, STAMP) {
                found.push((time, path, None));
            } else if let Some(version) = rest.strip_prefix(BEFORE_MIGRATION) {
                let Some(time) = modified(&path) else {
                    continue;
                };
                let why = format!("Före uppdatering till version {version}");
                found.push((time, path, Some(why)));
            }
        }
    }
    found.sort_by_key(|b| std::cmp::Reverse(b.0));
    found
        .into_iter()
        .map(|(time, path, anledning)| describe(time, &path, anledning))
        .collect()
}

fn modified(path: &Path) -> Option<NaiveDateTime> {
    let time = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(DateTime::<Local>::from(time).naive_local())
}

fn describe(time: NaiveDateTime, path: &Path, anledning: Option<String>) -> BackupFile {
    let mut kopia = BackupFile {
        path: path.display().to_string(),
        namn: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        tidpunkt: time.format("%Y-%m-%d %H:%M:%S").to_string(),
        anledning,
        storlek: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        forbund: None,
        years: Vec::new(),
        insatser: 0,
        ar: String::new(),
        innehall: String::new(),
        fel: None,
    };
    match contents(path) {
        Ok((forbund, years, insatser)) => {
            kopia.forbund = forbund;
            kopia.years = years;
            kopia.insatser = insatser;
        }
        Err(error) => kopia.fel = Some(error.to_string()),
    }
    kopia.ar = years_span(&kopia.years);
    kopia.innehall = innehall(kopia.forbund.as_deref(), kopia.insatser, &kopia.years);
    kopia
}

/// The förbund's name, the years with figures and the number of insatser of a backup,
/// after checking that it is a whole Finsamkollen file this build can open.
fn contents(path: &Path) -> crate::Result<(Option<String>, Vec<i32>, i64)> {
    if super::file::ensure_openable(path)?.is_none() {
        return Err(CoreError::BackupUnusable {
            name: path.display().to_string(),
            reason: "filen är tom".to_owned(),
        });
    }
    let conn = super::file::open_read_only(path)?;
    let forbund = conn
        .prepare("SELECT namn FROM forbund LIMIT 1")?
        .query_map([], |r| r.get(0))?
        .next()
        .transpose()?;
    let year = conn
        .prepare(
            "SELECT ar FROM medel UNION SELECT ar FROM budget UNION SELECT ar FROM deltagare
             UNION SELECT ar FROM admin_kostnad ORDER BY ar",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i32>>>()?;
    let insatser = conn.query_row("SELECT count(*) FROM insats", [], |r| r.get(0))?;
    Ok((forbund, year, insatser))
}
