//! Use cases: each public method of [`Service`] is one thing the officer does, applying the
//! rules and touching the database in one transaction. The desktop shell's commands call
//! exactly one of these each.

mod forbund;
mod historik;
mod insats;
mod installningar;
mod kontroll;
mod register;
mod start;
mod uppdrag;
mod year;

pub use installningar::{ReferensInput, ReferensLista, ReferensRad, Referenslistor};
pub use register::{ForbundPage, ForbundPageSave, OrganisationTypOption};
pub use start::{StartPage, YearOption};

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::db::{Db, Handling};

/// The open data file together with the clock every date rule reads.
#[derive(Debug)]
pub struct Service {
    db: Db,
    clock: Clock,
    /// Where the officer's settings (the chosen backup folder) are kept, if anywhere.
    settings_file: Option<PathBuf>,
}

impl Service {
    /// Opens the data file at `path` (see [`Db::open`] for what is refused).
    pub fn open(path: &Path, clock: Clock) -> crate::Result<Self> {
        Ok(Self {
            db: Db::open(path)?,
            clock,
            settings_file: None,
        })
    }

    /// A service on a fresh in-memory data file, for tests.
    pub fn in_memory(clock: Clock) -> crate::Result<Self> {
        Ok(Self {
            db: Db::open_in_memory()?,
            clock,
            settings_file: None,
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

    /// Today, according to the injectable clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// Replaces the clock. The app never does; the import and the dataset generator replay
    /// history with it, each write on a day its year was open (Y1, Y6), and tests build
    /// their fixtures the same way. It grants nothing a new `Service` with that clock would
    /// not.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// The clock every date rule reads.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Runs `work` in one write transaction (see [`Db::write`]), recorded in the history as
    /// the user action `handling`, at the clock's time.
    pub(crate) fn write<T>(
        &mut self,
        handling: impl Into<String>,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let handling = Handling::new(handling, self.clock.now());
        self.db.write(&handling, work)
    }

    /// The underlying data file, for inspection in tests and tools.
    pub fn db(&self) -> &Db {
        &self.db
    }
}
