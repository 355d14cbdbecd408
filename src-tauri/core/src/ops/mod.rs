//! Use cases: each public method of [`Service`] is one thing the officer does, applying the
//! rules and touching the database in one transaction. The desktop shell's commands call
//! exactly one of these each.
//!
//! A use case that takes form text is parse then apply: `save_x(input)` reads the text with
//! `rules::parse::x` and hands the typed change to `apply_x(change)`, which checks the
//! rules that need the data file or today and writes. Import and the data set generator
//! call `apply_x` with the typed values they hold.
//!
//! Layer: may use `crate::{db, rules, domain, error, money, files, clock, settings}`;
//! never `report`, `backup` or `api`, which are built on it.

mod budget_preview;
mod eget_kapital;
pub mod empty_file;
mod forbund;
mod forbund_page;
mod fordelning;
mod historik;
mod inmatning;
mod insats;
mod kontroll;
pub mod mina_forbund;
pub mod nasta_steg;
mod oversikt;
mod paste;
mod pickers;
mod referenslistor;
mod registrering;
mod start;
mod uppdrag;
mod year;
mod year_rows;

pub use crate::domain::insats::ReferensLista;
pub use forbund_page::{ForbundPage, ForbundPageAndring, ForbundPageSave, OrganisationTypOption};
pub(crate) use insats::insert_checked;
pub use insats::{AvslutAntal, CheckedInsats};
pub use referenslistor::{ReferensInput, ReferensRad, Referenslistor};
pub use start::{StartPage, YearOption};

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};

use crate::clock::Clock;
use crate::db::{Db, Handling};
use crate::error::CoreError;
use crate::error::DataFileError;

/// What runs after each write the data file has acknowledged (see [`Service::write`]). The
/// use cases know nothing of what it does: the layer above installs it (the daily backup,
/// `backup::trigger`), so the write path calls no higher layer by any syntax.
pub(crate) type AfterWrite = fn(&mut Service);

/// The open data file together with the clock every date rule reads.
#[derive(Debug)]
pub struct Service {
    db: Db,
    clock: Clock,
    /// Where the officer's settings (the chosen backup folder) are kept, if anywhere.
    settings_file: Option<PathBuf>,
    /// Runs after each acknowledged write, when the layer above installed it (the app's
    /// data file; not an import replaying history, nor a test's scratch file).
    after_write: Option<AfterWrite>,
    /// The newest backup's time as last seen, so saves within the hour list no folder.
    pub(crate) known_backup: Option<NaiveDateTime>,
    /// When this session last saved, for the backup at closing.
    pub(crate) last_save: Option<NaiveDateTime>,
}

/// See [`Service::open_app`]. Only reads: the file's length (and a file of zeros), and the
/// backups, each opened read-only. An empty file with a backup to restore is refused; one
/// without is refused with the question when `ask`, and let through otherwise (a tool or a
/// test that opens a file of 0 bytes as a new one, as [`Service::open`] does).
fn refuse_empty(path: &Path, settings_file: Option<&Path>, ask: bool) -> crate::Result<()> {
    let Some(bytes) = empty_file::empty_size(path) else {
        return Ok(());
    };
    let restorable = crate::db::backups::of(path, settings_file)
        .iter()
        .any(|kopia| kopia.fel.is_none());
    if restorable {
        return Err(CoreError::from(DataFileError::EmptyDataFile {
            path: path.to_owned(),
        }));
    }
    if ask {
        return Err(CoreError::from(DataFileError::EmptyDataFileAsk {
            path: path.to_owned(),
            bytes,
        }));
    }
    Ok(())
}

impl Service {
    /// Opens the data file at `path` (see [`Db::open`] for what is refused). An empty file
    /// with backups in the default backup folder is refused too (see [`Self::open_app`]).
    pub fn open(path: &Path, clock: Clock) -> crate::Result<Self> {
        refuse_empty(path, None, false)?;
        Ok(Self {
            db: Db::open(path)?,
            clock,
            settings_file: None,
            after_write: None,
            known_backup: None,
            last_save: None,
        })
    }

    /// Opens the data file as the app does, with the officer's settings file, but without
    /// the daily backup: `Service::open_app` (in `backup::open`) opens it and installs that.
    ///
    /// A file of 0 bytes (or of nothing but NUL bytes) is damage, not a new file: a new
    /// installation has no file at all, and an empty one is what a copy or sync that died,
    /// or a full disk, leaves behind. When a backup of it could be restored (in the chosen
    /// backup folder or the default one), it is refused as [`DataFileError::EmptyDataFile`] and
    /// not written to, so the app shows the recovery screen. With no backup to restore, the
    /// officer is asked ([`DataFileError::EmptyDataFileAsk`]): a new förbund in it
    /// (`Service::start_in_empty_file`), or another file. Nothing is written until then.
    pub(crate) fn open_app_without_backup(
        path: &Path,
        clock: Clock,
        settings_file: &Path,
    ) -> crate::Result<Self> {
        refuse_empty(path, Some(settings_file), true)?;
        let mut service = Self {
            db: Db::open(path)?,
            clock,
            settings_file: None,
            after_write: None,
            known_backup: None,
            last_save: None,
        };
        service.use_settings(settings_file);
        // "Mina förbund" remembers every file the app opens, with its förbund's name.
        service.remember_opened()?;
        Ok(service)
    }

    /// A service on a fresh in-memory data file, for tests.
    pub fn in_memory(clock: Clock) -> crate::Result<Self> {
        Ok(Self {
            db: Db::open_in_memory()?,
            clock,
            settings_file: None,
            after_write: None,
            known_backup: None,
            last_save: None,
        })
    }

    /// Where the officer's settings (the chosen backup folder) are read from and saved.
    pub fn use_settings(&mut self, settings_file: &Path) {
        self.settings_file = Some(settings_file.to_owned());
    }

    /// The settings file, if the service was given one.
    pub fn settings_file(&self) -> Option<&Path> {
        self.settings_file.as_deref()
    }

    /// The settings file, for a step that must write it; `NotFound` when the service was
    /// given none.
    pub(crate) fn required_settings_file(&self) -> crate::Result<PathBuf> {
        self.settings_file()
            .map(Path::to_owned)
            .ok_or_else(|| crate::error::CoreError::NotFound {
                what: "Inställningsfilen".to_owned(),
            })
    }

    /// The open data file's path; `NotFound` for a database held only in memory.
    pub(crate) fn data_file(&self) -> crate::Result<PathBuf> {
        self.db()
            .path()
            .map(Path::to_owned)
            .ok_or_else(|| crate::error::CoreError::NotFound {
                what: "Datafilen".to_owned(),
            })
    }

    /// Today, according to the injectable clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// Replaces the clock, for tests of time passing within one session (the hourly
    /// backup, a year that locks while the file is open): that state lives in the
    /// `Service`, so a new one with another clock would not show it. The app never moves
    /// its clock, and the import and the dataset generator do not either: they give each
    /// write its own day (the `on` of the `apply_*` steps). Behind the `test-support`
    /// feature, which the app never enables.
    #[cfg(feature = "test-support")]
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// The clock every date rule reads.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Runs `work` in one write transaction (see [`Db::write`]), recorded in the history as
    /// the user action `handling`, today at the clock's time. For the use cases only the
    /// officer's screens call; a step the import or the dataset generator replay takes its
    /// day and writes with [`Self::write_on`].
    pub(crate) fn write<T>(
        &mut self,
        handling: impl Into<String>,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let today = self.clock.today();
        self.write_on(today, handling, work)
    }

    /// [`Self::write`] on the day `on`: the history records `on` at the clock's time of
    /// day. The app's screens write today; the import and the dataset generator replay
    /// history, each write on a day its year was open (Y1, Y6), without moving the clock.
    pub(crate) fn write_on<T>(
        &mut self,
        on: NaiveDate,
        handling: impl Into<String>,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let now = self.clock.now();
        let handling = Handling::new(handling, on.and_time(now.time()));
        let value = self.db.write(&handling, work)?;
        // The session's last save, for the backup at closing: when it happened, not the
        // day it was written for.
        self.last_save = Some(now);
        if let Some(after_write) = self.after_write {
            after_write(self);
        }
        Ok(value)
    }

    /// Installs what runs after each acknowledged write (see [`AfterWrite`]); the layer
    /// above decides what that is.
    pub(crate) fn set_after_write(&mut self, after_write: AfterWrite) {
        self.after_write = Some(after_write);
    }

    /// Whether something runs after each write (the app's data file).
    pub(crate) fn has_after_write(&self) -> bool {
        self.after_write.is_some()
    }

    /// The underlying data file. Only the core's layers reach it: writes go through
    /// [`Self::write`], so each is one transaction recorded in the history.
    pub(crate) fn db(&self) -> &Db {
        &self.db
    }

    /// The data file's path; none for an in-memory file.
    pub fn data_file_path(&self) -> Option<&Path> {
        self.db.path()
    }

    /// The raw connection's owner, for the core's tests and the bench crate only (the
    /// `test-support` feature, which the app never enables): a test that must bypass the
    /// core (a damaged or old file, the history as stored) or a bench comparing against raw
    /// SQL. Each caller says why in a comment.
    #[cfg(feature = "test-support")]
    pub fn raw_db(&self) -> &Db {
        &self.db
    }
}
