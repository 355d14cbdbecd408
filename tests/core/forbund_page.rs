//! The förbund page: details, verksamhetsområde and ingående organisationer, saved
//! together with one Spara (domain spec, Förbund; D3; "Nothing is half-saved").

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::forbund::ForbundUpdate;
use finsamkollen_core::domain::omrade::OmradeRef;
use finsamkollen_core::ops::ForbundPageSave;
use finsamkollen_core::Service;

use crate::support::{
    codes, date, org_id, roles, save_with_roles, service_on, service_with_forbund, unchanged_save,
    update_of, usual_roles,
};

/// The stored förbund record as the details form would send it back.
fn current_update(service: &Service) -> ForbundUpdate {
    update_of(&service.forbund().expect("read").expect("exists"))
}

/// A save of these details with the rest of the page unchanged.
fn save_details(service: &Service, forbund: ForbundUpdate) -> ForbundPageSave {
    ForbundPageSave {
        forbund,
        ..unchanged_save(service)
    }
}

fn kommun(kod: &str) -> OmradeRef {
    OmradeRef {
        kommun_kod: kod.into(),
        stadsdel_id: None,
    }
}

fn stadsdel_id(service: &Service, kommun_kod: &str, namn: &str, valid_from: &str) -> i64 {
    service
        .db()
        .conn()
        .query_row(
            "SELECT id FROM stadsdel WHERE kommun_kod = ?1 AND namn = ?2 AND valid_from = ?3",
            [kommun_kod, namn, valid_from],
            |r| r.get(0),
        )
        .expect("stadsdel in the reference data")
}

/// A förbund with details, a verksamhetsområde and the usual members already saved.
fn service_with_saved_page() -> Service {
    let mut service = service_with_forbund("2026-11-24");
    let save = ForbundPageSave {
        forbund: ForbundUpdate {
            beskrivning: "Finsam i Fyrbodal.".into(),
            postnummer: "451 80".into(),
            ort: "Uddevalla".into(),
            ..current_update(&service)
        },
        verksamhetsomrade: vec![kommun("1485"), kommun("1488")],
        organisationer: usual_roles(&service),
        confirm_warnings: false,
    };
    service.save_forbund_page(save).expect("first save");
    service
}

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
fn forbund_page_startdatum_can_never_change() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                startdatum: "2020-01-01".into(),
                ..current_update(&service)
            },
        ))
        .expect_err("startdatum is fixed");
    assert_eq!(error.code(), "startdatum_fixed");
    assert_eq!(error.field(), Some("startdatum"));
    assert_eq!(
        error.to_string(),
        "Startdatumet sattes när förbundet skapades och kan inte ändras."
    );
    let stored = service.forbund().expect("read").expect("exists");
    assert_eq!(stored.startdatum, date("2019-01-01"));
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

#[test]
fn d3_personnummer_in_kontakt_telefon_needs_confirmation() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                kontakt_telefon: "800101-1234".into(),
                ..current_update(&service)
            },
        ))
        .expect_err("warning first");
    assert_eq!(error.code(), "confirm_warnings");
    assert_eq!(
        service
            .forbund()
            .expect("read")
            .expect("exists")
            .kontakt_telefon,
        ""
    );
}

#[test]
fn d3_organisationsnummer_in_beskrivning_is_no_warning() {
    let mut service = service_with_forbund("2026-11-24");
    let page = service
        .save_forbund_page(save_details(
            &service,
            ForbundUpdate {
                beskrivning: "Förbundets organisationsnummer är 222000-1354.".into(),
                ..current_update(&service)
            },
        ))
        .expect("no warning");
    assert!(page.forbund.beskrivning.contains("222000-1354"));
}

// --- Verksamhetsområde ---------------------------------------------------------------

#[test]
fn forbund_page_verksamhetsomrade_is_saved_with_names() {
    let mut service = service_with_forbund("2026-11-24");
    let bromma = stadsdel_id(&service, "0180", "Bromma", "2007-01-01");
    let page = service
        .save_forbund_page(ForbundPageSave {
            verksamhetsomrade: vec![
                kommun("1780"),
                kommun("0180"),
                OmradeRef {
                    kommun_kod: "0180".into(),
                    stadsdel_id: Some(bromma),
                },
            ],
            ..unchanged_save(&service)
        })
        .expect("saved");
    let shown: Vec<(&str, Option<i64>, &str, bool)> = page
        .verksamhetsomrade
        .iter()
        .map(|o| {
            (
                o.kommun_kod.as_str(),
                o.stadsdel_id,
                o.namn.as_str(),
                o.historisk,
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("1780", None, "Karlstad", false),
            ("0180", None, "Stockholm", false),
            ("0180", Some(bromma), "Stockholm – Bromma", false),
        ]
    );
    let lan: Vec<&str> = page
        .verksamhetsomrade
        .iter()
        .map(|o| o.lan_namn.as_str())
        .collect();
    assert_eq!(lan, ["Värmlands län", "Stockholms län", "Stockholms län"]);
    assert_eq!(
        service.forbund_page().expect("page").verksamhetsomrade,
        page.verksamhetsomrade
    );
}

#[test]
fn forbund_page_verksamhetsomrade_duplicates_are_kept_once() {
    let mut service = service_with_forbund("2026-11-24");
    let page = service
        .save_forbund_page(ForbundPageSave {
            verksamhetsomrade: vec![kommun("1780"), kommun("1780")],
            ..unchanged_save(&service)
        })
        .expect("saved");
    assert_eq!(page.verksamhetsomrade.len(), 1);
}

#[test]
fn forbund_page_verksamhetsomrade_entries_are_removed_by_leaving_them_out() {
    let mut service = service_with_saved_page();
    let page = service
        .save_forbund_page(ForbundPageSave {
            verksamhetsomrade: vec![kommun("1488")],
            ..unchanged_save(&service)
        })
        .expect("saved");
    let names: Vec<&str> = page
        .verksamhetsomrade
        .iter()
        .map(|o| o.namn.as_str())
        .collect();
    assert_eq!(names, ["Trollhättan"]);
}

#[test]
fn forbund_page_a_historical_stadsdel_stays_readable_and_marked() {
    let mut service = service_with_forbund("2026-11-24");
    let rinkeby = stadsdel_id(&service, "0180", "Rinkeby-Kista", "2007-01-01");
    let page = service
        .save_forbund_page(ForbundPageSave {
            verksamhetsomrade: vec![OmradeRef {
                kommun_kod: "0180".into(),
                stadsdel_id: Some(rinkeby),
            }],
            ..unchanged_save(&service)
        })
        .expect("a stored historical stadsdel can be saved back");
    assert_eq!(page.verksamhetsomrade[0].namn, "Stockholm – Rinkeby-Kista");
    assert!(page.verksamhetsomrade[0].historisk);
}

#[test]
fn forbund_page_unknown_kommun_is_refused() {
    let mut service = service_with_saved_page();
    let before = service.forbund_page().expect("page");
    let error = service
        .save_forbund_page(ForbundPageSave {
            verksamhetsomrade: vec![kommun("1780"), kommun("9999")],
            ..unchanged_save(&service)
        })
        .expect_err("unknown kommun");
    assert_eq!(error.code(), "not_found");
    assert!(error.to_string().contains("9999"), "{error}");
    assert_eq!(service.forbund_page().expect("page"), before);
}

#[test]
fn forbund_page_stadsdel_of_another_kommun_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    let bromma = stadsdel_id(&service, "0180", "Bromma", "2007-01-01");
    let error = service
        .save_forbund_page(ForbundPageSave {
            verksamhetsomrade: vec![OmradeRef {
                kommun_kod: "1480".into(),
                stadsdel_id: Some(bromma),
            }],
            ..unchanged_save(&service)
        })
        .expect_err("Bromma is not in Göteborg");
    assert_eq!(error.code(), "not_found");
}

// --- The förbund itself --------------------------------------------------------------

#[test]
fn forbund_page_the_forbund_itself_is_konsument_from_the_start() {
    let service = service_with_forbund("2026-11-24");
    let page = service.forbund_page().expect("page");
    assert_eq!(page.organisationer.len(), 1);
    let itself = &page.organisationer[0];
    assert_eq!(itself.organisation.id, org_id(&service, "forbund"));
    assert_eq!(
        itself.organisation.namn,
        "Samordningsförbundet Västra Fyrbodal"
    );
    assert!(itself.konsument);
    assert!(!itself.medlem);
}

#[test]
fn forbund_page_the_forbund_itself_stays_konsument_when_omitted() {
    let mut service = service_with_forbund("2026-11-24");
    let forbund = org_id(&service, "forbund");
    let fk = org_id(&service, "fk");
    let page = service
        .save_forbund_page(save_with_roles(&service, vec![roles(fk, true, true)]))
        .expect("saved");
    let listed: Vec<(i64, bool)> = page
        .organisationer
        .iter()
        .map(|o| (o.organisation.id, o.konsument))
        .collect();
    assert_eq!(listed, [(forbund, true), (fk, false)], "förbund first");
}

#[test]
fn forbund_page_the_forbund_itself_can_not_be_medlem() {
    let mut service = service_with_forbund("2026-11-24");
    let before = service.forbund_page().expect("page");
    let forbund = org_id(&service, "forbund");
    let error = service
        .save_forbund_page(save_with_roles(&service, vec![roles(forbund, true, false)]))
        .expect_err("not its own member");
    assert_eq!(error.code(), "forbund_not_member");
    assert_eq!(
        error.field(),
        Some(format!("organisationer.{forbund}").as_str())
    );
    assert_eq!(service.forbund_page().expect("page"), before);
}

#[test]
fn forbund_page_the_forbund_itself_may_be_financier() {
    let mut service = service_with_forbund("2026-11-24");
    let forbund = org_id(&service, "forbund");
    let page = service
        .save_forbund_page(save_with_roles(&service, vec![roles(forbund, false, true)]))
        .expect("saved");
    assert!(page.organisationer[0].konsument);
    assert!(page.organisationer[0].finansiar);
}

#[test]
fn forbund_page_unknown_organisation_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_forbund_page(save_with_roles(&service, vec![roles(999_999, true, false)]))
        .expect_err("unknown organisation");
    assert_eq!(error.code(), "not_found");
}

#[test]
fn forbund_page_roles_are_saved_and_ordered_by_type() {
    let mut service = service_with_forbund("2026-11-24");
    let mut organisationer = usual_roles(&service);
    organisationer.reverse();
    let page = service
        .save_forbund_page(save_with_roles(&service, organisationer))
        .expect("saved");
    let shown: Vec<(&str, bool, bool, bool)> = page
        .organisationer
        .iter()
        .map(|o| {
            (
                o.organisation.namn.as_str(),
                o.medlem,
                o.finansiar,
                o.konsument,
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("Samordningsförbundet Västra Fyrbodal", false, false, true),
            ("Arbetsförmedlingen", true, false, false),
            ("Försäkringskassan", true, true, false),
            ("Västra Götalandsregionen", true, true, false),
            ("Trollhättans Stad", true, true, false),
        ]
    );
}

#[test]
fn forbund_page_lists_lan_and_organisation_types_for_the_pickers() {
    let service = service_with_forbund("2026-11-24");
    let page = service.forbund_page().expect("page");
    assert_eq!(page.lan.len(), 21);
    assert_eq!(page.lan[0].kod, "01");
    assert_eq!(page.lan[0].namn, "Stockholms län");
    let labels: Vec<&str> = page
        .organisationstyper
        .iter()
        .map(|t| t.label.as_str())
        .collect();
    assert_eq!(
        labels,
        [
            "Stat",
            "Region/landsting",
            "Kommun",
            "Samordningsförbund",
            "ESF-rådet",
            "Övrigt"
        ]
    );
}

#[test]
fn forbund_page_y3_slutdatum_before_registered_funds_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .db()
        .conn()
        .execute(
            "INSERT INTO medel (ar, samverkansparterna) VALUES (2026, 1000000)",
            [],
        )
        .expect("medel");
    let mut save = unchanged_save(&service);
    save.forbund.slutdatum = "2025-12-31".into();
    let error = service
        .save_forbund_page(save)
        .expect_err("funds after the end");
    assert_eq!(error.code(), "data_after_end");
    assert_eq!(error.field(), Some("slutdatum"));
    assert!(error.to_string().contains("medel för 2026"), "{error}");
    let mut save = unchanged_save(&service);
    save.forbund.slutdatum = "2026-12-31".into();
    service
        .save_forbund_page(save)
        .expect("funds within the period");
}

#[test]
fn forbund_page_y3_slutdatum_before_an_insats_starts_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .db()
        .conn()
        .execute(
            "INSERT INTO insats (namn, namn_nyckel, inriktning, foljer_deltagare, esf, startdatum)
             VALUES ('Nystart', 'nystart', 'individinriktad', 1, 0, '2026-03-01')",
            [],
        )
        .expect("insats");
    let mut save = unchanged_save(&service);
    save.forbund.slutdatum = "2026-02-28".into();
    let error = service
        .save_forbund_page(save)
        .expect_err("insats after the end");
    assert_eq!(error.code(), "data_after_end");
    assert!(error.to_string().contains("Nystart"), "{error}");
}
