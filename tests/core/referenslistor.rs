//! Referenslistor: the editable reference lists, preciserad inriktning per inriktning and
//! målgrupper (domain spec, Reference data: "an entry in use cannot be deleted, only
//! hidden").

use finsamkollen_core::domain::insats::{Inriktning, NewInsats, Referens};
use finsamkollen_core::ops::{ReferensInput, ReferensLista, ReferensRad, Referenslistor};
use finsamkollen_core::Service;

use crate::support::{
    first_preciserad, new_insats, service_with_forbund, update_of_insats, CreateWhenOpen,
};

fn lists(service: &Service) -> Referenslistor {
    service.referenslistor().expect("lists")
}

fn new_entry(lista: ReferensLista, inriktning: Option<Inriktning>, namn: &str) -> ReferensInput {
    ReferensInput {
        lista,
        id: None,
        inriktning,
        namn: namn.into(),
        hjalptext: "Hjälptext.".into(),
        dold: false,
    }
}

/// A save of an existing entry, as the settings page sends it back.
fn edit(lista: ReferensLista, entry: &Referens) -> ReferensInput {
    ReferensInput {
        lista,
        id: Some(entry.id),
        inriktning: None,
        namn: entry.namn.clone(),
        hjalptext: entry.hjalptext.clone(),
        dold: entry.dold,
    }
}

fn find<'a>(rows: &'a [ReferensRad], namn: &str) -> Option<&'a ReferensRad> {
    rows.iter().find(|r| r.entry.namn == namn)
}

fn named<'a>(rows: &'a [ReferensRad], namn: &str) -> &'a Referens {
    &find(rows, namn).expect(namn).entry
}

// --- The defaults ------------------------------------------------------------------------

#[test]
fn referens_default_lists_exist_with_help_texts() {
    let service = service_with_forbund("2026-11-24");
    let lists = lists(&service);
    for (name, rows) in [
        ("individinriktade", &lists.individinriktade),
        ("strukturövergripande", &lists.strukturovergripande),
        ("målgrupper", &lists.malgrupper),
    ] {
        assert!(!rows.is_empty(), "{name}");
        for row in rows {
            assert!(!row.entry.hjalptext.trim().is_empty(), "{}", row.entry.namn);
            assert!(!row.entry.dold, "{}", row.entry.namn);
            assert_eq!(row.anvands, 0, "{}", row.entry.namn);
        }
    }
    assert!(find(&lists.individinriktade, "Stöd till arbete").is_some());
    assert!(find(&lists.strukturovergripande, "Metodutveckling").is_some());
    assert!(find(&lists.malgrupper, "Unga 16–29 år").is_some());

    // The insats form offers the same entries.
    let choices = service.insats_choices().expect("choices");
    let ids = |rows: &[ReferensRad]| rows.iter().map(|r| r.entry.id).collect::<Vec<_>>();
    let offered = |entries: &[Referens]| entries.iter().map(|r| r.id).collect::<Vec<_>>();
    assert_eq!(
        offered(&choices.preciserade.individinriktad),
        ids(&lists.individinriktade)
    );
    assert_eq!(
        offered(&choices.preciserade.strukturovergripande),
        ids(&lists.strukturovergripande)
    );
    assert_eq!(offered(&choices.malgrupper), ids(&lists.malgrupper));
}

// --- Adding and renaming -----------------------------------------------------------------

#[test]
fn referens_an_entry_is_added_to_each_list() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .save_referens(new_entry(
            ReferensLista::PreciseradInriktning,
            Some(Inriktning::Individinriktad),
            "  Jobbcoachning  ",
        ))
        .expect("individinriktad");
    service
        .save_referens(new_entry(
            ReferensLista::PreciseradInriktning,
            Some(Inriktning::Strukturovergripande),
            "Digitalisering",
        ))
        .expect("strukturövergripande");
    let lists = service
        .save_referens(new_entry(ReferensLista::Malgrupp, None, "Föräldralediga"))
        .expect("målgrupp");

    let added = named(&lists.individinriktade, "Jobbcoachning");
    assert_eq!(added.hjalptext, "Hjälptext.");
    assert!(!added.dold);
    assert!(find(&lists.strukturovergripande, "Jobbcoachning").is_none());
    assert!(find(&lists.strukturovergripande, "Digitalisering").is_some());
    assert!(find(&lists.individinriktade, "Digitalisering").is_none());
    assert!(find(&lists.malgrupper, "Föräldralediga").is_some());

    let choices = service.insats_choices().expect("choices");
    assert!(choices
        .preciserade
        .individinriktad
        .iter()
        .any(|r| r.namn == "Jobbcoachning"));
    assert!(choices
        .preciserade
        .strukturovergripande
        .iter()
        .any(|r| r.namn == "Digitalisering"));
    assert!(choices
        .malgrupper
        .iter()
        .any(|r| r.namn == "Föräldralediga"));
}

#[test]
fn referens_an_entry_is_renamed_and_insatser_show_the_new_name() {
    let mut service = service_with_forbund("2026-11-24");
    let id = first_preciserad(&service, Inriktning::Individinriktad);
    let insats = service
        .create_insats_when_open(new_insats(
            &service,
            "Steget vidare",
            Inriktning::Individinriktad,
        ))
        .expect("insats")
        .id;
    let entry = named(
        &lists(&service).individinriktade,
        "Arbetsförberedande insats",
    )
    .clone();
    assert_eq!(entry.id, id);
    let lists = service
        .save_referens(ReferensInput {
            namn: "Arbetsträning".into(),
            hjalptext: "Ny hjälptext.".into(),
            ..edit(ReferensLista::PreciseradInriktning, &entry)
        })
        .expect("renamed");
    let renamed = named(&lists.individinriktade, "Arbetsträning");
    assert_eq!(renamed.id, id);
    assert_eq!(renamed.hjalptext, "Ny hjälptext.");
    assert!(find(&lists.individinriktade, "Arbetsförberedande insats").is_none());
    assert_eq!(
        service
            .insats(insats)
            .expect("read")
            .preciserad_inriktning
            .map(|p| p.namn),
        Some("Arbetsträning".to_owned())
    );
}

#[test]
fn referens_an_entry_can_be_renamed_to_its_own_name_in_other_case() {
    let mut service = service_with_forbund("2026-11-24");
    let entry = named(&lists(&service).malgrupper, "Sjukskrivna").clone();
    let lists = service
        .save_referens(ReferensInput {
            namn: "SJUKSKRIVNA".into(),
            ..edit(ReferensLista::Malgrupp, &entry)
        })
        .expect("own name");
    assert_eq!(named(&lists.malgrupper, "SJUKSKRIVNA").id, entry.id);
}

#[test]
fn referens_name_is_unique_within_its_list() {
    let mut service = service_with_forbund("2026-11-24");
    let before = lists(&service);
    let error = service
        .save_referens(new_entry(
            ReferensLista::PreciseradInriktning,
            Some(Inriktning::Individinriktad),
            " stöd TILL arbete ",
        ))
        .expect_err("taken");
    assert_eq!(error.code(), "reference_name_taken");
    assert_eq!(error.field(), Some("namn"));
    assert_eq!(
        error.to_string(),
        "Det finns redan ”stöd TILL arbete” i listan."
    );
    let error = service
        .save_referens(new_entry(ReferensLista::Malgrupp, None, "sjukskrivna"))
        .expect_err("taken");
    assert_eq!(error.code(), "reference_name_taken");
    // Renaming onto another entry's name is refused as well.
    let entry = named(&before.malgrupper, "Övriga").clone();
    let error = service
        .save_referens(ReferensInput {
            namn: "Sjukskrivna".into(),
            ..edit(ReferensLista::Malgrupp, &entry)
        })
        .expect_err("taken");
    assert_eq!(error.code(), "reference_name_taken");
    assert_eq!(lists(&service), before);
}

#[test]
fn referens_same_name_is_allowed_in_the_other_inriktnings_list() {
    let mut service = service_with_forbund("2026-11-24");
    let lists = service
        .save_referens(new_entry(
            ReferensLista::PreciseradInriktning,
            Some(Inriktning::Strukturovergripande),
            "Stöd till arbete",
        ))
        .expect("other list");
    assert!(find(&lists.strukturovergripande, "Stöd till arbete").is_some());
    assert!(find(&lists.individinriktade, "Stöd till arbete").is_some());
}

#[test]
fn referens_new_preciserad_inriktning_needs_an_inriktning() {
    let mut service = service_with_forbund("2026-11-24");
    let before = lists(&service);
    let error = service
        .save_referens(new_entry(
            ReferensLista::PreciseradInriktning,
            None,
            "Jobbcoachning",
        ))
        .expect_err("no inriktning");
    assert_eq!(error.code(), "choose");
    assert_eq!(error.field(), Some("inriktning"));
    assert_eq!(error.to_string(), "Välj en inriktning.");
    assert_eq!(lists(&service), before);
}

#[test]
fn referens_name_is_required() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_referens(new_entry(ReferensLista::Malgrupp, None, "  "))
        .expect_err("empty");
    assert_eq!(error.code(), "required");
}

// --- Hiding and deleting -----------------------------------------------------------------

#[test]
fn referens_hidden_entry_is_not_offered_but_still_listed() {
    let mut service = service_with_forbund("2026-11-24");
    let preciserad = named(&lists(&service).individinriktade, "Stöd till arbete").clone();
    let malgrupp = named(&lists(&service).malgrupper, "Övriga").clone();
    service
        .save_referens(ReferensInput {
            dold: true,
            ..edit(ReferensLista::PreciseradInriktning, &preciserad)
        })
        .expect("hide");
    let lists = service
        .save_referens(ReferensInput {
            dold: true,
            ..edit(ReferensLista::Malgrupp, &malgrupp)
        })
        .expect("hide");
    assert!(named(&lists.individinriktade, "Stöd till arbete").dold);
    assert!(named(&lists.malgrupper, "Övriga").dold);

    let choices = service.insats_choices().expect("choices");
    assert!(choices
        .preciserade
        .individinriktad
        .iter()
        .all(|r| r.id != preciserad.id));
    assert!(choices.malgrupper.iter().all(|r| r.id != malgrupp.id));

    // And shown again.
    service
        .save_referens(edit(ReferensLista::Malgrupp, &malgrupp))
        .expect("show");
    let choices = service.insats_choices().expect("choices");
    assert!(choices.malgrupper.iter().any(|r| r.id == malgrupp.id));
}

#[test]
fn referens_hidden_malgrupp_is_refused_for_a_new_insats_but_kept_where_chosen() {
    let mut service = service_with_forbund("2026-11-24");
    let malgrupp = named(&lists(&service).malgrupper, "Övriga").clone();
    let existing = service
        .create_insats_when_open(NewInsats {
            malgrupp_ids: vec![malgrupp.id],
            ..new_insats(&service, "Nästa steg", Inriktning::Individinriktad)
        })
        .expect("insats")
        .id;
    service
        .save_referens(ReferensInput {
            dold: true,
            ..edit(ReferensLista::Malgrupp, &malgrupp)
        })
        .expect("hide");
    let error = service
        .create_insats_when_open(NewInsats {
            malgrupp_ids: vec![malgrupp.id],
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect_err("hidden målgrupp");
    assert_eq!(error.code(), "not_in_list");
    assert_eq!(error.field(), Some("malgrupper"));

    let kept = service
        .update_insats(update_of_insats(&service, existing))
        .expect("unchanged save keeps it");
    assert_eq!(
        kept.malgrupper
            .iter()
            .map(|m| (m.id, m.dold))
            .collect::<Vec<_>>(),
        [(malgrupp.id, true)]
    );
}

#[test]
fn referens_unused_entry_is_deleted() {
    let mut service = service_with_forbund("2026-11-24");
    let lists = service
        .save_referens(new_entry(ReferensLista::Malgrupp, None, "Föräldralediga"))
        .expect("added");
    let added = named(&lists.malgrupper, "Föräldralediga").id;
    let lists = service
        .delete_referens(ReferensLista::Malgrupp, added)
        .expect("deleted");
    assert!(find(&lists.malgrupper, "Föräldralediga").is_none());

    let default = named(&lists.strukturovergripande, "Metodutveckling").id;
    let lists = service
        .delete_referens(ReferensLista::PreciseradInriktning, default)
        .expect("an unused default too");
    assert!(find(&lists.strukturovergripande, "Metodutveckling").is_none());
    assert!(service
        .insats_choices()
        .expect("choices")
        .preciserade
        .strukturovergripande
        .iter()
        .all(|r| r.id != default));
}

#[test]
fn referens_entry_in_use_can_not_be_deleted_only_hidden() {
    let mut service = service_with_forbund("2026-11-24");
    let preciserad = first_preciserad(&service, Inriktning::Individinriktad);
    let malgrupp = named(&lists(&service).malgrupper, "Sjukskrivna").id;
    service
        .create_insats_when_open(NewInsats {
            malgrupp_ids: vec![malgrupp],
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("insats");
    let before = lists(&service);
    assert_eq!(
        before
            .individinriktade
            .iter()
            .find(|r| r.entry.id == preciserad)
            .map(|r| r.anvands),
        Some(1)
    );
    assert_eq!(
        find(&before.malgrupper, "Sjukskrivna").map(|r| r.anvands),
        Some(1)
    );

    for (lista, id) in [
        (ReferensLista::PreciseradInriktning, preciserad),
        (ReferensLista::Malgrupp, malgrupp),
    ] {
        let error = service.delete_referens(lista, id).expect_err("in use");
        assert_eq!(error.code(), "reference_in_use");
        assert!(error.to_string().contains("Dölj den i stället"), "{error}");
    }
    assert_eq!(lists(&service), before);
}
