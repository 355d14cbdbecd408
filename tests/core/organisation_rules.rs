//! Ingående organisationer and their roles (domain spec M1–M6), through the förbund page's
//! Spara.

use finsamkollen_core::domain::omrade::OmradeRef;
use finsamkollen_core::domain::organisation::RollerInput;
use finsamkollen_core::ops::ForbundPageSave;
use finsamkollen_core::Service;

use crate::support::{codes, org_id, roles, save_with_roles, service_with_forbund, usual_roles};

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

/// Spara of the förbund page with these roles, everything else unchanged.
trait SaveRoles {
    fn save_roles(&mut self, rows: Vec<RollerInput>) -> finsamkollen_core::Result<()>;
}

impl SaveRoles for Service {
    fn save_roles(&mut self, rows: Vec<RollerInput>) -> finsamkollen_core::Result<()> {
        let input = save_with_roles(self, rows);
        self.save_forbund_page(input).map(|_| ())
    }
}

fn sql(service: &Service, statement: &str) {
    service
        .db()
        .conn()
        .execute_batch(statement)
        .expect("test data");
}

fn add_esf_insats(service: &Service) {
    sql(
        service,
        "INSERT INTO insats (namn, namn_nyckel, inriktning, foljer_deltagare, esf, startdatum)
         VALUES ('Steget vidare', 'steget vidare', 'individinriktad', 1, 1, '2025-01-01');",
    );
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
    add_esf_insats(&service);
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
    add_esf_insats(&service);
    let error = service
        .save_roles(usual_roles(&service))
        .expect_err("ESF-rådet missing");
    assert_eq!(error.code(), "m3_esf_financier");
    assert_eq!(error.field(), Some("organisationer"));
}

#[test]
fn m3_esf_insats_with_esf_radet_as_financier_is_accepted() {
    let mut service = service_with_forbund("2026-11-24");
    add_esf_insats(&service);
    service
        .save_roles(with_roles(&service, "esf", false, true))
        .expect("saved");
    assert!(is_financier(&service, "esf"));
}

#[test]
fn m3_without_esf_insats_esf_radet_may_be_either() {
    let mut service = service_with_forbund("2026-11-24");
    sql(
        &service,
        "INSERT INTO insats (namn, namn_nyckel, inriktning, foljer_deltagare, esf, startdatum)
         VALUES ('Utan ESF', 'utan esf', 'individinriktad', 1, 0, '2025-01-01');",
    );
    service
        .save_roles(with_roles(&service, "esf", true, false))
        .expect("not a financier");
    assert!(!is_financier(&service, "esf"));
    service
        .save_roles(with_roles(&service, "esf", true, true))
        .expect("a financier");
    assert!(is_financier(&service, "esf"));
}

// --- M4 ------------------------------------------------------------------------------

#[test]
fn m4_surplus_in_an_open_year_requires_the_forbund_as_financier() {
    // On 2026-11-24 year 2026 is open.
    let mut service = service_with_forbund("2026-11-24");
    sql(
        &service,
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott)
         VALUES (2026, 4000000, 0, 250000);",
    );
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
    sql(
        &service,
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott)
         VALUES (2026, 4000000, 0, 1);",
    );
    let error = service
        .save_roles(without(&service, "forbund"))
        .expect_err("M4");
    assert_eq!(error.code(), "m4_forbund_financier");
}

#[test]
fn m4_surplus_with_the_forbund_as_financier_is_accepted() {
    let mut service = service_with_forbund("2026-11-24");
    sql(
        &service,
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott)
         VALUES (2026, 4000000, 0, 250000);",
    );
    service
        .save_roles(with_roles(&service, "forbund", false, true))
        .expect("saved");
    assert!(is_financier(&service, "forbund"));
}

#[test]
fn m4_surplus_in_a_locked_year_does_not_require_it() {
    // On 2026-11-24 year 2025 is locked (since 16 April 2026).
    let mut service = service_with_forbund("2026-11-24");
    sql(
        &service,
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott)
         VALUES (2025, 4000000, 0, 250000);",
    );
    service
        .save_roles(usual_roles(&service))
        .expect("locked year");
}

#[test]
fn m4_the_same_surplus_counts_while_its_year_is_still_open() {
    // On 2026-04-15 year 2025 is still open (Y1).
    let mut service = service_with_forbund("2026-04-15");
    sql(
        &service,
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott)
         VALUES (2025, 4000000, 0, 250000);",
    );
    let error = service
        .save_roles(usual_roles(&service))
        .expect_err("open year");
    assert_eq!(error.code(), "m4_forbund_financier");
    assert!(error.to_string().contains("2025"), "{error}");
}

#[test]
fn m4_no_surplus_no_requirement() {
    let mut service = service_with_forbund("2026-11-24");
    sql(
        &service,
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott)
         VALUES (2026, 4000000, 0, 0);",
    );
    service
        .save_roles(usual_roles(&service))
        .expect("no surplus");
}

#[test]
fn m4_surplus_in_next_year_filled_in_advance_requires_it() {
    let mut service = service_with_forbund("2026-11-24");
    sql(
        &service,
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott)
         VALUES (2027, 4000000, 0, 100);",
    );
    let error = service
        .save_roles(usual_roles(&service))
        .expect_err("advance year (Y2)");
    assert_eq!(error.code(), "m4_forbund_financier");
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

fn kommun(kod: &str) -> OmradeRef {
    OmradeRef {
        kommun_kod: kod.into(),
        stadsdel_id: None,
    }
}

/// One of Stockholm's stadsdelar of today, by name.
fn stockholm_stadsdel(service: &Service, namn: &str) -> OmradeRef {
    let id = service
        .db()
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

#[test]
fn m5_gotland_as_only_kommun_needs_no_region() {
    let mut service = service_with_forbund("2026-11-24");
    let rows = vec![
        roles(org_id(&service, "fk"), true, true),
        roles(org_id(&service, "af"), true, false),
        roles(org_id(&service, "region-09"), true, true),
    ];
    service.save_roles(rows).expect("saved");
    assert_eq!(m5_warnings(&service), Vec::<String>::new());
}

#[test]
fn m5_gotland_with_another_kommun_needs_a_region() {
    let mut service = service_with_forbund("2026-11-24");
    let rows = vec![
        roles(org_id(&service, "fk"), true, true),
        roles(org_id(&service, "af"), true, false),
        roles(org_id(&service, "region-09"), true, true),
        roles(org_id(&service, "kommun-0180"), true, true),
    ];
    service.save_roles(rows).expect("saved");
    assert_eq!(
        m5_warnings(&service),
        ["Enligt 3 § Finsamlagen ska minst en region vara medlem."]
    );
}

#[test]
fn m5_the_warning_never_blocks_a_save() {
    let mut service = service_with_forbund("2026-11-24");
    let fk = org_id(&service, "fk");
    let page = service
        .save_forbund_page(save_with_roles(&service, vec![roles(fk, false, true)]))
        .expect("saved despite M5");
    assert_eq!(page.varningar.len(), 1);
    assert_eq!(page.varningar[0].code, "m5_composition");
}

#[test]
fn m5_forbund_in_two_lan_with_one_region_missing_names_that_region() {
    let mut service = service_with_forbund("2026-11-24");
    // Karlstad (Värmland) and Falun (Dalarna): both kommuner and Region Värmland are
    // members, Region Dalarna is not.
    save_area(
        &mut service,
        vec![kommun("1780"), kommun("2080")],
        &["kommun-1780", "kommun-2080", "region-17"],
    );
    assert_eq!(
        m5_warnings(&service),
        [
            "Enligt 3 § Finsamlagen ska Region Dalarna vara medlem eftersom förbundet verkar i Falu \
          kommun."
        ]
    );
}

#[test]
fn m5_a_kommun_of_the_area_that_is_not_a_member_is_named() {
    let mut service = service_with_forbund("2026-11-24");
    // Uddevalla and Trollhättan in Västra Götaland; only Trollhättan is a member.
    save_area(
        &mut service,
        vec![kommun("1485"), kommun("1488")],
        &["kommun-1488", "region-14"],
    );
    assert_eq!(
        m5_warnings(&service),
        ["Enligt 3 § Finsamlagen ska Uddevalla kommun vara medlem eftersom förbundet verkar där."]
    );
}

#[test]
fn m5_several_missing_are_named_in_one_sentence_with_the_places_they_are_missing_for() {
    let mut service = service_with_forbund("2026-11-24");
    // Falun, Gävle, Karlstad and Stockholm: Falu kommun, Stockholms stad, Region
    // Gävleborg and Region Stockholm are missing; Försäkringskassan is no member either.
    let input = ForbundPageSave {
        verksamhetsomrade: vec![
            kommun("2080"),
            kommun("2180"),
            kommun("1780"),
            kommun("0180"),
        ],
        ..save_with_roles(
            &service,
            vec![
                roles(org_id(&service, "fk"), false, true),
                roles(org_id(&service, "af"), true, false),
                roles(org_id(&service, "kommun-1780"), true, true),
                roles(org_id(&service, "kommun-2180"), true, true),
                roles(org_id(&service, "region-17"), true, true),
                roles(org_id(&service, "region-20"), true, true),
            ],
        )
    };
    service.save_forbund_page(input).expect("saved");
    assert_eq!(
        m5_warnings(&service),
        [
            "Enligt 3 § Finsamlagen ska Försäkringskassan vara medlem. Falu kommun, Stockholms stad, \
          Region Gävleborg och Region Stockholm ska också vara medlemmar eftersom förbundet \
          verkar i Falu kommun, Gävle kommun och Stockholms stad."
        ]
    );
}

#[test]
fn m5_a_stadsdel_counts_as_its_kommun() {
    let mut service = service_with_forbund("2026-11-24");
    let area = vec![
        stockholm_stadsdel(&service, "Bromma"),
        stockholm_stadsdel(&service, "Järva"),
    ];
    // The stadsdelar need Stockholms stad and Region Stockholm, each named once.
    save_area(&mut service, area.clone(), &[]);
    assert_eq!(
        m5_warnings(&service),
        [
            "Enligt 3 § Finsamlagen ska Stockholms stad och Region Stockholm vara medlemmar \
          eftersom förbundet verkar i Stockholms stad."
        ]
    );
    save_area(&mut service, area, &["kommun-0180", "region-01"]);
    assert_eq!(m5_warnings(&service), Vec::<String>::new());
}

#[test]
fn m5_gotland_is_covered_by_region_gotland_alone() {
    let mut service = service_with_forbund("2026-11-24");
    save_area(&mut service, vec![kommun("0980")], &["region-09"]);
    assert_eq!(m5_warnings(&service), Vec::<String>::new());

    // Missing, Region Gotland is named once: it is Gotland's kommun and region.
    save_area(&mut service, vec![kommun("0980")], &[]);
    assert_eq!(
        m5_warnings(&service),
        ["Enligt 3 § Finsamlagen ska Region Gotland vara medlem eftersom förbundet verkar där."]
    );
}

#[test]
fn m5_gotland_and_a_kommun_of_another_lan_need_that_lans_region() {
    let mut service = service_with_forbund("2026-11-24");
    save_area(
        &mut service,
        vec![kommun("0980"), kommun("0880")],
        &["region-09", "kommun-0880"],
    );
    assert_eq!(
        m5_warnings(&service),
        [
            "Enligt 3 § Finsamlagen ska Region Kalmar län vara medlem eftersom förbundet verkar i \
          Kalmar kommun."
        ]
    );
}

#[test]
fn m5_every_kommun_and_region_of_the_area_present_gives_no_warning() {
    let mut service = service_with_forbund("2026-11-24");
    let bromma = stockholm_stadsdel(&service, "Bromma");
    save_area(
        &mut service,
        vec![kommun("1780"), kommun("2080"), bromma, kommun("0980")],
        &[
            "kommun-1780",
            "kommun-2080",
            "kommun-0180",
            "region-17",
            "region-20",
            "region-01",
            "region-09",
        ],
    );
    assert_eq!(m5_warnings(&service), Vec::<String>::new());
}

#[test]
fn m5_a_member_that_is_only_financier_does_not_cover_its_part() {
    let mut service = service_with_forbund("2026-11-24");
    let rows = vec![
        roles(org_id(&service, "fk"), true, true),
        roles(org_id(&service, "af"), true, false),
        roles(org_id(&service, "kommun-1780"), true, true),
        roles(org_id(&service, "region-17"), false, true),
    ];
    let input = ForbundPageSave {
        verksamhetsomrade: vec![kommun("1780")],
        ..save_with_roles(&service, rows)
    };
    service.save_forbund_page(input).expect("saved");
    assert_eq!(
        m5_warnings(&service),
        [
            "Enligt 3 § Finsamlagen ska Region Värmland vara medlem eftersom förbundet verkar i \
          Karlstads kommun."
        ]
    );
}

#[test]
fn m5_warns_for_the_area_and_roles_as_edited_before_spara() {
    let service = service_with_forbund("2026-11-24");
    // Nothing saved: the page asks about its draft.
    let rows = vec![
        roles(org_id(&service, "fk"), true, true),
        roles(org_id(&service, "af"), true, false),
        roles(org_id(&service, "kommun-2080"), true, true),
    ];
    let warnings = service
        .role_warnings(rows, vec![kommun("2080")])
        .expect("warnings");
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].code, "m5_composition");
    assert_eq!(
        warnings[0].message,
        "Enligt 3 § Finsamlagen ska Region Dalarna vara medlem eftersom förbundet verkar i Falu \
         kommun."
    );
    let unknown = service
        .role_warnings(Vec::new(), vec![kommun("9999")])
        .expect_err("an unknown kommun");
    assert_eq!(unknown.code(), "not_found");
}

// --- M6 ------------------------------------------------------------------------------

/// Region Värmland funds 2025 with 1 000 000 kr.
fn service_with_region_funding() -> Service {
    let mut service = service_with_forbund("2026-11-24");
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "region-17"), false, true));
    service.save_roles(rows).expect("saved");
    let region = org_id(&service, "region-17");
    service
        .db()
        .conn()
        .execute(
            "INSERT INTO medel_finansiar (ar, organisation_id, belopp) VALUES (2025, ?1, 1000000)",
            [region],
        )
        .expect("funding share");
    service
}

#[test]
fn m6_funded_region_can_not_stop_being_financier() {
    let mut service = service_with_region_funding();
    let before = service.forbund_page().expect("page");
    let region = org_id(&service, "region-17");
    let mut rows = usual_roles(&service);
    rows.push(roles(region, true, false));
    let error = service.save_roles(rows).expect_err("M6");
    assert_eq!(error.code(), "m6_funded_financier");
    assert_eq!(
        error.field(),
        Some(format!("organisationer.{region}").as_str())
    );
    assert_eq!(
        error.to_string(),
        "Region Värmland har finansiering registrerad för 2025 och måste vara finansiär."
    );
    assert_eq!(service.forbund_page().expect("page"), before);
}

#[test]
fn m6_funded_region_can_not_be_removed() {
    let mut service = service_with_region_funding();
    let error = service.save_roles(usual_roles(&service)).expect_err("M6");
    assert_eq!(error.code(), "m6_funded_financier");
    let message = error.to_string();
    assert!(message.contains("Region Värmland"), "{message}");
    assert!(message.contains("2025"), "{message}");
    assert!(is_financier(&service, "region-17"));
}

#[test]
fn m6_a_zero_share_does_not_bind() {
    let mut service = service_with_region_funding();
    sql(&service, "UPDATE medel_finansiar SET belopp = 0;");
    service
        .save_roles(usual_roles(&service))
        .expect("zero funding");
    assert!(!is_financier(&service, "region-17"));
}

#[test]
fn m6_funded_region_may_stay_financier_and_change_membership() {
    let mut service = service_with_region_funding();
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "region-17"), true, true));
    service.save_roles(rows).expect("still a financier");
}
