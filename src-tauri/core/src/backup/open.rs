//! Opening the app's data file: the use cases open it (`ops`), and this layer installs the
//! daily backup after each save (`trigger`). Each constructor here is the public one the
//! shell calls; the `ops` one it wraps opens the file the same way without backups, so the
//! write path in `ops` never names this layer.

use std::path::Path;

use crate::clock::Clock;
use crate::ops::Service;

/// The opened app's file, with saves making backups from now on.
fn with_daily_backup(mut service: Service) -> Service {
    service.enable_daily_backup();
    service
}

impl Service {
    /// Opens the data file as the app does, with the officer's settings file; saves make
    /// backups (see `backup::trigger`). What is refused is the use cases'
    /// `open_app_without_backup`: an empty file with a backup to restore
    /// ([`crate::error::DataFileError::EmptyDataFile`]), or without one, the question
    /// ([`crate::error::DataFileError::EmptyDataFileAsk`]).
    pub fn open_app(path: &Path, clock: Clock, settings_file: &Path) -> crate::Result<Self> {
        Self::open_app_without_backup(path, clock, settings_file).map(with_daily_backup)
    }

    /// Opens a file from "Mina förbund" (see `ops::mina_forbund`: a file gone or not
    /// listed is refused); saves make backups.
    pub fn open_recent(path: &Path, clock: Clock, settings_file: &Path) -> crate::Result<Self> {
        Self::open_recent_without_backup(path, clock, settings_file).map(with_daily_backup)
    }

    /// "Nytt förbund …": a new, empty data file at `path` (anything already there is
    /// refused); saves make backups.
    pub fn create_data_file(
        path: &Path,
        clock: Clock,
        settings_file: &Path,
    ) -> crate::Result<Self> {
        Self::create_data_file_without_backup(path, clock, settings_file).map(with_daily_backup)
    }

    /// "Skapa ett nytt förbund i den": the empty file set aside and a new one made (see
    /// `ops::empty_file`); saves make backups.
    pub fn start_in_empty_file(
        path: &Path,
        clock: Clock,
        settings_file: &Path,
    ) -> crate::Result<Self> {
        Self::start_in_empty_file_without_backup(path, clock, settings_file).map(with_daily_backup)
    }
}
