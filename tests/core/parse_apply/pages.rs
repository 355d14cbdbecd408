//! The förbund page, "Skapa förbund" and uppdrag: parse step and apply step.

use finsamkollen_core::domain::forbund::{ForbundUpdate, NewForbund};
use finsamkollen_core::domain::uppdrag::{Roll, UppdragAndring, UppdragInput};
use finsamkollen_core::ops::{ForbundPageAndring, ForbundPageSave};
use finsamkollen_core::rules::forbund::{Details, ValidForbund};
use finsamkollen_core::rules::orgnr::Organisationsnummer;
use finsamkollen_core::Service;

use super::*;
use crate::support::{person_input, roles, service_on, unchanged_save, usual_roles};

/// What the förbund page's Spara sends, read by the parse step.
fn typed(save: &ForbundPageSave) -> ForbundPageAndring {
    ForbundPageAndring {
        forbund: parse::forbund(&save.forbund).expect("the page's text reads"),
        verksamhetsomrade: save.verksamhetsomrade.clone(),
        organisationer: save.organisationer.clone(),
        confirm_warnings: save.confirm_warnings,
    }
}

fn with_usual_roles(service: &Service) -> ForbundPageSave {
    ForbundPageSave {
        organisationer: usual_roles(service),
        ..unchanged_save(service)
    }
}

fn person(epost: &str, roll: Roll) -> UppdragInput {
    person_input("Kim Andersson", epost, roll)
}

#[test]
fn parse_forbund_and_uppdrag_name_every_wrong_field_in_swedish() {
    let error = parse::forbund(&ForbundUpdate {
        namn: " ".into(),
        organisationsnummer: "222000-1355".into(),
        startdatum: "2019-13-01".into(),
        slutdatum: "snart".into(),
        postnummer: "4518".into(),
        ..ForbundUpdate::default()
    })
    .expect_err("five wrong fields");
    let named: Vec<String> = fields(&error).into_iter().map(|(f, _, _)| f).collect();
    assert_eq!(
        named,
        [
            "namn",
            "postnummer",
            "organisationsnummer",
            "startdatum",
            "slutdatum"
        ]
    );
    assert!(fields(&error)
        .iter()
        .all(|(_, _, message)| !message.contains("invalid") && message.ends_with('.')));

    let read = parse::forbund(&ForbundUpdate {
        namn: " Samordningsförbundet Norr ".into(),
        organisationsnummer: "2220001354".into(),
        startdatum: "2019-01-01".into(),
        postnummer: "45180".into(),
        ..ForbundUpdate::default()
    })
    .expect("reads");
    assert_eq!(read.namn, "Samordningsförbundet Norr");
    assert_eq!(read.organisationsnummer.to_string(), "222000-1354");
    assert_eq!(read.startdatum, date("2019-01-01"));
    assert_eq!(read.slutdatum, None);
    assert_eq!(read.details.postnummer, "451 80");

    let error = parse::uppdrag(&UppdragInput {
        namn: String::new(),
        telefon: "12".into(),
        ..person("kim", Roll::Forbundsadministrator)
    })
    .expect_err("three wrong fields");
    assert_eq!(
        fields(&error)
            .into_iter()
            .map(|(f, c, _)| (f, c))
            .collect::<Vec<_>>(),
        [
            ("namn".to_owned(), "required"),
            ("epost".to_owned(), "epost_format"),
            ("telefon".to_owned(), "telefon_format"),
        ]
    );
}

#[test]
fn apply_forbund_page_saves_a_typed_change_as_the_form_does() {
    let mut by_form = service_with_forbund(TODAY);
    let mut by_type = service_with_forbund(TODAY);
    let save = ForbundPageSave {
        forbund: ForbundUpdate {
            postnummer: "45180".into(),
            ort: "Uddevalla".into(),
            kontakt_epost: "kansli@fyrbodal.se".into(),
            ..unchanged_save(&by_form).forbund
        },
        ..with_usual_roles(&by_form)
    };
    let form = by_form.save_forbund_page(save.clone()).expect("form");
    let change = typed(&save);
    by_type
        .apply_forbund_page(change, by_type.today())
        .expect("typed");
    let applied = by_type.forbund_page().expect("page");
    assert_eq!(applied, form);
    assert_eq!(applied.forbund.postnummer, "451 80");
}

#[test]
fn m2_apply_forbund_page_refuses_a_typed_change_as_the_form_does() {
    let mut service = service_with_forbund(TODAY);
    let af = org_id(&service, "af");
    let mut organisationer = usual_roles(&service);
    organisationer.retain(|r| r.organisation_id != af);
    organisationer.push(roles(af, true, true));
    let save = ForbundPageSave {
        organisationer,
        ..unchanged_save(&service)
    };
    let form = service.save_forbund_page(save.clone()).expect_err("form");
    let change = typed(&save);
    let applied = service
        .apply_forbund_page(change, service.today())
        .expect_err("typed");
    assert_eq!(codes(&applied), ["m2_af_not_financier"]);
    assert_eq!(fields(&applied), fields(&form));
}

#[test]
fn apply_forbund_page_keeps_the_startdatum_and_a_slutdatum_after_it() {
    let mut service = service_with_forbund(TODAY);
    // The startdatum is fixed once an insats is registered.
    crate::support::insats_with_dates(&mut service, "Steget vidare", "2026-02-01", "");
    let save = with_usual_roles(&service);
    let mut change = typed(&save);
    change.forbund.startdatum = date("2018-01-01");
    change.forbund.slutdatum = Some(date("2018-06-30"));
    let applied = service
        .apply_forbund_page(change, service.today())
        .expect_err("startdatum moved and slutdatum before it");
    assert_eq!(codes(&applied), ["startdatum_fixed", "end_before_start"]);
    let form = service
        .save_forbund_page(ForbundPageSave {
            forbund: ForbundUpdate {
                startdatum: "2018-01-01".into(),
                slutdatum: "2018-06-30".into(),
                ..save.forbund.clone()
            },
            ..save
        })
        .expect_err("form");
    assert_eq!(fields(&applied), fields(&form));
    assert_eq!(
        service.forbund_page().expect("page").forbund.startdatum,
        date("2019-01-01"),
        "nothing saved"
    );
}

#[test]
fn d3_apply_forbund_page_asks_before_saving_a_personnummer() {
    let mut service = service_with_forbund(TODAY);
    let mut change = typed(&with_usual_roles(&service));
    change.forbund.details.beskrivning = "Kontakt 800101-1234".into();
    let error = service
        .apply_forbund_page(change.clone(), service.today())
        .expect_err("needs confirmation");
    assert_eq!(error.code(), "confirm_warnings");
    change.confirm_warnings = true;
    service
        .apply_forbund_page(change, service.today())
        .expect("confirmed");
    let page = service.forbund_page().expect("page");
    assert_eq!(page.forbund.beskrivning, "Kontakt 800101-1234");
}

#[test]
fn apply_new_forbund_checks_the_startdatum_as_skapa_forbund_does() {
    let valid = |start: &str| ValidForbund {
        namn: "Samordningsförbundet Väst".into(),
        organisationsnummer: Organisationsnummer::parse("222000-1354").expect("orgnr"),
        startdatum: date(start),
        slutdatum: None,
        details: Details::default(),
    };
    let mut typed = service_on(TODAY);
    let mut form = service_on(TODAY);
    let too_late = typed
        .apply_new_forbund(valid("2028-01-01"), typed.today())
        .expect_err("after next year");
    let by_form = form
        .create_forbund(NewForbund {
            namn: "Samordningsförbundet Väst".into(),
            organisationsnummer: "222000-1354".into(),
            startdatum: "2028-01-01".into(),
        })
        .expect_err("form");
    assert_eq!(codes(&too_late), ["start_too_late"]);
    assert_eq!(fields(&too_late), fields(&by_form));
    let before_law = typed
        .apply_new_forbund(valid("2003-12-31"), typed.today())
        .expect_err("before the law");
    assert_eq!(codes(&before_law), ["start_before_finsam"]);
    assert!(typed.forbund().expect("read").is_none(), "nothing created");
    let created = typed
        .apply_new_forbund(valid("2027-12-31"), typed.today())
        .expect("next year");
    assert_eq!(created.organisationsnummer, "222000-1354");
    assert_eq!(typed.forbund_page().expect("page").organisationer.len(), 1);
}

#[test]
fn u1_u2_apply_uppdrag_refuses_a_typed_change_as_the_form_does() {
    let mut service = service_with_forbund(TODAY);
    service
        .save_forbund_page(with_usual_roles(&service))
        .expect("roles");
    service
        .save_uppdrag(person("kim@finsam.se", Roll::Forbundsadministrator))
        .expect("Kim");
    let as_typed = |input: &UppdragInput| UppdragAndring {
        id: input.id,
        namn: input.namn.clone(),
        epost: input.epost.clone(),
        telefon: input.telefon.clone(),
        roll: input.roll,
        arbetsgivare_id: input.arbetsgivare_id,
        confirm_warnings: input.confirm_warnings,
    };

    let other_role = person("kim@finsam.se", Roll::Deltagaransvarig);
    let typed = service
        .apply_uppdrag(as_typed(&other_role))
        .expect_err("both roles");
    let form = service.save_uppdrag(other_role).expect_err("form");
    assert_eq!(codes(&typed), ["u1_both_roles"]);
    assert_eq!(fields(&typed), fields(&form));

    let employed_by_forbund = UppdragInput {
        arbetsgivare_id: Some(org_id(&service, "forbund")),
        ..person("alex@finsam.se", Roll::Deltagaransvarig)
    };
    let typed = service
        .apply_uppdrag(as_typed(&employed_by_forbund))
        .expect_err("employed by the förbund");
    let form = service.save_uppdrag(employed_by_forbund).expect_err("form");
    assert_eq!(codes(&typed), ["u2_employed_by_forbund"]);
    assert_eq!(fields(&typed), fields(&form));

    let employed_by_kommun = UppdragInput {
        arbetsgivare_id: Some(org_id(&service, "kommun-1488")),
        ..person("alex@finsam.se", Roll::Deltagaransvarig)
    };
    service
        .apply_uppdrag(as_typed(&employed_by_kommun))
        .expect("a member employs Alex");
    let people = service.uppdrag().expect("list");
    assert_eq!(people.len(), 2);
}
