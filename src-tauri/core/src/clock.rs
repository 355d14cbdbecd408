//! The one injectable clock. Deadlines (15 April) must be testable on any day, so no rule
//! reads the system time: they all ask a [`Clock`] for "today".
//!
//! Layer: a foundation. May use `crate::error` only.

use chrono::{Local, NaiveDate, NaiveDateTime, NaiveTime};

use crate::error::CoreError;

/// Name of the environment variable that fixes "today" in debug and test builds.
pub const TODAY_OVERRIDE_ENV: &str = "FINSAMKOLLEN_TODAY";

/// Where "today" comes from: the computer's local date, or a fixed date in tests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    fixed: Option<NaiveDate>,
    /// A fixed time of day too, for tests of what depends on the hour (the hourly backup).
    time: Option<NaiveTime>,
}

impl Clock {
    /// The computer's local calendar date, read anew at every call.
    pub fn system() -> Self {
        Self {
            fixed: None,
            time: None,
        }
    }

    /// A clock that always answers `date`.
    pub fn fixed(date: NaiveDate) -> Self {
        Self {
            fixed: Some(date),
            time: None,
        }
    }

    /// A clock that always answers `at`, date and time of day (tests only need this).
    pub fn fixed_at(at: NaiveDateTime) -> Self {
        Self {
            fixed: Some(at.date()),
            time: Some(at.time()),
        }
    }

    /// The clock for an override value such as `2026-04-15`; `None` or an empty value gives
    /// the system clock. The shell honours this only in debug builds.
    pub fn from_override(value: Option<&str>) -> crate::Result<Self> {
        match value.map(str::trim) {
            None | Some("") => Ok(Self::system()),
            Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(Self::fixed)
                .map_err(|_| CoreError::ClockOverride {
                    value: text.to_owned(),
                }),
        }
    }

    /// Today's date according to this clock.
    pub fn today(&self) -> NaiveDate {
        self.fixed.unwrap_or_else(|| Local::now().date_naive())
    }

    /// Now, for timestamps (not for rules): today's date from this clock with the local
    /// time of day.
    pub fn now(&self) -> chrono::NaiveDateTime {
        self.today()
            .and_time(self.time.unwrap_or_else(|| Local::now().time()))
    }

    /// Whether this clock is fixed (tests and end-to-end runs).
    pub fn is_fixed(&self) -> bool {
        self.fixed.is_some()
    }
}
