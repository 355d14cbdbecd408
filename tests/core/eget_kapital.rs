//! Eget kapital (domain spec F2, issue 16 item 3): Nationella rådet's recommended level in
//! steps by the year's medel, kept with its source under Inställningar, shown beside Medel
//! and warned about (never refused) when the year's överskott is above it. The steps here
//! are test figures, not the recommendation: the app ships without steps.

use finsamkollen_core::domain::medel::{
    EgetKapitalKallaInput, EgetKapitalSteg, EgetKapitalStegInput,
};
use finsamkollen_core::rules::eget_kapital::{level, step_for};
use finsamkollen_core::{Kronor, Service};

use crate::support::{
    codes, count_rows, medel, save_medel, service_with_forbund, service_with_members,
};

const TODAY: &str = "2026-11-24";
const YEAR: i32 = 2026;

fn kalla() -> EgetKapitalKallaInput {
    EgetKapitalKallaInput {
        namn: "Testkälla".into(),
        url: "https://example.org/eget-kapital".into(),
        datum: "2026-01-15".into(),
    }
}

fn steg(medel_fran: &str, procent: &str) -> EgetKapitalStegInput {
    EgetKapitalStegInput {
        original: None,
        medel_fran: medel_fran.into(),
        procent: procent.into(),
    }
}

/// A förbund with the usual members and two test steps: from 0 kr 20 %, from
/// 10 000 000 kr 15 %.
fn service_with_steps() -> Service {
    let mut service = service_with_members(TODAY);
    service.save_eget_kapital_kalla(kalla()).expect("källa");
    service
        .save_eget_kapital_steg(steg("0", "20"))
        .expect("steg 1");
    service
        .save_eget_kapital_steg(steg("10 000 000", "15 %"))
        .expect("steg 2");
    service
}

fn f2_warnings(service: &Service) -> usize {
    service
        .forhandskontroll(YEAR)
        .expect("check")
        .varningar
        .iter()
        .filter(|a| a.kod == "f2_eget_kapital")
        .count()
}

#[test]
fn f2_the_app_ships_without_levels_so_nothing_is_shown_or_warned() {
    let mut service = service_with_forbund(TODAY);
    let levels = service.eget_kapital().expect("levels");
    assert!(levels.steg.is_empty());
    assert_eq!(levels.kalla.namn, "");
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "900 000"));
    assert_eq!(service.year_view(YEAR).expect("view").eget_kapital, None);
    assert_eq!(f2_warnings(&service), 0);
}

#[test]
fn f2_a_step_applies_from_its_lower_edge() {
    let steps = [
        EgetKapitalSteg {
            medel_fran: Kronor::new(0),
            procent: 20,
        },
        EgetKapitalSteg {
            medel_fran: Kronor::new(10_000_000),
            procent: 15,
        },
    ];
    let at = |kr| step_for(&steps, Kronor::new(kr)).map(|s| s.procent);
    assert_eq!(at(0), Some(20));
    assert_eq!(at(9_999_999), Some(20));
    assert_eq!(at(10_000_000), Some(15));
    assert_eq!(at(50_000_000), Some(15));
    assert_eq!(
        step_for(&steps[1..], Kronor::new(9_999_999)),
        None,
        "below every step"
    );
    // Rounded down to whole kronor.
    assert_eq!(
        level(steps[0], Kronor::new(1_000_003)),
        Kronor::new(200_000)
    );
}

#[test]
fn f2_the_level_is_shown_beside_medel_with_its_source() {
    let mut service = service_with_steps();
    save_medel(&mut service, medel(YEAR, "10 000 000", "0", "1 000 000"));
    let niva = service
        .year_view(YEAR)
        .expect("view")
        .eget_kapital
        .expect("a level");
    assert_eq!(niva.niva, Kronor::new(1_500_000));
    assert_eq!(
        niva.text.replace('\u{a0}', " "),
        "Rekommenderat eget kapital: högst 1 500 000 kr (15 % av 10 000 000 kr från \
         samverkansparterna, enligt Testkälla)."
    );
    assert_eq!(niva.varning, None);
}

#[test]
fn f2_overskott_at_the_level_is_no_warning_one_krona_above_is() {
    let mut service = service_with_steps();
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "200 000"));
    assert_eq!(f2_warnings(&service), 0, "exactly the level");
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "200 001"));
    assert_eq!(f2_warnings(&service), 1, "one krona above");
    let view = service.year_view(YEAR).expect("view");
    assert_eq!(
        view.eget_kapital
            .and_then(|n| n.varning)
            .map(|v| v.replace('\u{a0}', " "))
            .as_deref(),
        Some(
            "Överskottet från föregående år för 2026, 200 001 kr, är över det eget kapital \
             Nationella rådet rekommenderar för ett förbund av denna storlek: högst 200 000 kr \
             (20 % av 1 000 000 kr från samverkansparterna, enligt Testkälla). Ett större eget \
             kapital kan minska statens medelstilldelning."
        )
    );
}

#[test]
fn f2_the_warning_is_a_warning_in_the_check_never_an_error_or_a_refusal() {
    let mut service = service_with_steps();
    // The förbund must be financier with a surplus (M4); that is the only error allowed.
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "900 000"));
    let check = service.forhandskontroll(YEAR).expect("check");
    assert!(check.fel.iter().all(|a| a.kod != "f2_eget_kapital"));
    let warning = check
        .varningar
        .iter()
        .find(|a| a.kod == "f2_eget_kapital")
        .expect("warned");
    assert_eq!(
        warning.lank,
        finsamkollen_core::domain::kontroll::Lank::Medel
    );
}

#[test]
fn f2_a_step_needs_its_source_first() {
    let mut service = service_with_forbund(TODAY);
    let error = service
        .save_eget_kapital_steg(steg("0", "20"))
        .expect_err("no source yet");
    assert_eq!(codes(&error), vec!["f2_kalla_saknas"]);
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM eget_kapital_steg"),
        0
    );
}

#[test]
fn f2_bad_input_is_refused_beside_its_field_and_nothing_is_stored() {
    let mut service = service_with_steps();
    let error = service
        .save_eget_kapital_steg(steg("-5", "tjugo"))
        .expect_err("refused");
    assert_eq!(codes(&error), vec!["amount_negative", "procent_format"]);
    let error = service
        .save_eget_kapital_steg(steg("0", "30"))
        .expect_err("a second step from 0 kr");
    assert_eq!(codes(&error), vec!["steg_exists"]);
    assert_eq!(error.field(), Some("medelFran"));
    let error = service
        .save_eget_kapital_kalla(EgetKapitalKallaInput {
            namn: String::new(),
            url: "finsam.se".into(),
            datum: "2026-02-30".into(),
        })
        .expect_err("refused");
    assert_eq!(
        codes(&error),
        vec!["required", "url_format", "date_impossible"]
    );
    let levels = service.eget_kapital().expect("levels");
    assert_eq!(levels.steg.len(), 2);
    assert_eq!(levels.kalla.namn, "Testkälla");
}

#[test]
fn f2_steps_are_changed_and_removed_and_the_history_records_it() {
    let mut service = service_with_steps();
    let changed = service
        .save_eget_kapital_steg(EgetKapitalStegInput {
            original: Some(10_000_000),
            medel_fran: "12 000 000".into(),
            procent: "12".into(),
        })
        .expect("changed");
    assert_eq!(
        changed
            .steg
            .iter()
            .map(|s| (s.medel_fran.get(), s.procent))
            .collect::<Vec<_>>(),
        vec![(0, 20), (12_000_000, 12)]
    );
    let removed = service.remove_eget_kapital_steg(0).expect("removed");
    assert_eq!(removed.steg.len(), 1);
    assert!(service.remove_eget_kapital_steg(0).is_err(), "already gone");
    assert!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik WHERE tabell IN ('eget_kapital_steg', 'eget_kapital_kalla')"
        ) >= 6
    );
}
