//! "Flytta datafilen": moves the data file out of a synced or network folder into a folder
//! on this computer, and only when the officer has said yes. The move is safe at every
//! moment: a consistent copy (`VACUUM INTO`) is written beside its new name, checked table
//! by table against the open file, and renamed into place; only then is the open file
//! closed (Windows cannot remove an open file) and removed, and the app goes on with the
//! copy. The settings remember where the file went, so the next start opens it there.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::{folder_for, folder_of, STAMP};
use crate::clock::Clock;
use crate::db;
use crate::error::CoreError;
use crate::location::{probe, sync_place};
use crate::ops::Service;
use crate::settings::Settings;

/// What the app says after a move.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataFileMoved {
    pub data_file: String,
    pub backup_folder: String,
    /// E.g. "Datafilen är flyttad till C:\…\finsamkollen.db. Säkerhetskopiorna sparas i …".
    pub meddelande: String,
}

/// A checked copy of the data file under its new name; the open file is untouched yet.
#[derive(Debug)]
pub struct PreparedMove {
    from: PathBuf,
    to: PathBuf,
    /// The backups' folder from now on: the old folder's `Säkerhetskopior` when the officer
    /// chose to keep backups in the synced folder, else the folder chosen before.
    backups: Option<PathBuf>,
}

/// The number of rows of every table, to check a copy against its original.
fn row_counts(conn: &rusqlite::Connection) -> crate::Result<Vec<(String, i64)>> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    tables
        .into_iter()
        .map(|table| {
            let sql = format!("SELECT count(*) FROM \"{}\"", table.replace('"', "\"\""));
            let count = conn.query_row(&sql, [], |r| r.get(0))?;
            Ok((table, count))
        })
        .collect()
}

/// Copies the open data file of `service` into `folder` under its own name and checks the
/// copy. `backups_in_old_folder`: from now on the backups go to `Säkerhetskopior` in the
/// folder the file leaves (a synced folder is a good place for them).
pub fn prepare_move(
    service: &Service,
    folder: &Path,
    backups_in_old_folder: bool,
) -> crate::Result<PreparedMove> {
    let from = service.data_file()?;
    let refuse = |reason: String| CoreError::MoveRefused {
        path: folder.to_owned(),
        reason,
    };
    if !folder.is_absolute() {
        return Err(refuse("ange hela sökvägen.".to_owned()));
    }
    std::fs::create_dir_all(folder).map_err(|e| refuse(crate::files::orsak(&e)))?;
    let from_folder = from
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if from_folder.canonicalize().ok() == folder.canonicalize().ok() {
        return Err(refuse("datafilen ligger redan där.".to_owned()));
    }
    if let Some(plats) = sync_place(&probe(folder)) {
        return Err(refuse(format!(
            "den mappen är också {}. Välj en mapp på den här datorn.",
            plats.beskrivning()
        )));
    }
    let name = from.file_name().unwrap_or_default();
    let to = folder.join(name);
    if to.exists() {
        return Err(refuse(format!(
            "där finns redan en fil som heter {}.",
            name.to_string_lossy()
        )));
    }
    let copy = PathBuf::from(format!("{}.flyttas", to.display()));
    db::remove_with_side_files(&copy);
    let made = (|| {
        service
            .db()
            .conn()
            .execute("VACUUM INTO ?1", [copy.to_string_lossy()])?;
        crate::files::sync_file(&copy).map_err(|source| CoreError::Io {
            path: copy.clone(),
            source,
        })?;
        db::file::ensure_openable(&copy)?;
        let copied = row_counts(&db::file::open_read_only(&copy)?)?;
        if copied != row_counts(service.db().conn())? {
            return Err(refuse(
                "kopian blev inte likadan som datafilen. Försök igen.".to_owned(),
            ));
        }
        crate::files::replace(&copy, &to).map_err(|source| CoreError::Io {
            path: to.clone(),
            source,
        })
    })();
    if let Err(error) = made {
        db::remove_with_side_files(&copy);
        return Err(error);
    }
    let backups = if backups_in_old_folder {
        Some(folder_for(&from))
    } else {
        service
            .settings_file()
            .and_then(|file| Settings::load(file).backup_folder(&from))
    };
    Ok(PreparedMove { from, to, backups })
}

impl PreparedMove {
    /// The data file's new path.
    pub fn to(&self) -> &Path {
        &self.to
    }

    /// Closes `current`, removes the old file and opens the moved one as the app does. The
    /// settings remember the new place and the backup folder; the moved file's first backup
    /// is made at once, in its backup folder.
    pub fn commit(
        self,
        current: Service,
        clock: Clock,
        settings_file: &Path,
    ) -> crate::Result<(Service, DataFileMoved)> {
        let mut settings = Settings::load(settings_file);
        settings.set_moved(&self.from, &self.to);
        settings.set_backup_folder(&self.to, self.backups.clone());
        if let Err(error) = settings.save(settings_file) {
            // Without the settings the next start would not find the moved file: the move
            // is called off and the app goes on with the old file.
            db::remove_with_side_files(&self.to);
            return Err(error);
        }
        // Closing checkpoints the WAL into the old file (already copied) and lets Windows
        // remove it.
        drop(current);
        remove_old(&self.from, &clock);
        let service = Service::open_app(&self.to, clock, settings_file)?;
        // The first backup of the file in its new place (a failure does not undo the move).
        let _ = service.backup_now();
        let backup_folder = folder_of(&self.to, Some(settings_file));
        let moved = DataFileMoved {
            meddelande: format!(
                "Datafilen är flyttad till {}. Säkerhetskopiorna sparas i {}.",
                self.to.display(),
                backup_folder.display()
            ),
            data_file: self.to.display().to_string(),
            backup_folder: backup_folder.display().to_string(),
        };
        Ok((service, moved))
    }
}

/// The old file and its side files go, so neither a sync client nor a later start takes it
/// for the data. One another program holds (a sync client, on Windows) is renamed aside;
/// if even that fails it stays, and the settings still send the app to the new file.
fn remove_old(from: &Path, clock: &Clock) {
    let stamp = clock.now().format(STAMP).to_string();
    for suffix in std::iter::once("").chain(db::SIDE_FILES) {
        let path = PathBuf::from(format!("{}{suffix}", from.display()));
        if crate::files::remove(&path).is_err() {
            let aside = PathBuf::from(format!("{}.flyttad-{stamp}{suffix}", from.display()));
            let _ = crate::files::replace(&path, &aside);
        }
    }
}
