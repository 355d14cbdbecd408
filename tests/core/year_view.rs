//! The year view: medel, budget och utfall, administrative costs, totals and balance, and
//! which years can be changed (domain spec F1, B1, I2, I4, Y1–Y5).

use std::path::{Path, PathBuf};

use finsamkollen_core::domain::budget::{
    BudgetCellerInput, BudgetInput, BudgetRad, KopieraRad, MedelInput, Rad, YearView,
};
use finsamkollen_core::domain::insats::{EndInsats, Inriktning, NewInsats};
use finsamkollen_core::domain::year::YearStatus;
use finsamkollen_core::{Clock, CoreError, Kronor, Service};
use tempfile::TempDir;

use crate::support::CreateWhenOpen;
use crate::support::{
    cells, codes, count_rows, date, insats_with_dates, new_forbund, new_insats, raw_sql,
    service_at, service_with_forbund, unchanged_save, update_of_insats,
};

const TODAY: &str = "2026-11-24";

// --- Helpers -----------------------------------------------------------------------------

fn kr(kronor: i64) -> Kronor {
    Kronor::new(kronor)
}

fn medel(year: i32, samverkansparterna: &str, esf_plus: &str, overskott: &str) -> MedelInput {
    MedelInput {
        year,
        samverkansparterna: samverkansparterna.into(),
        esf_plus: esf_plus.into(),
        overskott: overskott.into(),
    }
}

fn grid(year: i32, rader: Vec<BudgetCellerInput>) -> BudgetInput {
    BudgetInput { year, rader }
}

/// The grid key of insats `id`.
fn key(id: i64) -> String {
    format!("insats-{id}")
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

/// A strukturövergripande insats from 2024-03-01, with or without participant follow-up.
fn structural(service: &mut Service, namn: &str, foljer_deltagare: bool) -> i64 {
    let input = NewInsats {
        foljer_deltagare,
        ..new_insats(service, namn, Inriktning::Strukturovergripande)
    };
    service
        .create_insats_when_open(input)
        .expect("create insats")
        .id
}

/// An ongoing individinriktad insats from 2024-03-01.
fn individ(service: &mut Service, namn: &str) -> i64 {
    insats_with_dates(service, namn, "2024-03-01", "")
}

fn avsluta(service: &mut Service, id: i64, slutdatum: &str) {
    service
        .end_insats(EndInsats {
            id,
            slutdatum: slutdatum.into(),
        })
        .expect("avsluta");
}

/// Every stored figure of the year tables, to show that a refused save changed nothing.
fn stored(service: &Service) -> Vec<String> {
    let conn = service.db().conn();
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

/// A data file created on `today` with the förbund and an ongoing individinriktad insats
/// "Steget vidare" from 2024-03-01; the insats's id.
fn file_with_insats(path: &Path, today: &str) -> i64 {
    let mut service = service_at(path, today);
    service.create_forbund(new_forbund()).expect("förbund");
    individ(&mut service, "Steget vidare")
}

// --- Y1: 15 April of the following year ----------------------------------------------------

#[test]
fn y1_medel_for_2025_can_be_saved_on_14_and_15_april_2026_and_not_on_16_april() {
    let (_dir, path) = temp_file();
    file_with_insats(&path, "2026-04-14");
    for (today, amount) in [("2026-04-14", 900_000), ("2026-04-15", 1_000_000)] {
        let mut service = service_at(&path, today);
        let view = service
            .save_medel(medel(2025, &amount.to_string(), "", ""))
            .unwrap_or_else(|e| panic!("open on {today}: {e}"));
        assert_eq!(view.medel.samverkansparterna, Some(kr(amount)), "{today}");
        assert!(view.redigerbar, "{today}");
        assert_eq!(
            view.status,
            YearStatus::Open {
                until: date("2026-04-15")
            }
        );
    }

    let mut locked = service_at(&path, "2026-04-16");
    let before = stored(&locked);
    for input in [
        medel(2025, "2 000 000", "5", "5"),
        medel(2025, "1 000 000", "", ""),
    ] {
        let error = locked.save_medel(input).expect_err("locked");
        assert_eq!(codes(&error), ["y1_locked"]);
        assert_eq!(
            error.to_string(),
            "Medel för 2025 kan inte ändras efter den 15 april 2026."
        );
    }
    assert_eq!(stored(&locked), before, "the refused save changed nothing");
    let view = locked.year_view(2025).expect("Y4: readable");
    assert_eq!(view.medel.samverkansparterna, Some(kr(1_000_000)));
}

#[test]
fn y1_budget_for_2025_can_be_saved_on_14_and_15_april_2026_and_not_on_16_april() {
    let (_dir, path) = temp_file();
    let id = file_with_insats(&path, "2026-04-14");
    for (today, budget) in [("2026-04-14", 300_000), ("2026-04-15", 350_000)] {
        let mut service = service_at(&path, today);
        let view = service
            .save_budget(grid(
                2025,
                vec![
                    cells(&key(id), &budget.to_string(), "", ""),
                    cells("admin", "100 000", "", ""),
                ],
            ))
            .unwrap_or_else(|e| panic!("open on {today}: {e}"));
        assert_eq!(rad(&view, &key(id)).budget, Some(kr(budget)), "{today}");
        assert!(rad(&view, &key(id)).redigerbar, "{today}");
        assert!(rad(&view, "admin").redigerbar, "{today}");
    }

    let mut locked = service_at(&path, "2026-04-16");
    let before = stored(&locked);
    for input in [
        grid(2025, vec![cells(&key(id), "1", "2", "3")]),
        grid(2025, vec![cells("admin", "", "", "")]),
        grid(2025, Vec::new()),
    ] {
        let error = locked.save_budget(input).expect_err("locked");
        assert_eq!(codes(&error), ["y1_locked"]);
        assert_eq!(
            error.to_string(),
            "Budget och utfall för 2025 kan inte ändras efter den 15 april 2026."
        );
    }
    let error = locked
        .copy_budget(2025)
        .expect_err("copy into a locked year");
    assert_eq!(codes(&error), ["y1_locked"]);
    assert_eq!(
        error.to_string(),
        "Budget och utfall för 2025 kan inte ändras efter den 15 april 2026."
    );
    assert_eq!(stored(&locked), before, "the refused saves changed nothing");
}

#[test]
fn y4_locked_year_stays_fully_readable_with_nothing_editable_or_copyable() {
    let (_dir, path) = temp_file();
    let id = file_with_insats(&path, "2026-04-15");
    let open_view = {
        let mut service = service_at(&path, "2026-04-15");
        // Last year's admin budget, so the copy would have something to offer.
        raw_sql(
            &service,
            "INSERT INTO admin_kostnad (ar, budget) VALUES (2024, 90000)",
        )
        .expect("2024 admin budget");
        service
            .save_medel(medel(2025, "1 000 000", "200 000", "50 000"))
            .expect("medel");
        service
            .save_budget(grid(
                2025,
                vec![
                    cells(&key(id), "400 000", "380 000", "25"),
                    cells("admin", "", "140 000", ""),
                ],
            ))
            .expect("budget")
    };
    assert!(open_view.redigerbar);
    assert_eq!(
        open_view.kopierbart,
        [KopieraRad {
            rad: Rad::Admin,
            key: "admin".into(),
            namn: "Administrativa kostnader".into(),
            budget: kr(90_000),
        }]
    );

    let locked = service_at(&path, "2026-04-16");
    let view = locked
        .year_view(2025)
        .expect("Y4: a locked year is readable");
    assert_eq!(
        view.status,
        YearStatus::Locked {
            since: date("2026-04-16")
        }
    );
    assert_eq!(kind(&view.status), "locked");
    assert_eq!(view.status_text, "Låst sedan 16 april 2026");
    assert_eq!(
        view.lock_notice.as_deref(),
        Some("2025 är låst sedan 16 april 2026 och kan bara läsas.")
    );
    assert_eq!(open_view.lock_notice, None, "an open year has no notice");
    assert!(!view.redigerbar);
    assert!(view.rader.iter().all(|r| !r.redigerbar), "{:?}", view.rader);
    assert!(view.kopierbart.is_empty());
    // Every stored figure, total and balance is as it was the day before.
    assert_eq!(view.medel, open_view.medel);
    assert_eq!(view.summering, open_view.summering);
    let figures = |v: &YearView| {
        v.rader
            .iter()
            .map(|r| {
                (
                    r.key.clone(),
                    r.budget,
                    r.utfall,
                    r.budgeterade_deltagare,
                    r.avvikelse,
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(figures(&view), figures(&open_view));
    assert_eq!(rad(&view, &key(id)).budget, Some(kr(400_000)));
    assert_eq!(rad(&view, &key(id)).budgeterade_deltagare, Some(25));
}

#[test]
fn y1_across_new_year_last_year_stays_open_and_the_new_year_opens() {
    let (_dir, path) = temp_file();
    file_with_insats(&path, "2025-12-31");

    let mut service = service_at(&path, "2025-12-31");
    let y2025 = service.year_view(2025).expect("2025");
    assert_eq!(
        y2025.status,
        YearStatus::Open {
            until: date("2026-04-15")
        }
    );
    assert_eq!(kind(&y2025.status), "open");
    assert_eq!(
        y2025.status_text,
        "Öppen för ändringar t.o.m. 15 april 2026"
    );
    let y2026 = service.year_view(2026).expect("2026 in advance");
    assert_eq!(kind(&y2026.status), "advance");
    service
        .save_medel(medel(2025, "1 000 000", "", ""))
        .expect("2025 on New Year's Eve");

    let mut service = service_at(&path, "2026-01-01");
    let y2025 = service.year_view(2025).expect("2025");
    assert_eq!(kind(&y2025.status), "open");
    assert!(y2025.redigerbar);
    service
        .save_medel(medel(2025, "1 100 000", "", ""))
        .expect("2025 still open on New Year's Day");
    let y2026 = service.year_view(2026).expect("2026");
    assert_eq!(
        y2026.status,
        YearStatus::Open {
            until: date("2027-04-15")
        }
    );
    assert_eq!(kind(&y2026.status), "open");
    assert_eq!(
        y2026.status_text,
        "Öppen för ändringar t.o.m. 15 april 2027"
    );
    let y2027 = service.year_view(2027).expect("2027 is next year");
    assert_eq!(
        y2027.status,
        YearStatus::Advance {
            until: date("2028-04-15")
        }
    );
    assert_eq!(kind(&y2027.status), "advance");
    assert!(y2027.redigerbar);
}

// --- Y2: next year in advance, not later -----------------------------------------------------

#[test]
fn y2_next_year_can_be_filled_in_advance_the_year_after_is_refused() {
    let mut service = service_with_forbund(TODAY);
    let id = individ(&mut service, "Steget vidare");
    let view = service.year_view(2027).expect("next year");
    assert_eq!(
        view.status,
        YearStatus::Advance {
            until: date("2028-04-15")
        }
    );
    assert_eq!(
        view.status_text,
        "Kan fyllas i i förväg, öppen för ändringar t.o.m. 15 april 2028"
    );
    let view = service
        .save_medel(medel(2027, "1 500 000", "", ""))
        .expect("medel in advance");
    assert_eq!(view.medel.samverkansparterna, Some(kr(1_500_000)));
    let view = service
        .save_budget(grid(2027, vec![cells(&key(id), "500 000", "", "30")]))
        .expect("budget in advance");
    assert_eq!(rad(&view, &key(id)).budget, Some(kr(500_000)));

    let before = stored(&service);
    // Reading 2028: the year picker lists only the start year to next year (Y5), so the
    // view refuses it as outside the selectable years, "year_out_of_range".
    let error = service.year_view(2028).expect_err("2028 is not selectable");
    assert_eq!(codes(&error), ["year_out_of_range"]);
    assert_eq!(error.field(), Some("year"));
    assert_eq!(
        error.to_string(),
        "Året 2028 ligger utanför förbundets år (2019–2027)."
    );
    // Saving 2028: the year lies inside the förbund's period but has not opened yet (Y2),
    // so the saves give "y2_not_open".
    let error = service
        .save_medel(medel(2028, "1 000 000", "", ""))
        .expect_err("2028 cannot be filled in yet");
    assert_eq!(codes(&error), ["y2_not_open"]);
    assert_eq!(
        error.to_string(),
        "Medel för 2028 kan inte fyllas i ännu: bara nästa år kan fyllas i i förväg."
    );
    for error in [
        service
            .save_budget(grid(2028, vec![cells("admin", "1", "", "")]))
            .expect_err("budget 2028"),
        service.copy_budget(2028).expect_err("copy 2028"),
    ] {
        assert_eq!(codes(&error), ["y2_not_open"]);
        assert_eq!(
            error.to_string(),
            "Budget och utfall för 2028 kan inte fyllas i ännu: bara nästa år kan fyllas i i \
             förväg."
        );
    }
    assert_eq!(stored(&service), before);
}

// --- Y3: the förbund's own years -------------------------------------------------------------

#[test]
fn y3_years_before_the_forbund_start_year_are_refused() {
    let mut service = service_with_forbund(TODAY);
    service
        .year_view(2019)
        .expect("the start year is selectable");
    for error in [
        service.year_view(2018).expect_err("view 2018"),
        service
            .save_medel(medel(2018, "1 000", "", ""))
            .expect_err("medel 2018"),
        service
            .save_budget(grid(2018, vec![cells("admin", "1", "", "")]))
            .expect_err("budget 2018"),
        service.copy_budget(2018).expect_err("copy 2018"),
    ] {
        assert_eq!(codes(&error), ["year_out_of_range"]);
        assert_eq!(
            error.to_string(),
            "Året 2018 ligger utanför förbundets år (2019–2027)."
        );
    }
    assert!(stored(&service).is_empty());
}

#[test]
fn y3_years_after_the_forbund_slutdatum_year_are_refused() {
    let mut service = service_with_forbund(TODAY);
    let mut save = unchanged_save(&service);
    save.forbund.slutdatum = "2026-06-30".into();
    service.save_forbund_page(save).expect("slutdatum");

    // The slutdatum year itself is still the förbund's, and open.
    let view = service.year_view(2026).expect("2026");
    assert_eq!(kind(&view.status), "open");
    service
        .save_medel(medel(2026, "1 000 000", "", ""))
        .expect("2026 within the period");
    // 2027 would be next year (Y2) but lies after the slutdatum year (Y3).
    for error in [
        service.year_view(2027).expect_err("view 2027"),
        service
            .save_medel(medel(2027, "1 000", "", ""))
            .expect_err("medel 2027"),
        service
            .save_budget(grid(2027, vec![cells("admin", "1", "", "")]))
            .expect_err("budget 2027"),
        service.copy_budget(2027).expect_err("copy 2027"),
    ] {
        assert_eq!(codes(&error), ["year_out_of_range"]);
        assert_eq!(
            error.to_string(),
            "Året 2027 ligger utanför förbundets år (2019–2026)."
        );
    }
    assert_eq!(count_rows(&service, "SELECT count(*) FROM medel"), 1);
}

#[test]
fn y3_slutdatum_before_registered_budget_or_admin_costs_is_refused() {
    // "Slutdatum: Nothing may be registered after it." Funds after the end are refused
    // (forbund_page.rs); budget and administrative costs for a later year are registered
    // figures too, and would become unreadable once that year leaves the year picker.
    let mut service = service_with_forbund(TODAY);
    let id = individ(&mut service, "Steget vidare");
    service
        .save_budget(grid(
            2027,
            vec![
                cells(&key(id), "500 000", "", ""),
                cells("admin", "100 000", "", ""),
            ],
        ))
        .expect("2027 in advance");
    let mut save = unchanged_save(&service);
    save.forbund.slutdatum = "2026-12-31".into();
    let result = service.save_forbund_page(save);
    let page = service.forbund_page().expect("page");
    assert_eq!(
        page.forbund.slutdatum, None,
        "slutdatum 2026-12-31 was saved although 2027 has budget and admin costs"
    );
    let error = result.expect_err("budget for 2027 lies after the slutdatum");
    assert_eq!(codes(&error), ["data_after_end"]);
    assert_eq!(error.field(), Some("slutdatum"));
}

// --- Y5: the year picker's years and their status ----------------------------------------

#[test]
fn y5_year_view_works_for_every_year_from_start_year_to_next_year() {
    let service = service_with_forbund(TODAY);
    for year in 2019..=2027 {
        let view = service
            .year_view(year)
            .unwrap_or_else(|e| panic!("year {year}: {e}"));
        assert_eq!(view.year, year);
        assert_eq!(view.redigerbar, year >= 2026, "{year}");
        let expected = match year {
            2026 => "open",
            2027 => "advance",
            _ => "locked",
        };
        assert_eq!(kind(&view.status), expected, "{year}");
        // Only the admin row: no insatser yet.
        assert_eq!(view.rader.len(), 1);
    }
    assert_eq!(
        service.year_view(2026).expect("2026").status_text,
        "Öppen för ändringar t.o.m. 15 april 2027"
    );
    assert_eq!(
        service.year_view(2024).expect("2024").status_text,
        "Låst sedan 16 april 2025"
    );
    assert_eq!(
        service.year_view(2025).expect("2025").status_text,
        "Låst sedan 16 april 2026"
    );
    assert_eq!(
        service.year_view(2019).expect("2019").status_text,
        "Låst sedan 16 april 2020"
    );
}

// --- F1: medel ---------------------------------------------------------------------------

#[test]
fn f1_medel_are_exactly_samverkansparterna_esf_plus_and_overskott() {
    let mut service = service_with_forbund(TODAY);
    let view = service.year_view(2026).expect("view");
    let json = serde_json::to_value(&view.medel).expect("medel as JSON");
    let mut fields: Vec<&str> = json
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        [
            "esfPlus",
            "overskott",
            "registrerade",
            "samverkansparterna",
            "totalt"
        ]
    );
    // Before anything is registered: ESF+ and överskott start at 0, samverkansparterna
    // is empty.
    assert!(!view.medel.registrerade);
    assert_eq!(view.medel.samverkansparterna, None);
    assert_eq!(view.medel.esf_plus, Kronor::ZERO);
    assert_eq!(view.medel.overskott, Kronor::ZERO);
    assert_eq!(view.medel.totalt, Kronor::ZERO);
    // The data file has no other category either.
    let columns: Vec<String> = {
        let conn = service.db().conn();
        let mut stmt = conn
            .prepare("SELECT name FROM pragma_table_info('medel') ORDER BY cid")
            .expect("prepare");
        let rows = stmt.query_map([], |r| r.get(0)).expect("query");
        rows.map(|r| r.expect("column")).collect()
    };
    assert_eq!(
        columns,
        ["ar", "samverkansparterna", "esf_plus", "overskott"]
    );

    let view = service
        .save_medel(medel(2026, "1 000 000", "200 000", "50 000"))
        .expect("saved");
    assert!(view.medel.registrerade);
    assert_eq!(view.medel.samverkansparterna, Some(kr(1_000_000)));
    assert_eq!(view.medel.esf_plus, kr(200_000));
    assert_eq!(view.medel.overskott, kr(50_000));
    assert_eq!(view.medel.totalt, kr(1_250_000), "totalt is the sum");
    assert_eq!(view.summering.medel, kr(1_250_000));
    assert_eq!(service.year_view(2026).expect("read"), view);
}

#[test]
fn f1_esf_plus_and_overskott_default_to_zero_when_left_empty() {
    let mut service = service_with_forbund(TODAY);
    service
        .save_medel(medel(2026, "1 000 000", "200 000", "50 000"))
        .expect("first");
    let view = service
        .save_medel(medel(2026, "900 000", "", "  "))
        .expect("empty ESF+ and överskott");
    assert_eq!(view.medel.samverkansparterna, Some(kr(900_000)));
    assert_eq!(view.medel.esf_plus, Kronor::ZERO);
    assert_eq!(view.medel.overskott, Kronor::ZERO);
    assert_eq!(view.medel.totalt, kr(900_000));
    assert_eq!(
        stored(&service),
        ["medel Some(2026) None Some(900000) Some(0) Some(0)"]
    );
}

#[test]
fn f1_samverkansparterna_is_required() {
    let mut service = service_with_forbund(TODAY);
    for empty in ["", "   "] {
        let error = service
            .save_medel(medel(2026, empty, "200 000", "50 000"))
            .expect_err("required");
        assert_eq!(codes(&error), ["required"]);
        assert_eq!(error.field(), Some("samverkansparterna"));
        assert_eq!(error.to_string(), "Samverkansparterna måste fyllas i.");
    }
    assert_eq!(count_rows(&service, "SELECT count(*) FROM medel"), 0);
}

#[test]
fn f1_bad_amounts_are_refused_with_their_field() {
    let mut service = service_with_forbund(TODAY);
    service
        .save_medel(medel(2026, "1 000 000", "2", "3"))
        .expect("first");
    let before = stored(&service);
    let cases = [
        ("-5", "amount_negative", "Beloppet kan inte vara negativt."),
        (
            "−5 000",
            "amount_negative",
            "Beloppet kan inte vara negativt.",
        ),
        (
            "1234,50",
            "amount_decimals",
            "Ange hela kronor, utan ören eller decimaler.",
        ),
        (
            "1 234.5",
            "amount_decimals",
            "Ange hela kronor, utan ören eller decimaler.",
        ),
        (
            "12a",
            "amount_format",
            "Beloppet ska anges i hela kronor, med siffror, t.ex. 1 234 567.",
        ),
        (
            "tusen",
            "amount_format",
            "Beloppet ska anges i hela kronor, med siffror, t.ex. 1 234 567.",
        ),
        (
            "10 000 000 001",
            "amount_too_large",
            "Beloppet är orimligt stort (högst 10 000 000 000 kr).",
        ),
    ];
    for (text, code, message) in cases {
        for (field, input) in [
            ("samverkansparterna", medel(2026, text, "", "")),
            ("esfPlus", medel(2026, "1 000", text, "")),
            ("overskott", medel(2026, "1 000", "", text)),
        ] {
            let error = service
                .save_medel(input)
                .expect_err("a bad amount is refused");
            assert_eq!(codes(&error), [code], "{text:?} in {field}");
            assert_eq!(error.field(), Some(field), "{text:?}");
            assert_eq!(error.to_string(), message, "{text:?}");
        }
    }
    // Several bad fields: each is reported.
    let error = service
        .save_medel(medel(2026, "", "x", "-1"))
        .expect_err("three bad fields");
    assert_eq!(
        codes(&error),
        ["required", "amount_format", "amount_negative"]
    );
    assert_eq!(
        stored(&service),
        before,
        "nothing of a refused save is stored"
    );
}

#[test]
fn f1_amounts_are_read_forgivingly_up_to_ten_billion() {
    let mut service = service_with_forbund(TODAY);
    for (text, expected) in [
        ("1 234 567", 1_234_567),
        ("1\u{a0}234\u{a0}567", 1_234_567),
        ("1\u{202f}234\u{202f}567", 1_234_567),
        (" 1234567 ", 1_234_567),
        ("12 000 kr", 12_000),
        ("0", 0),
        ("10 000 000 000", 10_000_000_000),
    ] {
        let view = service
            .save_medel(medel(2026, text, text, text))
            .unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(
            view.medel.samverkansparterna,
            Some(kr(expected)),
            "{text:?}"
        );
        assert_eq!(view.medel.esf_plus, kr(expected), "{text:?}");
        assert_eq!(view.medel.overskott, kr(expected), "{text:?}");
        assert_eq!(view.medel.totalt, kr(3 * expected), "{text:?}");
    }
}

// --- Rows of the budget grid -------------------------------------------------------------

#[test]
fn i2_rows_are_the_insatser_running_in_the_year_plus_admin_last() {
    let mut service = service_with_forbund(TODAY);
    let alfa = insats_with_dates(&mut service, "Alfa", "2024-03-01", "2025-12-31");
    let beta = insats_with_dates(&mut service, "Beta", "2026-12-31", "");
    let gamma = insats_with_dates(&mut service, "Gamma", "2027-01-01", "");
    let delta = insats_with_dates(&mut service, "Delta", "2024-01-01", "2026-01-01");
    let epsilon = individ(&mut service, "Epsilon");
    let zeta = individ(&mut service, "Zeta");
    avsluta(&mut service, zeta, "2026-06-30");
    let eta = individ(&mut service, "Eta");
    // Ended while 2025 was open (Y6 refuses an end date in a locked year).
    service.set_clock(Clock::fixed(date("2026-04-15")));
    avsluta(&mut service, eta, "2025-11-30");
    service.set_clock(Clock::fixed(date(TODAY)));

    let view = service.year_view(2026).expect("2026");
    let rows: Vec<(&str, &str, bool)> = view
        .rader
        .iter()
        .map(|r| (r.key.as_str(), r.namn.as_str(), r.avslutad))
        .collect();
    let (beta, delta, epsilon, zeta) = (key(beta), key(delta), key(epsilon), key(zeta));
    assert_eq!(
        rows,
        [
            (beta.as_str(), "Beta", false),
            (delta.as_str(), "Delta", false),
            (epsilon.as_str(), "Epsilon", false),
            (zeta.as_str(), "Zeta", true),
            ("admin", "Administrativa kostnader", false),
        ]
    );
    let admin = rad(&view, "admin");
    assert_eq!(admin.insats_id, None);
    assert!(!admin.har_deltagare);
    assert_eq!(
        view.rader.iter().filter(|r| r.key == "admin").count(),
        1,
        "exactly one admin row"
    );
    // The year boundaries: ending 2025-12-31 is not 2026; starting 2027-01-01 is not 2026.
    assert!(find(&view, &key(alfa)).is_none());
    assert!(find(&view, &key(gamma)).is_none());
    // I2: an avslutad insats is shown, marked, in every year it ran, and only those.
    for year in [2024, 2025] {
        let view = service.year_view(year).expect("earlier year");
        assert!(rad(&view, &key(eta)).avslutad, "{year}");
        assert!(rad(&view, &zeta).avslutad, "{year}");
        assert!(rad(&view, &key(alfa)).insats_id.is_some(), "{year}");
    }
    assert!(find(&service.year_view(2026).expect("2026"), &key(eta)).is_none());
    assert!(find(&service.year_view(2027).expect("2027"), &zeta).is_none());
    let y2027 = service.year_view(2027).expect("2027");
    assert_eq!(rad(&y2027, &key(gamma)).namn, "Gamma");
    assert_eq!(y2027.rader.last().map(|r| r.key.as_str()), Some("admin"));
}

// --- B1: budgeted participants only with follow-up ---------------------------------------

#[test]
fn b1_only_insatser_with_follow_up_have_budgeterade_deltagare() {
    let mut service = service_with_forbund(TODAY);
    let without = structural(&mut service, "Strukturarbete", false);
    let with = structural(&mut service, "Samverkansteam", true);
    let individ_id = individ(&mut service, "Steget vidare");
    let view = service.year_view(2026).expect("view");
    assert!(!rad(&view, &key(without)).har_deltagare);
    assert!(rad(&view, &key(with)).har_deltagare);
    assert!(rad(&view, &key(individ_id)).har_deltagare);

    let view = service
        .save_budget(grid(
            2026,
            vec![
                cells(&key(individ_id), "100 000", "", "40"),
                cells(&key(with), "50 000", "", "12"),
                cells(&key(without), "80 000", "75 000", ""),
            ],
        ))
        .expect("saved");
    assert_eq!(rad(&view, &key(individ_id)).budgeterade_deltagare, Some(40));
    assert_eq!(rad(&view, &key(with)).budgeterade_deltagare, Some(12));
    assert_eq!(rad(&view, &key(without)).budgeterade_deltagare, None);
    assert_eq!(rad(&view, &key(without)).budget, Some(kr(80_000)));
}

#[test]
fn b1_budgeterade_deltagare_for_an_insats_without_follow_up_is_refused_and_nothing_stored() {
    let mut service = service_with_forbund(TODAY);
    let without = structural(&mut service, "Strukturarbete", false);
    let individ_id = individ(&mut service, "Steget vidare");
    let error = service
        .save_budget(grid(
            2026,
            vec![
                cells(&key(individ_id), "100 000", "90 000", "40"),
                cells(&key(without), "80 000", "", "5"),
                cells("admin", "150 000", "", ""),
            ],
        ))
        .expect_err("B1");
    assert_eq!(codes(&error), ["b1_no_follow_up"]);
    let field = format!("{}.budgeteradeDeltagare", key(without));
    assert_eq!(error.field(), Some(field.as_str()));
    assert_eq!(
        error.to_string(),
        "Budgeterat antal deltagare kan inte anges för en insats som inte följer upp \
         deltagare."
    );
    assert!(
        stored(&service).is_empty(),
        "nothing of that save is stored"
    );
    // "0" is a number of participants too.
    let error = service
        .save_budget(grid(2026, vec![cells(&key(without), "", "", "0")]))
        .expect_err("B1 with 0");
    assert_eq!(codes(&error), ["b1_no_follow_up"]);
    assert!(stored(&service).is_empty());
}

#[test]
fn b1_database_trigger_refuses_budget_deltagare_for_an_insats_without_follow_up() {
    let mut service = service_with_forbund(TODAY);
    let without = structural(&mut service, "Strukturarbete", false);
    let error = raw_sql(
        &service,
        &format!(
            "INSERT INTO budget (insats_id, ar, budget_deltagare) VALUES ({without}, 2026, 5)"
        ),
    )
    .expect_err("insert trigger");
    assert_eq!(codes(&error), ["b1_no_follow_up"]);
    assert_eq!(
        error.to_string(),
        "Insatsen följer inte upp deltagare, så inga antal kan registreras."
    );
    raw_sql(
        &service,
        &format!("INSERT INTO budget (insats_id, ar, budget) VALUES ({without}, 2026, 1000)"),
    )
    .expect("a budget without participants is fine");
    let error = raw_sql(
        &service,
        &format!("UPDATE budget SET budget_deltagare = 3 WHERE insats_id = {without}"),
    )
    .expect_err("update trigger");
    assert_eq!(codes(&error), ["b1_no_follow_up"]);
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM budget WHERE budget_deltagare IS NOT NULL"
        ),
        0
    );
}

// --- Nothing half-saved ------------------------------------------------------------------

#[test]
fn nothing_half_saved_grid_with_one_bad_cell_stores_nothing_and_names_the_cell() {
    let mut service = service_with_forbund(TODAY);
    let a = individ(&mut service, "Alfa");
    let b = individ(&mut service, "Beta");
    let c = individ(&mut service, "Gamma");
    service
        .save_budget(grid(2026, vec![cells(&key(c), "10 000", "9 000", "3")]))
        .expect("earlier save");
    let before = stored(&service);
    let view_before = service.year_view(2026).expect("view");

    let good = |bad: BudgetCellerInput| {
        vec![
            cells(&key(a), "100 000", "90 000", "10"),
            bad,
            cells(&key(c), "20 000", "", ""),
            cells("admin", "150 000", "140 000", ""),
        ]
    };
    let cases = [
        (
            cells(&key(b), "12,5", "", ""),
            format!("{}.budget", key(b)),
            "amount_decimals",
            "Ange hela kronor, utan ören eller decimaler.",
        ),
        (
            cells(&key(b), "1 000", "-7", ""),
            format!("{}.utfall", key(b)),
            "amount_negative",
            "Beloppet kan inte vara negativt.",
        ),
        (
            cells(&key(b), "1 000", "många", ""),
            format!("{}.utfall", key(b)),
            "amount_format",
            "Beloppet ska anges i hela kronor, med siffror, t.ex. 1 234 567.",
        ),
        (
            cells("admin", "99 000 000 000", "", ""),
            "admin.budget".to_owned(),
            "amount_too_large",
            "Beloppet är orimligt stort (högst 10 000 000 000 kr).",
        ),
        (
            cells(&key(b), "", "", "1,5"),
            format!("{}.budgeteradeDeltagare", key(b)),
            "d1_count_format",
            "Ange antalet som ett heltal, 0 eller mer.",
        ),
    ];
    for (bad, field, code, message) in cases {
        let error = service.save_budget(grid(2026, good(bad))).expect_err(code);
        assert_eq!(codes(&error), [code], "{field}");
        assert_eq!(error.field(), Some(field.as_str()));
        assert_eq!(error.to_string(), message, "{field}");
        assert_eq!(stored(&service), before, "{field}: nothing stored");
    }
    // Two bad cells in one row: both are named.
    let error = service
        .save_budget(grid(2026, good(cells(&key(b), "x", "1.5", ""))))
        .expect_err("two bad cells");
    assert_eq!(codes(&error), ["amount_format", "amount_decimals"]);
    assert_eq!(
        fields_of(&error),
        [format!("{}.budget", key(b)), format!("{}.utfall", key(b))]
    );
    assert_eq!(stored(&service), before);
    assert_eq!(service.year_view(2026).expect("view"), view_before);
}

/// The fields a (possibly combined) error names, in order.
fn fields_of(error: &CoreError) -> Vec<String> {
    match error {
        CoreError::Several(errors) => errors.iter().flat_map(fields_of).collect(),
        other => other.field().map(str::to_owned).into_iter().collect(),
    }
}

#[test]
fn nothing_half_saved_grid_with_a_row_not_running_in_the_year_is_refused_as_not_found() {
    let mut service = service_with_forbund(TODAY);
    let running = individ(&mut service, "Steget vidare");
    let ended = insats_with_dates(&mut service, "Förra året", "2024-03-01", "2025-12-31");
    let later = insats_with_dates(&mut service, "Nästa år", "2027-02-01", "");
    // A row key that names no row ("insats-", "annat") can no longer be sent: the grid
    // names its row by type (`Rad`), and such text is refused before it reaches a save.
    for text in [r#"{"typ":"insats"}"#, r#"{"typ":"annat"}"#, r#""insats-""#] {
        let json = format!(r#"{{"rad":{text},"budget":"","utfall":"","budgeteradeDeltagare":""}}"#);
        assert!(
            serde_json::from_str::<BudgetCellerInput>(&json).is_err(),
            "{text}"
        );
    }
    for unknown in [key(ended), key(later), key(999_999)] {
        let error = service
            .save_budget(grid(
                2026,
                vec![
                    cells(&key(running), "100 000", "", ""),
                    cells(&unknown, "5 000", "", ""),
                ],
            ))
            .expect_err("unknown row");
        assert_eq!(codes(&error), ["not_found"], "{unknown}");
        assert_eq!(
            error.to_string(),
            format!("Raden {unknown} för året finns inte (längre) i datafilen.")
        );
        assert!(stored(&service).is_empty(), "{unknown}: nothing stored");
    }
    // A row is fine in a year it runs.
    service
        .save_budget(grid(2027, vec![cells(&key(later), "5 000", "", "")]))
        .expect("2027 in advance");
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

#[test]
fn i4_avslutad_in_december_and_in_january_editable_until_15_april_after_the_end_year() {
    let (_dir, path) = temp_file();
    let (december, january) = {
        let mut service = service_at(&path, "2026-01-15");
        service.create_forbund(new_forbund()).expect("förbund");
        let december = individ(&mut service, "Decemberinsatsen");
        let january = individ(&mut service, "Januariinsatsen");
        avsluta(&mut service, december, "2025-12-15");
        avsluta(&mut service, january, "2026-01-10");
        (december, january)
    };

    // Ended 2025-12-15: a row in 2025 only; editable until 2026-04-15.
    assert_eq!(
        [
            row_editable(&path, "2026-04-15", 2025, december),
            row_editable(&path, "2026-04-16", 2025, december),
            row_editable(&path, "2026-04-15", 2026, december),
            row_editable(&path, "2026-11-24", 2026, december),
        ],
        [Some(true), Some(false), None, None]
    );
    // Ended 2026-01-10: rows in 2025 and 2026; the 2026 row is editable until 2027-04-15.
    assert_eq!(
        [
            row_editable(&path, "2026-04-15", 2025, january),
            row_editable(&path, "2026-04-16", 2025, january),
            row_editable(&path, "2026-04-16", 2026, january),
            row_editable(&path, "2026-11-24", 2026, january),
            row_editable(&path, "2027-04-15", 2026, january),
            row_editable(&path, "2027-04-16", 2026, january),
        ],
        [
            Some(true),
            Some(false),
            Some(true),
            Some(true),
            Some(true),
            Some(false)
        ]
    );

    // Each row says why it cannot be written, in the year's own words; an open row says
    // nothing.
    let reason = |today: &str, year: i32, id: i64| {
        let view = service_at(&path, today).year_view(year).expect("view");
        find(&view, &key(id)).and_then(|r| r.lasorsak.clone())
    };
    assert_eq!(
        reason("2026-04-16", 2025, december).as_deref(),
        Some("2025 är låst sedan 16 april 2026 och kan bara läsas.")
    );
    assert_eq!(reason("2026-04-15", 2025, december), None);

    // The saves agree with the views.
    {
        let mut service = service_at(&path, "2026-04-15");
        service
            .save_budget(grid(
                2025,
                vec![
                    cells(&key(december), "100 000", "95 000", "10"),
                    cells(&key(january), "200 000", "210 000", "20"),
                ],
            ))
            .expect("2025 rows on 2026-04-15");
        let error = service
            .save_budget(grid(2026, vec![cells(&key(december), "1", "", "")]))
            .expect_err("no 2026 row for the December insats");
        assert_eq!(codes(&error), ["not_found"]);
    }
    {
        let mut service = service_at(&path, "2026-04-16");
        let view = service.year_view(2025).expect("Y4: readable");
        assert!(!view.redigerbar, "the whole year 2025 is locked");
        assert!(view.rader.iter().all(|r| !r.redigerbar));
        assert_eq!(rad(&view, &key(december)).utfall, Some(kr(95_000)));
        let error = service
            .save_budget(grid(2025, vec![cells(&key(december), "1", "", "")]))
            .expect_err("2025 locked");
        assert_eq!(codes(&error), ["y1_locked"]);
        assert_eq!(
            error.to_string(),
            "Budget och utfall för 2025 kan inte ändras efter den 15 april 2026."
        );
        service
            .save_budget(grid(2026, vec![cells(&key(january), "50 000", "", "")]))
            .expect("the January insats's 2026 row is open");
    }
    for (today, utfall) in [("2026-11-24", "40 000"), ("2027-04-15", "48 000")] {
        let mut service = service_at(&path, today);
        let view = service
            .save_budget(grid(2026, vec![cells(&key(january), "50 000", utfall, "")]))
            .unwrap_or_else(|e| panic!("{today}: {e}"));
        assert!(rad(&view, &key(january)).redigerbar, "{today}");
    }
    let mut service = service_at(&path, "2027-04-16");
    let error = service
        .save_budget(grid(2026, vec![cells(&key(january), "50 000", "1", "")]))
        .expect_err("2026 locked");
    assert_eq!(codes(&error), ["y1_locked"]);
    assert_eq!(
        error.to_string(),
        "Budget och utfall för 2026 kan inte ändras efter den 15 april 2027."
    );
    let view = service.year_view(2026).expect("Y4: readable");
    assert!(!view.redigerbar);
    assert_eq!(rad(&view, &key(january)).utfall, Some(kr(48_000)));
}

// --- Totals and balance ------------------------------------------------------------------

#[test]
fn totals_and_balance_for_budget_and_utfall() {
    let mut service = service_with_forbund(TODAY);
    let a = individ(&mut service, "Alfa");
    let b = individ(&mut service, "Beta");
    service
        .save_medel(medel(2026, "1 000 000", "200 000", "50 000"))
        .expect("medel");
    let view = service
        .save_budget(grid(
            2026,
            vec![
                cells(&key(a), "400 000", "380 000", ""),
                cells(&key(b), "300 000", "", ""),
                cells("admin", "150 000", "140 000", ""),
            ],
        ))
        .expect("budget");
    let s = &view.summering;
    assert_eq!(s.medel, kr(1_250_000));
    assert_eq!(s.admin_budget, kr(150_000));
    assert_eq!(s.admin_utfall, kr(140_000));
    assert_eq!(s.insatser_budget, kr(700_000));
    assert_eq!(s.insatser_utfall, kr(380_000));
    assert_eq!(s.saldo_budget, kr(400_000));
    assert_eq!(s.saldo_utfall, kr(730_000));
    assert_eq!(s.utfall_saknas, 1, "Beta's utfall is missing");

    let alfa = rad(&view, &key(a));
    assert_eq!(alfa.avvikelse, Some(kr(-20_000)));
    assert_eq!(alfa.avvikelse_promille, Some(-50));
    let beta = rad(&view, &key(b));
    assert_eq!((beta.avvikelse, beta.avvikelse_promille), (None, None));
    let admin = rad(&view, "admin");
    assert_eq!(admin.avvikelse, Some(kr(-10_000)));
    assert_eq!(admin.avvikelse_promille, Some(-67), "−66,7 ‰ rounded");
    assert_eq!(service.year_view(2026).expect("read"), view);
}

#[test]
fn totals_variance_only_with_both_cells_and_per_mille_only_with_a_budget() {
    let mut service = service_with_forbund(TODAY);
    let zero = individ(&mut service, "Noll");
    let only_utfall = individ(&mut service, "Bara utfall");
    let half_up = individ(&mut service, "Halv upp");
    let half_down = individ(&mut service, "Halv ned");
    let view = service
        .save_budget(grid(
            2026,
            vec![
                cells(&key(zero), "0", "10 000", ""),
                cells(&key(only_utfall), "", "5 000", ""),
                cells(&key(half_up), "2 000", "2 001", ""),
                cells(&key(half_down), "2 000", "1 999", ""),
            ],
        ))
        .expect("saved");
    let of = |id: i64| {
        let r = rad(&view, &key(id));
        (r.avvikelse, r.avvikelse_promille)
    };
    // Budget 0: the difference exists, a share of zero does not.
    assert_eq!(of(zero), (Some(kr(10_000)), None));
    assert_eq!(of(only_utfall), (None, None));
    // ±0,5 ‰ rounds away from zero.
    assert_eq!(of(half_up), (Some(kr(1)), Some(1)));
    assert_eq!(of(half_down), (Some(kr(-1)), Some(-1)));
    let admin = rad(&view, "admin");
    assert_eq!((admin.avvikelse, admin.avvikelse_promille), (None, None));
    // No medel: the balance goes negative.
    assert_eq!(view.summering.medel, Kronor::ZERO);
    assert_eq!(view.summering.insatser_budget, kr(4_000));
    assert_eq!(view.summering.saldo_budget, kr(-4_000));
    assert_eq!(view.summering.insatser_utfall, kr(19_000));
    assert_eq!(view.summering.saldo_utfall, kr(-19_000));
    assert_eq!(view.summering.utfall_saknas, 1, "only the admin row");
}

// --- Kopiera budget från föregående år -----------------------------------------------------

#[test]
fn copy_budget_fills_only_empty_budget_cells_of_insatser_running_in_both_years_and_admin() {
    // On 2026-03-01 both 2025 and 2026 are open.
    let mut service = service_with_forbund("2026-03-01");
    let a = individ(&mut service, "Alfa");
    let b = individ(&mut service, "Beta");
    let c = insats_with_dates(&mut service, "Gamma", "2024-03-01", "2025-12-31");
    let d = insats_with_dates(&mut service, "Delta", "2026-01-01", "");
    let e = individ(&mut service, "Epsilon");
    service
        .save_budget(grid(
            2025,
            vec![
                cells(&key(a), "100 000", "99 000", "10"),
                cells(&key(b), "200 000", "", ""),
                cells(&key(c), "300 000", "", ""),
                cells(&key(e), "", "1 000", ""),
                cells("admin", "150 000", "149 000", ""),
            ],
        ))
        .expect("2025");
    service
        .save_budget(grid(
            2026,
            vec![
                cells(&key(a), "", "5 000", "12"),
                cells(&key(b), "250 000", "", ""),
                cells(&key(d), "", "", "7"),
                cells("admin", "", "7 000", ""),
            ],
        ))
        .expect("2026");
    let last_year = service.year_view(2025).expect("2025");
    let before = service.year_view(2026).expect("2026");
    assert_eq!(
        before.kopierbart,
        [
            KopieraRad {
                rad: Rad::Insats { id: a },
                key: key(a),
                namn: "Alfa".into(),
                budget: kr(100_000),
            },
            KopieraRad {
                rad: Rad::Admin,
                key: "admin".into(),
                namn: "Administrativa kostnader".into(),
                budget: kr(150_000),
            },
        ]
    );

    let after = service.copy_budget(2026).expect("copied");
    assert_eq!(after, service.year_view(2026).expect("read"));
    // Exactly the previewed cells were filled, with the previewed amounts.
    let filled: Vec<(String, Kronor)> = after
        .rader
        .iter()
        .filter(|r| find(&before, &r.key).and_then(|b| b.budget).is_none())
        .filter_map(|r| r.budget.map(|budget| (r.key.clone(), budget)))
        .collect();
    let previewed: Vec<(String, Kronor)> = before
        .kopierbart
        .iter()
        .map(|k| (k.key.clone(), k.budget))
        .collect();
    assert_eq!(filled, previewed);
    // Utfall and budgeted participants are untouched; a filled cell keeps its value.
    let cells_of = |v: &YearView, k: &str| {
        let r = rad(v, k);
        (r.budget, r.utfall, r.budgeterade_deltagare)
    };
    assert_eq!(
        cells_of(&after, &key(a)),
        (Some(kr(100_000)), Some(kr(5_000)), Some(12))
    );
    assert_eq!(cells_of(&after, &key(b)), (Some(kr(250_000)), None, None));
    assert_eq!(cells_of(&after, &key(d)), (None, None, Some(7)));
    assert_eq!(cells_of(&after, &key(e)), (None, None, None));
    assert_eq!(
        cells_of(&after, "admin"),
        (Some(kr(150_000)), Some(kr(7_000)), None)
    );
    assert!(find(&after, &key(c)).is_none(), "Gamma did not run in 2026");
    assert!(after.kopierbart.is_empty(), "nothing left to copy");
    assert_eq!(after.summering.insatser_budget, kr(350_000));
    // Last year is unchanged.
    assert_eq!(service.year_view(2025).expect("2025"), last_year);
    // Copying again changes nothing.
    assert_eq!(service.copy_budget(2026).expect("again"), after);
}

#[test]
fn copy_budget_into_next_year_in_advance_and_not_into_a_locked_year() {
    let (_dir, path) = temp_file();
    let id = file_with_insats(&path, "2026-04-15");
    {
        let mut service = service_at(&path, "2026-04-15");
        service
            .save_budget(grid(2025, vec![cells(&key(id), "100 000", "", "")]))
            .expect("2025");
        raw_sql(
            &service,
            "INSERT INTO admin_kostnad (ar, budget) VALUES (2024, 90000)",
        )
        .expect("2024 admin");
        let view = service.copy_budget(2025).expect("2025 open on 15 April");
        assert_eq!(rad(&view, "admin").budget, Some(kr(90_000)));
        assert_eq!(rad(&view, &key(id)).budget, Some(kr(100_000)));
    }
    let mut service = service_at(&path, "2026-04-16");
    let before = stored(&service);
    let error = service.copy_budget(2025).expect_err("2025 locked");
    assert_eq!(codes(&error), ["y1_locked"]);
    assert_eq!(
        error.to_string(),
        "Budget och utfall för 2025 kan inte ändras efter den 15 april 2026."
    );
    assert_eq!(stored(&service), before);
    // 2026 from 2025, and 2027 (next year, in advance) from 2026.
    let y2026 = service.copy_budget(2026).expect("2026");
    assert_eq!(rad(&y2026, &key(id)).budget, Some(kr(100_000)));
    assert_eq!(rad(&y2026, "admin").budget, Some(kr(90_000)));
    let y2027 = service.copy_budget(2027).expect("2027 in advance");
    assert_eq!(rad(&y2027, &key(id)).budget, Some(kr(100_000)));
}

#[test]
fn copy_budget_ignores_last_years_budget_of_an_insats_that_no_longer_ran_last_year() {
    // "Only for insatser that ran in both years". The core no longer lets an insats's dates
    // move away from its budget rows (see the next test), so the stray 2025 row is written
    // straight into the file, as an older data file might hold it.
    let mut service = service_with_forbund("2026-03-01");
    let moved = insats_with_dates(&mut service, "Flyttad", "2026-01-01", "");
    raw_sql(
        &service,
        &format!("INSERT INTO budget (insats_id, ar, budget) VALUES ({moved}, 2025, 80000)"),
    )
    .expect("stray 2025 budget");
    let last_year = service.year_view(2025).expect("2025");
    assert!(
        find(&last_year, &key(moved)).is_none(),
        "no 2025 row: the insats did not run then"
    );

    let view = service.year_view(2026).expect("2026");
    assert!(
        view.kopierbart.is_empty(),
        "nothing to copy from a year the insats did not run: {:?}",
        view.kopierbart
    );
    let view = service.copy_budget(2026).expect("copy");
    assert_eq!(rad(&view, &key(moved)).budget, None);
}

#[test]
fn i3_dates_cannot_move_away_from_registered_budget() {
    // Budget and utfall stay visible (I3): an insats's dates may not leave a year that has
    // budget rows outside them, neither by an update nor by avslut.
    let mut service = service_with_forbund("2026-11-24");
    let id = insats_with_dates(&mut service, "Flyttad", "2025-02-01", "");
    service
        .save_budget(grid(2027, vec![cells(&key(id), "80 000", "", "")]))
        .expect("2027 budget in advance");
    let mut update = update_of_insats(&service, id);
    update.fields.slutdatum = "2026-12-31".into();
    let error = service.update_insats(update).expect_err("budget in 2027");
    assert_eq!(error.code(), "budget_outside_run");
    let error = service
        .end_insats(finsamkollen_core::domain::insats::EndInsats {
            id,
            slutdatum: "2026-10-31".into(),
        })
        .expect_err("budget in 2027");
    assert_eq!(error.code(), "budget_outside_run");
    assert_eq!(error.field(), Some("slutdatum"));
}

// --- Clearing cells ----------------------------------------------------------------------

#[test]
fn empty_strings_clear_cells_and_remove_empty_rows_from_storage() {
    let mut service = service_with_forbund(TODAY);
    let a = individ(&mut service, "Alfa");
    let b = individ(&mut service, "Beta");
    service
        .save_budget(grid(
            2026,
            vec![
                cells(&key(a), "100 000", "90 000", "10"),
                cells(&key(b), "200 000", "180 000", "20"),
                cells("admin", "150 000", "140 000", ""),
            ],
        ))
        .expect("filled");
    assert_eq!(count_rows(&service, "SELECT count(*) FROM budget"), 2);
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM admin_kostnad"),
        1
    );

    // Clearing one cell keeps the others.
    let view = service
        .save_budget(grid(2026, vec![cells(&key(b), "", "180 000", "20")]))
        .expect("budget cleared");
    let beta = rad(&view, &key(b));
    assert_eq!(
        (beta.budget, beta.utfall, beta.budgeterade_deltagare),
        (None, Some(kr(180_000)), Some(20))
    );

    // Clearing every cell removes the row from storage.
    let view = service
        .save_budget(grid(
            2026,
            vec![
                cells(&key(a), "", "", ""),
                cells(&key(b), " ", "", ""),
                cells("admin", "", "  ", ""),
            ],
        ))
        .expect("cleared");
    for r in &view.rader {
        assert_eq!(
            (r.budget, r.utfall, r.budgeterade_deltagare),
            (None, None, None),
            "{}",
            r.key
        );
    }
    assert_eq!(count_rows(&service, "SELECT count(*) FROM budget"), 0);
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM admin_kostnad"),
        0
    );
    assert_eq!(view.summering.utfall_saknas, 3);
    assert_eq!(view.summering.insatser_budget, Kronor::ZERO);
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

#[test]
fn i4_an_ended_insats_says_when_its_budget_closed() {
    use finsamkollen_core::domain::insats::InsatsRecord;
    use finsamkollen_core::rules::insats::budget_closed_since_end;
    let insats = ended_insats();
    assert_eq!(budget_closed_since_end(&insats, date("2026-04-15")), None);
    assert_eq!(
        budget_closed_since_end(&insats, date("2026-04-16")).as_deref(),
        Some(
            "Insatsen avslutades 2025-10-01. Budget och utfall kunde ändras t.o.m. 15 april 2026."
        )
    );
    let running = InsatsRecord {
        avslutad: false,
        ..insats
    };
    assert_eq!(budget_closed_since_end(&running, date("2030-01-01")), None);
}

#[test]
fn i4_the_panel_of_an_avslutad_insats_says_until_when_its_budget_can_change() {
    use finsamkollen_core::domain::insats::InsatsRecord;
    use finsamkollen_core::rules::insats::avslutad_notice;
    let insats = ended_insats();
    assert_eq!(
        avslutad_notice(&insats, date("2026-04-15")).as_deref(),
        Some(
            "Insatsen är avslutad. Uppgifterna och deltagarantalen kan inte ändras; budget och \
             utfall kan ändras till och med 15 april 2026."
        )
    );
    assert_eq!(
        avslutad_notice(&insats, date("2026-04-16")).as_deref(),
        Some(
            "Insatsen är avslutad. Uppgifterna och deltagarantalen kan inte ändras; budget och \
             utfall kunde ändras till och med 15 april 2026."
        )
    );
    let running = InsatsRecord {
        avslutad: false,
        ..insats
    };
    assert_eq!(avslutad_notice(&running, date("2026-01-01")), None);
}
