//! Ingående organisationer and their roles (domain spec M1–M6), through the förbund page's
//! Spara.

mod m1_to_m5;
mod m5_add_missing;
mod m5_m6_membership;
mod m7_members;

use finsamkollen_core::domain::fordelning::{FordelningInput, FordelningRadInput};
use finsamkollen_core::domain::omrade::OmradeRef;

use finsamkollen_core::domain::organisation::RollerInput;

use finsamkollen_core::ops::ForbundPageSave;

use finsamkollen_core::Service;

use crate::support::{
    codes, esf_insats, on_day, org_id, roles, save_with_roles, service_with_forbund, usual_roles,
    SaveRoles,
};

/// The usual roles with one organisation's roles replaced (or added).
fn with_roles(service: &Service, nyckel: &str, medlem: bool, finansiar: bool) -> Vec<RollerInput> {
    let id = org_id(service, nyckel);
    let mut rows = usual_roles(service);
    rows.retain(|r| r.organisation_id != id);
    rows.push(roles(id, medlem, finansiar));
    rows
}

/// The usual roles without one organisation.
fn without(service: &Service, nyckel: &str) -> Vec<RollerInput> {
    let id = org_id(service, nyckel);
    let mut rows = usual_roles(service);
    rows.retain(|r| r.organisation_id != id);
    rows
}

/// An ESF insats from 2025 whose ESF project the förbund leads (M3).
fn add_esf_insats(service: &mut Service) {
    esf_insats(service, "Steget vidare", true, "2025-01-01", "");
}

fn is_financier(service: &Service, nyckel: &str) -> bool {
    let id = org_id(service, nyckel);
    service
        .forbund_page()
        .expect("page")
        .organisationer
        .iter()
        .any(|o| o.organisation.id == id && o.finansiar)
}

// --- M5 ------------------------------------------------------------------------------

fn m5_warnings(service: &Service) -> Vec<String> {
    service
        .forbund_page()
        .expect("page")
        .varningar
        .into_iter()
        .filter(|w| w.code == "m5_composition")
        .map(|w| w.message)
        .collect()
}

/// One of Stockholm's stadsdelar of today, by name.
fn stockholm_stadsdel(service: &Service, namn: &str) -> OmradeRef {
    // Raw SQL: today's stadsdel by name, which the picker does not search by exactly.
    let id = service
        .raw_db()
        .conn()
        .query_row(
            "SELECT id FROM stadsdel WHERE kommun_kod = '0180' AND namn = ?1 AND valid_to IS NULL",
            [namn],
            |r| r.get(0),
        )
        .expect("stadsdel in the reference data");
    OmradeRef {
        kommun_kod: "0180".into(),
        stadsdel_id: Some(id),
    }
}

/// Spara of the förbund page with this verksamhetsområde and these members (medlem and
/// finansiär), Försäkringskassan and Arbetsförmedlingen always among them.
fn save_area(service: &mut Service, area: Vec<OmradeRef>, members: &[&str]) {
    let mut rows = vec![
        roles(org_id(service, "fk"), true, true),
        roles(org_id(service, "af"), true, false),
    ];
    rows.extend(
        members
            .iter()
            .map(|k| roles(org_id(service, k), true, true)),
    );
    let input = ForbundPageSave {
        verksamhetsomrade: area,
        ..save_with_roles(service, rows)
    };
    service.save_forbund_page(input).expect("saved");
}

// --- M6 ------------------------------------------------------------------------------

/// Region Värmland funds 2025 with 1 000 000 kr.
fn service_with_region_funding() -> Service {
    let mut service = service_with_forbund("2026-11-24");
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "region-17"), false, true));
    service.save_roles(rows).expect("saved");
    share_in_2025(&mut service, "region-17", "1 000 000");
    service
}

/// Saves an organisation's funding share of 2025 on Fördelning, while the year was open.
fn share_in_2025(service: &mut Service, nyckel: &str, belopp: &str) {
    let share = FordelningInput {
        year: 2025,
        rader: vec![FordelningRadInput {
            organisation_id: org_id(service, nyckel),
            belopp: belopp.into(),
        }],
    };
    on_day(service, "2026-04-15", |s| s.save_fordelning(share)).expect("funding share");
}
