//! Återställ (restore): replace the data file with one of its backups. The backup is first
//! copied and checked beside the data file; only then is the current file set aside (a
//! working one is backed up, a damaged one is kept under another name) and the copy renamed
//! into place, so at every moment the data file's name holds a whole file.

use std::path::{Path, PathBuf};

use crate::clock::Clock;
use crate::db;
use serde::Serialize;
use ts_rs::TS;

use crate::db::backups::{backups, BackupFile, STAMP};
use crate::error::CoreError;
use crate::ops::Service;

/// What a restore brought back, for the sentence the app shows afterwards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// `ÅÅÅÅ-MM-DD TT:MM:SS`, when the backup was made.
    pub tidpunkt: String,
    pub forbund: Option<String>,
    pub years: Vec<i32>,
    #[ts(type = "number")]
    pub insatser: i64,
    /// E.g. "Återställt från säkerhetskopian 2026-11-30 14:02: Samordningsförbundet X,
    /// 12 insatser, åren 2019–2026."
    pub meddelande: String,
}

impl Restored {
    fn of(kopia: &BackupFile) -> Self {
        // Minutes are what the officer remembers; the list shows the seconds.
        let when = kopia.tidpunkt.get(..16).unwrap_or(&kopia.tidpunkt);
        Self {
            tidpunkt: kopia.tidpunkt.clone(),
            forbund: kopia.forbund.clone(),
            years: kopia.years.clone(),
            insatser: kopia.insatser,
            meddelande: format!(
                "Återställt från säkerhetskopian {when}: {}.",
                kopia.innehall
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
    summary: Restored,
}

/// Copies `backup` (which must be one of `data_file`'s listed backups) beside the data file
/// and checks the copy. Nothing the officer has is touched yet.
pub fn prepare(data_file: &Path, folders: &[PathBuf], backup: &Path) -> crate::Result<Prepared> {
    let listed = backups(data_file, folders);
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
        summary: Restored::of(kopia),
    })
}

impl Prepared {
    /// What the restore brings back: the backup's time and content, as listed.
    pub fn summary(&self) -> &Restored {
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
        // "Mina förbund" names the förbund the restored file holds.
        service.remember_opened()?;
        // The app's restored file is backed up as it now is, restore recorded; a failure is
        // the next save's or the close's to retry.
        if settings_file.is_some() {
            let _ = service.backup_for(super::trigger::Trigger::Restore);
        }
        Ok(service)
    }
}
