//! The report as JSON and xlsx.

use super::*;

#[test]
fn report_json_matches_the_golden_file() {
    let mut service = fixture();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("arsrapport-2025.json");
    service.export_json(2025, &path).expect("export");
    let written = std::fs::read_to_string(&path).expect("read");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden_path(), &written).expect("update golden");
    }
    let golden = std::fs::read_to_string(golden_path()).expect("golden file");
    assert!(
        written == golden,
        "the JSON report differs from tests/core/golden/arsrapport-2025.json; if the change \
         is intended, run UPDATE_GOLDEN=1 cargo test report and review the diff\n{written}"
    );
}

#[test]
fn report_json_is_versioned_with_integers_and_iso_dates() {
    let report = fixture().arsrapport(2025).expect("report");
    let json: serde_json::Value =
        serde_json::from_str(&report::to_json(&report)).expect("valid JSON");
    assert_eq!(json["format"], "finsamkollen-arsrapport");
    assert_eq!(json["version"], 1);
    assert_eq!(json["ar"], 2025);
    assert_eq!(json["forbund"]["startdatum"], "2019-01-01");
    assert_eq!(json["medel"]["samverkansparterna"], 1_000_000);
    assert!(json["insatser"][0]["budget"].is_i64());
    assert_eq!(json["insatser"][0]["deltagare"]["kvinnor"], 12);
}

#[test]
fn report_json_round_trips_losslessly() {
    let report = fixture().arsrapport(2025).expect("report");
    let text = report::to_json(&report);
    let parsed: Arsrapport = serde_json::from_str(&text).expect("parse");
    assert_eq!(parsed, report);
    assert_eq!(report::to_json(&parsed), text);
}

#[test]
fn report_is_preliminar_while_the_check_reports_errors() {
    let complete = fixture().arsrapport(2025).expect("report");
    assert!(
        complete.kontroll.fel.is_empty(),
        "{:?}",
        complete.kontroll.fel
    );
    assert!(!complete.preliminar);
    let empty = service_with_forbund("2026-03-01")
        .arsrapport(2025)
        .expect("report");
    assert!(empty.preliminar);
    assert!(empty.medel.is_none());
    assert!(empty.kontroll.fel.iter().any(|a| a.kod == "medel_saknas"));
}

#[test]
fn y7_a_report_of_the_running_year_is_not_preliminar_for_its_missing_utfall_and_counts() {
    let (mut service, _) = running_year_2026("2026-12-31");
    let report = service.arsrapport(2026).expect("report");
    assert!(!report.preliminar, "{:?}", report.kontroll.fel);
    assert!(report.kontroll.fel.is_empty());
    let waiting: Vec<&str> = report
        .kontroll
        .efter_arets_slut
        .iter()
        .map(|a| a.kod.as_str())
        .collect();
    assert_eq!(
        waiting,
        ["utfall_saknas", "deltagare_saknas", "utfall_saknas"]
    );
    let text = report::to_json(&report);
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(
        json["kontroll"]["efterAretsSlut"].as_array().map(Vec::len),
        Some(3)
    );
    let errors: Vec<String> = schema().iter_errors(&json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let parsed: Arsrapport = serde_json::from_str(&text).expect("parse");
    assert_eq!(parsed, report, "round trip");

    // From 1 January the same report is preliminär, and nothing waits any more.
    service.set_clock(Clock::fixed(date("2027-01-01")));
    let ended = service.arsrapport(2026).expect("report");
    assert!(ended.preliminar);
    assert_eq!(ended.kontroll.fel.len(), 3);
    let json: serde_json::Value = serde_json::from_str(&report::to_json(&ended)).expect("json");
    assert!(
        json["kontroll"].get("efterAretsSlut").is_none(),
        "an ended year's report reads as before"
    );
}

#[test]
fn report_is_written_atomically_over_an_older_file() {
    let mut service = fixture();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rapport.json");
    std::fs::write(&path, "an older report").expect("old file");
    service.export_json(2025, &path).expect("export");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.starts_with("{\n  \"format\": \"finsamkollen-arsrapport\""));
    let files: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(files.len(), 1, "no temporary file is left behind");
}

#[test]
fn report_of_a_year_outside_the_picker_is_refused_and_writes_nothing() {
    let mut service = fixture();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rapport.json");
    let error = service.export_json(2030, &path).expect_err("2030");
    assert_eq!(error.code(), "year_out_of_range");
    assert!(!path.exists());
}

#[test]
fn report_xlsx_has_the_kostnadsrapport_numbers_in_their_cells() {
    use calamine::Data;
    let mut service = fixture();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("arsrapport-2025.xlsx");
    service.export_xlsx(2025, &path).expect("export");
    let bytes = std::fs::read(&path).expect("read");
    let rows = sheet(&bytes, report::xlsx::SHEET_KOSTNADER);
    assert_eq!(
        rows[0][0],
        Data::String("Kostnadsrapport 2025 – Samordningsförbundet Västra Fyrbodal".into())
    );
    assert_eq!(
        row_of(&rows, "Samverkansparterna")[1],
        Data::Float(1_000_000.0)
    );
    assert_eq!(row_of(&rows, "Medel totalt")[1], Data::Float(1_000_000.0));
    let insats = row_of(&rows, "Steget vidare");
    assert_eq!(insats[1], Data::Float(600_000.0));
    assert_eq!(insats[2], Data::Float(580_000.0));
    assert_eq!(insats[3], Data::Float(-20_000.0));
    let saldo = row_of(&rows, "Saldo (medel − kostnader)");
    assert_eq!(saldo[1], Data::Float(100_000.0));
    assert_eq!(saldo[2], Data::Float(130_000.0));
    assert!(
        !rows
            .iter()
            .flatten()
            .any(|c| c.to_string().starts_with("PRELIMINÄR")),
        "a complete year is not preliminär"
    );
}

#[test]
fn report_xlsx_lists_every_insats_with_its_fields_and_counts() {
    use calamine::Data;
    let bytes = report::xlsx::render(&fixture().arsrapport(2025).expect("report")).expect("xlsx");
    let rows = sheet(&bytes, report::xlsx::SHEET_INSATSER);
    let header = row_of(&rows, "Namn");
    assert_eq!(header[1], Data::String("Inriktning".into()));
    assert_eq!(header[15], Data::String("Antal".into()));
    let insats = row_of(&rows, "Steget vidare");
    assert_eq!(insats[1], Data::String("Individinriktad".into()));
    assert_eq!(insats[7], Data::String("2024-03-01".into()));
    assert_eq!(insats[10], Data::Float(600_000.0));
    assert_eq!(insats[12], Data::Float(20.0));
    assert_eq!(insats[13], Data::Float(12.0));
    assert_eq!(insats[14], Data::Float(8.0));
}

#[test]
fn report_xlsx_is_stamped_preliminar_while_errors_remain() {
    let report = service_with_forbund("2026-03-01")
        .arsrapport(2025)
        .expect("report");
    let bytes = report::xlsx::render(&report).expect("xlsx");
    for name in [report::xlsx::SHEET_KOSTNADER, report::xlsx::SHEET_INSATSER] {
        let rows = sheet(&bytes, name);
        assert!(
            rows.iter().flatten().any(|c| c
                .to_string()
                .starts_with("PRELIMINÄR: förhandskontrollen har")),
            "{name} is stamped"
        );
    }
}

#[test]
fn report_xlsx_every_sheet_prints_landscape_a4_one_page_wide_with_repeated_headers() {
    let bytes = report::xlsx::render(&fixture().arsrapport(2025).expect("report")).expect("xlsx");
    let sheets = [
        report::xlsx::SHEET_KOSTNADER,
        report::xlsx::SHEET_INSATSER,
        report::xlsx::SHEET_KONTROLL,
        report::xlsx::SHEET_ORGANISATIONER,
    ];
    let workbook = xlsx_part(&bytes, "xl/workbook.xml");
    for (i, name) in sheets.iter().enumerate() {
        let xml = xlsx_part(&bytes, &format!("xl/worksheets/sheet{}.xml", i + 1));
        assert!(
            xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#),
            "{name}: fit to page\n{xml}"
        );
        // The Kostnadsrapport of a small förbund fits on one page, one tall being the
        // default (xlsx_pages).
        let tall = if i == 0 { "" } else { r#" fitToHeight="0""# };
        assert!(
            xml.contains(&format!(
                r#"<pageSetup paperSize="9"{tall} orientation="landscape""#
            )),
            "{name}: landscape A4, one page wide\n{xml}"
        );
        assert!(
            xml.contains(
                "<oddFooter>&amp;LSamordningsförbundet Västra Fyrbodal · årsrapport 2025\
                 &amp;C&amp;A&amp;RSida &amp;P av &amp;N</oddFooter>"
            ),
            "{name}: footer with förbund, year and page x of y"
        );
        assert!(
            workbook.contains(&format!(
                r#"<definedName name="_xlnm.Print_Titles" localSheetId="{i}">"#
            )),
            "{name}: header rows repeated on every page"
        );
    }
    // The insats list's header wraps onto two lines, so its row is two lines tall and
    // does not overlap the first insats.
    let insatser = xlsx_part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(
        insatser.contains(r#"<row r="5" spans="1:16" ht="30" customHeight="1">"#),
        "{insatser}"
    );
}

#[test]
fn report_xlsx_totals_the_participants() {
    use calamine::Data;
    let mut service = fixture();
    let second = insats_with_dates(&mut service, "Vägen ut", "2025-01-01", "");
    service
        .save_deltagare(DeltagareInput {
            insats_id: second,
            year: 2025,
            kvinnor: "5".into(),
            man: "7".into(),
            antal: String::new(),
        })
        .expect("counts");
    let bytes = report::xlsx::render(&service.arsrapport(2025).expect("report")).expect("xlsx");
    let insatser = sheet(&bytes, report::xlsx::SHEET_INSATSER);
    let totalt = row_of(&insatser, "Totalt");
    assert_eq!(totalt[10], Data::Float(600_000.0), "budget");
    assert_eq!(totalt[12], Data::Float(20.0), "budgeterade");
    assert_eq!(totalt[13], Data::Float(17.0), "kvinnor");
    assert_eq!(totalt[14], Data::Float(15.0), "män");
    assert_eq!(totalt[15], Data::Float(0.0), "antal");
    let kostnader = sheet(&bytes, report::xlsx::SHEET_KOSTNADER);
    assert_eq!(
        row_of(&kostnader, "Kvinnor (individinriktade insatser)")[1],
        Data::Float(17.0)
    );
    assert_eq!(row_of(&kostnader, "Deltagare totalt")[1], Data::Float(32.0));
    assert_eq!(
        row_of(&kostnader, "Budgeterat antal deltagare")[1],
        Data::Float(20.0)
    );
}
