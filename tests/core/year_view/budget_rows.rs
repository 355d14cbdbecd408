//! B1, I4: budgeterade deltagare and the totals.

use super::*;
use crate::support::{avsluta, budget_grid, key, medel, structural};

#[test]
fn b1_budgeterade_deltagare_for_an_insats_without_follow_up_is_refused_and_nothing_stored() {
    let mut service = service_with_forbund(TODAY);
    let without = structural(&mut service, "Strukturarbete", false);
    let individ_id = individ(&mut service, "Steget vidare");
    let error = service
        .save_budget(budget_grid(
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
        .save_budget(budget_grid(2026, vec![cells(&key(without), "", "", "0")]))
        .expect_err("B1 with 0");
    assert_eq!(codes(&error), ["b1_no_follow_up"]);
    assert!(stored(&service).is_empty());
}

#[test]
fn b1_database_trigger_refuses_budget_deltagare_for_an_insats_without_follow_up() {
    let mut service = service_with_forbund(TODAY);
    let without = structural(&mut service, "Strukturarbete", false);
    // Raw SQL: the database's B1 trigger is under test, so the writes go past the core.
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
        .save_budget(budget_grid(
            2026,
            vec![cells(&key(c), "10 000", "9 000", "3")],
        ))
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
        let error = service
            .save_budget(budget_grid(2026, good(bad)))
            .expect_err(code);
        assert_eq!(codes(&error), [code], "{field}");
        assert_eq!(error.field(), Some(field.as_str()));
        assert_eq!(error.to_string(), message, "{field}");
        assert_eq!(stored(&service), before, "{field}: nothing stored");
    }
    // Two bad cells in one row: both are named.
    let error = service
        .save_budget(budget_grid(2026, good(cells(&key(b), "x", "1.5", ""))))
        .expect_err("two bad cells");
    assert_eq!(codes(&error), ["amount_format", "amount_decimals"]);
    assert_eq!(
        fields_of(&error),
        [format!("{}.budget", key(b)), format!("{}.utfall", key(b))]
    );
    assert_eq!(stored(&service), before);
    assert_eq!(service.year_view(2026).expect("view"), view_before);
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
            .save_budget(budget_grid(
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
        .save_budget(budget_grid(2027, vec![cells(&key(later), "5 000", "", "")]))
        .expect("2027 in advance");
}

#[test]
fn i4_avslutad_in_december_and_in_january_editable_until_15_april_after_the_end_year() {
    let (_dir, path) = temp_file();
    let (december, january) = {
        let mut service = service_at(&path, "2026-01-15");
        service.create_forbund(new_forbund()).expect("förbund");
        let december = individ(&mut service, "Decemberinsatsen");
        let january = individ(&mut service, "Januariinsatsen");
        avsluta(&mut service, december, "2025-12-15").expect("avsluta");
        avsluta(&mut service, january, "2026-01-10").expect("avsluta");
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
            .save_budget(budget_grid(
                2025,
                vec![
                    cells(&key(december), "100 000", "95 000", "10"),
                    cells(&key(january), "200 000", "210 000", "20"),
                ],
            ))
            .expect("2025 rows on 2026-04-15");
        let error = service
            .save_budget(budget_grid(2026, vec![cells(&key(december), "1", "", "")]))
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
            .save_budget(budget_grid(2025, vec![cells(&key(december), "1", "", "")]))
            .expect_err("2025 locked");
        assert_eq!(codes(&error), ["y1_locked"]);
        assert_eq!(
            error.to_string(),
            "Budget och utfall för 2025 kan inte ändras efter den 15 april 2026."
        );
        service
            .save_budget(budget_grid(
                2026,
                vec![cells(&key(january), "50 000", "", "")],
            ))
            .expect("the January insats's 2026 row is open");
    }
    for (today, utfall) in [("2026-11-24", "40 000"), ("2027-04-15", "48 000")] {
        let mut service = service_at(&path, today);
        let view = service
            .save_budget(budget_grid(
                2026,
                vec![cells(&key(january), "50 000", utfall, "")],
            ))
            .unwrap_or_else(|e| panic!("{today}: {e}"));
        assert!(rad(&view, &key(january)).redigerbar, "{today}");
    }
    let mut service = service_at(&path, "2027-04-16");
    let error = service
        .save_budget(budget_grid(
            2026,
            vec![cells(&key(january), "50 000", "1", "")],
        ))
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
        .save_budget(budget_grid(
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
