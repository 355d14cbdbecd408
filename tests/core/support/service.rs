//! Test support: a service on a migrated data file (in memory or at a path) whose clock
//! says a fixed day, the "Skapa förbund" form, and error codes.

use std::path::Path;

use chrono::NaiveDate;
use finsamkollen_core::domain::forbund::NewForbund;
use finsamkollen_core::{Clock, CoreError, Service};

/// The day most tests run on: late in 2026, with 2025 locked since 16 April.
const TODAY: &str = "2026-11-24";

/// A calendar date; panics on an impossible one, which is a bug in the test.
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

/// A clock fixed on [`TODAY`].
pub fn clock() -> Clock {
    Clock::fixed(date(TODAY))
}

/// A service on a fresh in-memory file whose clock says `today`.
pub fn service_on(today: &str) -> Service {
    Service::in_memory(Clock::fixed(date(today))).expect("in-memory service")
}

/// A service on the data file at `path` (created on first open) whose clock says `today`.
pub fn service_at(path: &Path, today: &str) -> Service {
    Service::open(path, Clock::fixed(date(today))).expect("open data file")
}

/// The data file at `path` (created and migrated on first open), on [`TODAY`].
pub fn open(path: &Path) -> Service {
    service_at(path, TODAY)
}

/// Runs `write` with the clock on `day`, then sets the test's own clock back: a set-up
/// entered the way the officer did while its year was still open (Y1, Y6), in a year the
/// test's own day has locked.
pub fn on_day<T>(service: &mut Service, day: &str, write: impl FnOnce(&mut Service) -> T) -> T {
    let clock = service.clock().clone();
    service.set_clock(Clock::fixed(date(day)));
    let result = write(service);
    service.set_clock(clock);
    result
}

/// A valid "Skapa förbund" form.
pub fn new_forbund() -> NewForbund {
    NewForbund {
        namn: "Samordningsförbundet Västra Fyrbodal".into(),
        organisationsnummer: "222000-1354".into(),
        startdatum: "2019-01-01".into(),
    }
}

/// A service with a förbund created from [`new_forbund`].
pub fn service_with_forbund(today: &str) -> Service {
    let mut service = service_on(today);
    service
        .create_forbund(new_forbund())
        .expect("create förbund");
    service
}

/// A service on `today` with a förbund started in 2012, as most are, and nothing registered.
pub fn forbund_since_2012(today: &str) -> Service {
    let mut service = service_on(today);
    service
        .create_forbund(NewForbund {
            startdatum: "2012-01-01".into(),
            ..new_forbund()
        })
        .expect("create förbund");
    service
}

/// The stable codes of an error, flattening [`CoreError::Several`].
pub fn codes(error: &CoreError) -> Vec<&'static str> {
    match error {
        CoreError::Several(errors) => errors.iter().flat_map(codes).collect(),
        other => vec![other.code()],
    }
}
