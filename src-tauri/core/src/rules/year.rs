//! Which years can be edited (domain spec, *Deadlines*: Y1–Y8). Everything takes "today" as
//! an argument; the caller gets it from the injectable clock.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::date::long_swedish;
use crate::domain::year::{Period, YearStatus};
use crate::error::CoreError;

/// Y1: the last day on which year `year` can be changed: 15 April of the following year.
pub fn deadline(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year.saturating_add(1), 4, 15).unwrap_or(NaiveDate::MAX)
}

/// The last day `year` is open (its deadline, 15 April of the following year), but not
/// after `not_after`: the day on which history of that year is written (import, dataset).
pub fn last_open_day(year: i32, not_after: NaiveDate) -> NaiveDate {
    deadline(year).min(not_after)
}

/// Y1: the day `year` locked (16 April of the following year), if it has locked by `today`.
/// Unlike [`YearStatus::of`] this needs no förbund: Y6 asks it of any date an insats has.
pub fn locked_since(year: i32, today: NaiveDate) -> Option<NaiveDate> {
    let until = deadline(year);
    (today > until).then(|| until.succ_opt().unwrap_or(until))
}

/// Y7: whether `year` has ended on `today`, i.e. today is after 31 December of it. Until
/// then the year's utfall and participant counts cannot be known yet, so the check lists
/// them as something to fill in after the year's end, not as errors.
pub fn has_ended(year: i32, today: NaiveDate) -> bool {
    today.year() > year
}

/// Y7: whether `year` has begun on `today` (1 January of it or later). Before then its
/// missing medel and budget are information, to fill in before the year begins.
pub fn has_begun(year: i32, today: NaiveDate) -> bool {
    today.year() >= year
}

/// The first year still open on `today`: last year until its deadline (15 April), then
/// this year. Every year before it is locked (Y1).
pub fn first_open_year(today: NaiveDate) -> i32 {
    if today <= deadline(today.year() - 1) {
        today.year() - 1
    } else {
        today.year()
    }
}

/// Which date of an insats a Y6 check concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InsatsDate {
    /// The startdatum, on "Lägg till insats" and in the panel.
    Start,
    /// The planned slutdatum in the panel.
    PlannedEnd,
    /// The slutdatum "Avsluta insats" sets (the old value is the planned one).
    End,
}

/// Y8: the locked years that are *historik* on `today`: within the förbund's years (from
/// `first_year`), locked, holding no figure and not marked inrapporterat (`closed`, the
/// years the data file holds figures for or that were marked, see
/// `db::oversikt::years_with_figures_or_reported`). Insatser that already exist in
/// Uppföljning Finsam may be registered with their real dates in these years.
pub fn historik_years(first_year: i32, today: NaiveDate, closed: &BTreeSet<i32>) -> BTreeSet<i32> {
    (first_year..first_open_year(today))
        .filter(|y| !closed.contains(y))
        .collect()
}

/// Y8: the notice a historik year's view shows, in place of the lock notice.
pub fn historik_notice(year: i32, status: &YearStatus) -> String {
    let since = match status {
        YearStatus::Locked { since } => format!(" sedan {}", long_swedish(*since)),
        _ => String::new(),
    };
    format!(
        "{year} är låst{since} och Finsamkollen har inga siffror för året. Insatser som \
         redan fanns då kan läggas till med sina riktiga datum; årets siffror läses in med \
         ”Läs in tidigare år”."
    )
}

/// Y6 narrowed by Y8: whether `year` is locked and kept as it was, i.e. locked and not
/// historik.
fn kept(year: i32, today: NaiveDate, historik: &BTreeSet<i32>) -> Option<NaiveDate> {
    locked_since(year, today).filter(|_| !historik.contains(&year))
}

/// The Y6 refusal for a date of kind `which` in `year`, locked since `since`.
fn refused(which: InsatsDate, year: i32, since: NaiveDate, then: String) -> CoreError {
    CoreError::LockedYearDate {
        field: match which {
            InsatsDate::Start => "startdatum",
            InsatsDate::PlannedEnd | InsatsDate::End => "slutdatum",
        },
        year,
        since: long_swedish(since),
        then,
    }
}

/// The refusal when a date would pass over a kept year (Y6) between two historik ones
/// (Y8): the insats would join or leave that year's list.
fn passes_kept_year(which: InsatsDate, year: i32, since: NaiveDate) -> CoreError {
    refused(
        which,
        year,
        since,
        format!(
            "Året har siffror i Finsamkollen eller är markerat som inrapporterat, och \
             insatsen skulle då läggas till i eller tas bort från {year}."
        ),
    )
}

/// Y6: a locked year stays as it was. A date of an insats may go from `old` to `new`
/// (`None`: no such date, i.e. no planned end) only when no locked year it concerns is
/// kept: the years of both dates and every year between them (for an end, `None` runs
/// on without end), since a date moved over a year adds the insats to it or takes it away.
/// Y8 narrows this to the locked years that hold figures or are marked inrapporterat: the
/// `historik` years (see [`historik_years`]) may be passed, entered and left. With no
/// historik years this is: neither date lies in a locked year, because the locked years
/// are all the years before [`first_open_year`]. An unchanged date is always fine, so
/// ending an insats on its planned end date, or on a date in an open year after a run
/// through locked years, only adds I2's "Avslutad" mark. A new insats is checked whole
/// by [`ensure_new_run_keeps_locked_years`].
pub fn ensure_date_keeps_locked_years(
    which: InsatsDate,
    old: Option<NaiveDate>,
    new: Option<NaiveDate>,
    today: NaiveDate,
    historik: &BTreeSet<i32>,
) -> crate::Result<()> {
    if old == new {
        return Ok(());
    }
    // Checked first: when the old date is kept, no new date would do, so the message
    // must not suggest one.
    if let Some(old) = old {
        if let Some(since) = kept(old.year(), today, historik) {
            let then = match which {
                InsatsDate::Start => format!("Startdatumet {old} kan därför inte ändras."),
                InsatsDate::PlannedEnd => format!("Slutdatumet {old} kan därför inte ändras."),
                InsatsDate::End => format!(
                    "Det planerade slutdatumet {old} kan därför inte ändras. Avsluta insatsen \
                     med det datumet."
                ),
            };
            return Err(refused(which, old.year(), since, then));
        }
    }
    if let Some(new) = new {
        if let Some(since) = kept(new.year(), today, historik) {
            let then = format!("Välj ett datum i {} eller senare.", first_open_year(today));
            return Err(refused(which, new.year(), since, then));
        }
    }
    // The years between: an end of `None` runs on past every locked year.
    let year_of = |d: Option<NaiveDate>| d.map_or(i32::MAX, |d| d.year());
    let (a, b) = (year_of(old), year_of(new));
    let last_locked = first_open_year(today) - 1;
    for year in a.min(b)..=a.max(b).min(last_locked) {
        if let Some(since) = kept(year, today, historik) {
            return Err(passes_kept_year(which, year, since));
        }
    }
    Ok(())
}

/// Y6 and Y8 for a new insats running from `start` to `end` (`None`: no planned end): it
/// joins every year of its run, so none of its locked years may be kept (Y6); historik
/// years may (Y8).
pub fn ensure_new_run_keeps_locked_years(
    start: NaiveDate,
    end: Option<NaiveDate>,
    today: NaiveDate,
    historik: &BTreeSet<i32>,
) -> crate::Result<()> {
    let last_locked = first_open_year(today) - 1;
    let last = end.map_or(last_locked, |e| e.year().min(last_locked));
    for year in start.year()..=last {
        if let Some(since) = kept(year, today, historik) {
            return Err(if year == start.year() {
                let then = format!("Välj ett datum i {} eller senare.", first_open_year(today));
                refused(InsatsDate::Start, year, since, then)
            } else {
                passes_kept_year(InsatsDate::Start, year, since)
            });
        }
    }
    Ok(())
}

/// The status and its words are rules (Y1–Y5), so they live here beside the type's other
/// rules, while the type itself is the domain's ([`crate::domain::year`]).
impl YearStatus {
    /// Y1–Y3 together: the status of `year` on `today` for a förbund with `period`.
    pub fn of(year: i32, today: NaiveDate, period: &Period) -> Self {
        let until = deadline(year);
        if !period.contains_year(year) {
            Self::OutsidePeriod
        } else if today > until {
            Self::Locked {
                since: until.succ_opt().unwrap_or(until),
            }
        } else if year <= today.year() {
            Self::Open { until }
        } else if year == today.year() + 1 {
            Self::Advance { until }
        } else {
            Self::NotYetOpen {
                opens: NaiveDate::from_ymd_opt(year - 1, 1, 1).unwrap_or(NaiveDate::MAX),
            }
        }
    }

    /// Whether figures for the year may be added or changed.
    pub fn is_editable(&self) -> bool {
        matches!(self, Self::Open { .. } | Self::Advance { .. })
    }

    /// The Swedish sentence the UI shows beside the year picker (Y5).
    pub fn label(&self) -> String {
        match self {
            Self::Open { until } => format!("Öppen för ändringar t.o.m. {}", long_swedish(*until)),
            Self::Advance { until } => format!(
                "Kan fyllas i i förväg, öppen för ändringar t.o.m. {}",
                long_swedish(*until)
            ),
            Self::Locked { since } => format!("Låst sedan {}", long_swedish(*since)),
            Self::NotYetOpen { opens } => {
                format!("Kan fyllas i från {}", long_swedish(*opens))
            }
            Self::OutsidePeriod => "Utanför förbundets verksamhetsår".to_owned(),
        }
    }

    /// Y4/Y6: the notice a locked year's view shows, e.g. "2025 är låst sedan 16 april 2026
    /// och kan bara läsas." `None` for a year that is not locked.
    pub fn lock_notice(&self, year: i32) -> Option<String> {
        match self {
            Self::Locked { since } => Some(format!(
                "{year} är låst sedan {} och kan bara läsas.",
                long_swedish(*since)
            )),
            _ => None,
        }
    }
}

/// Y5: the years the year picker lists: from the start year up to next year, but not past
/// the slutdatum year (Y3). Never empty: a förbund that starts next year still has its
/// start year.
pub fn selectable_years(today: NaiveDate, period: &Period) -> Vec<i32> {
    let mut last = today.year() + 1;
    if let Some(end) = period.last_year() {
        last = last.min(end);
    }
    let first = period.first_year();
    (first..=last.max(first)).collect()
}

/// The year to show first: the year being reported (last year) until its deadline has
/// passed, then the current year; kept within the selectable years.
pub fn default_year(today: NaiveDate, period: &Period) -> i32 {
    let reporting = first_open_year(today);
    let years = selectable_years(today, period);
    let first = years.first().copied().unwrap_or(reporting);
    let last = years.last().copied().unwrap_or(reporting);
    reporting.clamp(first, last)
}

/// Y1–Y3 as a refusal: figures (`what`, e.g. "Deltagare") for `year` can be changed today,
/// or the error says why not.
pub fn ensure_editable(
    what: &'static str,
    year: i32,
    today: NaiveDate,
    period: &Period,
) -> crate::Result<()> {
    match YearStatus::of(year, today, period) {
        YearStatus::Open { .. } | YearStatus::Advance { .. } => Ok(()),
        YearStatus::Locked { .. } => Err(crate::error::CoreError::YearLocked {
            what,
            year,
            deadline: long_swedish(deadline(year)),
        }),
        YearStatus::NotYetOpen { .. } => Err(crate::error::CoreError::YearNotOpen { what, year }),
        YearStatus::OutsidePeriod => {
            // The years the picker lists, so the range named is never upside down.
            let years = selectable_years(today, period);
            Err(crate::error::CoreError::YearOutOfRange {
                year,
                first: years.first().copied().unwrap_or(period.first_year()),
                last: years.last().copied().unwrap_or(period.first_year()),
            })
        }
    }
}
