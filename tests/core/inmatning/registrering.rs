//! "Registrera i Uppföljning Finsam" (issue 25, part 1): the insatser new and ended in the
//! year, the choices fixed at creation first (I1), the "Registrerad" ticks with their day
//! and history, and R1 "Ändrat efter registrering".

use finsamkollen_core::domain::inmatning::{RegistreradInput, RegistreringRad};
use finsamkollen_core::domain::insats::{EndInsats, Referens};
use finsamkollen_core::rules::inmatning::andrat_efter_registrering;

use super::*;
use crate::support::{first_preciserad, update_of_insats};

/// 2026 with "Steget vidare" (since 2024, ended 2026-10-31) and two insatser new in 2026:
/// "Bryggan" (individinriktad, two målgrupper, a description and a planned end) and
/// "Analysen" (strukturövergripande without follow-up, no målgrupp, end or description).
fn year_2026_with_new_and_ended() -> (Service, i64, i64, i64) {
    let (mut service, steget) = running_year_2026(TODAY);
    let malgrupper: Vec<i64> = service
        .insats_choices()
        .expect("choices")
        .malgrupper
        .iter()
        .take(2)
        .map(|m| m.id)
        .collect();
    let bryggan = NewInsats {
        malgrupp_ids: malgrupper,
        beskrivning: "Stöd till unga vuxna på väg mot arbete.".into(),
        startdatum: "2026-02-01".into(),
        slutdatum: "2027-12-31".into(),
        ..new_insats(&service, "Bryggan", Inriktning::Individinriktad)
    };
    let bryggan = service.create_insats(bryggan).expect("Bryggan").id;
    let analysen = NewInsats {
        foljer_deltagare: false,
        startdatum: "2026-05-04".into(),
        ..new_insats(&service, "Analysen", Inriktning::Strukturovergripande)
    };
    let analysen = service.create_insats(analysen).expect("Analysen").id;
    service
        .end_insats(EndInsats {
            id: steget,
            slutdatum: "2026-10-31".into(),
        })
        .expect("ended");
    (service, steget, bryggan, analysen)
}

fn registrera(service: &mut Service, key: &str, registrerad: bool) -> InmatningVy {
    service
        .set_registrerad(RegistreradInput {
            year: 2026,
            key: key.into(),
            registrerad,
        })
        .expect("tick")
}

fn linje<'a>(vy: &'a InmatningVy, key: &str) -> &'a RegistreringRad {
    let r = &vy.registrering;
    r.nya
        .iter()
        .chain(&r.avslutade)
        .find(|l| l.key == key)
        .unwrap_or_else(|| panic!("line {key}"))
}

/// Each detail as (label, shown, copied, fixed-mark).
fn uppgifter(l: &RegistreringRad) -> Vec<(&str, &str, Option<&str>, Option<&str>)> {
    l.uppgifter
        .iter()
        .map(|u| {
            (
                u.etikett.as_str(),
                u.visat.as_str(),
                u.kopia.as_deref(),
                u.fast.as_deref(),
            )
        })
        .collect()
}

#[test]
fn r1_registrering_lists_the_insatser_new_and_ended_in_the_year() {
    let (service, steget, bryggan, analysen) = year_2026_with_new_and_ended();
    let vy = service.inmatning(2026).expect("view");
    let r = &vy.registrering;
    let keys = |l: &[RegistreringRad]| l.iter().map(|l| l.key.clone()).collect::<Vec<_>>();
    assert_eq!(
        keys(&r.nya),
        vec![
            format!("insats-{analysen}.ny"),
            format!("insats-{bryggan}.ny")
        ],
        "new in 2026, by name; Steget vidare started 2024"
    );
    assert_eq!(
        keys(&r.avslutade),
        vec![format!("insats-{steget}.avslutad")]
    );
    let ended = linje(&vy, &format!("insats-{steget}.avslutad"));
    assert_eq!(ended.namn, "Steget vidare");
    assert_eq!(
        uppgifter(ended),
        vec![("Slutdatum", "2026-10-31", Some("2026-10-31"), None)]
    );
    assert_eq!((r.registrerade, r.andrade), (0, 0));
    assert_eq!(r.lage_text, "0 av 3 är registrerade i Uppföljning Finsam.");
    // The year before has none of them; the year after has neither new nor ended ones.
    let next = service.inmatning(2027).expect("2027").registrering;
    assert!(next.nya.is_empty() && next.avslutade.is_empty());
    assert_eq!(
        next.lage_text,
        "Ingen insats startade eller avslutades 2027."
    );
}

#[test]
fn i1_registrering_shows_the_fixed_choices_first_marked_then_the_details_in_lagg_till_insats_order()
{
    let (service, _, bryggan, analysen) = year_2026_with_new_and_ended();
    let vy = service.inmatning(2026).expect("view");
    let choices = service.insats_choices().expect("choices");
    let namn = |lista: &[Referens], inriktning| {
        let id = first_preciserad(&service, inriktning);
        lista
            .iter()
            .find(|p| p.id == id)
            .expect("preciserad")
            .namn
            .clone()
    };
    let individ = namn(
        &choices.preciserade.individinriktad,
        Inriktning::Individinriktad,
    );
    let struktur = namn(
        &choices.preciserade.strukturovergripande,
        Inriktning::Strukturovergripande,
    );
    let malgrupper = format!(
        "{}, {}",
        choices.malgrupper[0].namn, choices.malgrupper[1].namn
    );
    let fast = Some("Kan inte ändras i Uppföljning Finsam");
    assert_eq!(
        uppgifter(linje(&vy, &format!("insats-{bryggan}.ny"))),
        vec![
            ("Inriktning", "Individinriktad", None, fast),
            ("Uppföljningsmetod", "Med deltagaruppföljning", None, fast),
            ("ESF-finansiering", "Nej", None, fast),
            ("Namn", "Bryggan", Some("Bryggan"), None),
            ("Preciserad inriktning", individ.as_str(), None, None),
            ("Målgrupper", malgrupper.as_str(), None, None),
            ("Startdatum", "2026-02-01", Some("2026-02-01"), None),
            ("Planerat slutdatum", "2027-12-31", Some("2027-12-31"), None),
            (
                "Beskrivning",
                "Stöd till unga vuxna på väg mot arbete.",
                Some("Stöd till unga vuxna på väg mot arbete."),
                None
            ),
        ]
    );
    assert_eq!(
        uppgifter(linje(&vy, &format!("insats-{analysen}.ny"))),
        vec![
            ("Inriktning", "Strukturövergripande", None, fast),
            ("Uppföljningsmetod", "Utan deltagaruppföljning", None, fast),
            ("ESF-finansiering", "Nej", None, fast),
            ("Namn", "Analysen", Some("Analysen"), None),
            ("Preciserad inriktning", struktur.as_str(), None, None),
            ("Målgrupper", "Ingen angiven", None, None),
            ("Startdatum", "2026-05-04", Some("2026-05-04"), None),
            ("Planerat slutdatum", "Inte angivet", None, None),
            ("Beskrivning", "Ingen beskrivning", None, None),
        ],
        "what is not given is said so, with nothing to copy"
    );
}

#[test]
fn r1_a_registrerad_tick_keeps_the_day_and_the_details_with_history() {
    let (mut service, steget, bryggan, _) = year_2026_with_new_and_ended();
    let key = format!("insats-{bryggan}.ny");
    let vy = registrera(&mut service, &key, true);
    let tick = linje(&vy, &key).registrerad.clone().expect("ticked");
    assert_eq!((tick.datum, tick.andrat), (date(TODAY), false));
    let vy = registrera(&mut service, &format!("insats-{steget}.avslutad"), true);
    assert_eq!(
        (vy.registrering.registrerade, vy.registrering.andrade),
        (2, 0)
    );
    assert_eq!(
        vy.registrering.lage_text,
        "2 av 3 är registrerade i Uppföljning Finsam."
    );
    assert_eq!(
        count_rows(
            &service,
            &format!(
                "SELECT count(*) FROM registrering WHERE ar = 2026 AND datum = '2026-11-24' \
                 AND insats_id = {bryggan} AND json_array_length(uppgifter) = 9"
            )
        ),
        1,
        "the details are kept as registered"
    );
    let insats = service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Insats { id: bryggan },
            fore: None,
        })
        .expect("historik");
    let senaste = &insats.handlingar[0];
    assert_eq!(senaste.handling, "Registrerad 2026: Ny insats: Bryggan");
    assert_eq!(
        senaste.andringar[0].falt, "Registrerad i Uppföljning Finsam: Ny insats 2026",
        "the insats's own history names the year, not the insats"
    );
    assert_eq!(senaste.andringar[0].nytt.as_deref(), Some("2026-11-24"));
    // Taking the tick away forgets it, and the history records that too.
    let vy = registrera(&mut service, &key, false);
    assert_eq!(linje(&vy, &key).registrerad, None);
    let insats = service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Insats { id: bryggan },
            fore: None,
        })
        .expect("historik");
    assert_eq!(
        insats.handlingar[0].handling,
        "Inte registrerad 2026: Ny insats: Bryggan"
    );
    assert_eq!(insats.handlingar[0].andringar[0].nytt, None);
}

#[test]
fn r1_a_detail_changed_after_registrering_is_flagged_with_the_old_and_new_value() {
    let (mut service, _, bryggan, analysen) = year_2026_with_new_and_ended();
    let key = format!("insats-{bryggan}.ny");
    registrera(&mut service, &key, true);
    registrera(&mut service, &format!("insats-{analysen}.ny"), true);
    let mut update = update_of_insats(&service, bryggan);
    update.fields.namn = "Bryggan 2.0".into();
    update.fields.slutdatum = "2027-06-30".into();
    service.update_insats(update).expect("changed in the panel");
    let vy = service.inmatning(2026).expect("view");
    let l = linje(&vy, &key);
    assert_eq!(l.registrerad.as_ref().map(|r| r.andrat), Some(true));
    let andrade: Vec<(&str, &str, &str)> = l
        .uppgifter
        .iter()
        .filter_map(|u| {
            u.andrat
                .as_ref()
                .map(|a| (u.etikett.as_str(), a.gammalt.as_str(), a.nytt.as_str()))
        })
        .collect();
    assert_eq!(
        andrade,
        vec![
            ("Namn", "Bryggan", "Bryggan 2.0"),
            ("Planerat slutdatum", "2027-12-31", "2027-06-30"),
        ]
    );
    let analysen_rad = linje(&vy, &format!("insats-{analysen}.ny"));
    assert_eq!(
        analysen_rad.registrerad.as_ref().map(|r| r.andrat),
        Some(false)
    );
    assert_eq!(vy.registrering.andrade, 1);
    assert_eq!(
        vy.registrering.lage_text,
        "2 av 3 är registrerade i Uppföljning Finsam. 1 har ändrats efter registrering."
    );
    // Ticking again takes the details as they are now.
    let vy = registrera(&mut service, &key, true);
    assert_eq!(vy.registrering.andrade, 0);
    assert!(linje(&vy, &key)
        .uppgifter
        .iter()
        .all(|u| u.andrat.is_none()));
}

#[test]
fn r1_andrat_efter_registrering_compares_each_detail_with_the_registered_one() {
    let pair = |e: &str, v: &str| (e.to_owned(), v.to_owned());
    let registered = vec![pair("Namn", "Bryggan"), pair("Startdatum", "2026-02-01")];
    let now = vec![
        pair("Namn", "Bryggan"),
        pair("Startdatum", "2026-03-01"),
        pair("Beskrivning", "Ny"),
    ];
    assert_eq!(
        andrat_efter_registrering(&registered, &now),
        vec![
            None,
            Some((Some("2026-02-01"), "2026-03-01".to_owned())),
            Some((None, "Ny".to_owned())),
        ]
    );
}

#[test]
fn registrering_a_line_the_year_does_not_show_cannot_be_ticked() {
    let (mut service, steget, _, _) = year_2026_with_new_and_ended();
    let error = service
        .set_registrerad(RegistreradInput {
            year: 2026,
            key: format!("insats-{steget}.ny"),
            registrerad: true,
        })
        .expect_err("Steget vidare is not new in 2026");
    assert_eq!(codes(&error), vec!["not_found"]);
}
