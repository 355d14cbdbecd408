//! The yearly report as JSON: a committed golden file for a fixture förbund (stable key
//! order, ISO dates, integers), a lossless round trip through the format, the preliminär
//! mark, and atomic writing. `UPDATE_GOLDEN=1 cargo test report` rewrites the golden file.

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
                    budgeterade_deltagare: String::new(),
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
        assert!(
            xml.contains(r#"<pageSetup paperSize="9" fitToHeight="0" orientation="landscape""#),
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

#[test]
fn report_xlsx_has_the_check_at_export_time_and_the_organisations_with_roles() {
    use calamine::{Data, Reader, Xlsx};
    // A fresh förbund: the check has errors and warnings to list.
    let fresh = service_with_forbund("2026-03-01")
        .arsrapport(2025)
        .expect("report");
    let bytes = report::xlsx::render(&fresh).expect("xlsx");
    let workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).expect("xlsx");
    assert_eq!(
        workbook.sheet_names(),
        [
            "Kostnadsrapport",
            "Insatser",
            "Förhandskontroll",
            "Organisationer"
        ]
    );
    let rows = sheet(&bytes, report::xlsx::SHEET_KONTROLL);
    let summary = format!(
        "Förhandskontrollen när filen skapades 2026-03-01: {} fel, {} varningar.",
        fresh.kontroll.fel.len(),
        fresh.kontroll.varningar.len()
    );
    assert!(rows.iter().flatten().any(|c| c.to_string() == summary));
    for a in &fresh.kontroll.fel {
        assert!(
            rows.iter()
                .any(|r| r[0] == Data::String("Fel".into()) && r[1] == Data::String(a.text.clone())),
            "{}",
            a.text
        );
    }
    for a in &fresh.kontroll.varningar {
        assert!(
            rows.iter()
                .any(|r| r[0] == Data::String("Varning".into())
                    && r[1] == Data::String(a.text.clone())),
            "{}",
            a.text
        );
    }
    // A complete year: no remarks, and its members with their roles.
    let bytes = report::xlsx::render(&fixture().arsrapport(2025).expect("report")).expect("xlsx");
    let rows = sheet(&bytes, report::xlsx::SHEET_KONTROLL);
    assert!(rows
        .iter()
        .flatten()
        .any(|c| *c == calamine::Data::String("Inga fel eller varningar.".into())));
    let rows = sheet(&bytes, report::xlsx::SHEET_ORGANISATIONER);
    let header = row_of(&rows, "Organisation");
    assert_eq!(header[3], Data::String("Finansiär".into()));
    let af = row_of(&rows, "Arbetsförmedlingen");
    assert_eq!(af[1], Data::String("Stat".into()));
    assert_eq!(af[2], Data::String("Ja".into()));
    assert_eq!(af[3], Data::Empty);
    let forbund = row_of(&rows, "Samordningsförbundet Västra Fyrbodal");
    assert_eq!(forbund[4], Data::String("Ja".into()), "konsument");
    assert_eq!(
        row_of(&rows, "Västra Götalandsregionen")[3],
        Data::String("Ja".into())
    );
}

#[test]
fn report_exports_are_archived_with_the_check_and_the_files_hash() {
    let mut service = fixture();
    let dir = tempfile::tempdir().expect("tempdir");
    let json = dir.path().join("a.json");
    let xlsx = dir.path().join("a.xlsx");
    service.export_json(2025, &json).expect("json");
    service.export_xlsx(2025, &xlsx).expect("xlsx");
    let posts = service.exports(2025).expect("archive");
    assert_eq!(posts.len(), 2);
    let json_post = posts
        .iter()
        .find(|p| p.format == finsamkollen_core::domain::arkiv::ReportFormat::Json)
        .expect("json post");
    assert_eq!(
        json_post.sha256,
        report::sha256_hex(&std::fs::read(&json).expect("read"))
    );
    assert_eq!(json_post.sokvag, json.display().to_string());
    assert!(!json_post.preliminar);
    assert_eq!(json_post.fel, 0);
    assert!(json_post.tidpunkt.starts_with("2026-03-01 "));
    assert!(service.exports(2024).expect("other year").is_empty());
}

#[test]
fn report_refused_export_is_not_archived() {
    let mut service = fixture();
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("finns-inte").join("a.json");
    let error = service.export_json(2025, &missing).expect_err("no folder");
    assert_eq!(error.code(), "io");
    assert!(service.exports(2025).expect("archive").is_empty());
}

#[test]
fn sha256_matches_a_known_value() {
    assert_eq!(
        report::sha256_hex(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

// --- Import ------------------------------------------------------------------------------

use finsamkollen_core::report::import::{import_reports, ImportFile};

fn file(name: &str, text: String) -> ImportFile {
    ImportFile {
        name: name.into(),
        text,
    }
}

#[test]
fn import_export_import_export_gives_identical_json() {
    let mut original = fixture();
    let text = exported(&mut original, 2025);
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("importerad.db");
    let summary =
        import_reports(&[file("arsrapport-2025.json", text.clone())], &target).expect("import");
    assert_eq!(summary.years, vec![2025]);
    assert_eq!(summary.insatser, 1);
    let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
    assert_eq!(
        left.len(),
        1,
        "only the new data file, nothing half-built beside it"
    );
    let mut imported = finsamkollen_core::Service::open(
        &target,
        finsamkollen_core::Clock::fixed(crate::support::date("2026-03-01")),
    )
    .expect("open the new file");
    assert_eq!(exported(&mut imported, 2025), text);
    // The split per financier came along (the text holds it; the screen shows it).
    let split = imported.fordelning(2025).expect("split");
    assert_eq!(split.summa.get(), 1_000_000);
    assert_eq!(split.rader[0].belopp.map(|b| b.get()), Some(500_000));
}

#[test]
fn import_m6_refuses_a_share_for_an_organisation_that_is_no_financier() {
    let text = exported(&mut fixture(), 2025);
    let kommun = "\"namn\": \"Trollhättans Stad\",\n      \"typ\": \"kommun\",\n      \"medlem\": true,\n      \"finansiar\": true";
    assert!(text.contains(kommun), "{text}");
    let bad = text.replace(
        kommun,
        &kommun.replace("\"finansiar\": true", "\"finansiar\": false"),
    );
    let error = refused_import(&[file("m6.json", bad)]);
    assert!(
        error.to_string().contains(
            "Trollhättans Stad har finansiering registrerad för 2025 och måste vara finansiär."
        ),
        "{error}"
    );
}

#[test]
fn import_of_several_years_of_the_same_forbund() {
    let mut service = fixture();
    let y2025 = exported(&mut service, 2025);
    let y2026 = exported(&mut service, 2026);
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("ny.db");
    let summary = import_reports(
        &[file("2026.json", y2026), file("2025.json", y2025)],
        &target,
    )
    .expect("import");
    assert_eq!(summary.years, vec![2025, 2026]);
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

#[test]
fn import_refuses_malformed_json_naming_the_file_and_place() {
    let error = refused_import(&[file("trasig.json", "{\"format\": ".into())]);
    assert_eq!(error.code(), "import_refused");
    let message = error.to_string();
    assert!(
        message.starts_with("trasig.json: filen kan inte läsas"),
        "{message}"
    );
    assert!(message.contains("Ingen datafil skapades."), "{message}");
}

#[test]
fn import_refuses_an_unknown_version_or_format() {
    let text = exported(&mut fixture(), 2025);
    let error = refused_import(&[file(
        "ny.json",
        text.replace("\"version\": 1", "\"version\": 9"),
    )]);
    assert!(
        error.to_string().contains("versionen 9 är okänd"),
        "{error}"
    );
    assert!(error.to_string().contains("(vid version)"), "{error}");
    let error = refused_import(&[file(
        "annan.json",
        text.replace("finsamkollen-arsrapport", "budget"),
    )]);
    assert!(error.to_string().contains("(vid format)"), "{error}");
}

#[test]
fn import_refuses_a_wrong_type_with_its_json_path() {
    let text = exported(&mut fixture(), 2025);
    let error = refused_import(&[file(
        "fel.json",
        text.replace(
            "\"samverkansparterna\": 1000000",
            "\"samverkansparterna\": \"mycket\"",
        ),
    )]);
    assert!(
        error.to_string().contains("(vid medel.samverkansparterna)"),
        "{error}"
    );
}

#[test]
fn import_refuses_files_of_different_forbund() {
    let text = exported(&mut fixture(), 2025);
    let other = text.replace("222000-1354", "222000-1628");
    let error = refused_import(&[file("a.json", text), file("b.json", other)]);
    assert!(
        error
            .to_string()
            .contains("(vid forbund.organisationsnummer)"),
        "{error}"
    );
}

#[test]
fn import_m2_refuses_af_as_financier_through_the_same_rule() {
    let text = exported(&mut fixture(), 2025);
    let af = "\"namn\": \"Arbetsförmedlingen\",\n      \"typ\": \"stat\",\n      \"medlem\": true,\n      \"finansiar\": false";
    assert!(text.contains(af));
    let bad = text.replace(
        af,
        &af.replace("\"finansiar\": false", "\"finansiar\": true"),
    );
    let error = refused_import(&[file("af.json", bad)]);
    assert!(
        error
            .to_string()
            .contains("Arbetsförmedlingen kan inte vara finansiär."),
        "{error}"
    );
}

#[test]
fn import_refuses_duplicate_insats_names() {
    let mut report = fixture().arsrapport(2025).expect("report");
    let mut twin = report.insatser[0].clone();
    twin.namn = "STEGET VIDARE".into();
    report.insatser.push(twin);
    let error = refused_import(&[file("dubbel.json", report::to_json(&report))]);
    assert!(
        error.to_string().contains("(vid insatser[1].namn)"),
        "{error}"
    );
}

#[test]
fn import_b1_refuses_budgeted_participants_without_follow_up() {
    let mut report = fixture().arsrapport(2025).expect("report");
    report.insatser[0].inriktning =
        finsamkollen_core::domain::insats::Inriktning::Strukturovergripande;
    report.insatser[0].foljer_deltagare = false;
    report.insatser[0].preciserad_inriktning = Some("Metodutveckling".into());
    report.insatser[0].deltagare = report::RapportDeltagare {
        kvinnor: None,
        man: None,
        antal: None,
    };
    let error = refused_import(&[file("b1.json", report::to_json(&report))]);
    assert!(
        error
            .to_string()
            .contains("Budgeterat antal deltagare kan inte anges"),
        "{error}"
    );
}

#[test]
fn import_never_writes_over_an_existing_file() {
    let text = exported(&mut fixture(), 2025);
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("finns.db");
    std::fs::write(&target, b"the officer's own file").expect("write");
    let error = import_reports(&[file("a.json", text)], &target).expect_err("exists");
    assert_eq!(error.code(), "import_target_exists");
    assert_eq!(
        std::fs::read(&target).expect("read"),
        b"the officer's own file"
    );
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/arsrapport.schema.json"),
    )
    .expect("docs/arsrapport.schema.json");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

#[test]
fn report_json_validates_against_the_schema() {
    let validator = schema();
    for report in [
        fixture().arsrapport(2025).expect("complete"),
        service_with_forbund("2026-03-01")
            .arsrapport(2025)
            .expect("empty, preliminär"),
    ] {
        let json: serde_json::Value =
            serde_json::from_str(&report::to_json(&report)).expect("json");
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

#[test]
fn report_schema_rejects_what_the_format_forbids() {
    let validator = schema();
    let mut json: serde_json::Value = serde_json::from_str(&report::to_json(
        &fixture().arsrapport(2025).expect("report"),
    ))
    .expect("json");
    json["medel"]["samverkansparterna"] = serde_json::json!(1.5);
    assert!(!validator.is_valid(&json), "decimals are not kronor");
    json["medel"]["samverkansparterna"] = serde_json::json!(1_000_000);
    json["insatser"][0]["personnummer"] = serde_json::json!("800101-1234");
    assert!(
        !validator.is_valid(&json),
        "no unknown (person-level) fields"
    );
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

#[test]
fn import_a_decimal_amount_says_whole_kronor_only() {
    let message = import_message(changed(|j| {
        j["medel"]["samverkansparterna"] = serde_json::json!(1.5);
    }));
    assert_eq!(
        message,
        "fel.json: filen kan inte läsas: beloppet 1.5 har decimaler: ange hela kronor, utan \
         ören (vid medel.samverkansparterna). Ingen datafil skapades."
    );
}

#[test]
fn import_a_number_written_as_text_says_so() {
    let message = import_message(changed(|j| {
        j["medel"]["samverkansparterna"] = serde_json::json!("1 000");
    }));
    assert_eq!(
        message,
        "fel.json: filen kan inte läsas: ”1 000” är skrivet som text där det ska stå ett \
         belopp i hela kronor: skriv bara siffrorna, utan citattecken och mellanslag (vid \
         medel.samverkansparterna). Ingen datafil skapades."
    );
    let message = import_message(changed(|j| {
        j["insatser"][0]["deltagare"]["kvinnor"] = serde_json::json!("12");
    }));
    assert!(
        message.contains("”12” är skrivet som text där det ska stå ett heltal"),
        "{message}"
    );
}

#[test]
fn import_a_file_cut_off_says_it_is_cut_off() {
    let text = exported(&mut fixture(), 2025);
    let cut = &text[..text.find("Steget vidare").expect("insats") + 6];
    let message = import_message(cut.to_owned());
    assert!(
        message.starts_with(
            "fel.json: filen kan inte läsas: den tar slut mitt i, som om den har klippts av \
             (till exempel när en kopiering avbröts). Exportera rapporten på nytt"
        ),
        "{message}"
    );
}

#[test]
fn import_a_raw_control_character_in_a_string_says_where() {
    let text = exported(&mut fixture(), 2025).replace("Steget vidare", "Steget\u{0}vidare");
    let message = import_message(text);
    assert!(
        message.starts_with(
            "fel.json: filen kan inte läsas: en text i filen innehåller ett osynligt \
             styrtecken (rad "
        ),
        "{message}"
    );
}

#[test]
fn import_an_escaped_nul_in_an_insats_name_is_refused_by_the_text_rule() {
    let text = exported(&mut fixture(), 2025).replace("Steget vidare", "Steget\\u0000vidare");
    let message = import_message(text);
    assert_eq!(
        message,
        "fel.json: Namn innehåller ett osynligt styrtecken. Skriv om texten utan det. (vid \
         insatser[0]). Ingen datafil skapades."
    );
}

#[test]
fn import_json_that_is_not_a_report_says_so() {
    for text in [
        "[\"a\", \"b\"]",
        "\"en text\"",
        "{}",
        "{\"namn\": \"x\"}",
        "42",
    ] {
        assert_eq!(
            import_message(text.to_owned()),
            "fel.json: filen kan inte läsas: den är inte en årsrapport från Finsamkollen. \
             Ingen datafil skapades.",
            "{text}"
        );
    }
    let message = import_message("Medel 2025: 1 234 567 kr\n".to_owned());
    assert_eq!(
        message,
        "fel.json: filen kan inte läsas: den är inte en årsrapport från Finsamkollen: den är \
         inte skriven i JSON (rad 1, tecken 1). Ingen datafil skapades."
    );
}

#[test]
fn import_a_value_of_the_wrong_kind_is_named_in_swedish() {
    let message = import_message(changed(|j| {
        j["insatser"][0]["namn"] = serde_json::json!(["Steget vidare"]);
    }));
    assert!(
        message.contains("en lista står där det ska stå en text (vid insatser[0].namn)"),
        "{message}"
    );
    let message = import_message(changed(|j| {
        j["insatser"][0]["deltagare"]["kvinnor"] = serde_json::json!(-3);
    }));
    assert!(
        message.contains(
            "talet -3 är negativt: ange ett heltal, 0 eller mer (vid \
             insatser[0].deltagare.kvinnor)"
        ),
        "{message}"
    );
    let message = import_message(changed(|j| {
        j["insatser"][0]["startdatum"] = serde_json::json!("2024-13-01");
    }));
    assert!(
        message.contains(
            "datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern (vid \
             insatser[0].startdatum)"
        ),
        "{message}"
    );
    let message = import_message(changed(|j| {
        j["insatser"][0]["inriktning"] = serde_json::json!("individ");
    }));
    assert!(
        message.contains(
            "värdet ”individ” är inte tillåtet här; det ska vara ett av individinriktad, \
             strukturovergripande"
        ),
        "{message}"
    );
    let message = import_message(changed(|j| {
        j["insatser"][0]
            .as_object_mut()
            .expect("insats")
            .remove("esf");
    }));
    assert!(message.contains("uppgiften ”esf” saknas"), "{message}");
}

#[test]
fn import_refuses_an_extra_key_as_the_schema_does() {
    let text = changed(|j| {
        j["insatser"][0]["personnummer"] = serde_json::json!("800101-1234");
    });
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert!(!schema().is_valid(&json), "the schema refuses it");
    let message = import_message(text);
    assert!(
        message.contains(
            "uppgiften ”personnummer” hör inte till en årsrapport av version 1: filen kan vara \
             ändrad för hand eller skriven av ett annat program"
        ),
        "{message}"
    );
    let message = import_message(changed(|j| {
        j["extra"] = serde_json::json!(true);
    }));
    assert!(message.contains("uppgiften ”extra”"), "{message}");
}

#[test]
fn import_of_a_year_outside_the_forbund_names_the_forbunds_real_years() {
    for year in [1899, 2018, 2028] {
        let message = import_message(changed(|j| j["ar"] = serde_json::json!(year)));
        assert_eq!(
            message,
            format!(
                "fel.json: Året {year} ligger utanför förbundets år (2019–2027). (vid ar). \
                 Ingen datafil skapades."
            )
        );
    }
}

#[test]
fn import_refuses_a_file_over_5_mb_before_reading_it() {
    use finsamkollen_core::report::import::{import_report_files, MAX_FILE_BYTES};
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("stor.json");
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(50 * 1024 * 1024).expect("50 MB");
    drop(file);
    let target = dir.path().join("ny.db");
    let error = import_report_files(std::slice::from_ref(&big), &target).expect_err("too large");
    assert_eq!(error.code(), "import_too_large");
    assert_eq!(
        error.to_string(),
        "stor.json är 50 MB stor och läses inte: en årsrapport från Finsamkollen är sällan \
         större än 50 kB, och en fil över 5 MB kan inte vara en. Ingen datafil skapades."
    );
    assert!(!target.exists());

    std::fs::File::create(&big)
        .and_then(|f| f.set_len(MAX_FILE_BYTES + 1))
        .expect("one byte over");
    let error = import_report_files(&[big], &target).expect_err("one byte over");
    assert_eq!(error.code(), "import_too_large");
    assert!(
        error.to_string().starts_with("stor.json är 5 MB stor"),
        "{error}"
    );
}

#[test]
fn import_reads_report_files_from_disk_with_or_without_a_byte_order_mark() {
    use finsamkollen_core::report::import::import_report_files;
    let text = exported(&mut fixture(), 2025);
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = dir.path().join("2025.json");
    std::fs::write(&plain, &text).expect("write");
    let summary = import_report_files(&[plain], &dir.path().join("a.db")).expect("a report file");
    assert_eq!(summary.years, [2025]);
    let notepad = dir.path().join("2025-anteckningar.json");
    std::fs::write(&notepad, format!("\u{feff}{text}")).expect("write");
    import_report_files(&[notepad], &dir.path().join("b.db")).expect("with a BOM");
}

#[test]
fn import_a_file_that_is_not_text_says_so() {
    use finsamkollen_core::report::import::import_report_files;
    let dir = tempfile::tempdir().expect("tempdir");
    let xlsx = dir.path().join("arsrapport-2025.json");
    std::fs::write(&xlsx, b"PK\x03\x04\xff\xfe\x00 ett kalkylark").expect("write");
    let error = import_report_files(&[xlsx], &dir.path().join("ny.db")).expect_err("binary");
    assert_eq!(
        error.to_string(),
        "arsrapport-2025.json: filen kan inte läsas: den är inte en textfil, så den är ingen \
         årsrapport från Finsamkollen. Ingen datafil skapades."
    );
}

#[test]
fn import_a_newer_version_with_keys_this_one_lacks_is_named_by_its_version() {
    let message = import_message(changed(|j| {
        j["version"] = serde_json::json!(2);
        j["insatser"][0]["ny"] = serde_json::json!("från version 2");
    }));
    assert_eq!(
        message,
        "fel.json: versionen 2 är okänd; den här Finsamkollen läser version 1 (vid version). \
         Ingen datafil skapades."
    );
}
