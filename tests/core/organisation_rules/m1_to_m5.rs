//! M1–M5: roles, financiers and members.

use super::*;
use crate::support::{insats_with_dates, medel, on_day, save_medel};

#[test]
fn m1_to_m6_usual_roles_are_accepted() {
    let mut service = service_with_forbund("2026-11-24");
    service.save_roles(usual_roles(&service)).expect("saved");
    assert_eq!(
        service.forbund_page().expect("page").organisationer.len(),
        5
    );
}

// --- M1 ------------------------------------------------------------------------------

#[test]
fn m1_forsakringskassan_must_be_financier() {
    let mut service = service_with_forbund("2026-11-24");
    let before = service.forbund_page().expect("page");
    let fk = org_id(&service, "fk");
    let error = service
        .save_roles(with_roles(&service, "fk", true, false))
        .expect_err("FK is always a financier");
    assert_eq!(error.code(), "m1_fk_financier");
    assert_eq!(error.field(), Some(format!("organisationer.{fk}").as_str()));
    assert!(error.to_string().contains("Försäkringskassan"), "{error}");
    assert_eq!(service.forbund_page().expect("page"), before);
}

#[test]
fn m1_forsakringskassan_as_financier_only_is_accepted() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .save_roles(with_roles(&service, "fk", false, true))
        .expect("saved");
    assert!(is_financier(&service, "fk"));
}

// --- M2 ------------------------------------------------------------------------------

#[test]
fn m2_arbetsformedlingen_can_not_be_financier() {
    let mut service = service_with_forbund("2026-11-24");
    let af = org_id(&service, "af");
    let error = service
        .save_roles(with_roles(&service, "af", true, true))
        .expect_err("AF is never a financier");
    assert_eq!(error.code(), "m2_af_not_financier");
    assert_eq!(error.field(), Some(format!("organisationer.{af}").as_str()));
    assert_eq!(
        error.to_string(),
        "Arbetsförmedlingen kan inte vara finansiär."
    );
    assert!(!is_financier(&service, "af"));
}

#[test]
fn m1_m2_both_violations_are_reported_together() {
    let mut service = service_with_forbund("2026-11-24");
    let mut rows = with_roles(&service, "fk", true, false);
    let af = org_id(&service, "af");
    rows.retain(|r| r.organisation_id != af);
    rows.push(roles(af, true, true));
    let error = service.save_roles(rows).expect_err("two violations");
    assert_eq!(error.code(), "several");
    assert_eq!(codes(&error), ["m1_fk_financier", "m2_af_not_financier"]);
}

// --- M3 ------------------------------------------------------------------------------

#[test]
fn m3_esf_insats_requires_esf_radet_as_financier() {
    let mut service = service_with_forbund("2026-11-24");
    add_esf_insats(&mut service);
    let esf = org_id(&service, "esf");
    let error = service
        .save_roles(with_roles(&service, "esf", false, false))
        .expect_err("ESF-rådet must be financier");
    assert_eq!(error.code(), "m3_esf_financier");
    assert_eq!(
        error.field(),
        Some(format!("organisationer.{esf}").as_str())
    );
    assert_eq!(
        error.to_string(),
        "ESF-rådet måste vara finansiär eftersom förbundet självt leder och styr ESF-projektet \
         ”Steget vidare”."
    );
}

#[test]
fn m3_esf_insats_and_esf_radet_missing_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    add_esf_insats(&mut service);
    let error = service
        .save_roles(usual_roles(&service))
        .expect_err("ESF-rådet missing");
    assert_eq!(error.code(), "m3_esf_financier");
    assert_eq!(error.field(), Some("organisationer"));
}

#[test]
fn m3_esf_insats_with_esf_radet_as_financier_is_accepted() {
    let mut service = service_with_forbund("2026-11-24");
    add_esf_insats(&mut service);
    service
        .save_roles(with_roles(&service, "esf", false, true))
        .expect("saved");
    assert!(is_financier(&service, "esf"));
}

#[test]
fn m3_without_esf_insats_esf_radet_may_be_either() {
    let mut service = service_with_forbund("2026-11-24");
    insats_with_dates(&mut service, "Utan ESF", "2025-01-01", "");
    service
        .save_roles(with_roles(&service, "esf", false, false))
        .expect("not a financier");
    assert!(!is_financier(&service, "esf"));
    service
        .save_roles(with_roles(&service, "esf", false, true))
        .expect("a financier");
    assert!(is_financier(&service, "esf"));
}

// --- M4 ------------------------------------------------------------------------------

#[test]
fn m4_surplus_in_an_open_year_requires_the_forbund_as_financier() {
    // On 2026-11-24 year 2026 is open.
    let mut service = service_with_forbund("2026-11-24");
    save_medel(&mut service, medel(2026, "4 000 000", "0", "250 000"));
    let forbund = org_id(&service, "forbund");
    let error = service.save_roles(usual_roles(&service)).expect_err("M4");
    assert_eq!(error.code(), "m4_forbund_financier");
    assert_eq!(
        error.field(),
        Some(format!("organisationer.{forbund}").as_str())
    );
    assert!(error.to_string().contains("2026"), "{error}");
}

#[test]
fn m4_surplus_refused_also_when_the_forbund_is_omitted() {
    let mut service = service_with_forbund("2026-11-24");
    save_medel(&mut service, medel(2026, "4 000 000", "0", "1"));
    let error = service
        .save_roles(without(&service, "forbund"))
        .expect_err("M4");
    assert_eq!(error.code(), "m4_forbund_financier");
}

#[test]
fn m4_surplus_with_the_forbund_as_financier_is_accepted() {
    let mut service = service_with_forbund("2026-11-24");
    save_medel(&mut service, medel(2026, "4 000 000", "0", "250 000"));
    service
        .save_roles(with_roles(&service, "forbund", false, true))
        .expect("saved");
    assert!(is_financier(&service, "forbund"));
}

#[test]
fn m4_surplus_in_a_locked_year_does_not_require_it() {
    // On 2026-11-24 year 2025 is locked (since 16 April 2026).
    let mut service = service_with_forbund("2026-11-24");
    // Entered while 2025 was open.
    on_day(&mut service, "2026-04-15", |s| {
        save_medel(s, medel(2025, "4 000 000", "0", "250 000"))
    });
    service
        .save_roles(usual_roles(&service))
        .expect("locked year");
}

#[test]
fn m4_the_same_surplus_counts_while_its_year_is_still_open() {
    // On 2026-04-15 year 2025 is still open (Y1).
    let mut service = service_with_forbund("2026-04-15");
    // Entered while 2025 was open.
    on_day(&mut service, "2026-04-15", |s| {
        save_medel(s, medel(2025, "4 000 000", "0", "250 000"))
    });
    let error = service
        .save_roles(usual_roles(&service))
        .expect_err("open year");
    assert_eq!(error.code(), "m4_forbund_financier");
    assert!(error.to_string().contains("2025"), "{error}");
}

#[test]
fn m4_no_surplus_no_requirement() {
    let mut service = service_with_forbund("2026-11-24");
    save_medel(&mut service, medel(2026, "4 000 000", "0", "0"));
    service
        .save_roles(usual_roles(&service))
        .expect("no surplus");
}

#[test]
fn m4_surplus_in_next_year_filled_in_advance_requires_it() {
    let mut service = service_with_forbund("2026-11-24");
    save_medel(&mut service, medel(2027, "4 000 000", "0", "100"));
    let error = service
        .save_roles(usual_roles(&service))
        .expect_err("advance year (Y2)");
    assert_eq!(error.code(), "m4_forbund_financier");
}

#[test]
fn m5_no_members_warns_and_names_what_is_missing() {
    let service = service_with_forbund("2026-11-24");
    let page = service.forbund_page().expect("page");
    assert_eq!(page.varningar.len(), 1);
    let warning = &page.varningar[0];
    assert_eq!(warning.code, "m5_composition");
    assert_eq!(warning.field.as_deref(), Some("organisationer"));
    assert_eq!(
        warning.message,
        "Enligt 3 § Finsamlagen ska Försäkringskassan, Arbetsförmedlingen, minst en region och \
         minst en kommun vara medlemmar."
    );
}

#[test]
fn m5_full_membership_gives_no_warning() {
    let mut service = service_with_forbund("2026-11-24");
    service.save_roles(usual_roles(&service)).expect("saved");
    assert_eq!(m5_warnings(&service), Vec::<String>::new());
}

#[test]
fn m5_only_the_missing_part_is_named() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .save_roles(without(&service, "region-14"))
        .expect("saved");
    assert_eq!(
        m5_warnings(&service),
        ["Enligt 3 § Finsamlagen ska minst en region vara medlem."]
    );
}

#[test]
fn m5_financier_without_membership_does_not_count() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .save_roles(with_roles(&service, "fk", false, true))
        .expect("saved");
    assert_eq!(
        m5_warnings(&service),
        ["Enligt 3 § Finsamlagen ska Försäkringskassan vara medlem."]
    );
}
