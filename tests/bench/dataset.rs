//! The benchmark data set (issue 8): the same seed gives the same data, and the data keeps
//! every rule, as the pre-submission check of each year shows.

use std::path::Path;

use finsamkollen_bench as dataset;
use finsamkollen_core::{Clock, Service};

/// Columns that hold the moment a row was written (time of day) or a path in a temporary
/// folder, which no seed can fix.
const UNSEEDED: &[&str] = &["skapad", "tidpunkt", "sokvag", "andrad", "tid"];

/// Every row of every table, in primary-key order, with the unseeded columns left out.
fn content(path: &Path) -> Vec<String> {
    // Raw SQL: every stored row of every table, which no use case reads whole.
    let conn = rusqlite::Connection::open(path).expect("open generated file");
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name <> 'refinery_schema_history' ORDER BY name",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("tables");
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"))
            .expect("select");
        let names: Vec<String> = stmt.column_names().map(str::to_owned).collect();
        let mut rows = stmt.query([]).expect("rows");
        while let Some(row) = rows.next().expect("row") {
            let mut line = format!("{table}:");
            for (i, name) in names.iter().enumerate() {
                if !UNSEEDED.contains(&name.as_str()) {
                    let value: rusqlite::types::Value = row.get(i).expect("value");
                    line.push_str(&format!(" {name}={value:?}"));
                }
            }
            out.push(line);
        }
    }
    out
}

#[test]
fn dataset_same_seed_gives_the_same_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b, c) = (
        dir.path().join("a.db"),
        dir.path().join("b.db"),
        dir.path().join("c.db"),
    );
    let first = dataset::generate(&a, 7, 3, 30).expect("generate a");
    let second = dataset::generate(&b, 7, 3, 30).expect("generate b");
    dataset::generate(&c, 8, 3, 30).expect("generate c");
    assert_eq!(first, second);
    assert_eq!((first.first_year, first.last_year), (2023, 2025));
    assert_eq!(first.insatser, 30);
    let content_a = content(&a);
    assert!(
        content_a.len() > 100,
        "a real data set: {} rows",
        content_a.len()
    );
    assert_eq!(content_a, content(&b));
    assert_ne!(content_a, content(&c), "another seed gives other data");
    // An existing file is never overwritten.
    assert!(dataset::generate(&a, 7, 3, 30).is_err());
}

#[test]
fn dataset_keeps_every_rule_the_check_knows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("prov.db");
    let summary = dataset::generate(&path, 3, 3, 30).expect("generate");
    let service = Service::open(&path, Clock::fixed(summary.today)).expect("open");
    let start = service.start_page(None).expect("start page");
    assert_eq!(
        start.year, summary.last_year,
        "the last year is being reported"
    );
    for year in summary.first_year..summary.last_year {
        let check = service.forhandskontroll(year).expect("check");
        assert!(check.fel.is_empty(), "{year}: {:?}", check.fel);
        let view = service.year_view(year).expect("year view");
        assert!(view.medel.registrerade);
        assert!(view
            .rader
            .iter()
            .all(|r| r.budget.is_some() && r.utfall.is_some()));
    }
    // The year being reported lacks some utfall, and the counts of those insatser, only.
    let check = service.forhandskontroll(summary.last_year).expect("check");
    let kinds: std::collections::BTreeSet<&str> =
        check.fel.iter().map(|a| a.kod.as_str()).collect();
    assert!(
        kinds
            .iter()
            .all(|k| ["utfall_saknas", "deltagare_saknas"].contains(k)),
        "{kinds:?}"
    );
    // Next year has its budget, no utfall yet.
    let next = service.year_view(summary.last_year + 1).expect("next year");
    assert!(next
        .rader
        .iter()
        .all(|r| r.budget.is_some() && r.utfall.is_none()));
    // Both inriktningar, ESF and avslutade insatser are there.
    let all: Vec<_> = (summary.first_year..=summary.last_year)
        .flat_map(|y| service.start_page(Some(y)).expect("page").insatser)
        .collect();
    use finsamkollen_core::domain::insats::{Inriktning, InsatsStatus};
    assert!(all
        .iter()
        .any(|i| i.inriktning == Inriktning::Individinriktad));
    assert!(all
        .iter()
        .any(|i| i.inriktning == Inriktning::Strukturovergripande));
    assert!(all.iter().any(|i| i.status == InsatsStatus::Avslutad));
    assert!(all.iter().any(|i| i.status == InsatsStatus::Pagaende));
}
