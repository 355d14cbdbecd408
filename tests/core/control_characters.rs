//! Control characters (NUL and the other invisible C0 and C1 controls) are refused in every
//! text the core stores, through every use case that stores one, with a Swedish message
//! naming the field; a description keeps its line breaks and tabs (issue 14, item 4).

use finsamkollen_core::domain::insats::Inriktning;
use finsamkollen_core::domain::uppdrag::{Roll, UppdragInput};
use finsamkollen_core::ops::{ReferensInput, ReferensLista};
use finsamkollen_core::rules::text::{self, Lines};
use finsamkollen_core::CoreError;

use crate::support::{
    codes, count_rows, new_forbund, new_insats, service_on, service_with_forbund, unchanged_save,
    update_of_insats, CreateWhenOpen,
};

const TODAY: &str = "2026-03-01";

/// Sets one field of a förbund page save.
type Set = fn(&mut finsamkollen_core::ops::ForbundPageSave, String);

/// The one error of a refused save, whichever way it was folded.
fn only(error: CoreError) -> CoreError {
    match error {
        CoreError::Several(mut errors) if errors.len() == 1 => errors.remove(0),
        other => other,
    }
}

fn assert_control(error: CoreError, field: &str, message: &str) {
    let error = only(error);
    assert_eq!(error.code(), "text_control_character", "{error:?}");
    assert_eq!(error.field(), Some(field));
    assert_eq!(error.to_string(), message);
}

#[test]
fn control_characters_the_rule_refuses_c0_del_and_c1_but_not_ordinary_text() {
    for bad in [
        "a\u{0}b", "a\u{1}b", "a\u{1b}b", "a\u{7f}b", "a\u{85}b", "a\u{9f}b",
    ] {
        let error = text::no_control_characters(bad, "namn", "Namn", Lines::Several)
            .expect_err(&format!("{bad:?}"));
        assert_eq!(error.code(), "text_control_character");
    }
    for good in [
        "Steget vidare",
        "Åsa Öberg-Ärlig",
        "100 % – “citat” …",
        "€ 1 234",
    ] {
        text::no_control_characters(good, "namn", "Namn", Lines::One).expect(good);
    }
}

#[test]
fn control_characters_line_breaks_and_tabs_only_in_text_of_several_lines() {
    for lines in ["rad ett\nrad två", "rad ett\r\nrad två", "kolumn\tkolumn"] {
        text::no_control_characters(lines, "beskrivning", "Beskrivning", Lines::Several)
            .expect(lines);
        let error =
            text::no_control_characters(lines, "namn", "Namn", Lines::One).expect_err(lines);
        assert_eq!(
            error.to_string(),
            "Namn innehåller ett osynligt styrtecken. Skriv om texten utan det."
        );
    }
}

#[test]
fn control_characters_in_the_forbund_name_are_refused_when_it_is_created() {
    let mut service = service_on(TODAY);
    let mut input = new_forbund();
    input.namn = "Finsam\u{0} Väst".into();
    let error = service.create_forbund(input).expect_err("NUL");
    assert_control(
        error,
        "namn",
        "Namn innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
    assert_eq!(service.forbund().expect("read"), None, "nothing stored");
}

#[test]
fn control_characters_in_every_text_of_the_forbund_page_are_refused_naming_the_field() {
    let mut service = service_with_forbund(TODAY);
    let cases: [(&str, &str, Set); 6] = [
        ("namn", "Namn", |s, v| s.forbund.namn = v),
        ("beskrivning", "Beskrivning", |s, v| {
            s.forbund.beskrivning = v
        }),
        ("gatuadress", "Gatuadress", |s, v| s.forbund.gatuadress = v),
        ("ort", "Ort", |s, v| s.forbund.ort = v),
        ("kontaktNamn", "Kontaktpersonens namn", |s, v| {
            s.forbund.kontakt_namn = v
        }),
        ("kontaktEpost", "E-post", |s, v| s.forbund.kontakt_epost = v),
    ];
    let before = service.forbund_page().expect("page").forbund;
    for (field, label, set) in cases {
        let mut save = unchanged_save(&service);
        set(&mut save, "anna\u{0}@finsam.se".into());
        let error = service.save_forbund_page(save).expect_err(field);
        assert_control(
            error,
            field,
            &format!("{label} innehåller ett osynligt styrtecken. Skriv om texten utan det."),
        );
    }
    // The fields with a format of their own refuse it by that format.
    let formats: [(&str, Set); 4] = [
        ("kontaktTelefon", |s, v| s.forbund.kontakt_telefon = v),
        ("postnummer", |s, v| s.forbund.postnummer = v),
        ("organisationsnummer", |s, v| {
            s.forbund.organisationsnummer = v
        }),
        ("slutdatum", |s, v| s.forbund.slutdatum = v),
    ];
    for (field, set) in formats {
        let mut save = unchanged_save(&service);
        set(&mut save, "451\u{0}80".into());
        let error = service.save_forbund_page(save).expect_err(field);
        assert_eq!(only(error).field(), Some(field));
    }
    assert_eq!(service.forbund_page().expect("page").forbund, before);
}

#[test]
fn control_characters_a_forbund_description_keeps_its_line_breaks() {
    let mut service = service_with_forbund(TODAY);
    let mut save = unchanged_save(&service);
    save.forbund.beskrivning = "Första stycket.\n\nAndra stycket:\n\t– en punkt".into();
    service
        .save_forbund_page(save)
        .expect("line breaks are text");
    assert_eq!(
        service.forbund_page().expect("page").forbund.beskrivning,
        "Första stycket.\n\nAndra stycket:\n\t– en punkt"
    );
}

#[test]
fn control_characters_in_an_insats_name_or_description_are_refused_on_create_and_update() {
    let mut service = service_with_forbund(TODAY);
    let mut input = new_insats(&service, "Steget\u{0} vidare", Inriktning::Individinriktad);
    let error = service
        .create_insats_when_open(input.clone())
        .expect_err("NUL in namn");
    assert_control(
        error,
        "namn",
        "Namn innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
    input.namn = "Steget vidare".into();
    input.beskrivning = "Stöd\u{7}till arbete".into();
    let error = service
        .create_insats_when_open(input.clone())
        .expect_err("BEL in beskrivning");
    assert_control(
        error,
        "beskrivning",
        "Beskrivning innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 0);

    input.beskrivning = "Rad ett\nrad två".into();
    let id = service.create_insats_when_open(input).expect("lines").id;
    let mut update = update_of_insats(&service, id);
    update.fields.namn = "Steget\u{1f}vidare".into();
    let error = service.update_insats(update).expect_err("US in namn");
    assert_eq!(only(error).code(), "text_control_character");
    assert_eq!(service.insats(id).expect("insats").namn, "Steget vidare");
}

#[test]
fn control_characters_in_an_uppdrag_are_refused() {
    let mut service = service_with_forbund(TODAY);
    let person = |namn: &str, epost: &str, telefon: &str| UppdragInput {
        id: None,
        namn: namn.into(),
        epost: epost.into(),
        telefon: telefon.into(),
        roll: Roll::Forbundsadministrator,
        arbetsgivare_id: None,
        confirm_warnings: false,
    };
    let error = service
        .save_uppdrag(person("Anna\u{0}", "anna@finsam.se", ""))
        .expect_err("namn");
    assert_control(
        error,
        "namn",
        "Namn innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
    let error = service
        .save_uppdrag(person("Anna", "an\u{0}na@finsam.se", ""))
        .expect_err("epost");
    assert_control(
        error,
        "epost",
        "E-post innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
    let error = service
        .save_uppdrag(person("Anna", "anna@finsam.se", "0522\u{0}12345"))
        .expect_err("telefon");
    assert_eq!(codes(&error), ["telefon_format"]);
    assert_eq!(count_rows(&service, "SELECT count(*) FROM uppdrag"), 0);
}

#[test]
fn control_characters_in_a_reference_list_entry_or_an_organisation_are_refused() {
    let mut service = service_with_forbund(TODAY);
    let entry = |namn: &str, hjalptext: &str| ReferensInput {
        lista: ReferensLista::Malgrupp,
        id: None,
        inriktning: None,
        namn: namn.into(),
        hjalptext: hjalptext.into(),
        dold: false,
    };
    let before = count_rows(&service, "SELECT count(*) FROM malgrupp");
    let error = service
        .save_referens(entry("Unga\u{0}vuxna", ""))
        .expect_err("namn");
    assert_control(
        error,
        "namn",
        "Namn innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
    let error = service
        .save_referens(entry("Unga vuxna", "16–29 år\u{0}"))
        .expect_err("hjalptext");
    assert_control(
        error,
        "hjalptext",
        "Hjälptext innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM malgrupp"),
        before
    );
    service
        .save_referens(entry("Unga vuxna", "16–29 år,\nsom står långt från arbete"))
        .expect("a help text of two lines");

    let error = service
        .create_organisation("Coompanion\u{0}".into())
        .expect_err("organisation");
    assert_control(
        error,
        "namn",
        "Namn innehåller ett osynligt styrtecken. Skriv om texten utan det.",
    );
}
