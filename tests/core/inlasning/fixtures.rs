//! The ODS and XLS an officer saves from LibreOffice Calc or old Excel, made once by
//! `scripts/make-inlasning-fixtures` from the same sheet: "Insatser" with a title merged
//! over A1:C1, an empty row 2, the header in row 3, a date, an amount and a SUM formula,
//! and a hidden sheet "Listor".

use finsamkollen_core::report::inlasning::arbetsbok::{read_bytes, Arbetsbok, Cell, Filtyp};

use super::{blad, cell, names, serial, text};

const ODS: &[u8] = include_bytes!("../../fixtures/inlasning/inlasning.ods");
const XLS: &[u8] = include_bytes!("../../fixtures/inlasning/inlasning.xls");

/// What both fixtures hold, whatever the format.
fn assert_the_officers_sheet(book: &Arbetsbok) {
    assert_eq!(names(book), ["Insatser", "Listor"]);
    let insatser = blad(book, "Insatser");
    assert_eq!(cell(insatser, 1, 0), &text("Insatser 2019–2025"));
    assert_eq!(insatser.rows[1], Vec::<Cell>::new(), "row 2 is empty");
    assert_eq!(cell(insatser, 3, 0), &text("Namn"));
    assert_eq!(cell(insatser, 3, 2), &text("Budget 2023"));
    assert_eq!(cell(insatser, 4, 0), &text("Överkalix stöd"));
    assert_eq!(cell(insatser, 4, 1), &Cell::Date(serial("2021-03-01")));
    assert_eq!(cell(insatser, 4, 2), &Cell::Number(250_000.0));
    assert_eq!(
        cell(insatser, 5, 2),
        &Cell::Number(250_000.0),
        "the formula's value"
    );
    assert!(!insatser.hidden);
    let listor = blad(book, "Listor");
    assert!(listor.hidden, "Listor is hidden");
    assert_eq!(cell(listor, 1, 0), &text("Individinriktad"));
}

#[test]
fn an_ods_from_libreoffice_is_read_with_its_iso_date_as_a_serial_day() {
    let book = read_bytes("Överkalix.ods", ODS).expect("reads");
    assert_eq!(book.filtyp, Filtyp::Ods);
    assert_the_officers_sheet(&book);
}

#[test]
fn an_xls_is_read_with_its_date_formula_and_merged_header() {
    let book = read_bytes("Överkalix.xls", XLS).expect("reads");
    assert_eq!(book.filtyp, Filtyp::Xls);
    assert_the_officers_sheet(&book);
}

#[test]
fn a_merged_header_reads_as_its_value_in_each_column_in_ods_and_xls() {
    for (file, bytes) in [("Överkalix.ods", ODS), ("Överkalix.xls", XLS)] {
        let book = read_bytes(file, bytes).expect("reads");
        let insatser = blad(&book, "Insatser");
        for col in 0..3 {
            assert_eq!(
                cell(insatser, 1, col),
                &text("Insatser 2019–2025"),
                "{file} {col}"
            );
        }
        assert_eq!(cell(insatser, 1, 3), &Cell::Empty, "{file}");
    }
}

#[test]
fn the_extension_does_not_decide_the_format() {
    assert_eq!(
        read_bytes("fel namn.xlsx", ODS).expect("reads").filtyp,
        Filtyp::Ods
    );
    assert_eq!(
        read_bytes("fel namn.ods", XLS).expect("reads").filtyp,
        Filtyp::Xls
    );
}
