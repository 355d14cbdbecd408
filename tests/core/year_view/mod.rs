//! The year view: medel, budget och utfall, administrative costs, totals and balance, and
//! which years can be changed (domain spec F1, B1, I2, I4, Y1–Y5).

mod budget_rows;
mod medel_and_years;
mod preview;
mod slutdatum_and_rows;
mod totals_and_copy;

use std::path::{Path, PathBuf};

use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetRad, KopieraRad, Rad, YearView};

use finsamkollen_core::domain::year::YearStatus;

use finsamkollen_core::{Clock, CoreError, Kronor, Service};

use tempfile::TempDir;

use crate::support::{
    cells, codes, count_rows, date, insats_with_dates, key, new_forbund, raw_sql, service_at,
    service_with_forbund, unchanged_save, update_of_insats,
};

const TODAY: &str = "2026-11-24";

// --- Helpers -----------------------------------------------------------------------------

fn kr(kronor: i64) -> Kronor {
    Kronor::new(kronor)
}

/// The row with `key`; panics when the view has none.
fn rad<'a>(view: &'a YearView, key: &str) -> &'a BudgetRad {
    view.rader
        .iter()
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("row {key} in {}", view.year))
}

/// The row with `key`, if the view has one.
fn find<'a>(view: &'a YearView, key: &str) -> Option<&'a BudgetRad> {
    view.rader.iter().find(|r| r.key == key)
}

/// The status's `kind` as the UI receives it.
fn kind(status: &YearStatus) -> String {
    serde_json::to_value(status).expect("status as JSON")["kind"]
        .as_str()
        .expect("kind")
        .to_owned()
}

/// An ongoing individinriktad insats from 2024-03-01.
fn individ(service: &mut Service, namn: &str) -> i64 {
    insats_with_dates(service, namn, "2024-03-01", "")
}

/// Every stored figure of the year tables, to show that a refused save changed nothing.
fn stored(service: &Service) -> Vec<String> {
    // Raw SQL: every stored figure, to show a refused save wrote nothing at all.
    let conn = service.raw_db().conn();
    let mut out = Vec::new();
    for sql in [
        "SELECT 'budget', insats_id, ar, budget, utfall, budget_deltagare FROM budget
         ORDER BY insats_id, ar",
        "SELECT 'admin', ar, NULL, budget, utfall, NULL FROM admin_kostnad ORDER BY ar",
        "SELECT 'medel', ar, NULL, samverkansparterna, esf_plus, overskott FROM medel
         ORDER BY ar",
    ] {
        let mut stmt = conn.prepare(sql).expect("prepare");
        let rows = stmt
            .query_map([], |r| {
                Ok(format!(
                    "{} {:?} {:?} {:?} {:?} {:?}",
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                    r.get::<_, Option<i64>>(5)?,
                ))
            })
            .expect("query");
        out.extend(rows.map(|row| row.expect("row")));
    }
    out
}

/// A temporary data file, reopened with a different clock by [`service_at`].
fn temp_file() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("forbund.finsam");
    (dir, path)
}

/// The fields a (possibly combined) error names, in order.
fn fields_of(error: &CoreError) -> Vec<String> {
    match error {
        CoreError::Several(errors) => errors.iter().flat_map(fields_of).collect(),
        other => other.field().map(str::to_owned).into_iter().collect(),
    }
}

// --- I4: budget and utfall of an avslutad insats -----------------------------------------

/// Whether the insats's row in `year` can be written on `today`; `None` when the year has
/// no row for it.
fn row_editable(path: &Path, today: &str, year: i32, id: i64) -> Option<bool> {
    let service = service_at(path, today);
    let view = service.year_view(year).expect("view");
    find(&view, &key(id)).map(|r| {
        assert!(r.avslutad);
        assert!(!r.redigerbar || view.redigerbar);
        r.redigerbar
    })
}

/// Steget vidare, avslutad on 2025-10-01: its budget stays open until 15 April 2026 (I4).
fn ended_insats() -> finsamkollen_core::domain::insats::InsatsRecord {
    finsamkollen_core::domain::insats::InsatsRecord {
        id: 1,
        namn: "Steget vidare".to_owned(),
        inriktning: finsamkollen_core::domain::insats::Inriktning::Individinriktad,
        foljer_deltagare: true,
        esf: false,
        esf_leder: false,
        avslutad: true,
        preciserad_inriktning_id: None,
        beskrivning: String::new(),
        startdatum: date("2024-01-01"),
        slutdatum: Some(date("2025-10-01")),
    }
}
