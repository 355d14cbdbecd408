//! Y1–Y4: medel and the years a forbund may register.

use super::*;
use crate::support::{budget_grid, file_with_insats, key, medel, on_day};

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
            .save_budget(budget_grid(
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
        budget_grid(2025, vec![cells(&key(id), "1", "2", "3")]),
        budget_grid(2025, vec![cells("admin", "", "", "")]),
        budget_grid(2025, Vec::new()),
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
        // Last year's admin budget, entered while 2024 was open, so the copy would have
        // something to offer.
        on_day(&mut service, "2025-04-15", |s| {
            s.save_budget(budget_grid(2024, vec![cells("admin", "90 000", "", "")]))
        })
        .expect("2024 admin budget");
        service
            .save_medel(medel(2025, "1 000 000", "200 000", "50 000"))
            .expect("medel");
        service
            .save_budget(budget_grid(
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
        .save_budget(budget_grid(
            2027,
            vec![cells(&key(id), "500 000", "", "30")],
        ))
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
            .save_budget(budget_grid(2028, vec![cells("admin", "1", "", "")]))
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
            .save_budget(budget_grid(2018, vec![cells("admin", "1", "", "")]))
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
            .save_budget(budget_grid(2027, vec![cells("admin", "1", "", "")]))
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
