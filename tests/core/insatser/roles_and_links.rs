//! Roles, deltagaransvariga and links.

use super::*;

#[test]
fn insats_deltagaransvariga_must_have_that_role() {
    let mut service = service_with_forbund(TODAY);
    let kim = add_person(
        &mut service,
        "Kim Andersson",
        "kim@finsam.se",
        Roll::Forbundsadministrator,
    );
    let error = service
        .create_insats_when_open(NewInsats {
            deltagaransvariga_ids: vec![kim],
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect_err("administrator as deltagaransvarig");
    assert_eq!(codes(&error), ["not_deltagaransvarig"]);
    assert_eq!(error.field(), Some("deltagaransvariga"));
    assert_eq!(error.to_string(), "Kim Andersson är inte deltagaransvarig.");
}

#[test]
fn insats_several_errors_are_reported_together() {
    let mut service = service_with_forbund(TODAY);
    let error = service
        .create_insats_when_open(NewInsats {
            namn: String::new(),
            preciserad_inriktning_id: None,
            startdatum: "2024-03-01".into(),
            slutdatum: "2024-01-01".into(),
            ..new_insats(&service, "", Inriktning::Individinriktad)
        })
        .expect_err("three errors");
    assert_eq!(error.code(), "several");
    let mut found = codes(&error);
    found.sort_unstable();
    assert_eq!(found, ["choose", "end_before_start", "required"]);
    assert_eq!(
        error.to_string(),
        "3 fel behöver rättas innan det går att spara."
    );
}

#[test]
fn insats_refused_create_stores_nothing() {
    let mut service = service_with_forbund(TODAY);
    let malgrupp_ids = malgrupper(&service, 2);
    let alex = add_person(
        &mut service,
        "Alex Berg",
        "alex@finsam.se",
        Roll::Deltagaransvarig,
    );
    let kim = add_person(
        &mut service,
        "Kim Andersson",
        "kim@finsam.se",
        Roll::Forbundsadministrator,
    );
    let refused = [
        NewInsats {
            malgrupp_ids: malgrupp_ids.clone(),
            deltagaransvariga_ids: vec![alex, kim],
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        },
        NewInsats {
            malgrupp_ids: malgrupp_ids.clone(),
            deltagaransvariga_ids: vec![alex],
            beskrivning: "Anna 850101-1234".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        },
        NewInsats {
            malgrupp_ids,
            deltagaransvariga_ids: vec![alex],
            preciserad_inriktning_id: None,
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        },
    ];
    for input in refused {
        service.create_insats_when_open(input).expect_err("refused");
    }
    for year in 2024..=2027 {
        assert!(listed_in(&service, year).is_empty(), "{year}");
    }
    for table in ["insats", "insats_malgrupp", "insats_deltagaransvarig"] {
        assert_eq!(
            count_rows(&service, &format!("SELECT count(*) FROM {table}")),
            0,
            "{table}"
        );
    }
}

#[test]
fn i1_inriktning_can_not_be_changed() {
    let mut service = service_with_forbund(TODAY);
    let (id, before) = samverkansteam(&mut service);
    let mut update = update_of_insats(&service, id);
    update.fields.inriktning = Inriktning::Individinriktad;
    // A preciserad inriktning of the new list, so only the inriktning itself is wrong.
    update.fields.preciserad_inriktning_id =
        Some(first_preciserad(&service, Inriktning::Individinriktad));
    update.fields.namn = "Nytt namn".into();
    assert_fixed(&mut service, &before, update, "inriktning", "Inriktningen");
}

#[test]
fn i1_uppfoljningsmetod_can_not_be_changed() {
    let mut service = service_with_forbund(TODAY);
    let (id, before) = samverkansteam(&mut service);
    let mut update = update_of_insats(&service, id);
    update.fields.foljer_deltagare = false;
    update.fields.namn = "Nytt namn".into();
    assert_fixed(
        &mut service,
        &before,
        update,
        "foljerDeltagare",
        "Uppföljningsmetoden",
    );
}

#[test]
fn i1_esf_finansiering_can_not_be_changed() {
    let mut service = service_with_forbund(TODAY);
    let (id, before) = samverkansteam(&mut service);
    let mut update = update_of_insats(&service, id);
    update.fields.esf = true;
    update.fields.namn = "Nytt namn".into();
    update.fields.beskrivning = "Ny beskrivning".into();
    assert_fixed(&mut service, &before, update, "esf", "ESF-finansieringen");
}

#[test]
fn i1_database_refuses_changing_the_fixed_choices_directly() {
    let mut service = service_with_forbund(TODAY);
    let (id, before) = samverkansteam(&mut service);
    for set in [
        "inriktning = 'individinriktad'",
        "esf = 1",
        "foljer_deltagare = 0",
    ] {
        // Raw SQL: the database's I1 trigger is under test, so the writes go past the core.
        let error = raw_sql(
            &service,
            &format!("UPDATE insats SET {set} WHERE id = {id}"),
        )
        .expect_err(set);
        assert_eq!(error.code(), "i1_fixed_choice", "{set}: {error}");
    }
    // Setting them to what they already are is no change.
    raw_sql(
        &service,
        &format!("UPDATE insats SET esf = 0, foljer_deltagare = 1 WHERE id = {id}"),
    )
    .expect("same values");
    assert_eq!(service.insats(id).expect("read"), before);
}

// --- D3 ----------------------------------------------------------------------------------

#[test]
fn d3_beskrivning_that_looks_like_a_personnummer_needs_confirmation() {
    let mut service = service_with_forbund(TODAY);
    let input = NewInsats {
        beskrivning: "Deltagare 850101-1234 har börjat.".into(),
        ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
    };
    let error = service
        .create_insats_when_open(input.clone())
        .expect_err("needs confirmation");
    assert_eq!(error.code(), "confirm_warnings");
    let finsamkollen_core::CoreError::ConfirmWarnings(warnings) = &error else {
        panic!("expected warnings, got {error:?}");
    };
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].code, "d3_personnummer");
    assert_eq!(warnings[0].field.as_deref(), Some("beskrivning"));
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 0);

    let saved = service
        .create_insats_when_open(NewInsats {
            confirm_warnings: true,
            ..input
        })
        .expect("create insats");
    assert_eq!(saved.beskrivning, "Deltagare 850101-1234 har börjat.");
}

#[test]
fn d3_update_with_a_personnummer_needs_confirmation_too() {
    let mut service = service_with_forbund(TODAY);
    let id = service
        .create_insats_when_open(new_insats(
            &service,
            "Steget vidare",
            Inriktning::Individinriktad,
        ))
        .expect("create insats")
        .id;
    let mut update = update_of_insats(&service, id);
    update.fields.beskrivning = "Ring 198501011234.".into();
    let error = service
        .update_insats(update.clone())
        .expect_err("needs confirmation");
    assert_eq!(error.code(), "confirm_warnings");
    assert_eq!(service.insats(id).expect("read").beskrivning, "");
    update.fields.confirm_warnings = true;
    let saved = service.update_insats(update).expect("confirmed");
    assert_eq!(saved.beskrivning, "Ring 198501011234.");
}

#[test]
fn i2_insats_is_listed_in_the_years_its_dates_overlap() {
    let mut service = service_with_forbund(TODAY);
    insats_with_dates(
        &mut service,
        "A hela andra halvåret",
        "2024-06-01",
        "2024-12-31",
    );
    insats_with_dates(&mut service, "B från nyår", "2025-01-01", "");
    insats_with_dates(&mut service, "C över nyår", "2024-12-31", "2025-01-01");

    assert!(listed_in(&service, 2023).is_empty());
    assert_eq!(
        names(&listed_in(&service, 2024)),
        ["A hela andra halvåret", "C över nyår"]
    );
    assert_eq!(
        names(&listed_in(&service, 2025)),
        ["B från nyår", "C över nyår"]
    );
    assert_eq!(names(&listed_in(&service, 2026)), ["B från nyår"]);
    assert_eq!(names(&listed_in(&service, 2027)), ["B från nyår"]);
}

#[test]
fn i2_avslutad_insats_is_listed_as_avslutad_in_every_year_it_ran_i3() {
    let mut service = service_with_forbund(TODAY);
    let alex = add_person(
        &mut service,
        "Alex Berg",
        "alex@finsam.se",
        Roll::Deltagaransvarig,
    );
    let malgrupp_ids = malgrupper(&service, 1);
    let id = service
        .create_insats_when_open(NewInsats {
            malgrupp_ids: malgrupp_ids.clone(),
            beskrivning: "Arbetsträning.".into(),
            deltagaransvariga_ids: vec![alex],
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("create insats")
        .id;
    service
        .save_deltagare(counts(id, 2026, "4", "5", ""))
        .expect("counts");
    service
        .end_insats(EndInsats {
            id,
            slutdatum: "2026-06-30".into(),
        })
        .expect("avsluta");

    for year in 2024..=2026 {
        assert_eq!(
            listed_in(&service, year),
            [("Steget vidare".to_owned(), InsatsStatus::Avslutad)],
            "{year}"
        );
    }
    assert!(listed_in(&service, 2023).is_empty());
    assert!(listed_in(&service, 2027).is_empty());

    let read = service.insats(id).expect("I3: still readable");
    assert_eq!(read.status, InsatsStatus::Avslutad);
    assert_eq!(read.namn, "Steget vidare");
    assert_eq!(read.inriktning, Inriktning::Individinriktad);
    assert!(read.preciserad_inriktning.is_some());
    assert_eq!(
        read.malgrupper.iter().map(|m| m.id).collect::<Vec<_>>(),
        malgrupp_ids
    );
    assert_eq!(read.beskrivning, "Arbetsträning.");
    assert_eq!(read.startdatum, date("2024-03-01"));
    assert_eq!(read.slutdatum, Some(date("2026-06-30")));
    assert_eq!(read.deltagaransvariga.len(), 1);
    let years: Vec<i32> = read.deltagare.iter().map(|d| d.year).collect();
    assert_eq!(years, [2024, 2025, 2026]);
    let y2026 = read
        .deltagare
        .iter()
        .find(|d| d.year == 2026)
        .expect("2026");
    assert_eq!((y2026.kvinnor, y2026.man), (Some(4), Some(5)));
}

#[test]
fn removing_a_deltagaransvarig_removes_the_link_never_the_insats() {
    let mut service = service_with_forbund("2026-11-24");
    let person = crate::support::add_person(
        &mut service,
        "Maja Berg",
        "maja.berg@finsam.se",
        Roll::Deltagaransvarig,
    );
    let mut input = new_insats(&service, "Vägen framåt", Inriktning::Individinriktad);
    input.deltagaransvariga_ids = vec![person];
    let id = service.create_insats_when_open(input).expect("created").id;
    assert_eq!(service.insats(id).expect("read").deltagaransvariga.len(), 1);
    service.remove_uppdrag(person).expect("removed");
    let detail = service.insats(id).expect("the insats is still there");
    assert_eq!(detail.namn, "Vägen framåt");
    assert!(detail.deltagaransvariga.is_empty());
}
