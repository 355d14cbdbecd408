//! The forbund page and its details.

use super::*;
use crate::support::kommun;

// --- Details ---------------------------------------------------------------------------

#[test]
fn forbund_page_needs_a_forbund() {
    let service = service_on("2026-11-24");
    assert_eq!(
        service.forbund_page().expect_err("none").code(),
        "no_forbund"
    );
}

#[test]
fn forbund_page_save_before_creation_is_refused() {
    let mut service = service_on("2026-11-24");
    let error = service
        .save_forbund_page(ForbundPageSave {
            forbund: ForbundUpdate::default(),
            verksamhetsomrade: Vec::new(),
            organisationer: Vec::new(),
            confirm_warnings: false,
        })
        .expect_err("no förbund");
    assert_eq!(error.code(), "no_forbund");
    assert_eq!(service.forbund().expect("read"), None);
}

#[test]
fn forbund_page_all_details_are_saved() {
    let mut service = service_with_forbund("2026-11-24");
    let page = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                namn: "Finsam Västra Fyrbodal".into(),
                beskrivning: "  Samverkan för att fler ska komma i arbete. ".into(),
                gatuadress: "Kungsgatan 1".into(),
                postnummer: "45180".into(),
                ort: "Uddevalla".into(),
                kontakt_namn: "Kim Andersson".into(),
                kontakt_telefon: "0522-123 45".into(),
                kontakt_epost: "kim@finsam.se".into(),
                ..current_update(&service)
            },
        ))
        .expect("saved");
    let f = &page.forbund;
    assert_eq!(f.namn, "Finsam Västra Fyrbodal");
    assert_eq!(f.organisationsnummer, "222000-1354");
    assert_eq!(f.startdatum, date("2019-01-01"));
    assert_eq!(f.slutdatum, None);
    assert_eq!(f.beskrivning, "Samverkan för att fler ska komma i arbete.");
    assert_eq!(f.gatuadress, "Kungsgatan 1");
    assert_eq!(f.postnummer, "451 80", "postnummer is stored as NNN NN");
    assert_eq!(f.ort, "Uddevalla");
    assert_eq!(f.kontakt_namn, "Kim Andersson");
    assert_eq!(f.kontakt_telefon, "0522-123 45");
    assert_eq!(f.kontakt_epost, "kim@finsam.se");
    assert_eq!(service.forbund().expect("read").as_ref(), Some(f));
    assert_eq!(service.forbund_page().expect("page"), page);
}

#[test]
fn forbund_page_details_other_than_startdatum_can_change() {
    let mut service = service_with_saved_page();
    let page = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                namn: "Finsam Nytt Namn".into(),
                organisationsnummer: "2220001628".into(),
                slutdatum: "2026-12-31".into(),
                beskrivning: String::new(),
                postnummer: String::new(),
                ort: String::new(),
                ..current_update(&service)
            },
        ))
        .expect("saved");
    assert_eq!(page.forbund.namn, "Finsam Nytt Namn");
    assert_eq!(page.forbund.organisationsnummer, "222000-1628");
    assert_eq!(page.forbund.slutdatum, Some(date("2026-12-31")));
    assert_eq!(page.forbund.beskrivning, "");
    assert_eq!(page.forbund.postnummer, "");
    assert_eq!(page.forbund.ort, "");
    assert_eq!(
        page.organisationer[0].organisation.namn, "Finsam Nytt Namn",
        "the konsument row shows the förbund's name"
    );
    assert_eq!(service.forbund().expect("read"), Some(page.forbund));
}

#[test]
fn forbund_page_startdatum_can_be_corrected_until_an_insats_or_figure_is_registered() {
    let mut service = service_with_forbund("2026-12-07");
    assert!(
        service
            .forbund_page()
            .expect("page")
            .startdatum_andringsbart
    );
    let mut update = update_of(&service.forbund().expect("read").expect("exists"));
    update.startdatum = "2012-01-01".into();
    service
        .save_forbund_page(save_details(&service, update.clone()))
        .expect("a first day's typo is corrected");
    assert_eq!(
        service.forbund().expect("read").expect("exists").startdatum,
        date("2012-01-01")
    );
    // The law's start still holds.
    update.startdatum = "2003-01-01".into();
    let error = service
        .save_forbund_page(save_details(&service, update.clone()))
        .expect_err("before the law");
    assert_eq!(error.code(), "start_before_finsam");
    // Once an insats exists, it is fixed, in the core and in the schema.
    crate::support::insats_with_dates(&mut service, "Steget vidare", "2026-02-01", "");
    assert!(
        !service
            .forbund_page()
            .expect("page")
            .startdatum_andringsbart
    );
    update.startdatum = "2013-01-01".into();
    let error = service
        .save_forbund_page(save_details(&service, update))
        .expect_err("fixed now");
    assert_eq!(error.code(), "startdatum_fixed");
    assert_eq!(error.field(), Some("startdatum"));
    // Raw SQL: the database's own trigger is under test, so the write goes past the core's checks.
    let error = crate::support::raw_sql(
        &service,
        "UPDATE forbund SET startdatum = '2013-01-01' WHERE id = 1",
    )
    .expect_err("the trigger refuses");
    assert_eq!(error.code(), "startdatum_fixed");
}

#[test]
fn forbund_page_slutdatum_before_startdatum_is_refused_and_nothing_half_saved() {
    let mut service = service_with_forbund("2026-11-24");
    let before = service.forbund_page().expect("page");
    let error = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                namn: "Annat namn".into(),
                slutdatum: "2018-12-31".into(),
                ..current_update(&service)
            },
        ))
        .expect_err("end before start");
    assert_eq!(error.code(), "end_before_start");
    assert_eq!(error.field(), Some("slutdatum"));
    assert_eq!(service.forbund_page().expect("page"), before);
}

#[test]
fn forbund_page_slutdatum_on_startdatum_is_allowed() {
    let mut service = service_with_forbund("2026-11-24");
    let page = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                slutdatum: "2019-01-01".into(),
                ..current_update(&service)
            },
        ))
        .expect("same day");
    assert_eq!(page.forbund.slutdatum, Some(date("2019-01-01")));
}

#[test]
fn forbund_page_bad_postnummer_is_refused_with_its_field() {
    let mut service = service_with_forbund("2026-11-24");
    for bad in ["4518", "451 801", "45l80", "051 80"] {
        let error = service
            .save_forbund_page(save_details(
                &service,
                ForbundUpdate {
                    postnummer: bad.into(),
                    ..current_update(&service)
                },
            ))
            .expect_err(bad);
        assert_eq!(error.code(), "postnummer_format", "{bad}");
        assert_eq!(error.field(), Some("postnummer"), "{bad}");
    }
    assert_eq!(
        service.forbund().expect("read").expect("exists").postnummer,
        ""
    );
}

#[test]
fn forbund_page_bad_kontakt_telefon_is_refused_with_its_field() {
    let mut service = service_with_forbund("2026-11-24");
    for bad in [
        "0522-12",
        "0522 abc 45",
        "46+ 522 123 45",
        "0522-123 45 67 89 01 23",
    ] {
        let error = service
            .save_forbund_page(save_details(
                &service,
                ForbundUpdate {
                    kontakt_telefon: bad.into(),
                    ..current_update(&service)
                },
            ))
            .expect_err(bad);
        assert_eq!(error.code(), "telefon_format", "{bad}");
        assert_eq!(error.field(), Some("kontaktTelefon"), "{bad}");
    }
}

#[test]
fn forbund_page_bad_kontakt_epost_is_refused_with_its_field() {
    let mut service = service_with_forbund("2026-11-24");
    for bad in [
        "kim.finsam.se",
        "kim@finsam",
        "@finsam.se",
        "kim@@finsam.se",
        "kim @finsam.se",
        "kim@finsam.",
    ] {
        let error = service
            .save_forbund_page(save_details(
                &service,
                ForbundUpdate {
                    kontakt_epost: bad.into(),
                    ..current_update(&service)
                },
            ))
            .expect_err(bad);
        assert_eq!(error.code(), "epost_format", "{bad}");
        assert_eq!(error.field(), Some("kontaktEpost"), "{bad}");
    }
}

#[test]
fn forbund_page_several_wrong_fields_are_reported_together() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                namn: " ".into(),
                postnummer: "4518".into(),
                kontakt_telefon: "12".into(),
                kontakt_epost: "kim".into(),
                ..current_update(&service)
            },
        ))
        .expect_err("refused");
    assert_eq!(error.code(), "several");
    assert_eq!(
        codes(&error),
        [
            "required",
            "postnummer_format",
            "telefon_format",
            "epost_format"
        ]
    );
    let boundary = AppError::from(error);
    let fields: Vec<&str> = boundary.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        ["namn", "postnummer", "kontaktTelefon", "kontaktEpost"]
    );
}

#[test]
fn forbund_page_errors_in_details_and_roles_are_reported_together() {
    let mut service = service_with_forbund("2026-11-24");
    let af = org_id(&service, "af");
    let mut organisationer = usual_roles(&service);
    organisationer.retain(|r| r.organisation_id != af);
    organisationer.push(roles(af, true, true));
    let error = service
        .save_forbund_page(ForbundPageSave {
            forbund: ForbundUpdate {
                kontakt_epost: "kim".into(),
                ..current_update(&service)
            },
            organisationer,
            ..unchanged_save(&service)
        })
        .expect_err("refused");
    assert_eq!(error.code(), "several");
    assert_eq!(codes(&error), ["epost_format", "m2_af_not_financier"]);
}

#[test]
fn forbund_page_a_refused_save_changes_nothing() {
    let mut service = service_with_saved_page();
    let before = service.forbund_page().expect("page");
    let af = org_id(&service, "af");
    let mut organisationer = usual_roles(&service);
    organisationer.retain(|r| r.organisation_id != af);
    organisationer.push(roles(af, true, true)); // M2
    organisationer.push(roles(org_id(&service, "kommun-1480"), true, true));
    let error = service
        .save_forbund_page(ForbundPageSave {
            forbund: ForbundUpdate {
                namn: "Helt nytt namn".into(),
                beskrivning: "Ny beskrivning".into(),
                postnummer: "41101".into(),
                ort: "Göteborg".into(),
                kontakt_epost: "ny@finsam.se".into(),
                ..current_update(&service)
            },
            verksamhetsomrade: vec![kommun("1480"), kommun("1780")],
            organisationer,
            confirm_warnings: true,
        })
        .expect_err("M2 refuses the whole save");
    assert_eq!(error.code(), "m2_af_not_financier");
    let after = service.forbund_page().expect("page");
    assert_eq!(after, before);
    assert_eq!(after.forbund.namn, "Samordningsförbundet Västra Fyrbodal");
    assert_eq!(after.verksamhetsomrade.len(), 2);
}

#[test]
fn forbund_page_a_save_without_changes_keeps_the_page() {
    let mut service = service_with_saved_page();
    let before = service.forbund_page().expect("page");
    let after = service
        .save_forbund_page(unchanged_save(&service))
        .expect("saved");
    assert_eq!(after, before);
}

// --- D3 ------------------------------------------------------------------------------

#[test]
fn d3_personnummer_in_beskrivning_needs_confirmation() {
    let mut service = service_with_saved_page();
    let before = service.forbund_page().expect("page");
    let save = ForbundPageSave {
        forbund: ForbundUpdate {
            beskrivning: "Deltagare 800101-1234 har börjat.".into(),
            ..current_update(&service)
        },
        verksamhetsomrade: vec![kommun("1780")],
        organisationer: vec![roles(org_id(&service, "fk"), true, true)],
        confirm_warnings: false,
    };
    let error = service
        .save_forbund_page(save.clone())
        .expect_err("warning first");
    assert_eq!(error.code(), "confirm_warnings");
    let finsamkollen_core::CoreError::ConfirmWarnings(warnings) = &error else {
        panic!("expected ConfirmWarnings, got {error:?}");
    };
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].code, "d3_personnummer");
    assert_eq!(warnings[0].field.as_deref(), Some("beskrivning"));
    assert_eq!(
        service.forbund_page().expect("page"),
        before,
        "nothing saved"
    );

    let page = service
        .save_forbund_page(ForbundPageSave {
            confirm_warnings: true,
            ..save
        })
        .expect("confirmed");
    assert_eq!(
        page.forbund.beskrivning,
        "Deltagare 800101-1234 har börjat."
    );
    assert_eq!(page.verksamhetsomrade.len(), 1);
    assert_eq!(page.organisationer.len(), 2);
}
