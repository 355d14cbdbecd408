//! I1: insatser created, read back and refused.

use super::*;

// --- Creating each kind ------------------------------------------------------------------

#[test]
fn i1_individinriktad_insats_is_created_and_read_back_in_full_i3() {
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    update.fields.namn = "STEGET Vidare ".into();
    let saved = service.update_insats(update).expect("own name");
    assert_eq!(saved.namn, "STEGET Vidare");
}

#[test]
fn insats_namn_of_another_insats_is_refused_on_update() {
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
    let error = service
        .create_insats_when_open(new_insats(&service, "   ", Inriktning::Individinriktad))
        .expect_err("empty name");
    assert_eq!(codes(&error), ["required"]);
    assert_eq!(error.field(), Some("namn"));
    assert_eq!(error.to_string(), "Namn måste fyllas i.");
}

#[test]
fn y3_insats_can_not_start_before_the_forbund() {
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
    let mut service = service_with_forbund(TODAY);
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
