//! Y6: a locked year stays as it was. No write may change which insatser run in a locked
//! year or any of its figures: creating, moving a start or planned end into, out of or
//! within a locked year, and ending on a date inside one are refused, naming the year. The
//! one change a locked year may show is I2's "Avslutad" mark. One test per write path,
//! import included, and the same writes accepted while the year is open.
//!
//! 2025 is open up to and including 15 April 2026 and locked from 16 April 2026 (Y1).

mod replay_days;
mod y6_rules;
mod y8_historik;

use finsamkollen_core::domain::budget::{BudgetInput, MedelInput, YearView, ADMIN_KEY};

use finsamkollen_core::domain::insats::{Inriktning, InsatsDetail, InsatsStatus, NewInsats};

use finsamkollen_core::domain::kontroll::Forhandskontroll;

use finsamkollen_core::report::import::{import_reports, ImportFile};

use finsamkollen_core::rules::year::{
    ensure_date_keeps_locked_years, first_open_year, locked_since, InsatsDate,
};

use finsamkollen_core::{Clock, CoreError, Service};

use crate::support::{
    cells, codes, count_rows, counts, date, exported, insats_with_dates, listed_in, new_insats,
    service_at, service_with_forbund, update_of_insats,
};

/// The last day 2025 is open.
const OPEN: &str = "2026-04-15";

/// The first day 2025 is locked.
const LOCKED: &str = "2026-04-16";

/// What every refusal of a date in 2025 says on [`LOCKED`].
const INTO_2025: &str = "2025 är låst sedan 16 april 2026. Välj ett datum i 2026 eller senare.";

/// A förbund whose history was entered on [`OPEN`]; the clock then moves to `today`.
/// Every year up to 2025 is marked inrapporterat, so none is historik (Y8) and Y6 holds
/// for each in full.
fn service_entered_then(today: &str, history: impl FnOnce(&mut Service)) -> Service {
    let mut service = service_with_forbund(OPEN);
    history(&mut service);
    mark_reported(&mut service, 2019..=2025);
    service.set_clock(Clock::fixed(date(today)));
    service
}

/// Marks `years` inrapporterat (R1), which keeps a locked year closed (Y6) however empty.
fn mark_reported(service: &mut Service, years: impl IntoIterator<Item = i32>) {
    for year in years {
        service
            .mark_inrapporterat(year)
            .expect("marked inrapporterat");
    }
}

/// Everything a year shows: its insatser with their status, its figures, and its check.
fn snapshot(
    service: &Service,
    year: i32,
) -> (
    Vec<(String, InsatsStatus)>,
    YearView,
    Forhandskontroll,
    Vec<InsatsDetail>,
) {
    let details = service
        .start_page(Some(year))
        .expect("start page")
        .insatser
        .iter()
        .map(|row| service.insats(row.id).expect("insats"))
        .collect();
    (
        listed_in(service, year),
        service.year_view(year).expect("year view"),
        service.forhandskontroll(year).expect("check"),
        details,
    )
}

fn move_dates(
    service: &mut Service,
    id: i64,
    start: &str,
    end: &str,
) -> finsamkollen_core::Result<()> {
    let mut update = update_of_insats(service, id);
    update.fields.startdatum = start.into();
    update.fields.slutdatum = end.into();
    service.update_insats(update).map(|_| ())
}

/// A Y6 refusal: its code, field and message.
fn assert_y6(error: &CoreError, field: &str, message: &str) {
    assert_eq!(error.code(), "y6_year_locked", "{error:?}");
    assert_eq!(error.field(), Some(field));
    assert_eq!(error.to_string(), message);
}

// --- Figures of a locked year (Y1 refuses them; Y6 is about keeping it so) ------------------

/// A förbund with 2025 filled in while it was open, on [`LOCKED`]; the insats's id.
fn filled_2025() -> (Service, i64) {
    let mut id = 0;
    let service = service_entered_then(LOCKED, |s| {
        id = insats_with_dates(s, "Steget vidare", "2024-03-01", "");
        s.save_medel(MedelInput {
            year: 2025,
            samverkansparterna: "1 000 000".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect("medel");
        s.save_budget(BudgetInput {
            year: 2025,
            rader: vec![
                cells(&format!("insats-{id}"), "600 000", "580 000", "20"),
                cells(ADMIN_KEY, "300 000", "", ""),
            ],
        })
        .expect("budget");
        s.save_deltagare(counts(id, 2025, "12", "8", ""))
            .expect("counts");
    });
    (service, id)
}
