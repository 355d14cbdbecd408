//! The styrelserapport of a generated 20-year file: its second page lists every year.

use finsamkollen_core::{Clock, Service};

fn pdf_text(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).expect("PDF text");
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn styrelserapport_of_twenty_years_lists_every_year_on_its_second_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("20.db");
    let summary = finsamkollen_bench::generate(&file, 3, 20, 40).expect("dataset");
    let mut service =
        Service::open(&file, Clock::fixed(summary.today)).expect("open generated file");
    let year = summary.last_year - 1;
    let path = dir.path().join("s.pdf");
    service.export_pdf(year, &path).expect("export");
    let bytes = std::fs::read(&path).expect("read");
    if let Some(out) = std::env::var_os("FINSAMKOLLEN_PDF_OUT") {
        std::fs::write(
            std::path::Path::new(&out).join("styrelserapport-20-ar.pdf"),
            &bytes,
        )
        .expect("keep a copy to look at");
    }
    let info = pdf_extract::Document::load_mem(&bytes).expect("PDF");
    assert_eq!(info.get_pages().len(), 2);
    let text = pdf_text(&bytes);
    let alla = service.all_years().expect("alla år");
    for a in alla.years.iter().filter(|a| a.har_siffror) {
        let mark = if a.utfall_saknas > 0 { "*" } else { "" };
        let medel = if a.medel_registrerade {
            format!("{} kr", a.medel.to_string().replace('\u{a0}', " "))
        } else {
            "–".to_owned()
        };
        let row = format!("{}{mark} {medel}", a.year);
        assert!(text.contains(&row), "{row:?} not in {text}");
    }
}
