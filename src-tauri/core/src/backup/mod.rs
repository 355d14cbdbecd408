//! Säkerhetskopior (backups): consistent copies of the data file made with `VACUUM INTO`,
//! which reads a snapshot without blocking edits, written to a temporary name and then
//! renamed. They go to a folder beside the data file, or one the officer chose, and are
//! rotated (`retention`): the newest ten are kept, the newest of each of the last 14 days
//! with a backup and of each of the last 8 ISO weeks, and the newest of every month. Where
//! copies go and what they are called is `db::backups`, which opening a file needs too.
//!
//! Layer: built on the use cases. May use `crate::{ops, db, rules, domain, error, money,
//! files, location, clock, settings}`; never `report` or `api`.

pub mod move_data_file;
mod open;
pub mod restore;
pub mod retention;
pub mod sync;
pub mod trigger;

pub use retention::KEEP_NEWEST;

use std::path::{Path, PathBuf};

use chrono::{NaiveDateTime, Timelike};
use serde::Serialize;
use ts_rs::TS;

use crate::db::backups::{folder_for, folder_of, list, stem, STAMP};
use crate::error::CoreError;
use crate::location::{probe, same_disk, sync_place, FolderFacts};
use crate::ops::Service;
use crate::settings::Settings;

/// One backup file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub path: String,
    /// `ÅÅÅÅ-MM-DD TT:MM:SS`, from the file name.
    pub tidpunkt: String,
    #[ts(type = "number")]
    pub storlek: u64,
}

/// What the "Dina data" section shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupState {
    pub data_file: String,
    pub folder: String,
    /// Whether `folder` is the default one beside the data file.
    pub standardmapp: bool,
    pub senaste: Option<Backup>,
    #[ts(type = "number")]
    pub antal: usize,
    /// The notice when the backups are on the same disk as the data file; `None` when they
    /// are elsewhere (or it cannot be told).
    pub samma_disk: Option<String>,
}

/// What "Dina data" says when the backups share the data file's disk.
pub const SAMMA_DISK: &str = "Säkerhetskopiorna ligger på samma disk som datafilen. Går \
    disken sönder eller blir datorn stulen försvinner båda på en gång. Välj en annan plats \
    för säkerhetskopiorna, till exempel ett USB-minne eller en nätverksmapp.";

/// The same-disk notice for a data file's folder and its backup folder: only when both are
/// on one disk and the backup folder is not synced elsewhere (a OneDrive or network folder
/// already keeps a copy off the computer).
pub fn samma_disk(data_folder: &FolderFacts, backup_folder: &FolderFacts) -> Option<String> {
    (same_disk(data_folder, backup_folder) && sync_place(backup_folder).is_none())
        .then(|| SAMMA_DISK.to_owned())
}

fn describe(time: NaiveDateTime, path: &Path) -> Backup {
    Backup {
        path: path.display().to_string(),
        tidpunkt: time.format("%Y-%m-%d %H:%M:%S").to_string(),
        storlek: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
    }
}

impl Service {
    /// Where this data file's backups go.
    pub fn backup_folder(&self) -> crate::Result<PathBuf> {
        Ok(folder_of(&self.data_file()?, self.settings_file()))
    }

    /// "Byt mapp": backups go to `folder` from now on (`None`: back to the default). The
    /// folder must exist or be creatable, and be writable; a refused folder changes nothing.
    pub fn set_backup_folder(&mut self, folder: Option<PathBuf>) -> crate::Result<BackupState> {
        let data_file = self.data_file()?;
        let settings_file = self.required_settings_file()?;
        if let Some(folder) = &folder {
            check_writable(folder)?;
        }
        let mut settings = Settings::load(&settings_file);
        settings.set_backup_folder(&data_file, folder);
        settings.save(&settings_file)?;
        self.backup_state()
    }

    /// "Säkerhetskopiera nu": a consistent copy of the data file into the backup folder,
    /// then rotation.
    pub fn backup_now(&self) -> crate::Result<Backup> {
        let data_file = self.data_file()?;
        let folder = self.backup_folder()?;
        std::fs::create_dir_all(&folder).map_err(|source| CoreError::Io {
            path: folder.clone(),
            source,
        })?;
        // Two backups within one second (a restore right after a backup) must not share a
        // name, so the later one takes the next free second.
        let mut time = self.clock().now().with_nanosecond(0).unwrap_or_default();
        let name_at = |time: NaiveDateTime| {
            folder.join(format!("{}-{}.db", stem(&data_file), time.format(STAMP)))
        };
        while name_at(time).exists() {
            time += chrono::Duration::seconds(1);
        }
        let target = name_at(time);
        let partial = folder.join(format!(".{}-pågår.db", stem(&data_file)));
        let _ = crate::files::remove(&partial);
        // VACUUM INTO copies a consistent snapshot; the rename makes the backup appear
        // whole or not at all.
        self.db()
            .conn()
            .execute("VACUUM INTO ?1", [partial.to_string_lossy()])?;
        crate::files::replace(&partial, &target).map_err(|source| CoreError::Io {
            path: target.clone(),
            source,
        })?;
        // A backup another program holds open (Windows refuses to delete it) is left for the
        // next rotation.
        let backups = list(&data_file, &folder);
        let times: Vec<NaiveDateTime> = backups.iter().map(|(time, _)| *time).collect();
        let remove = retention::to_remove(&times, self.clock().today());
        for (_, old) in backups.iter().filter(|(time, _)| remove.contains(time)) {
            let _ = crate::files::remove(old);
        }
        Ok(describe(time, &target))
    }

    /// A backup unless one was already made today (on the first start of the day).
    pub fn backup_if_due(&mut self) -> crate::Result<Option<Backup>> {
        self.backup_for(trigger::Trigger::Start)
    }

    /// Where the data and its backups are, and the newest backup.
    pub fn backup_state(&self) -> crate::Result<BackupState> {
        let data_file = self.data_file()?;
        let folder = self.backup_folder()?;
        let backups = list(&data_file, &folder);
        let data_folder = data_file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        Ok(BackupState {
            samma_disk: samma_disk(&probe(data_folder), &probe(&folder)),
            data_file: data_file.display().to_string(),
            standardmapp: folder == folder_for(&data_file),
            folder: folder.display().to_string(),
            senaste: backups.first().map(|(t, p)| describe(*t, p)),
            antal: backups.len(),
        })
    }
}

/// A folder can hold backups if it exists (or can be made) and a file can be written in it.
fn check_writable(folder: &Path) -> crate::Result<()> {
    let refuse = |reason: String| CoreError::BackupFolder {
        path: folder.to_owned(),
        reason,
    };
    if !folder.is_absolute() {
        return Err(refuse("ange hela sökvägen".to_owned()));
    }
    std::fs::create_dir_all(folder).map_err(|e| refuse(crate::files::orsak(&e)))?;
    let probe = folder.join(".finsamkollen-provfil");
    // Nothing else holds our own new probe file, so a refusal here means no permission.
    std::fs::write(&probe, b"").map_err(|e| {
        refuse(match e.kind() {
            std::io::ErrorKind::PermissionDenied => {
                "du har inte behörighet att skriva i mappen".to_owned()
            }
            _ => format!("det går inte att skriva där: {}", crate::files::orsak(&e)),
        })
    })?;
    let _ = crate::files::remove(&probe);
    Ok(())
}
