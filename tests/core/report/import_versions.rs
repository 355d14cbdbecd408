//! Import: never overwriting, versions and keys.

use super::*;

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
        "fel.json: Namn innehåller ett osynligt styrtecken. Skriv om texten utan det (vid \
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
                "fel.json: Året {year} ligger utanför förbundets år (2019–2027) (vid ar). \
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
