//! Y8: historik — a locked year with no figures and not marked inrapporterat. A förbund
//! that existed before Finsamkollen registers its running insatser with their real dates
//! in such years; typing figures into them stays refused (Y1); and Y6 holds in full for a
//! locked year once it holds a figure or is marked inrapporterat.

use std::collections::BTreeSet;

use finsamkollen_core::domain::forbund::NewForbund;
use finsamkollen_core::rules::year::{ensure_new_run_keeps_locked_years, historik_years};

use super::*;
use crate::support::{avsluta, forbund_since_2012, service_on};

/// The first day of the session that wrote this: 2025 has been locked since 16 April.
const TODAY: &str = "2026-12-07";

/// A running insats that already exists in Uppföljning Finsam, as the wizard sends it.
fn running_since_2021(service: &Service, confirm: bool) -> NewInsats {
    NewInsats {
        startdatum: "2021-03-01".into(),
        slutdatum: "2026-12-31".into(),
        confirm_warnings: confirm,
        ..new_insats(service, "Steget vidare", Inriktning::Individinriktad)
    }
}

#[test]
fn y8_rule_historik_years_are_the_locked_years_without_figures_or_report() {
    let today = date(TODAY);
    let closed = BTreeSet::from([2023]);
    assert_eq!(
        historik_years(2019, today, &closed),
        BTreeSet::from([2019, 2020, 2021, 2022, 2024, 2025])
    );
    let historik = historik_years(2019, today, &closed);
    // A run inside historik years is fine; one that passes 2023 is not (Y6).
    ensure_new_run_keeps_locked_years(
        date("2019-05-01"),
        Some(date("2022-12-31")),
        today,
        &historik,
    )
    .expect("2019–2022");
    ensure_new_run_keeps_locked_years(date("2024-01-01"), None, today, &historik)
        .expect("2024 onwards");
    let error = ensure_new_run_keeps_locked_years(date("2021-03-01"), None, today, &historik)
        .expect_err("passes 2023");
    assert_eq!(error.code(), "y6_year_locked");
    assert_eq!(error.field(), Some("startdatum"));
    assert!(
        error
            .to_string()
            .starts_with("2023 är låst sedan 16 april 2024."),
        "{error}"
    );
    // Moving a planned end over 2023 is refused too, naming it.
    let error = ensure_date_keeps_locked_years(
        InsatsDate::PlannedEnd,
        Some(date("2022-06-30")),
        Some(date("2024-06-30")),
        today,
        &historik,
    )
    .expect_err("over 2023");
    assert_eq!(error.field(), Some("slutdatum"));
    assert!(error.to_string().contains("tas bort från 2023"), "{error}");
}

#[test]
fn y8_a_running_insats_is_registered_with_its_real_start_after_a_plain_question() {
    let mut service = forbund_since_2012(TODAY);
    // The wizard asks first: the start lies in a locked year.
    let error = service
        .create_insats(running_since_2021(&service, false))
        .expect_err("asks first");
    let CoreError::ConfirmWarnings(warnings) = &error else {
        panic!("a question, not a refusal: {error:?}");
    };
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].code, "y8_historik_start");
    assert_eq!(warnings[0].field.as_deref(), Some("startdatum"));
    assert!(
        warnings[0]
            .message
            .starts_with("Insatsen startade före 2026 och finns redan i Uppföljning Finsam."),
        "{}",
        warnings[0].message
    );
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 0);
    let created = service
        .create_insats(running_since_2021(&service, true))
        .expect("confirmed");
    assert_eq!(created.startdatum, date("2021-03-01"));
    // Listed, with no figures, in every year it runs.
    for year in 2021..=2026 {
        assert_eq!(
            listed_in(&service, year),
            [("Steget vidare".to_owned(), InsatsStatus::Pagaende)],
            "{year}"
        );
    }
    assert!(listed_in(&service, 2020).is_empty());
    let page = service.start_page(Some(2023)).expect("2023");
    assert!(page.historik && page.ny_insats);
    assert_eq!(
        page.lock_notice.as_deref(),
        Some(
            "2023 är låst sedan 16 april 2024 och Finsamkollen har inga siffror för året. \
             Insatser som redan fanns då kan läggas till med sina riktiga datum; årets siffror \
             läses in med ”Läs in tidigare år”."
        )
    );
    let option = page
        .years
        .iter()
        .find(|o| o.year == 2023)
        .expect("2023 listed");
    assert!(option.historik);
    assert_eq!(option.label, "Historik, låst sedan 16 april 2024");
    // The running year is no historik, whatever it holds.
    assert!(!service.start_page(Some(2026)).expect("2026").historik);
}

#[test]
fn y8_y1_typing_into_a_historik_year_stays_refused() {
    let mut service = forbund_since_2012(TODAY);
    let id = service
        .create_insats(running_since_2021(&service, true))
        .expect("created")
        .id;
    let error = service
        .save_medel(MedelInput {
            year: 2023,
            samverkansparterna: "1 000 000".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect_err("medel 2023");
    assert_eq!(error.code(), "y1_locked");
    let error = service
        .save_budget(BudgetInput {
            year: 2023,
            rader: vec![cells(&format!("insats-{id}"), "500 000", "480 000", "")],
        })
        .expect_err("budget 2023");
    assert_eq!(error.code(), "y1_locked");
    let error = service
        .save_deltagare(counts(id, 2023, "4", "6", ""))
        .expect_err("counts 2023");
    assert_eq!(error.code(), "y1_locked");
    // Still historik: nothing was written.
    assert!(service.historik_years().expect("read").contains(&2023));
}

#[test]
fn y6_a_year_marked_inrapporterat_stays_closed() {
    let mut service = forbund_since_2012(TODAY);
    mark_reported(&mut service, [2023]);
    let historik = service.historik_years().expect("read");
    assert!(!historik.contains(&2023) && historik.contains(&2022));
    // A run through 2023 is refused, naming it; nothing is written.
    let error = service
        .create_insats(running_since_2021(&service, true))
        .expect_err("passes 2023");
    assert_eq!(codes(&error), ["y6_year_locked"]);
    assert!(
        error
            .to_string()
            .starts_with("2023 är låst sedan 16 april 2024."),
        "{error}"
    );
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 0);
    let starts_in_2023 = NewInsats {
        startdatum: "2023-02-01".into(),
        ..running_since_2021(&service, true)
    };
    let error = service
        .create_insats(starts_in_2023)
        .expect_err("starts in 2023");
    assert_eq!(
        error.to_string(),
        "2023 är låst sedan 16 april 2024. Välj ett datum i 2026 eller senare."
    );
    // Before it and after it, historik years still take insatser.
    let before = NewInsats {
        startdatum: "2020-01-01".into(),
        slutdatum: "2022-12-31".into(),
        ..running_since_2021(&service, true)
    };
    service.create_insats(before).expect("2020–2022");
    let after = NewInsats {
        namn: "Efter".into(),
        startdatum: "2024-09-01".into(),
        ..running_since_2021(&service, true)
    };
    let id = service.create_insats(after).expect("from 2024").id;
    // Its start cannot be moved back over 2023 either.
    let error = move_dates(&mut service, id, "2022-09-01", "2026-12-31").expect_err("over 2023");
    assert_eq!(error.code(), "y6_year_locked");
    assert_eq!(
        service.insats(id).expect("read").startdatum,
        date("2024-09-01")
    );
}

#[test]
fn y6_a_locked_year_with_figures_stays_closed_and_y8_the_years_before_it_are_historik() {
    // 2024's medel were entered while 2024 was open.
    let mut service = service_on("2025-03-01");
    service
        .create_forbund(NewForbund {
            startdatum: "2012-01-01".into(),
            ..crate::support::new_forbund()
        })
        .expect("create förbund");
    service
        .save_medel(MedelInput {
            year: 2024,
            samverkansparterna: "2 000 000".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect("medel 2024");
    service.set_clock(Clock::fixed(date(TODAY)));
    let historik = service.historik_years().expect("read");
    assert_eq!(historik, (2012..=2025).filter(|y| *y != 2024).collect());
    let error = service
        .create_insats(running_since_2021(&service, true))
        .expect_err("runs through 2024");
    assert!(
        error
            .to_string()
            .starts_with("2024 är låst sedan 16 april 2025."),
        "{error}"
    );
    let ended_before = NewInsats {
        slutdatum: "2023-12-31".into(),
        ..running_since_2021(&service, true)
    };
    let id = service.create_insats(ended_before).expect("2021–2023");
    // Within historik years its dates may still be corrected.
    move_dates(&mut service, id.id, "2021-04-01", "2023-06-30").expect("corrected");
    let error = avsluta(&mut service, id.id, "2024-02-01").expect_err("ends in 2024");
    assert_eq!(error.code(), "y6_year_locked");
}

#[test]
fn y8_the_check_of_a_historik_year_lists_what_is_missing_as_information() {
    let mut service = forbund_since_2012(TODAY);
    service
        .create_insats(running_since_2021(&service, true))
        .expect("created");
    let check = service.forhandskontroll(2023).expect("check 2023");
    assert_eq!(
        check.historik.as_deref(),
        Some(
            "2023 är historik: året är låst och Finsamkollen har inga siffror för det. Det som \
             saknas nedan är information, inte fel; årets siffror läses in med ”Läs in \
             tidigare år”."
        )
    );
    assert!(
        check.fel.iter().all(|a| !a.kod.ends_with("_saknas")),
        "{:?}",
        check.fel
    );
    let kinds: BTreeSet<&str> = check.information.iter().map(|a| a.kod.as_str()).collect();
    assert_eq!(
        kinds,
        BTreeSet::from([
            "medel_saknas",
            "budget_saknas",
            "utfall_saknas",
            "budgeterade_deltagare_saknas",
            "deltagare_saknas"
        ])
    );
    // The running year is checked as before: no historik, missing budget is to fill in
    // now (Y7).
    let check = service.forhandskontroll(2026).expect("check 2026");
    assert_eq!(check.historik, None);
    assert!(check.information.is_empty());
    assert!(check
        .att_fylla_i_nu
        .iter()
        .any(|a| a.kod == "budget_saknas"));
}
