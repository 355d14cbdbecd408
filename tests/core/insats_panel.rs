//! What the insats panel and the wizard are told, so that they render and decide nothing:
//! which counts exist, what can still change, the lock sentences and the proposed end
//! (domain spec I1, I5, D1, D2, Y1).

use finsamkollen_core::domain::insats::{Antalsfalt, Inriktning, InsatsDetail, NewInsats};
use finsamkollen_core::Service;

use crate::support::{avsluta, counts, date, new_insats, service_with_forbund, CreateWhenOpen};

const TODAY: &str = "2026-11-24";

/// A förbund with one insats from `input`; the insats as the panel reads it.
fn created(input: impl FnOnce(&Service) -> NewInsats) -> (Service, InsatsDetail) {
    let mut service = service_with_forbund(TODAY);
    let new = input(&service);
    let id = service.create_insats_when_open(new).expect("create").id;
    let detail = service.insats(id).expect("read");
    (service, detail)
}

#[test]
fn d1_the_panel_of_an_individinriktad_insats_counts_kvinnor_and_man_with_a_total() {
    let (_, detail) = created(|s| new_insats(s, "Steget vidare", Inriktning::Individinriktad));
    assert_eq!(
        detail.redigering.antalsfalt,
        [Antalsfalt::Kvinnor, Antalsfalt::Man]
    );
    assert!(detail.redigering.totalt);
}

#[test]
fn d1_the_panel_of_a_strukturovergripande_insats_counts_antal_or_nothing() {
    let (_, following) =
        created(|s| new_insats(s, "Samverkansteam", Inriktning::Strukturovergripande));
    assert_eq!(following.redigering.antalsfalt, [Antalsfalt::Antal]);
    assert!(!following.redigering.totalt);

    let (_, not_following) = created(|s| NewInsats {
        foljer_deltagare: false,
        ..new_insats(s, "Metodstöd", Inriktning::Strukturovergripande)
    });
    assert!(not_following.redigering.antalsfalt.is_empty());
    assert!(not_following.deltagare.is_empty());
}

#[test]
fn i5_only_a_pagaende_insats_can_be_changed_and_ended_in_the_panel() {
    let (mut service, detail) =
        created(|s| new_insats(s, "Steget vidare", Inriktning::Individinriktad));
    assert!(detail.redigering.uppgifter);
    assert_eq!(detail.redigering.avsluta_forslag, Some(date(TODAY)));

    let ended = avsluta(&mut service, detail.id, "2026-10-31").expect("avsluta");
    assert!(!ended.redigering.uppgifter);
    assert_eq!(ended.redigering.avsluta_forslag, None);
    // The counts the insats had stay drawn the same way (I3).
    assert_eq!(
        ended.redigering.antalsfalt,
        [Antalsfalt::Kvinnor, Antalsfalt::Man]
    );
}

#[test]
fn i5_avsluta_proposes_the_planned_end_when_it_has_come_else_today() {
    let (_, passed) = created(|s| NewInsats {
        slutdatum: "2026-06-30".into(),
        ..new_insats(s, "Steget vidare", Inriktning::Individinriktad)
    });
    assert_eq!(passed.redigering.avsluta_forslag, Some(date("2026-06-30")));

    let (_, planned) = created(|s| NewInsats {
        slutdatum: "2027-03-31".into(),
        ..new_insats(s, "Steget vidare", Inriktning::Individinriktad)
    });
    assert_eq!(planned.redigering.avsluta_forslag, Some(date(TODAY)));
}

#[test]
fn d2_y1_each_years_counts_say_whether_they_can_change_and_until_when() {
    let (mut service, detail) =
        created(|s| new_insats(s, "Steget vidare", Inriktning::Individinriktad));
    let year = |d: &InsatsDetail, year: i32| {
        let y = d
            .deltagare
            .iter()
            .find(|y| y.year == year)
            .expect("year shown");
        (y.redigerbar, y.status.clone())
    };
    assert_eq!(
        year(&detail, 2026),
        (true, "Öppen för ändringar t.o.m. 15 april 2027".to_owned())
    );
    let (open_2024, _) = year(&detail, 2024);
    assert!(!open_2024, "Y1: 2024 is locked on {TODAY}");

    service
        .save_deltagare(counts(detail.id, 2026, "7", "9", ""))
        .expect("counts");
    let ended = avsluta(&mut service, detail.id, "2026-10-31").expect("avsluta");
    assert_eq!(
        year(&ended, 2026),
        (false, "Insatsen är avslutad: antalen är låsta".to_owned())
    );
}

#[test]
fn i1_the_wizard_is_told_that_an_individinriktad_insats_always_follows_participants() {
    let service = service_with_forbund(TODAY);
    let choices = service.insats_choices().expect("choices");
    assert_eq!(choices.alltid_uppfoljda, [Inriktning::Individinriktad]);
}

#[test]
fn u2_the_form_is_told_which_inriktningar_take_deltagaransvariga() {
    let service = service_with_forbund(TODAY);
    let choices = service.insats_choices().expect("choices");
    assert_eq!(choices.med_ansvariga, [Inriktning::Individinriktad]);
    assert!(finsamkollen_core::rules::insats::takes_ansvariga(
        Inriktning::Individinriktad
    ));
    assert!(!finsamkollen_core::rules::insats::takes_ansvariga(
        Inriktning::Strukturovergripande
    ));
}

#[test]
fn d1_each_year_comes_with_the_total_of_its_counts() {
    let (mut service, detail) =
        created(|s| new_insats(s, "Steget vidare", Inriktning::Individinriktad));
    service
        .save_deltagare(counts(detail.id, 2026, "12", "1 204", ""))
        .expect("both counts");
    service
        .save_deltagare(counts(detail.id, 2027, "3", "", ""))
        .expect("only kvinnor");
    let read = service.insats(detail.id).expect("read");
    let totalt = |year: i32| {
        read.deltagare
            .iter()
            .find(|y| y.year == year)
            .expect("year shown")
            .totalt
    };
    assert_eq!(totalt(2026), Some(1216));
    assert_eq!(totalt(2027), Some(3), "a missing count adds nothing");
    assert_eq!(totalt(2025), None, "no count given: no total");

    let (mut service, following) =
        created(|s| new_insats(s, "Samverkansteam", Inriktning::Strukturovergripande));
    service
        .save_deltagare(counts(following.id, 2026, "", "", "7"))
        .expect("antal");
    let read = service.insats(following.id).expect("read");
    let y2026 = read
        .deltagare
        .iter()
        .find(|y| y.year == 2026)
        .expect("2026");
    assert_eq!(y2026.totalt, Some(7));
}

#[test]
fn i1_the_form_is_sent_the_preciserade_inriktningar_of_each_inriktning() {
    let service = service_with_forbund(TODAY);
    let choices = service.insats_choices().expect("choices");
    let lists = service.referenslistor().expect("lists");
    let visible = |rows: &[finsamkollen_core::ops::ReferensRad]| -> Vec<String> {
        rows.iter()
            .filter(|r| !r.entry.dold)
            .map(|r| r.entry.namn.clone())
            .collect()
    };
    let names = |inriktning: Inriktning| -> Vec<String> {
        choices
            .preciserade
            .of(inriktning)
            .iter()
            .map(|r| r.namn.clone())
            .collect()
    };
    assert_eq!(
        names(Inriktning::Individinriktad),
        visible(&lists.individinriktade)
    );
    assert_eq!(
        names(Inriktning::Strukturovergripande),
        visible(&lists.strukturovergripande)
    );
    assert_ne!(
        names(Inriktning::Individinriktad),
        names(Inriktning::Strukturovergripande)
    );
}
