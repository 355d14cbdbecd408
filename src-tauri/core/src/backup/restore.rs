//! Återställ (restore): replace the data file with one of its backups. The backup is first
//! copied and checked beside the data file; only then is the current file set aside (a
//! working one is backed up, a damaged one is kept under another name) and the copy renamed
//! into place, so at every moment the data file's name holds a whole file.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDateTime};
use serde::Serialize;
use ts_rs::TS;

use super::{files_of, folder_for, BEFORE_MIGRATION, STAMP};
use crate::clock::Clock;
use crate::db;
use crate::error::CoreError;
use crate::ops::Service;

/// One backup as the restore list shows it: when it was made and what it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Sakerhetskopia {
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
    pub ar: Vec<i32>,
    #[ts(type = "number")]
    pub insatser: i64,
    /// Why the backup cannot be restored; `None` when it can.
    pub fel: Option<String>,
}

/// Every backup of `data_file` in `folders` (the chosen folder and the default one), newest
/// first, each opened read-only to say what it holds.
pub fn sakerhetskopior(data_file: &Path, folders: &[PathBuf]) -> Vec<Sakerhetskopia> {
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

fn describe(time: NaiveDateTime, path: &Path, anledning: Option<String>) -> Sakerhetskopia {
    let mut kopia = Sakerhetskopia {
        path: path.display().to_string(),
        namn: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        tidpunkt: time.format("%Y-%m-%d %H:%M:%S").to_string(),
        anledning,
        storlek: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        forbund: None,
        ar: Vec::new(),
        insatser: 0,
        fel: None,
    };
    match contents(path) {
        Ok((forbund, ar, insatser)) => {
            kopia.forbund = forbund;
            kopia.ar = ar;
            kopia.insatser = insatser;
        }
        Err(error) => kopia.fel = Some(error.to_string()),
    }
    kopia
}

/// The förbund's name, the years with figures and the number of insatser of a backup,
/// after checking that it is a whole Finsamkollen file this build can open.
fn contents(path: &Path) -> crate::Result<(Option<String>, Vec<i32>, i64)> {
    if db::file::ensure_openable(path)?.is_none() {
        return Err(CoreError::BackupUnusable {
            name: path.display().to_string(),
            reason: "filen är tom".to_owned(),
        });
    }
    let conn = db::file::open_read_only(path)?;
    let forbund = conn
        .prepare("SELECT namn FROM forbund LIMIT 1")?
        .query_map([], |r| r.get(0))?
        .next()
        .transpose()?;
    let ar = conn
        .prepare(
            "SELECT ar FROM medel UNION SELECT ar FROM budget UNION SELECT ar FROM deltagare
             UNION SELECT ar FROM admin_kostnad ORDER BY ar",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i32>>>()?;
    let insatser = conn.query_row("SELECT count(*) FROM insats", [], |r| r.get(0))?;
    Ok((forbund, ar, insatser))
}

/// What a restore brought back, for the sentence the app shows afterwards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Aterstallning {
    /// `ÅÅÅÅ-MM-DD TT:MM:SS`, when the backup was made.
    pub tidpunkt: String,
    pub forbund: Option<String>,
    pub ar: Vec<i32>,
    #[ts(type = "number")]
    pub insatser: i64,
    /// E.g. "Återställt från säkerhetskopian 2026-11-30 14:02: Samordningsförbundet X,
    /// 12 insatser, åren 2019–2026."
    pub meddelande: String,
}

impl Aterstallning {
    fn of(kopia: &Sakerhetskopia) -> Self {
        // Minutes are what the officer remembers; the list shows the seconds.
        let when = kopia.tidpunkt.get(..16).unwrap_or(&kopia.tidpunkt);
        let forbund = kopia.forbund.as_deref().unwrap_or("inget förbund");
        let insatser = match kopia.insatser {
            1 => "1 insats".to_owned(),
            n => format!("{n} insatser"),
        };
        let ar = match kopia.ar.as_slice() {
            [] => "inga år med uppgifter".to_owned(),
            [only] => format!("året {only}"),
            [first, .., last] => format!("åren {first}–{last}"),
        };
        Self {
            tidpunkt: kopia.tidpunkt.clone(),
            forbund: kopia.forbund.clone(),
            ar: kopia.ar.clone(),
            insatser: kopia.insatser,
            meddelande: format!(
                "Återställt från säkerhetskopian {when}: {forbund}, {insatser}, {ar}."
            ),
        }
    }
}

/// A checked copy of a backup beside the data file, ready to take its place.
#[derive(Debug)]
pub struct Prepared {
    data_file: PathBuf,
    copy: PathBuf,
    name: String,
    summary: Aterstallning,
}

/// Copies `backup` (which must be one of `data_file`'s listed backups) beside the data file
/// and checks the copy. Nothing the officer has is touched yet.
pub fn prepare(data_file: &Path, folders: &[PathBuf], backup: &Path) -> crate::Result<Prepared> {
    let listed = sakerhetskopior(data_file, folders);
    let Some(kopia) = listed.iter().find(|k| Path::new(&k.path) == backup) else {
        return Err(CoreError::NotFound {
            what: "Säkerhetskopian".to_owned(),
        });
    };
    let unusable = |reason: String| CoreError::BackupUnusable {
        name: kopia.namn.clone(),
        reason,
    };
    if let Some(fel) = &kopia.fel {
        return Err(unusable(fel.clone()));
    }
    let copy = PathBuf::from(format!("{}.återställs", data_file.display()));
    crate::db::remove_with_side_files(&copy);
    let source = db::file::open_read_only(backup)?;
    source.execute("VACUUM INTO ?1", [copy.to_string_lossy()])?;
    drop(source);
    // The copy must be whole on disk before it replaces anything.
    crate::files::sync_file(&copy).map_err(|source| CoreError::Io {
        path: copy.clone(),
        source,
    })?;
    if let Err(error) = db::file::ensure_openable(&copy) {
        crate::db::remove_with_side_files(&copy);
        return Err(unusable(error.to_string()));
    }
    Ok(Prepared {
        data_file: data_file.to_owned(),
        copy,
        name: kopia.namn.clone(),
        summary: Aterstallning::of(kopia),
    })
}

impl Prepared {
    /// What the restore brings back: the backup's time and content, as listed.
    pub fn summary(&self) -> &Aterstallning {
        &self.summary
    }

    /// Puts the copy in place of the data file and opens it. `current` is the open service
    /// on the data file, which is backed up first; or `None` when the file could not be
    /// opened: then the file is kept as `<namn>.skadad-<tid>` beside it, never deleted.
    pub fn commit(
        self,
        current: Option<Service>,
        clock: Clock,
        settings_file: Option<&Path>,
    ) -> crate::Result<Service> {
        if let Some(service) = &current {
            service.backup_now()?;
        }
        let was_open = current.is_some();
        // Closing the connection checkpoints the WAL into the file, so nothing is left in
        // side files that belong to the old content. It must also be closed before the file
        // is renamed: Windows refuses to rename over or delete an open file.
        drop(current);
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| CoreError::Io { path, source }
        };
        let stamp = clock.now().format(STAMP).to_string();
        let aside = PathBuf::from(format!("{}.skadad-{stamp}", self.data_file.display()));
        for suffix in std::iter::once("").chain(db::SIDE_FILES) {
            let from = PathBuf::from(format!("{}{suffix}", self.data_file.display()));
            if !from.exists() {
                continue;
            }
            if was_open && !suffix.is_empty() {
                // A side file of a cleanly closed, backed-up file holds nothing of value,
                // but it must not be applied to the restored content.
                crate::files::remove(&from).map_err(io(&from))?;
            } else if !was_open {
                let to = PathBuf::from(format!("{}{suffix}", aside.display()));
                crate::files::replace(&from, &to).map_err(io(&from))?;
            }
        }
        crate::files::replace(&self.copy, &self.data_file).map_err(io(&self.data_file))?;
        let mut service = Service::open(&self.data_file, clock)?;
        if let Some(settings_file) = settings_file {
            service.use_settings(settings_file);
            service.enable_daily_backup();
        }
        service.record_restore(&self.name)?;
        Ok(service)
    }
}

/// The folders to look for backups of `data_file` in: the chosen one, then the default.
pub fn folders(data_file: &Path, settings_file: Option<&Path>) -> Vec<PathBuf> {
    vec![
        super::folder_of(data_file, settings_file),
        folder_for(data_file),
    ]
}
