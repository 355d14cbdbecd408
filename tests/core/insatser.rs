//! Insatser: adding and changing them (domain spec, Insats: I1–I3; D3; Y3).

use finsamkollen_core::domain::insats::{
    EndInsats, Inriktning, InsatsDetail, InsatsStatus, InsatsUpdate, NewInsats,
};
use finsamkollen_core::domain::uppdrag::Roll;
use finsamkollen_core::ops::{ReferensInput, ReferensLista};
use finsamkollen_core::Service;

use crate::support::CreateWhenOpen;
use crate::support::{
    add_person, codes, count_rows, counts, date, first_preciserad, insats_with_dates, listed_in,
    new_insats, raw_sql, service_with_forbund, update_of_insats,
};

const TODAY: &str = "2026-11-24";

fn service() -> Service {
    service_with_forbund(TODAY)
}

/// The first `n` målgrupper the form offers.
fn malgrupper(service: &Service, n: usize) -> Vec<i64> {
    service
        .insats_choices()
        .expect("choices")
        .malgrupper
        .iter()
        .take(n)
        .map(|m| m.id)
        .collect()
}

/// An id of the given list that is not the first visible one.
fn second_preciserad(service: &Service, inriktning: Inriktning) -> i64 {
    let choices = service.insats_choices().expect("choices");
    let list = match inriktning {
        Inriktning::Individinriktad => choices.individinriktade,
        Inriktning::Strukturovergripande => choices.strukturovergripande,
    };
    list.get(1).expect("a second entry").id
}

// --- Creating each kind ------------------------------------------------------------------

#[test]
fn i1_individinriktad_insats_is_created_and_read_back_in_full_i3() {
    let mut service = service();
    let alex = add_person(
        &mut service,
        "Alex Berg",
        "alex@finsam.se",
        Roll::Deltagaransvarig,
    );
    let malgrupp_ids = malgrupper(&service, 2);
    let preciserad = first_preciserad(&service, Inriktning::Individinriktad);
    let created = service
        .create_insats_when_open(NewInsats {
            malgrupp_ids: malgrupp_ids.clone(),
            beskrivning: "  Arbetsträning i Uddevalla.  ".into(),
            slutdatum: "2026-12-31".into(),
            deltagaransvariga_ids: vec![alex],
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("create insats");
    let read = service.insats(created.id).expect("read back");
    assert_eq!(read, created);
    assert_eq!(read.namn, "Steget vidare");
    assert_eq!(read.inriktning, Inriktning::Individinriktad);
    assert!(read.foljer_deltagare);
    assert!(!read.esf);
    assert_eq!(read.status, InsatsStatus::Pagaende);
    let chosen = read.preciserad_inriktning.as_ref().expect("preciserad");
    assert_eq!(chosen.id, preciserad);
    assert_eq!(chosen.namn, "Arbetsförberedande insats");
    assert!(!chosen.hjalptext.is_empty());
    assert_eq!(
        read.malgrupper.iter().map(|m| m.id).collect::<Vec<_>>(),
        malgrupp_ids
    );
    assert_eq!(read.beskrivning, "Arbetsträning i Uddevalla.");
    assert_eq!(read.startdatum, date("2024-03-01"));
    assert_eq!(read.slutdatum, Some(date("2026-12-31")));
    assert_eq!(
        read.deltagaransvariga
            .iter()
            .map(|a| (a.id, a.namn.as_str()))
            .collect::<Vec<_>>(),
        [(alex, "Alex Berg")]
    );
    let years: Vec<i32> = read.deltagare.iter().map(|d| d.year).collect();
    assert_eq!(years, [2024, 2025, 2026]);
}

#[test]
fn i1_strukturovergripande_with_participant_follow_up_is_created() {
    let mut service = service();
    let preciserad = first_preciserad(&service, Inriktning::Strukturovergripande);
    let created = service
        .create_insats_when_open(NewInsats {
            esf: true,
            ..new_insats(&service, "Samverkansteam", Inriktning::Strukturovergripande)
        })
        .expect("create insats");
    let read = service.insats(created.id).expect("read back");
    assert_eq!(read.inriktning, Inriktning::Strukturovergripande);
    assert!(read.foljer_deltagare);
    assert!(read.esf);
    assert_eq!(read.status, InsatsStatus::Pagaende);
    assert_eq!(
        read.preciserad_inriktning.map(|p| (p.id, p.namn)),
        Some((preciserad, "Samverkansstruktur".to_owned()))
    );
    assert!(read.malgrupper.is_empty());
    assert!(read.deltagaransvariga.is_empty());
    assert_eq!(read.slutdatum, None);
    let years: Vec<i32> = read.deltagare.iter().map(|d| d.year).collect();
    assert_eq!(years, (2024..=2027).collect::<Vec<_>>());
}

#[test]
fn i1_strukturovergripande_without_participant_follow_up_is_created() {
    let mut service = service();
    let created = service
        .create_insats_when_open(NewInsats {
            foljer_deltagare: false,
            ..new_insats(
                &service,
                "Kompetenslyftet",
                Inriktning::Strukturovergripande,
            )
        })
        .expect("create insats");
    let read = service.insats(created.id).expect("read back");
    assert_eq!(read.inriktning, Inriktning::Strukturovergripande);
    assert!(!read.foljer_deltagare);
    assert!(!read.esf);
    assert_eq!(read.status, InsatsStatus::Pagaende);
    assert!(read.deltagare.is_empty(), "B1: no counts to show");
}

#[test]
fn i1_individinriktad_insats_always_follows_participants() {
    let mut service = service();
    let error = service
        .create_insats_when_open(NewInsats {
            foljer_deltagare: false,
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect_err("individinriktad without follow-up");
    assert_eq!(codes(&error), ["individ_follows"]);
    assert_eq!(error.field(), Some("foljerDeltagare"));
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 0);
}

// --- Name --------------------------------------------------------------------------------

#[test]
fn insats_namn_is_unique_ignoring_case_and_spaces() {
    let mut service = service();
    service
        .create_insats_when_open(new_insats(
            &service,
            "STEGET VIDARE",
            Inriktning::Individinriktad,
        ))
        .expect("create insats");
    // The structural part of the same activity needs a name of its own.
    let error = service
        .create_insats_when_open(new_insats(
            &service,
            "  Steget vidare  ",
            Inriktning::Strukturovergripande,
        ))
        .expect_err("name taken");
    assert_eq!(error.code(), "insats_name_taken");
    assert_eq!(error.field(), Some("namn"));
    assert_eq!(
        error.to_string(),
        "Det finns redan en insats som heter ”Steget vidare”."
    );
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 1);
}

#[test]
fn insats_namn_comparison_folds_swedish_letters() {
    let mut service = service();
    service
        .create_insats_when_open(new_insats(
            &service,
            "ÅTERSTART ÖST",
            Inriktning::Individinriktad,
        ))
        .expect("create insats");
    let error = service
        .create_insats_when_open(new_insats(
            &service,
            "återstart öst",
            Inriktning::Individinriktad,
        ))
        .expect_err("same name, other case");
    assert_eq!(error.code(), "insats_name_taken");
}

#[test]
fn insats_namn_is_stored_trimmed() {
    let mut service = service();
    let created = service
        .create_insats_when_open(new_insats(
            &service,
            " \t Steget vidare  ",
            Inriktning::Individinriktad,
        ))
        .expect("create insats");
    assert_eq!(created.namn, "Steget vidare");
    assert_eq!(
        service.insats(created.id).expect("read").namn,
        "Steget vidare"
    );
}

#[test]
fn insats_namn_can_be_changed_to_its_own_name_in_other_case() {
    let mut service = service();
    let id = service
        .create_insats_when_open(new_insats(
            &service,
            "Steget vidare",
            Inriktning::Individinriktad,
        ))
        .expect("create insats")
        .id;
    let mut update = update_of_insats(&service, id);
    update.fields.namn = "STEGET Vidare ".into();
    let saved = service.update_insats(update).expect("own name");
    assert_eq!(saved.namn, "STEGET Vidare");
}

#[test]
fn insats_namn_of_another_insats_is_refused_on_update() {
    let mut service = service();
    service
        .create_insats_when_open(new_insats(
            &service,
            "Steget vidare",
            Inriktning::Individinriktad,
        ))
        .expect("create insats");
    let id = service
        .create_insats_when_open(new_insats(
            &service,
            "Samverkansteam",
            Inriktning::Strukturovergripande,
        ))
        .expect("create insats")
        .id;
    let mut update = update_of_insats(&service, id);
    update.fields.namn = "steget vidare".into();
    let error = service.update_insats(update).expect_err("taken");
    assert_eq!(error.code(), "insats_name_taken");
    assert_eq!(
        error.to_string(),
        "Det finns redan en insats som heter ”steget vidare”."
    );
    assert_eq!(service.insats(id).expect("read").namn, "Samverkansteam");
}

// --- Fields ------------------------------------------------------------------------------

#[test]
fn insats_namn_is_required() {
    let mut service = service();
    let error = service
        .create_insats_when_open(new_insats(&service, "   ", Inriktning::Individinriktad))
        .expect_err("empty name");
    assert_eq!(codes(&error), ["required"]);
    assert_eq!(error.field(), Some("namn"));
    assert_eq!(error.to_string(), "Namn måste fyllas i.");
}

#[test]
fn y3_insats_can_not_start_before_the_forbund() {
    let mut service = service();
    let error = service
        .create_insats_when_open(NewInsats {
            startdatum: "2018-12-31".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect_err("before förbund start");
    assert_eq!(codes(&error), ["insats_before_forbund"]);
    assert_eq!(error.field(), Some("startdatum"));
    // The förbund's own start day is allowed.
    service
        .create_insats_when_open(NewInsats {
            startdatum: "2019-01-01".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("create insats");
}

#[test]
fn insats_slutdatum_can_not_be_before_startdatum() {
    let mut service = service();
    let error = service
        .create_insats_when_open(NewInsats {
            slutdatum: "2024-02-29".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect_err("end before start");
    assert_eq!(codes(&error), ["end_before_start"]);
    assert_eq!(error.field(), Some("slutdatum"));
    // Ending on the start day is a one-day insats.
    let one_day = service
        .create_insats_when_open(NewInsats {
            slutdatum: "2024-03-01".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("create insats");
    assert_eq!(one_day.slutdatum, Some(date("2024-03-01")));
}

#[test]
fn insats_preciserad_inriktning_must_be_chosen() {
    let mut service = service();
    let error = service
        .create_insats_when_open(NewInsats {
            preciserad_inriktning_id: None,
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect_err("none chosen");
    assert_eq!(codes(&error), ["choose"]);
    assert_eq!(error.field(), Some("preciseradInriktning"));
    assert_eq!(error.to_string(), "Välj en preciserad inriktning.");
}

#[test]
fn insats_preciserad_inriktning_must_belong_to_its_inriktning() {
    let mut service = service();
    let error = service
        .create_insats_when_open(NewInsats {
            preciserad_inriktning_id: Some(first_preciserad(
                &service,
                Inriktning::Strukturovergripande,
            )),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect_err("other list");
    assert_eq!(codes(&error), ["not_in_list"]);
    assert_eq!(error.field(), Some("preciseradInriktning"));
    assert_eq!(
        error.to_string(),
        "Den preciserade inriktningen ”Samverkansstruktur” hör inte till listan för den här insatsen."
    );
}

#[test]
fn insats_hidden_preciserad_inriktning_is_refused_for_new_but_kept_where_chosen() {
    let mut service = service();
    let hidden = first_preciserad(&service, Inriktning::Individinriktad);
    let id = service
        .create_insats_when_open(new_insats(
            &service,
            "Steget vidare",
            Inriktning::Individinriktad,
        ))
        .expect("create insats")
        .id;
    let entry = service
        .referenslistor()
        .expect("lists")
        .individinriktade
        .into_iter()
        .find(|r| r.entry.id == hidden)
        .expect("entry")
        .entry;
    service
        .save_referens(ReferensInput {
            lista: ReferensLista::PreciseradInriktning,
            id: Some(hidden),
            inriktning: None,
            namn: entry.namn,
            hjalptext: entry.hjalptext,
            dold: true,
        })
        .expect("hide");

    let error = service
        .create_insats_when_open(NewInsats {
            preciserad_inriktning_id: Some(hidden),
            ..new_insats(&service, "Nästa steg", Inriktning::Individinriktad)
        })
        .expect_err("hidden entry for a new insats");
    assert_eq!(codes(&error), ["not_in_list"]);

    // The insats that already had it keeps it through an unchanged save and a name change.
    let mut update = update_of_insats(&service, id);
    update.fields.namn = "Steget vidare 2.0".into();
    let saved = service.update_insats(update).expect("kept");
    let kept = saved.preciserad_inriktning.expect("still chosen");
    assert_eq!(kept.id, hidden);
    assert!(kept.dold);

    // Once changed away from it, it cannot be chosen again.
    let mut away = update_of_insats(&service, id);
    away.fields.preciserad_inriktning_id =
        Some(second_preciserad(&service, Inriktning::Individinriktad));
    service.update_insats(away).expect("changed");
    let mut back = update_of_insats(&service, id);
    back.fields.preciserad_inriktning_id = Some(hidden);
    let error = service.update_insats(back).expect_err("hidden again");
    assert_eq!(codes(&error), ["not_in_list"]);
}

#[test]
fn insats_deltagaransvariga_must_have_that_role() {
    let mut service = service();
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
    let mut service = service();
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
    let mut service = service();
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

// --- I1: the fixed choices ---------------------------------------------------------------

/// A strukturövergripande insats with participant follow-up and no ESF, and its panel.
fn structural(service: &mut Service) -> (i64, InsatsDetail) {
    let detail = service
        .create_insats_when_open(new_insats(
            service,
            "Samverkansteam",
            Inriktning::Strukturovergripande,
        ))
        .expect("create insats");
    (detail.id, detail)
}

/// The save is refused with exactly one I1 error for `field`, and nothing of it is stored.
fn assert_fixed(
    service: &mut Service,
    before: &InsatsDetail,
    update: InsatsUpdate,
    field: &str,
    label: &str,
) {
    let error = service.update_insats(update).expect_err("I1");
    assert_eq!(codes(&error), ["i1_fixed_choice"]);
    assert_eq!(error.field(), Some(field));
    assert_eq!(
        error.to_string(),
        format!("{label} kan inte ändras efter att insatsen skapats.")
    );
    assert_eq!(&service.insats(before.id).expect("read"), before);
}

#[test]
fn i1_inriktning_can_not_be_changed() {
    let mut service = service();
    let (id, before) = structural(&mut service);
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
    let mut service = service();
    let (id, before) = structural(&mut service);
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
    let mut service = service();
    let (id, before) = structural(&mut service);
    let mut update = update_of_insats(&service, id);
    update.fields.esf = true;
    update.fields.namn = "Nytt namn".into();
    update.fields.beskrivning = "Ny beskrivning".into();
    assert_fixed(&mut service, &before, update, "esf", "ESF-finansieringen");
}

#[test]
fn i1_database_refuses_changing_the_fixed_choices_directly() {
    let mut service = service();
    let (id, before) = structural(&mut service);
    for set in [
        "inriktning = 'individinriktad'",
        "esf = 1",
        "foljer_deltagare = 0",
    ] {
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
    let mut service = service();
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
    let mut service = service();
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

// --- I2: which years an insats is listed in ----------------------------------------------

fn names(listed: &[(String, InsatsStatus)]) -> Vec<&str> {
    listed.iter().map(|(n, _)| n.as_str()).collect()
}

#[test]
fn i2_insats_is_listed_in_the_years_its_dates_overlap() {
    let mut service = service();
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
    let mut service = service();
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
