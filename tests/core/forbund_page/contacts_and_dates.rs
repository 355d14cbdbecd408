//! Kontakter, D3 and dates.

use super::*;
use crate::support::{insats_with_dates, kommun, medel, save_medel};

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
    save_medel(&mut service, medel(2026, "1 000 000", "", ""));
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
    insats_with_dates(&mut service, "Nystart", "2026-03-01", "");
    let mut save = unchanged_save(&service);
    save.forbund.slutdatum = "2026-02-28".into();
    let error = service
        .save_forbund_page(save)
        .expect_err("insats after the end");
    assert_eq!(error.code(), "data_after_end");
    assert!(error.to_string().contains("Nystart"), "{error}");
}
