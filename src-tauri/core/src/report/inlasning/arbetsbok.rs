//! Step 1 of "Läs in tidigare år": a workbook or CSV file read into sheets of cells, with
//! the limits checked first. Nothing here knows what a column means; the cells are what
//! the spreadsheet holds, so the mapping step parses them with the same parsers as typing.

use std::path::Path;

/// The largest file "Läs in tidigare år" reads: 20 MB (issue 23). Checked from the file's
/// metadata before a byte of it is read.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The most rows, over all sheets, it reads: 200 000 (issue 23).
pub const MAX_ROWS: usize = 200_000;

/// One cell as the file holds it. A formula gives its cached value; a merged cell's value
/// stands in every cell of the merged range of a header row (see [`Blad::rows`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    /// Text, as stored (CSV fields are always text).
    Text(String),
    /// A number that is not formatted as a date.
    Number(f64),
    /// A cell formatted as a date or date-time: Excel's serial day number (days since
    /// 1899-12-30, the fraction is the time of day). ODS dates arrive here too.
    Date(f64),
    Bool(bool),
    /// An error value such as `#REF!` or `#DIV/0!`, as its text.
    Error(String),
}

/// What kind of file the workbook came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filtyp {
    Xlsx,
    Xls,
    Ods,
    /// Semicolon- or tab-separated text, UTF-8 (with or without BOM) or Windows-1252.
    Csv,
}

/// One sheet (a CSV file is one sheet, named after the file).
#[derive(Clone, Debug, PartialEq)]
pub struct Blad {
    pub name: String,
    /// Hidden sheets are offered only when the officer asks.
    pub hidden: bool,
    /// The rows from the sheet's first row (row 1 in the spreadsheet is `rows[0]`), each as
    /// long as it has cells; empty rows are kept, so indices stay the spreadsheet's row
    /// numbers minus one.
    pub rows: Vec<Vec<Cell>>,
}

/// A whole file, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Arbetsbok {
    /// The file's name without its folder, for messages and the history
    /// ("Inläst från ‹filnamn›").
    pub file_name: String,
    pub filtyp: Filtyp,
    pub blad: Vec<Blad>,
}

/// Reads the file at `path`: refused for its size before it is read, then by its content
/// (see [`read_bytes`]).
pub fn read_file(path: &Path) -> crate::Result<Arbetsbok> {
    let _ = path;
    Err(crate::error::CoreError::NotFound {
        what: "Inläsningen av arbetsböcker".to_owned(),
    })
}

/// Reads a file already in memory, named `file_name` (its extension is a hint; the
/// content decides). Every limit that [`read_file`] checks is checked here too, so no path
/// passes around them.
pub fn read_bytes(file_name: &str, bytes: &[u8]) -> crate::Result<Arbetsbok> {
    let _ = (file_name, bytes);
    Err(crate::error::CoreError::NotFound {
        what: "Inläsningen av arbetsböcker".to_owned(),
    })
}
