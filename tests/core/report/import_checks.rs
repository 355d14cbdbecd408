//! Import: the limits every path passes, the text in memory as well as a file on disk, and
//! the three rough messages made plain Swedish (issue 25, part 5).

use super::*;
use finsamkollen_core::report::import::MAX_FILE_BYTES;

#[test]
fn import_reports_in_memory_has_the_5_mb_limit_too() {
    let mut text = exported(&mut fixture(), 2025);
    let padding = usize::try_from(MAX_FILE_BYTES).expect("fits") + 1 - text.len();
    text.push_str(&" ".repeat(padding));
    let error = refused_import(&[file("stor.json", text)]);
    assert_eq!(error.code(), "import_too_large");
    assert!(
        error.to_string().starts_with("stor.json är 5 MB stor"),
        "{error}"
    );
}

#[test]
fn import_reports_in_memory_drops_a_byte_order_mark() {
    let text = format!("\u{feff}{}", exported(&mut fixture(), 2025));
    let dir = tempfile::tempdir().expect("tempdir");
    let summary =
        import_reports(&[file("anteckningar.json", text)], &dir.path().join("a.db")).expect("BOM");
    assert_eq!(summary.years, [2025]);
}

#[test]
fn import_a_file_of_nul_characters_says_what_it_is() {
    for text in ["\0".repeat(4096), format!("\u{feff}{}", "\0".repeat(10))] {
        let message = import_message(text);
        assert_eq!(
            message,
            "fel.json: filen kan inte läsas: den innehåller nolltecken, som en kopiering eller \
             synkronisering som avbröts kan lämna efter sig, så den är ingen årsrapport från \
             Finsamkollen. Ingen datafil skapades."
        );
    }
}

#[test]
fn import_a_file_cut_off_names_no_place_it_cannot_know() {
    let text = exported(&mut fixture(), 2025);
    for end in ["Steget vidare", "\"inriktning\"", "\"medel\""] {
        let cut = &text[..text.find(end).expect("in the report") + 3];
        let message = import_message(cut.to_owned());
        assert!(!message.contains("(vid"), "{message}");
        assert!(!message.contains('?'), "{message}");
        assert!(
            message.ends_with("Exportera rapporten på nytt. Ingen datafil skapades."),
            "{message}"
        );
    }
}

#[test]
fn import_a_duplicate_name_is_quoted_as_the_officer_wrote_it_trimmed() {
    let mut report = fixture().arsrapport(2025).expect("report");
    let mut twin = report.insatser[0].clone();
    twin.namn = " steget vidare ".into();
    report.insatser.push(twin);
    let error = refused_import(&[file("dubbel.json", report::to_json(&report))]);
    assert_eq!(
        error.to_string(),
        "dubbel.json: det finns två insatser som heter ”steget vidare” (vid insatser[1].namn). \
         Ingen datafil skapades."
    );
}

#[test]
fn import_the_place_stands_inside_the_sentence_before_its_full_stop() {
    let message = import_message(changed(|j| {
        j["insatser"][0]["namn"] = serde_json::json!("x".repeat(201));
    }));
    assert!(message.contains("200 tecken (vid insatser[0]"), "{message}");
    assert!(!message.contains(". (vid"), "{message}");
}
