//! Totals, copying a year and the insats panel.

use super::*;
use crate::support::{budget_grid, file_with_insats, key, on_day};

#[test]
fn totals_variance_only_with_both_cells_and_per_mille_only_with_a_budget() {
    let mut service = service_with_forbund(TODAY);
    let zero = individ(&mut service, "Noll");
    let only_utfall = individ(&mut service, "Bara utfall");
    let half_up = individ(&mut service, "Halv upp");
    let half_down = individ(&mut service, "Halv ned");
    let view = service
        .save_budget(budget_grid(
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
        .save_budget(budget_grid(
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
        .save_budget(budget_grid(
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
            .save_budget(budget_grid(2025, vec![cells(&key(id), "100 000", "", "")]))
            .expect("2025");
        // 2024's admin budget, entered while 2024 was open, for the copy to offer.
        on_day(&mut service, "2025-04-15", |s| {
            s.save_budget(budget_grid(2024, vec![cells("admin", "90 000", "", "")]))
        })
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
    // Raw SQL: a stray budget row before the insats's start, which no use case writes.
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
        .save_budget(budget_grid(2027, vec![cells(&key(id), "80 000", "", "")]))
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
        .save_budget(budget_grid(
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
        .save_budget(budget_grid(2026, vec![cells(&key(b), "", "180 000", "20")]))
        .expect("budget cleared");
    let beta = rad(&view, &key(b));
    assert_eq!(
        (beta.budget, beta.utfall, beta.budgeterade_deltagare),
        (None, Some(kr(180_000)), Some(20))
    );

    // Clearing every cell removes the row from storage.
    let view = service
        .save_budget(budget_grid(
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

#[test]
fn copy_budget_is_offered_with_the_year_it_reads_from() {
    let mut service = service_with_forbund("2026-03-01");
    let a = individ(&mut service, "Alfa");
    service
        .save_budget(budget_grid(2025, vec![cells(&key(a), "100 000", "", "")]))
        .expect("2025");
    let view = service.year_view(2026).expect("2026");
    assert_eq!(view.kopieras_fran, 2025);
    assert!(!view.kopierbart.is_empty());
    assert_eq!(service.year_view(2025).expect("2025").kopieras_fran, 2024);
}
