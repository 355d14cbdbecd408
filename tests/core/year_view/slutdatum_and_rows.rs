//! Y3, Y5, F1, I2, B1: slutdatum and the grid rows.

use super::*;
use crate::support::{avsluta, budget_grid, key, medel, structural};

#[test]
fn y3_slutdatum_before_registered_budget_or_admin_costs_is_refused() {
    // "Slutdatum: Nothing may be registered after it." Funds after the end are refused
    // (forbund_page); budget and administrative costs for a later year are registered
    // figures too, and would become unreadable once that year leaves the year picker.
    let mut service = service_with_forbund(TODAY);
    let id = individ(&mut service, "Steget vidare");
    service
        .save_budget(budget_grid(
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
        // Raw SQL: the schema's columns are the subject here, not a use case.
        let conn = service.raw_db().conn();
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
    avsluta(&mut service, zeta, "2026-06-30").expect("avsluta");
    let eta = individ(&mut service, "Eta");
    // Ended while 2025 was open (Y6 refuses an end date in a locked year).
    service.set_clock(Clock::fixed(date("2026-04-15")));
    avsluta(&mut service, eta, "2025-11-30").expect("avsluta");
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
        .save_budget(budget_grid(
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
