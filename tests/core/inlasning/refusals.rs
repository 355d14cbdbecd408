//! Files that are refused, each with its own code and its own Swedish sentence naming the
//! file, and never a parser's words.

use finsamkollen_core::report::inlasning::arbetsbok::{
    read_bytes, read_file, MAX_FILE_BYTES, MAX_ROWS,
};

use super::xlsx::officers_workbook;
use super::{assert_officers_words, refused};

#[test]
fn a_file_over_20_mb_is_refused_from_its_size_before_it_is_read() {
    let home = tempfile::tempdir().expect("tempdir");
    let path = home.path().join("Stor arbetsbok.xlsx");
    // A sparse file of 21 MB: reading it would take time and memory it does not.
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(21 * 1024 * 1024).expect("set_len");
    drop(file);
    let started = std::time::Instant::now();
    let error = read_file(&path).expect_err("refused");
    assert_eq!(error.code(), "arbetsbok_too_large");
    assert!(error.to_string().contains("är större än 20 MB"), "{error}");
    assert_officers_words(&error, "Stor arbetsbok.xlsx");
    assert!(
        started.elapsed().as_millis() < 500,
        "refused without reading"
    );
}

#[test]
fn bytes_over_20_mb_are_refused_too() {
    let bytes = vec![b'a'; MAX_FILE_BYTES as usize + 1];
    let error = refused("stor.csv", &bytes);
    assert_eq!(error.code(), "arbetsbok_too_large");
    assert_officers_words(&error, "stor.csv");
}

#[test]
fn a_csv_of_200_001_rows_is_refused_and_200_000_are_read() {
    let mut text = String::from("Namn;Budget\n");
    for i in 1..MAX_ROWS {
        text.push_str(&format!("Insats {i};{i}\n"));
    }
    let book = read_bytes("rader.csv", text.as_bytes()).expect("200 000 rows are read");
    assert_eq!(book.blad[0].rows.len(), MAX_ROWS);
    text.push_str("En för mycket;1\n");
    let error = refused("rader.csv", text.as_bytes());
    assert_eq!(error.code(), "arbetsbok_too_many_rows");
    assert!(
        error.to_string().contains("fler än 200 000 rader"),
        "{error}"
    );
    assert_officers_words(&error, "rader.csv");
}

#[test]
fn empty_lines_count_as_rows_toward_the_limit() {
    let mut text = "\n".repeat(MAX_ROWS);
    text.push_str("sist;1\n");
    let error = refused("tomma.csv", text.as_bytes());
    assert_eq!(error.code(), "arbetsbok_too_many_rows");
}

#[test]
fn a_cell_far_down_an_xlsx_sheet_counts_its_rows_before_any_is_held() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Namn").expect("cell");
    sheet.write_string(1_000_000, 0, "långt ner").expect("cell");
    let bytes = book.save_to_buffer().expect("xlsx");
    let error = refused("lang.xlsx", &bytes);
    assert_eq!(error.code(), "arbetsbok_too_many_rows");
}

#[test]
fn a_password_protected_xlsx_is_refused() {
    let bytes = include_bytes!("../../fixtures/inlasning/losenord.xlsx");
    let error = refused("Lösenord.xlsx", bytes);
    assert_eq!(error.code(), "arbetsbok_password");
    assert!(error.to_string().contains("lösenord"), "{error}");
    assert_officers_words(&error, "Lösenord.xlsx");
}

#[test]
fn a_password_protected_xls_is_refused() {
    // Saved by LibreOffice as Excel 97–2003 with a password: the workbook stream says
    // FILEPASS and every record after it is encrypted.
    let bytes = include_bytes!("../../fixtures/inlasning/losenord.xls");
    let error = refused("Lösenord.xls", bytes);
    assert_eq!(error.code(), "arbetsbok_password");
    assert!(error.to_string().contains("lösenord"), "{error}");
    assert_officers_words(&error, "Lösenord.xls");
}

#[test]
fn a_pdf_or_a_png_is_not_a_workbook() {
    let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
    let error = refused("Styrelserapport.pdf", pdf);
    assert_eq!(error.code(), "arbetsbok_not_workbook");
    assert!(error.to_string().contains("PDF"), "{error}");
    assert_officers_words(&error, "Styrelserapport.pdf");

    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    let error = refused("bild.xlsx", png);
    assert_eq!(error.code(), "arbetsbok_not_workbook");
    assert_officers_words(&error, "bild.xlsx");
}

#[test]
fn binary_junk_and_an_empty_file_are_not_workbooks() {
    let junk: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let error = refused("skräp.xlsx", &junk);
    assert_eq!(error.code(), "arbetsbok_not_workbook");
    assert_officers_words(&error, "skräp.xlsx");
    let error = refused("tom.csv", b"");
    assert_eq!(error.code(), "arbetsbok_not_workbook");
    assert!(error.to_string().contains("är tom"), "{error}");
}

#[test]
fn a_web_page_or_xml_named_xls_is_not_read_as_csv() {
    let error = refused(
        "Rapport.xls",
        b"\r\n<HTML><body><table><tr><td>1</td></tr></table>",
    );
    assert_eq!(error.code(), "arbetsbok_not_workbook");
    assert!(error.to_string().contains("webbsida"), "{error}");
    assert_officers_words(&error, "Rapport.xls");
    let error = refused("Rapport.xls", b"<?xml version=\"1.0\"?><Workbook/>");
    assert_eq!(error.code(), "arbetsbok_not_workbook");
    assert_officers_words(&error, "Rapport.xls");
}

#[test]
fn another_programs_archive_is_not_a_workbook() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    std::io::Write::write_all(&mut zip, b"<w:document/>").expect("write");
    let bytes = zip.finish().expect("zip").into_inner();
    let error = refused("Protokoll.docx", &bytes);
    assert_eq!(error.code(), "arbetsbok_not_workbook");
    assert!(error.to_string().contains("Word-dokument"), "{error}");
}

#[test]
fn a_truncated_xlsx_is_damaged() {
    let bytes = officers_workbook();
    for keep in [bytes.len() / 2, bytes.len() - 10, 30] {
        let error = refused("Avklippt.xlsx", &bytes[..keep]);
        assert_eq!(error.code(), "arbetsbok_damaged", "{keep}");
        assert_officers_words(&error, "Avklippt.xlsx");
        assert!(error.technical_detail().is_some());
    }
}

#[test]
fn an_xlsx_whose_sheet_does_not_read_is_damaged() {
    // A whole archive with xl/workbook.xml, whose sheet is not XML.
    let source = officers_workbook();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&source)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("name").into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).expect("read");
        if name == "xl/worksheets/sheet1.xml" {
            data = b"<worksheet><sheetData><row><c r=\"A1\" t=\"s\"><v>99999</v></c>".to_vec();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        std::io::Write::write_all(&mut out, &data).expect("write");
    }
    let bytes = out.finish().expect("zip").into_inner();
    let error = refused("Trasig.xlsx", &bytes);
    assert_eq!(error.code(), "arbetsbok_damaged");
    assert_officers_words(&error, "Trasig.xlsx");
}

#[test]
fn an_xls_that_makes_the_reader_panic_is_a_damaged_file() {
    // One byte of the fixture's records flipped: calamine 0.38 panics on it (a slice
    // index out of range, xls.rs:633); the officer is told the file is damaged.
    let mut bytes = include_bytes!("../../fixtures/inlasning/inlasning.xls").to_vec();
    bytes[3080] ^= 0xFF;
    let error = refused("Trasig.xls", &bytes);
    assert_eq!(error.code(), "arbetsbok_damaged");
    assert_officers_words(&error, "Trasig.xls");
}

#[test]
fn an_xls_whose_sheet_claims_billions_of_cells_is_damaged_not_a_crash() {
    // The case the property test found: a byte of the sheet's DIMENSIONS record flipped,
    // so its first row lies after its last. calamine 0.38 would reserve memory for every
    // cell it claims before reading one, and the program would end.
    let mut bytes = include_bytes!("../../fixtures/inlasning/inlasning.xls").to_vec();
    bytes[3710] ^= 0xFF;
    let error = refused("Trasig.xls", &bytes);
    assert_eq!(error.code(), "arbetsbok_damaged");
    assert_officers_words(&error, "Trasig.xls");
}

/// The ODS fixture with its `content.xml` changed by `change`, stored again.
fn ods_with(change: impl Fn(String) -> String) -> Vec<u8> {
    let source: &[u8] = include_bytes!("../../fixtures/inlasning/inlasning.ods");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(source)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("name").into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).expect("read");
        if name == "content.xml" {
            data = change(String::from_utf8(data).expect("utf-8")).into_bytes();
        }
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        out.start_file(name, stored).expect("entry");
        std::io::Write::write_all(&mut out, &data).expect("write");
    }
    out.finish().expect("zip").into_inner()
}

#[test]
fn an_ods_whose_repeats_claim_billions_of_cells_is_refused_before_it_is_expanded() {
    // A value repeated over every column of a million rows: calamine 0.38 would build
    // that grid (100 million cells, several GB) before handing over a cell.
    let bytes = ods_with(|content| {
        content.replace(
            "<table:table-row table:style-name=\"ro1\"><table:table-cell \
             office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Individinriktad",
            "<table:table-row table:style-name=\"ro1\" table:number-rows-repeated=\"1000000\">\
             <table:table-cell table:number-columns-repeated=\"16384\" \
             office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Individinriktad",
        )
    });
    let error = refused("Enorm.ods", &bytes);
    assert_eq!(error.code(), "arbetsbok_too_many_cells");
    assert_officers_words(&error, "Enorm.ods");
}

#[test]
fn an_ods_with_empty_repeated_rows_and_columns_after_its_table_is_read() {
    // What LibreOffice writes after a formatted table: empty rows and columns repeated to
    // the sheet's end. They make no grid.
    let bytes = ods_with(|content| {
        content.replace(
            "</table:table-row></table:table>",
            "</table:table-row><table:table-row table:number-rows-repeated=\"1048570\">\
             <table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>\
             </table:table>",
        )
    });
    let book = finsamkollen_core::report::inlasning::arbetsbok::read_bytes("Stor.ods", &bytes)
        .expect("reads");
    assert_eq!(book.blad.len(), 2);
}
