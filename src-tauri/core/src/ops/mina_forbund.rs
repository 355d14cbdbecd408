//! "Mina förbund": the data files the app has opened, remembered in the settings file with
//! the förbund's name as last seen, so the officer who serves two or three förbund can go
//! from one to another. Opening a remembered file that is gone is refused, and a new
//! förbund always gets a new file: no file is ever overwritten, deleted or touched here.

use std::path::Path;

use super::Service;
use crate::clock::Clock;
use crate::error::{CoreError, MinaForbundError};
use crate::settings::{same_file, RecentFileRow, Settings};

impl Service {
    /// Opens a file from "Mina förbund". A file that has been moved or deleted is refused
    /// with [`MinaForbundError::DataFileMissing`] (opening it would make a new, empty file there),
    /// and a file the list does not hold with [`MinaForbundError::NotRemembered`]: the menu opens
    /// only what it lists. Without the daily backup: `Service::open_recent` (in
    /// `backup::open`) installs it.
    pub(crate) fn open_recent_without_backup(
        path: &Path,
        clock: Clock,
        settings_file: &Path,
    ) -> crate::Result<Self> {
        let remembered = Settings::load(settings_file)
            .recent_files()
            .iter()
            .any(|file| same_file(&file.path, path));
        if !remembered {
            return Err(CoreError::from(MinaForbundError::NotRemembered {
                path: path.to_owned(),
            }));
        }
        if !path.is_file() {
            return Err(CoreError::from(MinaForbundError::DataFileMissing {
                path: path.to_owned(),
            }));
        }
        Self::open_app_without_backup(path, clock, settings_file)
    }

    /// "Nytt förbund …": a new, empty data file at `path`, where "Skapa förbund" then
    /// follows. Anything already at `path` is refused with [`MinaForbundError::NewFileExists`]
    /// and left as it was. Without the daily backup: `Service::create_data_file` (in
    /// `backup::open`) installs it.
    pub(crate) fn create_data_file_without_backup(
        path: &Path,
        clock: Clock,
        settings_file: &Path,
    ) -> crate::Result<Self> {
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(CoreError::from(MinaForbundError::NewFileExists {
                path: path.to_owned(),
            }));
        }
        Self::open_app_without_backup(path, clock, settings_file)
    }

    /// Remembers this data file in "Mina förbund" as just opened (at start, after a switch,
    /// a move or a restore), with the förbund it holds now.
    pub(crate) fn remember_opened(&self) -> crate::Result<()> {
        let forbund = self.forbund()?.map(|f| f.namn);
        self.remember_file(forbund.as_deref());
        Ok(())
    }

    /// Remembers this data file in "Mina förbund" as just opened, holding `forbund`. Only
    /// the app's own file is remembered (a service with a settings file). The list is a
    /// convenience: a settings file that cannot be written never stops the officer's work.
    pub(crate) fn remember_file(&self, forbund: Option<&str>) {
        let (Some(settings_file), Some(path)) = (self.settings_file(), self.db().path()) else {
            return;
        };
        let mut settings = Settings::load(settings_file);
        if !settings.remember_file(path, forbund, self.clock().now()) {
            return;
        }
        if let Err(error) = settings.save(settings_file) {
            eprintln!("finsamkollen: Mina förbund kunde inte sparas: {error}");
        }
    }
}

/// The remembered data files, most recent first, with `open` (the file the app has open)
/// marked and each file's presence looked up now.
pub fn recent_files(settings_file: &Path, open: &Path) -> Vec<RecentFileRow> {
    Settings::load(settings_file).recent_file_rows(Some(open))
}

/// "Ta bort från listan": forgets `path` in "Mina förbund" (never the open file, which is
/// remembered again the moment it is listed) and gives the list as it is now. The file
/// itself is not touched.
pub fn forget_recent_file(
    settings_file: &Path,
    path: &Path,
    open: &Path,
) -> crate::Result<Vec<RecentFileRow>> {
    let mut settings = Settings::load(settings_file);
    if !same_file(path, open) && settings.forget_file(path) {
        settings.save(settings_file)?;
    }
    Ok(settings.recent_file_rows(Some(open)))
}
