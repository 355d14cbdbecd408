//! Apply: all or nothing, after a backup, recorded in the history as read from the file;
//! and the round trip of Finsamkollen's own XLSX export.

use finsamkollen_core::api::inlasning::las_in;
use finsamkollen_core::domain::historik::{HistorikFraga, HistorikOmfang};
use finsamkollen_core::report::inlasning::{FaltTyp, RadRef};
use finsamkollen_core::Clock;

use super::*;
use crate::support::{count_rows, service_at};

/// A register of `count` new individinriktade insatser starting in 2026 (open).
fn register(service: &Service, count: usize) -> Vec<Vec<Cell>> {
    let preciserad = service
        .insats_choices()
        .expect("choices")
        .preciserade
        .individinriktad[0]
        .namn
        .clone();
    let mut rows = vec![vec![
        t("Insats"),
        t("Inriktning"),
        t("Preciserad inriktning"),
        t("Startdatum"),
        t("Budget 2026"),
    ]];
    for i in 0..count {
        rows.push(vec![
            t(&format!("Insats {i:04}")),
            t("Individinriktad"),
            t(&preciserad),
            t("2026-02-01"),
            n(10_000.0),
        ]);
    }
    rows
}

#[test]
fn import_one_bad_cell_among_1000_good_rows_is_named_and_nothing_is_written() {
    let (mut service, _) = with_steget();
    let mut rows = register(&service, 1000);
    rows[731][3] = t("2026-02-30");
    let file = bok(vec![("Insatser", rows)]);
    let begaran = guessed(&file);
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    let [problem] = preview.problem.as_slice() else {
        panic!("one problem: {:?}", preview.problem.len())
    };
    assert!(
        problem
            .meddelande
            .starts_with("Blad Insatser, rad 732, Startdatum: "),
        "{}",
        problem.meddelande
    );
    let before = count_rows(&service, "SELECT count(*) FROM insats");
    let error = service
        .inlasning_verkstall(&file, &begaran, |_| panic!("no backup while refused"))
        .expect_err("refused");
    assert!(error.to_string().starts_with("Inget lästes in"), "{error}");
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), before);
    assert_eq!(count_rows(&service, "SELECT count(*) FROM budget"), 0);
}

#[test]
fn import_creates_new_insatser_and_figures_in_one_transaction_recorded_as_read_from_the_file() {
    let (mut service, _) = with_steget();
    let file = bok(vec![("Insatser", register(&service, 3))]);
    let summary = service
        .inlasning_verkstall(&file, &guessed(&file), |_| Ok(None))
        .expect("apply");
    assert_eq!(summary.insatser_nya.len(), 3);
    assert_eq!(summary.celler, 3);
    assert_eq!(summary.ar, [2026]);
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 4);
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(DISTINCT handling_id) FROM historik h JOIN historik_handling a \
             ON a.id = h.handling_id WHERE a.handling = 'Inläst från historik.xlsx'"
        ),
        1
    );
    let page = service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Year { year: 2026 },
            fore: None,
        })
        .expect("history");
    assert!(page.handlingar[0]
        .handling
        .contains("Inläst från historik.xlsx"));
    // Read again: everything is matched and nothing differs.
    let again = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(again.insatser_nya.is_empty());
    assert_eq!(again.insatser_matchade.len(), 3);
    assert_eq!(again.celler, 0);
}

#[test]
fn import_refused_leaves_the_data_file_byte_identical_and_takes_no_backup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("data.db");
    let mut service = service_at(&path, TODAY);
    service
        .create_forbund(crate::support::new_forbund())
        .expect("förbund");
    drop(service);
    let mut service = service_at(&path, TODAY);
    let files = |dir: &std::path::Path| -> Vec<(String, Vec<u8>)> {
        let mut all: Vec<_> = walk(dir);
        all.sort();
        all
    };
    let before = files(dir.path());
    let mut rows = register(&service, 2);
    rows[2].push(t("800101-1234"));
    let file = bok(vec![("Insatser", rows)]);
    let error = las_in(&mut service, &file, &guessed(&file)).expect_err("refused");
    assert!(error.to_string().contains("1 problem"), "{error}");
    assert_eq!(files(dir.path()), before);
}

fn walk(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push((
                path.display().to_string(),
                std::fs::read(&path).unwrap_or_default(),
            ));
        }
    }
    out
}

#[test]
fn import_takes_a_backup_just_before_it_writes_and_restoring_it_undoes_the_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("data.db");
    let mut service = service_at(&path, TODAY);
    service
        .create_forbund(crate::support::new_forbund())
        .expect("förbund");
    let file = bok(vec![("Insatser", register(&service, 1))]);
    let summary = las_in(&mut service, &file, &guessed(&file)).expect("apply");
    let backup = summary.sakerhetskopia.expect("a backup");
    assert!(std::path::Path::new(&backup).exists(), "{backup}");
    let before = service_at(std::path::Path::new(&backup), TODAY);
    assert_eq!(count_rows(&before, "SELECT count(*) FROM insats"), 0);
    drop(before);
    // "Återställ till före inläsningen": the existing restore, given the summary's backup.
    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let prepared =
        finsamkollen_core::backup::restore::prepare(&path, &folders, std::path::Path::new(&backup))
            .expect("prepare");
    let clock = service.clock().clone();
    let restored = prepared
        .commit(Some(service), clock, None)
        .expect("restore");
    assert_eq!(count_rows(&restored, "SELECT count(*) FROM insats"), 0);
}

#[test]
fn import_reads_finsamkollens_own_xlsx_export_back_with_every_column_recognised() {
    let (mut service, _) = with_steget();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rapport.xlsx");
    service.export_xlsx(2026, &path).expect("export");
    let bytes = std::fs::read(&path).expect("read");
    let mut file = read_xlsx(&bytes);
    file.blad.retain(|b| b.name == "Insatser");
    let begaran = guessed(&file);
    let mapping = &begaran.mappningar[0];
    let sums = mapping.rubrikrad + 2;
    assert_eq!(mapping.ar, Some(2026));
    assert_eq!(mapping.kolumner.len(), 16);
    assert!(
        mapping.kolumner.iter().all(Option::is_some),
        "{:?}",
        mapping.kolumner
    );
    assert!(mapping
        .kolumner
        .iter()
        .any(|f| f.is_some_and(|f| f.typ == FaltTyp::Uppfoljning)));
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert_eq!(preview.insatser_matchade, ["Steget vidare"]);
    assert_eq!(preview.celler, 0);
    assert!(preview.konflikter.is_empty());
    assert_eq!(
        preview.summarader,
        [RadRef {
            blad: "Insatser".into(),
            rad: sums
        }]
    );
}

#[test]
fn import_offers_the_summary_sheets_of_finsamkollens_own_export_unticked() {
    let (mut service, _) = with_steget();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rapport.xlsx");
    service.export_xlsx(2026, &path).expect("export");
    let file = read_xlsx(&std::fs::read(&path).expect("read"));
    let forslag = service.inlasning_forslag(&file, true);
    let marked: Vec<(&str, bool)> = file
        .blad
        .iter()
        .zip(&forslag)
        .map(|(b, f)| (b.name.as_str(), f.rapportvy))
        .collect();
    assert_eq!(
        marked,
        [
            ("Kostnadsrapport", true),
            ("Insatser", false),
            ("Förhandskontroll", true),
            ("Organisationer", true)
        ]
    );
    // A workbook of the officer's own with a sheet of the same name is not a report.
    let own = bok(vec![(
        "Kostnadsrapport",
        long_sheet(&[("Steget vidare", 2026, 1.0, 1.0)]),
    )]);
    assert!(!service.inlasning_forslag(&own, true)[0].rapportvy);
}

#[test]
fn backup_trigger_import_leaves_the_read_in_the_newest_backup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("data.db");
    let mut service = Service::open_app(
        &path,
        Clock::fixed_at(
            chrono::NaiveDateTime::parse_from_str("2026-11-24 09:00:00", "%Y-%m-%d %H:%M:%S")
                .expect("time"),
        ),
        &dir.path().join("installningar.json"),
    )
    .expect("open");
    service
        .create_forbund(crate::support::new_forbund())
        .expect("förbund");
    let file = bok(vec![("Insatser", register(&service, 3))]);
    let summary = las_in(&mut service, &file, &guessed(&file)).expect("apply");
    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let list = finsamkollen_core::db::backups::backups(&path, &folders);
    // The day's first save, the backup just before the read, and the one after it.
    assert_eq!(list.len(), 3, "{list:?}");
    assert_eq!(list[0].insatser, 3, "the newest backup holds the read");
    assert_eq!(list[1].path, summary.sakerhetskopia.expect("before"));
    assert_eq!(list[1].insatser, 0);
}
