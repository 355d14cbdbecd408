//! Official names: renames, Gotland and short names.

use super::*;
use crate::support::{open, temp_data_file};

// --- Migration 8 on an existing file -----------------------------------------------------

#[test]
fn official_names_an_existing_file_is_renamed_keeping_links_and_recording_history() {
    let (_dir, path) = temp_data_file();
    file_at_version_7(
        &path,
        &[
            link("region-01", 1, 1),
            link("kommun-0180", 1, 1),
            link("kommun-0181", 1, 0),
            share("kommun-0180", 2025, 250_000),
        ]
        .concat(),
    );
    let stockholm = id_at_version_7(&path, "kommun-0180");

    let service = open(&path);
    // The same row, under its official name, with its roles and its funding share.
    assert_eq!(org_id(&service, "kommun-0180"), stockholm);
    assert_eq!(
        page_roles(&service),
        [
            (
                "Samordningsförbundet Östra Södertörn".to_owned(),
                false,
                true
            ),
            ("Arbetsförmedlingen".to_owned(), true, false),
            ("Försäkringskassan".to_owned(), true, true),
            ("Region Stockholm".to_owned(), true, true),
            ("Stockholms stad".to_owned(), true, true),
            ("Södertälje kommun".to_owned(), true, false),
        ]
    );
    assert_eq!(
        count_rows(
            &service,
            &format!(
                "SELECT count(*) FROM medel_finansiar
                 WHERE ar = 2025 AND organisation_id = {stockholm} AND belopp = 250000"
            )
        ),
        1
    );
    // The kommun table and the unused rows of the list have the official names too.
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM kommun WHERE namn IN ('Stockholms stad', 'Kalix kommun')"
        ),
        2
    );
    assert_eq!(
        organisation_names(&service, None, "Kalix kommun"),
        ["Kalix kommun"]
    );

    // The history records the rename of the organisation the förbund uses, under one
    // handling, and nothing for the list's unused rows.
    let history = forbund_history(&service);
    let (handling, andringar) = &history[0];
    assert_eq!(handling, "Officiella namn på kommunerna");
    assert_eq!(andringar, &[rename("Stockholms kommun", "Stockholms stad")]);
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik WHERE tabell = 'organisation'"
        ),
        1
    );
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik_handling WHERE handling = 'Officiella namn på kommunerna'"
        ),
        1
    );
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM historik_pagaende"),
        0
    );
}

#[test]
fn official_names_a_new_file_gets_no_history_from_the_migration() {
    let service = service_with_forbund("2026-11-24");
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik_handling WHERE handling = 'Officiella namn på kommunerna'"
        ),
        0
    );
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik WHERE tabell = 'organisation'"
        ),
        0
    );
}

#[test]
fn official_names_an_own_organisation_with_an_official_name_is_renamed_not_lost() {
    // Before the official names an officer could add "Malmö stad" as an own organisation.
    let (_dir, path) = temp_data_file();
    file_at_version_7(
        &path,
        &[
            "INSERT INTO organisation (typ, namn, namn_nyckel)
             VALUES ('ovrigt', 'Malmö stad', 'malmö stad');",
            &link("region-12", 1, 1),
        ]
        .concat(),
    );
    // Raw SQL: the förbund's own organisation in the version 7 file, before it is migrated.
    let own = Connection::open(&path)
        .expect("open")
        .query_row(
            "SELECT id FROM organisation WHERE namn = 'Malmö stad'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .expect("own organisation");
    Connection::open(&path)
        .expect("open")
        .execute_batch(&format!(
            "INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar)
             VALUES ({own}, 1, 1);"
        ))
        .expect("link own");

    let service = open(&path);
    assert_eq!(
        organisation_names(&service, None, "Malmö"),
        ["Malmö stad", "Malmö stad (egen)"]
    );
    assert!(page_roles(&service).contains(&("Malmö stad (egen)".to_owned(), true, true)));
    let history = forbund_history(&service);
    assert_eq!(history[0].1, [rename("Malmö stad", "Malmö stad (egen)")]);
}

// --- Region Gotland ----------------------------------------------------------------------

#[test]
fn gotland_appears_once_as_region_gotland_in_a_new_file() {
    let service = service_on("2026-11-24");
    assert_eq!(
        organisation_names(&service, None, "*Gotland*"),
        ["Region Gotland"]
    );
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Region), "Region Gotland"),
        ["Region Gotland"]
    );
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Kommun), "Region Gotland"),
        ["Region Gotland"]
    );
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM organisation WHERE nyckel = 'kommun-0980'"
        ),
        0
    );
}

#[test]
fn gotland_linked_as_kommun_only_keeps_its_row_as_region_gotland() {
    let (_dir, path) = temp_data_file();
    file_at_version_7(
        &path,
        &[
            link("kommun-0980", 1, 1),
            share("kommun-0980", 2025, 100_000),
        ]
        .concat(),
    );
    let gotland = id_at_version_7(&path, "kommun-0980");

    let service = open(&path);
    assert_eq!(
        org_id(&service, "region-09"),
        gotland,
        "the linked row is kept"
    );
    assert_eq!(
        count_rows(
            &service,
            &format!(
                "SELECT count(*) FROM organisation
                 WHERE id = {gotland} AND typ = 'region' AND namn = 'Region Gotland'"
            )
        ),
        1
    );
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM organisation WHERE namn_nyckel LIKE '%gotland%'"
        ),
        1
    );
    assert!(page_roles(&service).contains(&("Region Gotland".to_owned(), true, true)));
    assert_eq!(
        count_rows(
            &service,
            &format!(
                "SELECT count(*) FROM medel_finansiar
                 WHERE organisation_id = {gotland} AND belopp = 100000"
            )
        ),
        1
    );
    assert_eq!(
        forbund_history(&service)[0].1,
        [rename("Gotlands kommun", "Region Gotland")]
    );
    // M5: Region Gotland is the kommun and the region; nothing is missing.
    let page = service.forbund_page().expect("page");
    assert_eq!(page.varningar, Vec::new());
}

#[test]
fn gotland_linked_as_both_kommun_and_region_is_merged_keeping_every_role_and_share() {
    let (_dir, path) = temp_data_file();
    // The region is a member only; the kommun a member and financier with shares in two
    // years, one of which the region also has.
    file_at_version_7(
        &path,
        &[
            link("region-09", 1, 0),
            link("kommun-0980", 1, 1),
            share("kommun-0980", 2024, 60_000),
            share("kommun-0980", 2025, 70_000),
            share("region-09", 2025, 0),
        ]
        .concat(),
    );
    let region = id_at_version_7(&path, "region-09");

    let service = open(&path);
    assert_eq!(
        org_id(&service, "region-09"),
        region,
        "the region's row is kept"
    );
    let roles_shown = page_roles(&service);
    assert_eq!(
        roles_shown
            .iter()
            .filter(|(namn, ..)| namn.contains("Gotland"))
            .collect::<Vec<_>>(),
        [&("Region Gotland".to_owned(), true, true)],
        "once, with the roles either had"
    );
    let shares: Vec<(i32, i64)> = {
        // Raw SQL: the stored shares per organisation id, which no screen shows per row.
        let conn = service.raw_db().conn();
        let mut stmt = conn
            .prepare(
                "SELECT ar, belopp FROM medel_finansiar WHERE organisation_id = ?1 ORDER BY ar",
            )
            .expect("prepare");
        stmt.query_map([region], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    assert_eq!(shares, [(2024, 60_000), (2025, 70_000)]);
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM medel_finansiar"),
        2,
        "no share of the kommun's row is left"
    );
    // The history shows the merge: Region Gotland became financier and the kommun's row
    // left the ingående organisationer.
    let (handling, andringar) = &forbund_history(&service)[0];
    assert_eq!(handling, "Officiella namn på kommunerna");
    assert!(andringar.contains(&HistorikAndring {
        falt: "Region Gotland: finansiär".into(),
        gammalt: Some("Nej".into()),
        nytt: Some("Ja".into()),
    }));
    assert!(andringar.contains(&HistorikAndring {
        falt: "Ingående organisation".into(),
        gammalt: Some("Gotlands kommun".into()),
        nytt: None,
    }));
}

#[test]
fn gotland_region_gotland_alone_satisfies_m5_as_kommun_and_region() {
    let service = service_with_forbund("2026-11-24");
    let rows = vec![
        roles(org_id(&service, "fk"), true, true),
        roles(org_id(&service, "af"), true, false),
        roles(org_id(&service, "region-09"), true, true),
    ];
    // Gotland in the verksamhetsområde: Region Gotland is its kommun and its region.
    let area = vec![OmradeRef {
        kommun_kod: "0980".into(),
        stadsdel_id: None,
    }];
    let warnings = service.role_warnings(rows, area).expect("warnings");
    assert_eq!(warnings, Vec::new());
}

// --- Search ------------------------------------------------------------------------------

#[test]
fn search_finds_a_kommun_by_its_official_name_and_by_its_short_name() {
    let service = service_on("2026-11-24");
    for (typed, found) in [
        ("Stockholms stad", "Stockholms stad"),
        ("Stockholm", "Stockholms stad"),
        ("Region Gotland", "Region Gotland"),
        ("Gotland", "Region Gotland"),
        ("Kalix", "Kalix kommun"),
        ("Falun", "Falu kommun"),
        ("göteborgs stad", "Göteborgs Stad"),
    ] {
        assert_eq!(
            organisation_names(&service, Some(OrganisationTyp::Kommun), typed),
            [found],
            "Kommun, {typed}"
        );
    }
    assert!(organisation_names(&service, None, "Kalixs*").is_empty());
    assert!(organisation_names(&service, None, "Stockholms kommun").is_empty());
}

#[test]
fn search_by_short_name_with_a_wildcard() {
    let service = service_on("2026-11-24");
    // "Falu kommun" does not contain "Falun"; the short name does.
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Kommun), "*alun"),
        ["Falu kommun"]
    );
    assert_eq!(
        organisation_names(&service, None, "*otland"),
        ["Region Gotland"]
    );
}
