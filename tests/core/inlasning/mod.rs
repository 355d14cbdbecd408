//! "Läs in tidigare år", step 1 (issue 23): a workbook or CSV file becomes sheets of cells
//! (`report::inlasning::arbetsbok`). XLSX inputs are built with rust_xlsxwriter, CSV bytes
//! are written by hand, and the ODS, XLS and password-protected XLSX are fixtures made
//! once by `scripts/make-inlasning-fixtures` (LibreOffice and msoffcrypto-tool) and kept in
//! `tests/fixtures/inlasning/`, embedded in the test binary so they read the same under
//! Wine.

mod csv;
mod fixtures;
mod mutated;
mod refusals;
mod xlsx;

use finsamkollen_core::report::inlasning::arbetsbok::{read_bytes, Arbetsbok, Blad, Cell};
use finsamkollen_core::CoreError;

/// Excel's serial day of a date: days since 1899-12-30.
pub fn serial(text: &str) -> f64 {
    let epoch = crate::support::date("1899-12-30");
    (crate::support::date(text) - epoch).num_days() as f64
}

pub fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

/// The sheet named `name`; panics when there is none.
pub fn blad<'a>(book: &'a Arbetsbok, name: &str) -> &'a Blad {
    book.blad
        .iter()
        .find(|b| b.name == name)
        .unwrap_or_else(|| panic!("no sheet {name} in {:?}", names(book)))
}

pub fn names(book: &Arbetsbok) -> Vec<&str> {
    book.blad.iter().map(|b| b.name.as_str()).collect()
}

/// The cell at a spreadsheet address's row (1-based, as the officer reads it) and column
/// (0-based); empty beyond a row's end.
pub fn cell(blad: &Blad, row: usize, col: usize) -> &Cell {
    blad.rows
        .get(row - 1)
        .and_then(|r| r.get(col))
        .unwrap_or(&Cell::Empty)
}

/// Reads bytes that must be refused; the refusal.
pub fn refused(file: &str, bytes: &[u8]) -> CoreError {
    match read_bytes(file, bytes) {
        Ok(book) => panic!("{file} was read: {} sheets", book.blad.len()),
        Err(error) => error,
    }
}

/// Words of a parser's own (English) message that an officer must never read.
pub const PARSER_WORDS: &[&str] = &[
    "invalid",
    "error",
    "malformed",
    "unexpected",
    "zip",
    "eof",
    "xml",
    "utf",
    "cfb",
    "panic",
    "expected",
    "stream",
    "record",
    "failed",
];

/// The message is Swedish and names the file: none of [`PARSER_WORDS`] is a word of it.
pub fn assert_officers_words(error: &CoreError, file: &str) {
    let message = error.to_string();
    let lower = message.to_lowercase();
    // Whole words: "LibreOffice" holds "eof" and is no parser's word.
    for token in lower.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            !PARSER_WORDS.contains(&token),
            "{:?} has the parser word {token:?}: {message}",
            error.code()
        );
    }
    assert!(message.contains(file), "names {file}: {message}");
}
