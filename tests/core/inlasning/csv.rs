//! CSV as Swedish Excel writes it, written here byte by byte.

use finsamkollen_core::report::inlasning::arbetsbok::{read_bytes, Cell, Filtyp};

use super::text;

fn rows(file: &str, bytes: &[u8]) -> Vec<Vec<Cell>> {
    let book = read_bytes(file, bytes).expect("reads");
    assert_eq!(book.filtyp, Filtyp::Csv);
    assert_eq!(book.blad.len(), 1);
    book.blad
        .into_iter()
        .next()
        .map(|b| b.rows)
        .unwrap_or_default()
}

#[test]
fn a_windows_1252_semicolon_csv_reads_overkalix() {
    // "Överkalix" with Ö as the single byte 0xD6, as Excel's "CSV (semikolonavgränsad)"
    // writes it on a Swedish Windows.
    let bytes = b"Kommun;Budget 2023\r\n\xD6verkalix;1 234 kr\r\n";
    assert_eq!(
        rows("kommuner.csv", bytes),
        vec![
            vec![text("Kommun"), text("Budget 2023")],
            vec![text("Överkalix"), text("1 234 kr")]
        ]
    );
}

#[test]
fn a_utf8_csv_with_a_byte_order_mark_loses_the_mark() {
    let bytes = "\u{feff}Namn;Startdatum\nSteget vidare;2021-03-01\n".as_bytes();
    assert_eq!(
        rows("insatser.csv", bytes),
        vec![
            vec![text("Namn"), text("Startdatum")],
            vec![text("Steget vidare"), text("2021-03-01")]
        ]
    );
}

#[test]
fn a_utf8_csv_without_a_mark_is_utf8() {
    let bytes = "Namn;Ort\nÅsa;Överkalix\n".as_bytes();
    assert_eq!(
        rows("a.csv", bytes)[1],
        vec![text("Åsa"), text("Överkalix")]
    );
}

#[test]
fn a_tab_separated_file_is_split_on_tabs() {
    // A semicolon in a value does not make it semicolon-separated: the lines split alike
    // on tabs decide.
    let bytes = b"Namn\tBudget 2023\tKommentar\nSteget vidare\t1 234,00\tse bilaga; del 2\n";
    assert_eq!(
        rows("insatser.txt", bytes)[1],
        vec![
            text("Steget vidare"),
            text("1 234,00"),
            text("se bilaga; del 2")
        ]
    );
}

#[test]
fn excels_unicode_text_is_read_as_utf16_tab_separated() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "Namn\tOrt\r\nÅsa\tÖverkalix\r\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    assert_eq!(
        rows("unicode.txt", &bytes)[1],
        vec![text("Åsa"), text("Överkalix")]
    );
}

#[test]
fn quoted_fields_keep_separators_quotes_and_line_breaks() {
    let bytes = "Namn;Beskrivning;Budget\r\n\
                 \"Steget; vidare\";\"Säger \"\"hej\"\"\r\noch mer\";\"1 234\"\r\n"
        .as_bytes();
    assert_eq!(
        rows("q.csv", bytes)[1],
        vec![
            text("Steget; vidare"),
            text("Säger \"hej\"\r\noch mer"),
            text("1 234")
        ]
    );
}

#[test]
fn empty_lines_and_fields_keep_their_places() {
    let bytes = b"Namn;;Budget\r\n\r\nA;;1\r\n";
    assert_eq!(
        rows("e.csv", bytes),
        vec![
            vec![text("Namn"), Cell::Empty, text("Budget")],
            vec![],
            vec![text("A"), Cell::Empty, text("1")]
        ]
    );
}

#[test]
fn the_one_sheet_is_named_after_the_file_without_extension() {
    let book = read_bytes("Överkalix 2023.csv", b"a;b\n").expect("reads");
    assert_eq!(book.blad[0].name, "Överkalix 2023");
    assert!(!book.blad[0].hidden);
}

#[test]
fn a_text_file_named_xls_is_read_as_csv() {
    let book = read_bytes("export.xls", b"Namn;Budget\nA;1\n").expect("reads");
    assert_eq!(book.filtyp, Filtyp::Csv);
}

#[test]
fn a_comma_separated_file_is_split_on_commas_and_a_decimal_comma_is_no_separator() {
    let bytes = b"Name,Budget 2023\nSteget vidare,\"1,234\"\n";
    assert_eq!(
        rows("english.csv", bytes)[1],
        vec![text("Steget vidare"), text("1,234")]
    );
    // A decimal comma in a semicolon file is no separator.
    let bytes = b"Namn;Budget 2023\nSteget vidare;1 234,50\n";
    assert_eq!(
        rows("svensk.csv", bytes)[1],
        vec![text("Steget vidare"), text("1 234,50")]
    );
}

#[test]
fn the_separator_is_the_one_that_splits_the_lines_alike_not_a_title_line() {
    // A title with commas above a semicolon table, as Swedish Excel saves a sheet with a
    // title row (padded to the table's width or not), and decimal commas below it.
    for title in [
        "Uppföljning 2019, 2020 och 2021",
        "Uppföljning 2019, 2020 och 2021;;",
    ] {
        let csv = format!(
            "{title}\r\n\r\nNamn;Budget;Utfall\r\nSteget vidare;1 234,50;1 000,25\r\n\
             Jobbspåret;500 000;480 000\r\nKompetenslyft;250,5;240\r\n"
        );
        let rows = rows("uppfoljning.csv", csv.as_bytes());
        assert_eq!(
            rows[2],
            vec![text("Namn"), text("Budget"), text("Utfall")],
            "{title}"
        );
        assert_eq!(
            rows[3],
            vec![text("Steget vidare"), text("1 234,50"), text("1 000,25")],
            "{title}"
        );
    }
    // And the other way round: a title with a semicolon above a comma table.
    let bytes = b"Budget; all years\nName,Budget,Outcome\nA,1,2\nB,3,4\n";
    assert_eq!(
        rows("english.csv", bytes)[2],
        vec![text("A"), text("1"), text("2")]
    );
}
