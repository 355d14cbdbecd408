//! The history workbook the `inlasning` benchmarks read (issue 23): a generated file's
//! whole history, written in the import template's layout and read through "Läs in
//! tidigare år" into a file with the same förbund and nothing else, comes back whole:
//! every insats, figure and count, with no problem in the preview.

use std::path::Path;

use finsamkollen_bench as dataset;
use finsamkollen_core::report::inlasning::{arbetsbok, InlasningBegaran};
use finsamkollen_core::{Clock, Service};

/// The figures of a file by insats name and year, and the year's own, as sorted lines.
fn figures(path: &Path) -> Vec<String> {
    // Raw SQL: two files' stored figures side by side, independent of the core's reads.
    let conn = rusqlite::Connection::open(path).expect("open");
    let mut out = Vec::new();
    for sql in [
        "SELECT 'budget', i.namn, b.ar, b.budget, b.utfall, b.budget_deltagare
         FROM budget b JOIN insats i ON i.id = b.insats_id",
        "SELECT 'deltagare', i.namn, d.ar, d.kvinnor, d.man, d.antal
         FROM deltagare d JOIN insats i ON i.id = d.insats_id",
        "SELECT 'insats', namn, inriktning || foljer_deltagare || esf, startdatum, slutdatum,
                coalesce(preciserad_inriktning_id, '') || beskrivning
         FROM insats",
        "SELECT 'medel', '', ar, samverkansparterna, esf_plus, overskott FROM medel",
        "SELECT 'admin', '', ar, budget, utfall, NULL FROM admin_kostnad",
    ] {
        let mut stmt = conn.prepare(sql).expect("prepare");
        let mut rows = stmt.query([]).expect("query");
        while let Some(row) = rows.next().expect("row") {
            let values: Vec<String> = (0..6)
                .map(|i| {
                    let value: rusqlite::types::Value = row.get(i).expect("value");
                    format!("{value:?}")
                })
                .collect();
            out.push(values.join(" "));
        }
    }
    out.sort();
    out
}

#[test]
fn historik_workbook_reads_back_into_an_empty_forbund_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let full = dir.path().join("full.db");
    dataset::generate(&full, 1, 4, 30).expect("generate");
    let (bytes, size) = dataset::historik_xlsx(&full).expect("workbook");
    assert_eq!(size.insatser, 30);
    let empty = dir.path().join("forbund.db");
    dataset::generate_forbund(&empty, 4).expect("förbund only");

    let mut service = Service::open(&empty, Clock::fixed(dataset::today())).expect("open");
    let bok = arbetsbok::read_bytes("historik.xlsx", &bytes).expect("read");
    let begaran = InlasningBegaran {
        mappningar: service
            .inlasning_forslag(&bok, false)
            .into_iter()
            .map(|f| f.mappning)
            .collect(),
        undantagna: Vec::new(),
        ersatt: Vec::new(),
    };
    assert_eq!(begaran.mappningar.len(), 3);
    for mapping in &begaran.mappningar {
        assert!(mapping.kolumner.iter().all(Option::is_some), "{mapping:?}");
    }
    let preview = service
        .inlasning_forhandsvisning(&bok, &begaran)
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert_eq!(preview.insatser_nya.len(), 30);
    let summary = service
        .inlasning_verkstall(&bok, &begaran, |_| Ok(None))
        .expect("apply");
    assert_eq!(summary.celler, preview.celler);
    drop(service);
    assert_eq!(figures(&empty), figures(&full));
}
