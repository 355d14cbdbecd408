//! M5, M6: membership and region funding.

use super::*;
use crate::support::kommun;

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
    share_in_2025(&mut service, "region-17", "0");
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
