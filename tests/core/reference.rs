//! The reference data shipped in the migrations (domain spec, Reference data): län,
//! kommuner, stadsdelar and the national organisations.

use std::path::{Path, PathBuf};

use finsamkollen_core::domain::organisation::{OrganisationSearch, OrganisationTyp};
use finsamkollen_core::Service;

use crate::support::service_on;

/// `shared/reference` beside the repository, or `None` (with a note) when it is absent.
fn reference_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} not found; skipping the comparison with the SCB reference list",
            dir.display()
        );
        None
    }
}

/// The data rows of a reference CSV file, each split on ','. The files have no quoting;
/// this checks that, and that the header is the expected one and every row has its width.
fn read_csv(dir: &Path, file: &str, header: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(dir.join(file)).expect("read reference CSV");
    assert!(
        !text.contains('"'),
        "{file} uses quoting; split on ',' is not enough"
    );
    assert!(!text.contains('\r'), "{file} has CR line ends");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some(header), "{file} header");
    let width = header.split(',').count();
    lines
        .filter(|line| !line.is_empty())
        .map(|line| {
            let fields: Vec<String> = line.split(',').map(str::to_owned).collect();
            assert_eq!(fields.len(), width, "{file}: {line}");
            fields
        })
        .collect()
}

fn table(service: &Service, sql: &str, width: usize) -> Vec<Vec<String>> {
    // Raw SQL: the stored reference tables as they are, to compare with the national lists.
    let conn = service.raw_db().conn();
    let mut stmt = conn.prepare(sql).expect("prepare");
    let rows = stmt
        .query_map([], |r| (0..width).map(|i| r.get(i)).collect())
        .expect("query");
    rows.collect::<Result<_, _>>().expect("rows")
}

fn count(service: &Service, sql: &str) -> i64 {
    // Raw SQL: counts of stored reference rows, which no use case reports.
    service
        .raw_db()
        .conn()
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
}

#[test]
fn reference_lan_equal_the_scb_list() {
    let Some(dir) = reference_dir() else { return };
    let mut expected = read_csv(
        &dir,
        "counties.csv",
        "county_code,county_name,county_name_short",
    );
    expected.sort();
    assert_eq!(expected.len(), 21);
    let service = service_on("2026-11-24");
    let stored = table(
        &service,
        "SELECT kod, namn, kortnamn FROM lan ORDER BY kod",
        3,
    );
    assert_eq!(stored, expected);
}

#[test]
fn reference_kommuner_equal_the_scb_list() {
    let Some(dir) = reference_dir() else { return };
    let mut expected = read_csv(
        &dir,
        "municipalities.csv",
        "municipality_code,municipality_name,municipality_name_short,county_code",
    );
    expected.sort();
    assert_eq!(expected.len(), 290);
    let service = service_on("2026-11-24");
    let stored = table(
        &service,
        "SELECT kod, namn, kortnamn, lan_kod FROM kommun ORDER BY kod",
        4,
    );
    assert_eq!(stored, expected);
}

#[test]
fn reference_counts_and_examples_from_the_spec() {
    let service = service_on("2026-11-24");
    assert_eq!(count(&service, "SELECT count(*) FROM lan"), 21);
    assert_eq!(count(&service, "SELECT count(*) FROM kommun"), 290);
    let named = table(
        &service,
        "SELECT kod, kortnamn FROM kommun
         WHERE kod IN ('0114', '0180', '0980', '1480', '2584') ORDER BY kod",
        2,
    );
    assert_eq!(
        named,
        [
            ["0114", "Upplands Väsby"],
            ["0180", "Stockholm"],
            ["0980", "Gotland"],
            ["1480", "Göteborg"],
            ["2584", "Kiruna"],
        ]
    );
}

#[test]
fn reference_21_regions_one_per_lan() {
    let service = service_on("2026-11-24");
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM organisation WHERE typ = 'region'"
        ),
        21
    );
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM lan l WHERE NOT EXISTS
             (SELECT 1 FROM organisation o WHERE o.typ = 'region' AND o.nyckel = 'region-' || l.kod)"
        ),
        0,
        "every län has its region"
    );
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM organisation WHERE typ = 'region'
             AND substr(nyckel, 8) NOT IN (SELECT kod FROM lan)"
        ),
        0,
        "every region belongs to a län"
    );
}

#[test]
fn reference_every_kommun_is_an_organisation() {
    // Gotland's kommun is Region Gotland, the region's row (key region-09), so the list
    // has 289 organisations of type kommun and one region that is also a kommun.
    let service = service_on("2026-11-24");
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM kommun k JOIN organisation o
             ON o.nyckel = CASE k.kod WHEN '0980' THEN 'region-09' ELSE 'kommun-' || k.kod END
             AND o.typ = CASE k.kod WHEN '0980' THEN 'region' ELSE 'kommun' END
             AND o.namn = k.namn"
        ),
        290
    );
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM organisation WHERE typ = 'kommun'"
        ),
        289
    );
}

#[test]
fn reference_kommun_organisations_have_the_official_names_of_the_scb_list() {
    let Some(dir) = reference_dir() else { return };
    let mut expected: Vec<Vec<String>> = read_csv(
        &dir,
        "municipalities.csv",
        "municipality_code,municipality_name,municipality_name_short,county_code",
    )
    .into_iter()
    .map(|row| vec![row[0].clone(), row[1].clone()])
    .collect();
    expected.sort();
    assert_eq!(expected.len(), 290);
    let service = service_on("2026-11-24");
    // Through the core's own mapping from organisation to kommun, so Region Gotland is
    // found as Gotland's kommun exactly as the rules find it.
    let mut stored: Vec<Vec<String>> = service
        .search_organisationer(OrganisationSearch {
            typ: Some(OrganisationTyp::Kommun),
            namn: String::new(),
        })
        .expect("search")
        .into_iter()
        .map(|o| {
            let kod = o
                .kommun_kod()
                .expect("a kommun has a kommun code")
                .to_owned();
            vec![kod, o.namn]
        })
        .collect();
    stored.sort();
    assert_eq!(stored, expected);
    for [name, key] in [
        ["Kalix kommun", "kalix kommun"],
        ["Göteborgs Stad", "göteborgs stad"],
        ["Region Gotland", "region gotland"],
    ] {
        assert_eq!(
            count(
                &service,
                &format!(
                    "SELECT count(*) FROM organisation WHERE namn = '{name}' \
                     AND namn_nyckel = '{key}'"
                )
            ),
            1,
            "{name} once, with its name key"
        );
    }
}

#[test]
fn reference_the_national_organisations_exist() {
    let service = service_on("2026-11-24");
    let national = table(
        &service,
        "SELECT nyckel, typ, namn FROM organisation
         WHERE nyckel IN ('fk', 'af', 'esf', 'forbund') ORDER BY id",
        3,
    );
    assert_eq!(
        national,
        [
            ["fk", "stat", "Försäkringskassan"],
            ["af", "stat", "Arbetsförmedlingen"],
            ["esf", "esf", "ESF-rådet"],
            ["forbund", "samordningsforbund", "Samordningsförbundet"],
        ]
    );
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM organisation WHERE typ = 'ovrigt'"
        ),
        0,
        "the officer's own are added later"
    );
}

#[test]
fn reference_stockholm_stadsdelar_valid_today_are_the_11() {
    let service = service_on("2026-11-24");
    let mut current: Vec<String> = table(
        &service,
        "SELECT namn FROM stadsdel WHERE kommun_kod = '0180'
         AND valid_from <= '2026-11-24' AND (valid_to IS NULL OR valid_to >= '2026-11-24')",
        1,
    )
    .into_iter()
    .flatten()
    .collect();
    current.sort_by(|a, b| finsamkollen_core::rules::text::swedish_cmp(a, b));
    assert_eq!(
        current,
        [
            "Bromma",
            "Enskede-Årsta-Vantör",
            "Farsta",
            "Hägersten-Älvsjö",
            "Hässelby-Vällingby",
            "Järva",
            "Norra innerstaden",
            "Skarpnäck",
            "Skärholmen",
            "Södermalm",
            "Östermalm",
        ]
    );
}

#[test]
fn reference_stadsdelar_only_for_stockholm_and_goteborg() {
    let service = service_on("2026-11-24");
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM stadsdel WHERE kommun_kod NOT IN ('0180', '1480')"
        ),
        0
    );
    assert_eq!(
        count(
            &service,
            "SELECT count(*) FROM stadsdel WHERE kommun_kod = '1480' AND valid_to IS NULL"
        ),
        4
    );
}

#[test]
fn reference_stockholm_reorganisations_have_no_gaps() {
    // Hägersten-Älvsjö replaced Älvsjö and Hägersten-Liljeholmen on 2020-07-01; Järva and
    // Norra innerstaden replaced four areas on 2023-07-01.
    let service = service_on("2026-11-24");
    let on = |day: &str| {
        count(
            &service,
            &format!(
                "SELECT count(*) FROM stadsdel WHERE kommun_kod = '0180'
                 AND valid_from <= '{day}' AND (valid_to IS NULL OR valid_to >= '{day}')"
            ),
        )
    };
    assert_eq!(on("2020-06-30"), 14);
    assert_eq!(on("2020-07-01"), 13);
    assert_eq!(on("2023-06-30"), 13);
    assert_eq!(on("2023-07-01"), 11);
}
