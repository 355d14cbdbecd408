//! Ett verksamhetsår: the förbund's period and whether a year can be changed. The rules
//! that decide the status (Y1–Y5) are in `rules::year`.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

/// The förbund's active period: its startdatum and, if it has ceased, its slutdatum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

impl Period {
    pub fn first_year(&self) -> i32 {
        self.start.year()
    }

    /// Y3: no year after the slutdatum year.
    pub fn last_year(&self) -> Option<i32> {
        self.end.map(|end| end.year())
    }

    /// Y3: whether `year` lies within the förbund's years.
    pub fn contains_year(&self, year: i32) -> bool {
        year >= self.first_year() && self.last_year().is_none_or(|last| year <= last)
    }
}

/// Whether a year can be changed today, and until or since when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum YearStatus {
    /// Y1: the year is open for changes up to and including `until` (15 April next year).
    Open { until: NaiveDate },
    /// Y2: next year, which can be filled in in advance.
    Advance { until: NaiveDate },
    /// Y1: the deadline has passed; locked since `since` (16 April). Still readable (Y4).
    Locked { since: NaiveDate },
    /// Y2: a year after next year; it opens for advance entry on `opens`.
    NotYetOpen { opens: NaiveDate },
    /// Y3: before the förbund's start year or after its end year.
    OutsidePeriod,
}
