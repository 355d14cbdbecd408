//! The xlsx check and the first import refusals.

use super::*;

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
            "Trollhättans Stad är inte finansiär. Markera den som finansiär under Ingående \
             organisationer, eller ta bort beloppet (vid medel.finansiarer)."
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
            .contains("Arbetsförmedlingen kan inte vara finansiär (vid forbund)."),
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
