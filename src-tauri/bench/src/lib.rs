//! A large, realistic data file built deterministically from a seed, for the benchmarks and
//! the start-up measurement (see docs/benchmarks.md). Not used by the app itself.
//!
//! Everything goes through the same use cases the screens use, so every rule holds and
//! whatever a save records beside the data (the export archive, and any change history) is
//! recorded too. Like the import, each year's figures are entered on that year's last open
//! day, because past years lock after 15 April; for the same reason each insats is created
//! on a day its start year was open (Y6: no date of an insats may be set in a locked year).
//! Each write is given its day (the `on` of the core's `apply_*` steps); the clock stays on
//! [`TODAY`]. Only the export of a finished year, which reads the whole year as it stood,
//! opens the file anew with a clock on that day, as the officer did.
//!
//! The years run up to [`LAST_YEAR`], with "today" on [`TODAY`]: the last year is still
//! open, and next year's budget is already entered, as an officer would have it in March.

mod figures;
mod forbund;
mod historik;
mod insatser;
mod rng;

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use finsamkollen_core::clock::Clock;
use finsamkollen_core::domain::arkiv::ReportFormat;
use finsamkollen_core::domain::insats::Avslut;
use finsamkollen_core::domain::uppdrag::{Roll, UppdragAndring};
use finsamkollen_core::error::CoreError;
use finsamkollen_core::ops::Service;
use finsamkollen_core::rules::year;

use rng::Rng;

pub use historik::{historik_xlsx, HistorikStorlek};

/// The last year with complete figures; the generated years end here.
pub const LAST_YEAR: i32 = 2025;
/// The day the generated file is "made": before 15 April, so [`LAST_YEAR`] is still open.
pub const TODAY: (i32, u32, u32) = (2026, 3, 10);

/// "Today" of a generated file.
pub fn today() -> NaiveDate {
    let (y, m, d) = TODAY;
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// What was generated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub first_year: i32,
    pub last_year: i32,
    pub today: NaiveDate,
    pub insatser: usize,
    /// The year with the most budget rows, and how many insatser run in it.
    pub largest_year: i32,
    pub largest_year_insatser: usize,
}

/// Builds a new data file at `path` with `years` years of figures (ending with
/// [`LAST_YEAR`]) and `insatser` insatser, all determined by `seed`. The file is built
/// under a temporary name and renamed into place; an existing file is refused.
pub fn generate(
    path: &Path,
    seed: u64,
    years: u32,
    insatser: usize,
) -> finsamkollen_core::Result<Summary> {
    if path.exists() {
        return Err(CoreError::Io {
            path: path.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "filen finns redan"),
        });
    }
    finsamkollen_core::db::build_beside(path, "genereras", |building| {
        build(building, seed, years.max(1), insatser)
    })
}

/// A new data file at `path` with only the förbund of a generated file of `years` years
/// (the same start, details, members and people, and the reference lists every new file
/// has), but no insatser and no figures: every year before today's open ones is historik
/// (Y8). What "Läs in tidigare år" reads a generated file's history into (the
/// `inlasning` benchmarks).
pub fn generate_forbund(path: &Path, years: u32) -> finsamkollen_core::Result<()> {
    if path.exists() {
        return Err(CoreError::Io {
            path: path.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "filen finns redan"),
        });
    }
    finsamkollen_core::db::build_beside(path, "genereras", |building| {
        let first_year = LAST_YEAR + 1 - years.max(1) as i32;
        let mut service = Service::open(building, Clock::fixed(today()))?;
        setup_forbund(&mut service, first_year)?;
        // Raw SQL: a checkpoint, so the generated file is whole without its -wal.
        service
            .raw_db()
            .conn()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
        Ok(())
    })
}

pub(crate) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn build(path: &Path, seed: u64, years: u32, count: usize) -> finsamkollen_core::Result<Summary> {
    let today = today();
    let first_year = LAST_YEAR + 1 - years as i32;
    let mut rng = Rng(seed);
    let mut service = Service::open(path, Clock::fixed(today))?;
    // A throwaway file being built needs no fsync per save; it is checkpointed at the end.
    service
        .raw_db()
        .conn()
        .pragma_update(None, "synchronous", "OFF")?;

    setup_forbund(&mut service, first_year)?;

    let plans = insatser::create_insatser(&mut service, &mut rng, first_year, count)?;

    // Each year's figures on its last open day; the last year and next year's budget today.
    let exports = tempfile::tempdir().map_err(|source| CoreError::Io {
        path: std::env::temp_dir(),
        source,
    })?;
    let mut largest = (first_year, 0);
    for y in first_year..=LAST_YEAR + 1 {
        let on = year::last_open_day(y, today);
        let rows = figures::fill_year(&mut service, &mut rng, &plans, (y, on))?;
        if rows > largest.1 {
            largest = (y, rows);
        }
        // The officer exported each finished year's report before its deadline.
        if y < LAST_YEAR {
            let file = exports.path().join(ReportFormat::Json.file_name(y));
            Service::open(path, Clock::fixed(on))?.export_report(y, ReportFormat::Json, &file)?;
        }
    }

    // Each is ended on its planned end date, which Y6 allows in a locked year too: the
    // insats runs in the same years, and only I2's "Avslutad" mark is new.
    for plan in plans.iter().filter(|p| p.avslutas) {
        if let Some(end) = plan.slutdatum {
            let avslut = Avslut {
                id: plan.id,
                slutdatum: end,
            };
            service.apply_end_insats(avslut, today)?;
        }
    }
    // Raw SQL: a checkpoint, so the generated file is whole without its -wal.
    service
        .raw_db()
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    Ok(Summary {
        first_year,
        last_year: LAST_YEAR,
        today,
        insatser: plans.len(),
        largest_year: largest.0,
        largest_year_insatser: largest.1,
    })
}

/// The förbund, its administrator and deltagaransvariga, and its förbund page (details,
/// verksamhetsområde, members): everything of a generated file but insatser and figures.
fn setup_forbund(service: &mut Service, first_year: i32) -> finsamkollen_core::Result<()> {
    service.apply_new_forbund(forbund::created(first_year)?, service.today())?;
    service.apply_uppdrag(UppdragAndring {
        id: None,
        namn: "Anna Andersson".into(),
        epost: "anna.andersson@provdata.se".into(),
        telefon: "031-123 45 67".into(),
        roll: Roll::Forbundsadministrator,
        arbetsgivare_id: None,
        confirm_warnings: false,
    })?;
    forbund::apply_forbund_page(service, first_year)?;
    // Deltagaransvariga are employed by the members (U2), never by the förbund itself.
    let employers: Vec<i64> = service
        .forbund_page()?
        .organisationer
        .iter()
        .filter(|r| r.medlem)
        .map(|r| r.organisation.id)
        .collect();
    for (i, namn) in ["Bo Berg", "Cecilia Ek", "David Falk", "Eva Gran"]
        .iter()
        .enumerate()
    {
        service.apply_uppdrag(UppdragAndring {
            id: None,
            namn: (*namn).into(),
            epost: format!("deltagare{i}@provdata.se"),
            telefon: format!("031-100 00 0{i}"),
            roll: Roll::Deltagaransvarig,
            arbetsgivare_id: employers.get(i % employers.len().max(1)).copied(),
            confirm_warnings: false,
        })?;
    }
    Ok(())
}

/// The last day `date`'s year was open (15 April of the following year), but not after the
/// generated file's today.
pub(crate) fn open_day(date: NaiveDate) -> NaiveDate {
    year::last_open_day(date.year(), today())
}
