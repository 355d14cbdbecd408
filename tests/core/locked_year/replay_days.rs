//! Writing on a day other than today, without moving the clock: the import and the data
//! set generator give each `apply_*` step the day its year was open (Y1, Y6), and the
//! history records that day. The service's clock, and so every rule a later save reads,
//! stays on today.

use finsamkollen_core::domain::historik::{HistorikFraga, HistorikHandling, HistorikOmfang};
use finsamkollen_core::domain::medel::Medel;
use finsamkollen_core::Kronor;

use super::*;

/// The actions of `omfang`, newest first, as the history screen lists them.
fn actions(service: &Service, omfang: HistorikOmfang) -> Vec<HistorikHandling> {
    service
        .historik(HistorikFraga { omfang, fore: None })
        .expect("history page")
        .handlingar
}

/// The day `handling` was recorded on, `None` when no action of that name is listed.
fn day_of(actions: &[HistorikHandling], handling: &str) -> Option<String> {
    let found = actions.iter().find(|a| a.handling == handling)?;
    Some(found.tidpunkt.as_deref()?.get(..10)?.to_owned())
}

#[test]
fn y1_an_apply_step_writes_on_its_day_and_leaves_the_clock_on_today() {
    let mut service = service_with_forbund(LOCKED);
    let medel = |samverkansparterna| Medel {
        year: 2025,
        samverkansparterna: Kronor::new(samverkansparterna),
        esf_plus: Kronor::ZERO,
        overskott: Kronor::ZERO,
    };
    let error = service
        .apply_medel(medel(1), service.today())
        .expect_err("2025 is locked today");
    assert_eq!(error.code(), "y1_locked");

    service
        .apply_medel(medel(1_000_000), date(OPEN))
        .expect("2025 was open on 15 April 2026");
    assert_eq!(service.today(), date(LOCKED), "the clock is where it was");
    assert_eq!(
        day_of(
            &actions(&service, HistorikOmfang::Year { year: 2025 }),
            "Ändra medel 2025"
        )
        .as_deref(),
        Some(OPEN),
        "the history carries the day written on"
    );
    // The next save reads today, as it did before the write.
    let error = service
        .save_medel(crate::support::medel(2025, "2 000 000", "0", "0"))
        .expect_err("still locked today");
    assert_eq!(error.code(), "y1_locked");
}

#[test]
fn y6_the_import_writes_each_year_on_its_own_day_in_the_history() {
    let (mut source, _) = filled_2025();
    let text = exported(&mut source, 2025);
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("importerad.db");
    let file = ImportFile {
        name: "arsrapport-2025.json".into(),
        text,
    };
    import_reports(&[file], &target).expect("import");

    let imported = service_at(&target, LOCKED);
    let year = actions(&imported, HistorikOmfang::Year { year: 2025 });
    for figures in ["Ändra medel 2025", "Spara budget och utfall 2025"] {
        assert_eq!(
            day_of(&year, figures).as_deref(),
            Some(OPEN),
            "{figures}: on the last day 2025 was open"
        );
    }
    let forbund = actions(&imported, HistorikOmfang::Forbund);
    // The report was made on LOCKED: the förbund is created as of that day.
    assert_eq!(
        day_of(&forbund, "Skapa förbund").as_deref(),
        Some(LOCKED),
        "{forbund:?}"
    );
    // Started 2024-03-01: created on the last day 2024 was open.
    let id = imported
        .start_page(Some(2025))
        .expect("start page")
        .insatser[0]
        .id;
    let insats = actions(&imported, HistorikOmfang::Insats { id });
    assert_eq!(
        day_of(&insats, "Ny insats: Steget vidare").as_deref(),
        Some("2025-04-15")
    );
}

/// Nothing in the core or the data set generator moves a service's clock: `set_clock`
/// exists for tests only (behind `test-support`), and no source file outside the tests
/// calls it.
#[test]
fn y6_no_write_path_moves_the_clock() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut callers = Vec::new();
    for dir in ["core/src", "bench/src", "src"] {
        let mut pending = vec![root.join(dir)];
        while let Some(path) = pending.pop() {
            if path.is_dir() {
                for entry in std::fs::read_dir(&path).expect("read dir") {
                    pending.push(entry.expect("entry").path());
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read source");
                if text.contains(".set_clock(") {
                    callers.push(path.display().to_string());
                }
            }
        }
    }
    assert!(callers.is_empty(), "the clock is moved in {callers:?}");
}
