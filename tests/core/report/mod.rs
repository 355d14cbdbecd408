//! The yearly report as JSON: a committed golden file for a fixture förbund (stable key
//! order, ISO dates, integers), a lossless round trip through the format, the preliminär
//! mark, and atomic writing. `UPDATE_GOLDEN=1 cargo test report` rewrites the golden file.

mod import_checks;
mod import_versions;
mod json_and_xlsx;
mod xlsx_and_import;
mod xlsx_pages;

use std::path::PathBuf;

use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput, MedelInput, Rad};

use finsamkollen_core::domain::fordelning::{FordelningInput, FordelningRadInput};

use finsamkollen_core::domain::insats::DeltagareInput;

use finsamkollen_core::domain::omrade::OmradeRef;

use finsamkollen_core::report::{self, Arsrapport};

use finsamkollen_core::Service;

use finsamkollen_core::Clock;

use crate::support::{
    date, exported, insats_with_dates, running_year_2026, save_with_roles, service_with_forbund,
    usual_roles,
};

/// A förbund with every part of a year filled in, on 2026-03-01.
fn fixture() -> Service {
    let mut service = service_with_forbund("2026-03-01");
    let mut save = save_with_roles(&service, usual_roles(&service));
    save.forbund.beskrivning = "Samordnad rehabilitering i Fyrbodal.".into();
    save.forbund.gatuadress = "Storgatan 1".into();
    save.forbund.postnummer = "451 80".into();
    save.forbund.ort = "Uddevalla".into();
    save.forbund.kontakt_namn = "Anna Lindqvist".into();
    save.forbund.kontakt_telefon = "0522-123 45".into();
    save.forbund.kontakt_epost = "anna@finsam.se".into();
    // Trollhättan, whose kommun and region are members: M5 has nothing to say.
    save.verksamhetsomrade = vec![OmradeRef {
        kommun_kod: "1488".into(),
        stadsdel_id: None,
    }];
    service.save_forbund_page(save).expect("förbund page");
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    service
        .save_medel(MedelInput {
            year: 2025,
            samverkansparterna: "1 000 000".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect("medel");
    // The split per financier, by the law's shares (F3).
    let org = |nyckel: &str| crate::support::org_id(&service, nyckel);
    let share = |nyckel: &str, belopp: &str| FordelningRadInput {
        organisation_id: org(nyckel),
        belopp: belopp.into(),
    };
    let rader = vec![
        share("fk", "500 000"),
        share("region-14", "250 000"),
        share("kommun-1488", "250 000"),
    ];
    service
        .save_fordelning(FordelningInput { year: 2025, rader })
        .expect("split");
    service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![
                BudgetCellerInput {
                    rad: Rad::Insats { id },
                    budget: "600 000".into(),
                    utfall: "580 000".into(),
                    budgeterade_deltagare: "20".into(),
                },
                BudgetCellerInput {
                    rad: Rad::Admin,
                    budget: "300 000".into(),
                    utfall: "290 000".into(),
                    budgeterade_deltagare: String::new().into(),
                },
            ],
        })
        .expect("budget");
    service
        .save_deltagare(DeltagareInput {
            insats_id: id,
            year: 2025,
            kvinnor: "12".into(),
            man: "8".into(),
            antal: String::new(),
        })
        .expect("counts");
    service
}

fn golden_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/core/golden/arsrapport-2025.json")
}

/// Reads a sheet of an XLSX workbook as rows of cells (calamine), for assertions.
fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<calamine::Data>> {
    use calamine::{Reader, Xlsx};
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("xlsx");
    let range = workbook.worksheet_range(name).expect(name);
    range.rows().map(<[calamine::Data]>::to_vec).collect()
}

/// The row whose first cell is `label`.
fn row_of<'a>(rows: &'a [Vec<calamine::Data>], label: &str) -> &'a [calamine::Data] {
    rows.iter()
        .find(|r| {
            r.first()
                .is_some_and(|c| matches!(c, calamine::Data::String(s) if s == label))
        })
        .unwrap_or_else(|| panic!("no row {label}"))
}

/// One part of an XLSX file (an XML file in its zip archive) as text.
fn xlsx_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("zip");
    let mut text = String::new();
    archive
        .by_name(name)
        .expect(name)
        .read_to_string(&mut text)
        .expect("xml");
    text
}

// --- Import ------------------------------------------------------------------------------

use finsamkollen_core::report::import::{import_reports, ImportFile};

fn file(name: &str, text: String) -> ImportFile {
    ImportFile {
        name: name.into(),
        text,
    }
}

fn refused_import(files: &[ImportFile]) -> finsamkollen_core::CoreError {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("ny.db");
    let error = import_reports(files, &target).expect_err("refused");
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert!(
        left.is_empty(),
        "a refused import creates nothing: {left:?}"
    );
    error
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/arsrapport.schema.json"),
    )
    .expect("docs/arsrapport.schema.json");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

// --- Import: plain Swedish, nothing silently accepted (issue 14, item 4) -----------------

/// The officer's sentence for a report refused at import.
fn import_message(text: String) -> String {
    let error = refused_import(&[file("fel.json", text)]);
    assert_eq!(error.code(), "import_refused", "{error:?}");
    let message = error.to_string();
    assert_swedish(&message);
    message
}

/// No English from serde, SQLite or the system reaches the officer.
fn assert_swedish(message: &str) {
    for english in [
        "invalid",
        "expected",
        "EOF",
        "line ",
        "column",
        "parsing",
        "malformed",
        "found",
        "unknown",
        "missing",
        "error",
    ] {
        assert!(!message.contains(english), "{english:?} in {message:?}");
    }
}

/// The fixture's 2025 report as JSON, changed by `change`.
fn changed(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut json: serde_json::Value =
        serde_json::from_str(&exported(&mut fixture(), 2025)).expect("json");
    change(&mut json);
    serde_json::to_string_pretty(&json).expect("json")
}
