//! XLSX, built with rust_xlsxwriter the way an officer's workbook looks: a title merged
//! over the columns, dates formatted as dates, sums as formulas, a hidden sheet of lists,
//! a table that starts a few rows down.

use finsamkollen_core::report::inlasning::arbetsbok::{read_bytes, read_file, Cell, Filtyp};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

use super::{blad, cell, names, serial, text};

/// The officer's workbook: "Insatser" (visible) and "Listor" (hidden).
pub fn officers_workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let insatser = book.add_worksheet();
    insatser.set_name("Insatser").expect("name");
    // The table starts at row 3, column B, under a title merged over B1:D1.
    insatser
        .merge_range(0, 1, 0, 3, "Insatser 2019–2025", &Format::new())
        .expect("merge");
    insatser.write_string(2, 1, "Namn").expect("header");
    insatser.write_string(2, 2, "Startdatum").expect("header");
    insatser.write_string(2, 3, "Budget 2023").expect("header");
    insatser.write_string(3, 1, "Steget vidare").expect("cell");
    let start = ExcelDateTime::from_ymd(2021, 3, 1).expect("date");
    insatser
        .write_datetime_with_format(3, 2, &start, &date)
        .expect("date cell");
    insatser.write_number(3, 3, 250_000).expect("number");
    insatser.write_string(4, 1, "Summa").expect("cell");
    insatser
        .write_formula(4, 3, Formula::new("=SUM(D4:D4)").set_result("250000"))
        .expect("formula");
    let listor = book.add_worksheet();
    listor.set_name("Listor").expect("name");
    listor.write_string(0, 0, "Individinriktad").expect("cell");
    listor.set_hidden(true);
    book.save_to_buffer().expect("xlsx")
}

#[test]
fn an_xlsx_workbook_is_read_by_its_content_whatever_its_extension() {
    let bytes = officers_workbook();
    for name in [
        "Överkalix.xlsx",
        "Överkalix.xls",
        "Överkalix.csv",
        "Överkalix",
    ] {
        let book = read_bytes(name, &bytes).expect("reads");
        assert_eq!(book.filtyp, Filtyp::Xlsx, "{name}");
        assert_eq!(book.file_name, name);
        assert_eq!(names(&book), ["Insatser", "Listor"]);
    }
}

#[test]
fn rows_and_columns_keep_their_places_in_the_spreadsheet() {
    let book = read_bytes("bok.xlsx", &officers_workbook()).expect("reads");
    let insatser = blad(&book, "Insatser");
    // Row 2 is empty and still a row; column A is empty and still a column.
    assert_eq!(insatser.rows[1], Vec::<Cell>::new());
    assert_eq!(cell(insatser, 3, 0), &Cell::Empty);
    assert_eq!(cell(insatser, 3, 1), &text("Namn"));
    assert_eq!(cell(insatser, 4, 1), &text("Steget vidare"));
    assert_eq!(insatser.rows.len(), 5);
}

#[test]
fn a_date_formatted_cell_is_its_serial_day() {
    let book = read_bytes("bok.xlsx", &officers_workbook()).expect("reads");
    let insatser = blad(&book, "Insatser");
    assert_eq!(cell(insatser, 4, 2), &Cell::Date(serial("2021-03-01")));
    assert_eq!(cell(insatser, 4, 3), &Cell::Number(250_000.0));
}

#[test]
fn a_formula_gives_its_cached_value() {
    let book = read_bytes("bok.xlsx", &officers_workbook()).expect("reads");
    assert_eq!(
        cell(blad(&book, "Insatser"), 5, 3),
        &Cell::Number(250_000.0)
    );
}

#[test]
fn a_merged_header_reads_as_its_value_in_each_of_its_columns() {
    let book = read_bytes("bok.xlsx", &officers_workbook()).expect("reads");
    let insatser = blad(&book, "Insatser");
    for col in 1..=3 {
        assert_eq!(cell(insatser, 1, col), &text("Insatser 2019–2025"), "{col}");
    }
    assert_eq!(cell(insatser, 1, 0), &Cell::Empty);
}

#[test]
fn a_hidden_sheet_is_read_and_marked_hidden() {
    let book = read_bytes("bok.xlsx", &officers_workbook()).expect("reads");
    assert!(!blad(&book, "Insatser").hidden);
    let listor = blad(&book, "Listor");
    assert!(listor.hidden);
    assert_eq!(cell(listor, 1, 0), &text("Individinriktad"));
}

#[test]
fn a_workbook_in_a_folder_with_swedish_letters_and_spaces_is_read() {
    let home = tempfile::tempdir().expect("tempdir");
    let folder = home.path().join("Tidigare år");
    std::fs::create_dir_all(&folder).expect("folder");
    let path = folder.join("Överkalix förbund.xlsx");
    std::fs::write(&path, officers_workbook()).expect("write");
    let book = read_file(&path).expect("reads");
    assert_eq!(book.file_name, "Överkalix förbund.xlsx");
    assert_eq!(names(&book), ["Insatser", "Listor"]);
}

#[test]
fn a_missing_file_is_refused_in_swedish() {
    let home = tempfile::tempdir().expect("tempdir");
    let error = read_file(&home.path().join("Borta.xlsx")).expect_err("refused");
    assert_eq!(error.code(), "io");
    assert!(error.to_string().contains("finns inte"), "{error}");
}
