//! Y6: what a locked year refuses and keeps.

use std::collections::BTreeSet;

use super::*;
use crate::support::avsluta;

// --- The rule itself ----------------------------------------------------------------------

#[test]
fn y6_rule_locks_from_16_april_and_names_the_first_open_year() {
    assert_eq!(locked_since(2025, date(OPEN)), None);
    assert_eq!(locked_since(2025, date(LOCKED)), Some(date(LOCKED)));
    assert_eq!(first_open_year(date(OPEN)), 2025);
    assert_eq!(first_open_year(date(LOCKED)), 2026);
    let today = date(LOCKED);
    // No historik years (Y8): every locked year is kept.
    let none = &BTreeSet::new();
    // Unchanged dates are always fine, even inside a locked year.
    let same = Some(date("2024-03-01"));
    assert!(ensure_date_keeps_locked_years(InsatsDate::Start, same, same, today, none).is_ok());
    // Between open years: fine.
    let (a, b) = (Some(date("2026-02-01")), Some(date("2027-06-30")));
    assert!(ensure_date_keeps_locked_years(InsatsDate::PlannedEnd, a, b, today, none).is_ok());
    assert!(ensure_date_keeps_locked_years(InsatsDate::PlannedEnd, None, b, today, none).is_ok());
    // Into, out of and within a locked year: refused.
    let into = Some(date("2025-11-01"));
    let error =
        ensure_date_keeps_locked_years(InsatsDate::Start, a, into, today, none).expect_err("into");
    assert_y6(&error, "startdatum", INTO_2025);
    let error = ensure_date_keeps_locked_years(InsatsDate::Start, into, a, today, none)
        .expect_err("out of");
    assert_y6(
        &error,
        "startdatum",
        "2025 är låst sedan 16 april 2026. Startdatumet 2025-11-01 kan därför inte ändras.",
    );
    let error = ensure_date_keeps_locked_years(InsatsDate::PlannedEnd, same, None, today, none)
        .expect_err("planned end out of 2024");
    assert_y6(
        &error,
        "slutdatum",
        "2024 är låst sedan 16 april 2025. Slutdatumet 2024-03-01 kan därför inte ändras.",
    );
}

// --- Creating ------------------------------------------------------------------------------

#[test]
fn y6_creating_an_insats_that_starts_in_a_locked_year_is_refused() {
    let mut service = service_with_forbund(LOCKED);
    mark_reported(&mut service, 2019..=2025);
    let before = snapshot(&service, 2025);
    let input = NewInsats {
        startdatum: "2025-06-01".into(),
        ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
    };
    let error = service.create_insats(input).expect_err("starts in 2025");
    assert_y6(&error, "startdatum", INTO_2025);
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 0);
    assert_eq!(snapshot(&service, 2025), before);
    // Years locked longer ago name themselves, and the first open year.
    let input = NewInsats {
        startdatum: "2021-01-01".into(),
        slutdatum: "2026-12-31".into(),
        ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
    };
    let error = service.create_insats(input).expect_err("starts in 2021");
    assert_eq!(codes(&error), ["y6_year_locked"]);
    assert_eq!(
        error.to_string(),
        "2021 är låst sedan 16 april 2022. Välj ett datum i 2026 eller senare."
    );
    // A start in the first open year is fine.
    let input = NewInsats {
        startdatum: "2026-01-01".into(),
        ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
    };
    service.create_insats(input).expect("starts in 2026");
    assert_eq!(snapshot(&service, 2025).0, before.0);
}

// --- Moving dates --------------------------------------------------------------------------

#[test]
fn y6_moving_a_start_date_into_a_locked_year_is_refused() {
    let mut service = service_entered_then(LOCKED, |s| {
        insats_with_dates(s, "Steget vidare", "2026-02-01", "");
    });
    let id = service.start_page(Some(2026)).expect("page").insatser[0].id;
    let before = snapshot(&service, 2025);
    let error = move_dates(&mut service, id, "2025-11-01", "").expect_err("into 2025");
    assert_y6(&error, "startdatum", INTO_2025);
    assert_eq!(snapshot(&service, 2025), before);
    assert_eq!(
        service.insats(id).expect("read").startdatum,
        date("2026-02-01")
    );
}

#[test]
fn y6_moving_a_start_date_out_of_or_within_a_locked_year_is_refused() {
    let mut id = 0;
    let mut service = service_entered_then(LOCKED, |s| {
        id = insats_with_dates(s, "Steget vidare", "2025-03-01", "");
    });
    let before = snapshot(&service, 2025);
    for start in ["2026-02-01", "2025-05-01", "2024-12-01"] {
        let error = move_dates(&mut service, id, start, "").expect_err(start);
        assert_y6(
            &error,
            "startdatum",
            "2025 är låst sedan 16 april 2026. Startdatumet 2025-03-01 kan därför inte ändras.",
        );
        assert_eq!(snapshot(&service, 2025), before, "{start}");
    }
    // Everything else in the panel can still be changed while the insats runs.
    let mut update = update_of_insats(&service, id);
    update.fields.beskrivning = "Ny beskrivning".into();
    update.fields.slutdatum = "2027-06-30".into();
    service
        .update_insats(update)
        .expect("description and a planned end in 2027");
}

#[test]
fn y6_moving_a_planned_end_into_a_locked_year_is_refused() {
    let mut id = 0;
    let mut service = service_entered_then(LOCKED, |s| {
        id = insats_with_dates(s, "Steget vidare", "2024-03-01", "");
    });
    let before = snapshot(&service, 2025);
    let error = move_dates(&mut service, id, "2024-03-01", "2025-10-31").expect_err("into 2025");
    assert_y6(&error, "slutdatum", INTO_2025);
    assert_eq!(snapshot(&service, 2025), before);
    assert_eq!(service.insats(id).expect("read").slutdatum, None);
    // A planned end in an open year keeps the insats in 2024 and 2025.
    move_dates(&mut service, id, "2024-03-01", "2026-10-31").expect("end in 2026");
    let after = snapshot(&service, 2025);
    assert_eq!((after.0, after.1, after.2), (before.0, before.1, before.2));
}

#[test]
fn y6_moving_a_planned_end_out_of_a_locked_year_is_refused() {
    let mut id = 0;
    let mut service = service_entered_then(LOCKED, |s| {
        id = insats_with_dates(s, "Steget vidare", "2024-03-01", "2024-12-31");
    });
    let before = snapshot(&service, 2025);
    assert!(before.0.is_empty(), "it did not run in 2025");
    for end in ["2026-06-30", "", "2024-10-31"] {
        let error = move_dates(&mut service, id, "2024-03-01", end).expect_err(end);
        assert_y6(
            &error,
            "slutdatum",
            "2024 är låst sedan 16 april 2025. Slutdatumet 2024-12-31 kan därför inte ändras.",
        );
        assert_eq!(snapshot(&service, 2025), before, "{end}");
    }
}

// --- Ending --------------------------------------------------------------------------------

#[test]
fn y6_ending_an_insats_on_a_date_in_a_locked_year_is_refused() {
    let mut id = 0;
    let mut service = service_entered_then(LOCKED, |s| {
        id = insats_with_dates(s, "Steget vidare", "2024-03-01", "");
    });
    let before = snapshot(&service, 2025);
    let error = avsluta(&mut service, id, "2025-10-01").expect_err("ends in 2025");
    assert_y6(&error, "slutdatum", INTO_2025);
    assert_eq!(snapshot(&service, 2025), before);
    assert_eq!(
        service.insats(id).expect("read").status,
        InsatsStatus::Pagaende
    );
}

#[test]
fn y6_ending_on_another_date_than_a_planned_end_inside_a_locked_year_is_refused() {
    let mut id = 0;
    let mut service = service_entered_then(LOCKED, |s| {
        id = insats_with_dates(s, "Steget vidare", "2024-03-01", "2025-06-30");
    });
    let before = snapshot(&service, 2025);
    for end in ["2025-09-30", "2026-01-31"] {
        let error = avsluta(&mut service, id, end).expect_err(end);
        assert_y6(
            &error,
            "slutdatum",
            "2025 är låst sedan 16 april 2026. Det planerade slutdatumet 2025-06-30 kan därför \
             inte ändras. Avsluta insatsen med det datumet.",
        );
        assert_eq!(snapshot(&service, 2025), before, "{end}");
    }
    // Ending on the planned end itself changes no year's insatser: only the mark (I2).
    avsluta(&mut service, id, "2025-06-30").expect("on the planned end");
    let after = snapshot(&service, 2025);
    assert_eq!(
        after.0,
        [("Steget vidare".to_owned(), InsatsStatus::Avslutad)]
    );
    assert_eq!(after.1.medel, before.1.medel);
    assert_eq!(after.1.summering, before.1.summering);
}

#[test]
fn y6_i2_ending_today_an_insats_that_ran_through_locked_years_is_allowed() {
    let mut id = 0;
    let mut service = service_entered_then(LOCKED, |s| {
        id = insats_with_dates(s, "Steget vidare", "2024-03-01", "");
        s.save_deltagare(counts(id, 2025, "7", "9", ""))
            .expect("2025 counts");
    });
    let before = snapshot(&service, 2025);
    avsluta(&mut service, id, LOCKED).expect("ends today, in 2026");
    // I2: shown, marked "Avslutad", in every year it ran; nothing else of 2024 or 2025
    // changed.
    for year in [2024, 2025, 2026] {
        assert_eq!(
            listed_in(&service, year),
            [("Steget vidare".to_owned(), InsatsStatus::Avslutad)],
            "{year}"
        );
    }
    let after = snapshot(&service, 2025);
    assert_eq!(after.1.medel, before.1.medel);
    assert_eq!(after.1.summering, before.1.summering);
    assert_eq!(
        after.1.rader.iter().map(|r| &r.key).collect::<Vec<_>>(),
        before.1.rader.iter().map(|r| &r.key).collect::<Vec<_>>()
    );
    let counts_2025 = |s: &Service| {
        s.insats(id)
            .expect("read")
            .deltagare
            .into_iter()
            .find(|d| d.year == 2025)
            .map(|d| (d.kvinnor, d.man))
    };
    assert_eq!(counts_2025(&service), Some((Some(7), Some(9))));
}

// --- The same writes while the year is open ------------------------------------------------

#[test]
fn y6_the_same_writes_are_accepted_while_the_year_is_open() {
    let mut service = service_with_forbund(OPEN);
    let input = NewInsats {
        startdatum: "2025-06-01".into(),
        ..new_insats(&service, "Alfa", Inriktning::Individinriktad)
    };
    service.create_insats(input).expect("creates in 2025");
    let beta = insats_with_dates(&mut service, "Beta", "2026-02-01", "");
    move_dates(&mut service, beta, "2025-11-01", "").expect("moves into 2025");
    move_dates(&mut service, beta, "2025-11-01", "2025-12-31").expect("planned end in 2025");
    let gamma = insats_with_dates(&mut service, "Gamma", "2024-03-01", "");
    // 2024 is locked on 15 April 2026 too; only its start stays where it is.
    avsluta(&mut service, gamma, "2025-10-01").expect("ends in 2025");
    assert_eq!(
        listed_in(&service, 2025),
        [
            ("Alfa".to_owned(), InsatsStatus::Pagaende),
            ("Beta".to_owned(), InsatsStatus::Pagaende),
            ("Gamma".to_owned(), InsatsStatus::Avslutad),
        ]
    );
}

#[test]
fn y6_medel_of_a_locked_year_are_refused() {
    let (mut service, _) = filled_2025();
    let before = snapshot(&service, 2025);
    let error = service
        .save_medel(crate::support::medel(2025, "2 000 000", "0", "0"))
        .expect_err("2025 locked");
    assert_eq!(error.code(), "y1_locked");
    assert_eq!(
        error.to_string(),
        "Medel för 2025 kan inte ändras efter den 15 april 2026."
    );
    assert_eq!(snapshot(&service, 2025), before);
}

#[test]
fn y6_budget_and_utfall_of_a_locked_year_are_refused() {
    let (mut service, id) = filled_2025();
    let before = snapshot(&service, 2025);
    let error = service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![cells(&format!("insats-{id}"), "999", "999", "21")],
        })
        .expect_err("2025 locked");
    assert_eq!(error.code(), "y1_locked");
    assert_eq!(snapshot(&service, 2025), before);
}

#[test]
fn y6_administrativa_kostnader_of_a_locked_year_are_refused() {
    let (mut service, _) = filled_2025();
    let before = snapshot(&service, 2025);
    let error = service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![cells(ADMIN_KEY, "300 000", "290 000", "")],
        })
        .expect_err("2025 locked");
    assert_eq!(error.code(), "y1_locked");
    assert_eq!(snapshot(&service, 2025), before);
}

#[test]
fn y6_copying_budget_into_a_locked_year_is_refused() {
    let (mut service, _) = filled_2025();
    let before = snapshot(&service, 2025);
    let error = service.copy_budget(2025).expect_err("2025 locked");
    assert_eq!(error.code(), "y1_locked");
    assert_eq!(snapshot(&service, 2025), before);
}

#[test]
fn y6_participant_counts_of_a_locked_year_are_refused() {
    let (mut service, id) = filled_2025();
    let before = snapshot(&service, 2025);
    let error = service
        .save_deltagare(counts(id, 2025, "13", "8", ""))
        .expect_err("2025 locked");
    assert_eq!(error.code(), "y1_locked");
    assert_eq!(snapshot(&service, 2025), before);
}

// --- Import --------------------------------------------------------------------------------

/// The import rebuilds a locked year through the same use cases, each write on a day its
/// year was open, so the locked year comes back exactly as it was reported; in the new
/// file it is locked like any other.
#[test]
fn y6_import_rebuilds_a_locked_year_as_it_was_and_it_stays_locked() {
    let (mut source, _) = filled_2025();
    source.set_clock(Clock::fixed(date(OPEN)));
    let ended = insats_with_dates(&mut source, "Avslutad förut", "2024-05-01", "");
    avsluta(&mut source, ended, "2025-09-30").expect("ended while 2025 was open");
    source.set_clock(Clock::fixed(date(LOCKED)));
    let text = exported(&mut source, 2025);

    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("importerad.db");
    let file = ImportFile {
        name: "arsrapport-2025.json".into(),
        text: text.clone(),
    };
    let summary = import_reports(&[file], &target).expect("import of a locked year");
    assert_eq!(summary.years, [2025]);
    assert_eq!(summary.insatser, 2);

    let mut imported = service_at(&target, LOCKED);
    assert_eq!(
        exported(&mut imported, 2025),
        text,
        "2025 as it was reported"
    );
    assert_eq!(
        listed_in(&imported, 2025),
        [
            ("Avslutad förut".to_owned(), InsatsStatus::Avslutad),
            ("Steget vidare".to_owned(), InsatsStatus::Pagaende),
        ]
    );
    // With the real clock the imported file's 2025 is locked: Y6 and Y1 refuse as anywhere.
    let before = snapshot(&imported, 2025);
    let input = NewInsats {
        startdatum: "2025-06-01".into(),
        ..new_insats(&imported, "Ny", Inriktning::Individinriktad)
    };
    let error = imported.create_insats(input).expect_err("starts in 2025");
    assert_y6(&error, "startdatum", INTO_2025);
    let id = imported.start_page(Some(2026)).expect("page").insatser[0].id;
    let error = avsluta(&mut imported, id, "2025-12-31").expect_err("ends in 2025");
    assert_y6(&error, "slutdatum", INTO_2025);
    let error = imported
        .save_medel(MedelInput {
            year: 2025,
            samverkansparterna: "1".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect_err("medel 2025");
    assert_eq!(error.code(), "y1_locked");
    assert_eq!(snapshot(&imported, 2025), before);
}
