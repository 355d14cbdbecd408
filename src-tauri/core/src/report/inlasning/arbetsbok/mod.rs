//! Step 1 of "Läs in tidigare år": a workbook or CSV file read into sheets of cells, with
//! the limits checked first. Nothing here knows what a column means; the cells are what
//! the spreadsheet holds, so the mapping step parses them with the same parsers as typing.
//!
//! The content decides what a file is; the extension is only a hint, and a "Rapport.xls"
//! that is really text (as some systems export it) is read as CSV: a zip archive holding
//! `xl/workbook.xml` is XLSX and one holding an OpenDocument spreadsheet is ODS; an OLE
//! compound file is XLS, or an encrypted (password-protected) XLSX; text is CSV. Each
//! refusal is its own [`CoreError`] with a Swedish sentence naming the file; the readers'
//! own (English) messages are kept only as [`CoreError::technical_detail`].
//!
//! - [`workbook`]: XLSX, XLS and ODS through calamine.
//! - [`biff`] and [`ods_check`]: an XLS's and an ODS's sheet sizes, checked before
//!   calamine reads them, since it would reserve memory for whatever size they claim.
//! - [`csv_text`]: CSV as Swedish Excel writes it.

mod biff;
mod csv_text;
mod ods_check;
mod workbook;

use std::io::Read;
use std::path::Path;

use crate::error::IncomingFileError;
use crate::CoreError;

/// The largest file "Läs in tidigare år" reads: 20 MB (issue 23). Checked from the file's
/// metadata before a byte of it is read.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The most rows, over all sheets, it reads: 200 000 (issue 23).
pub const MAX_ROWS: usize = 200_000;

/// One cell as the file holds it. A formula gives its cached value; a merged region's
/// value stands in every cell of it (within the sheet's used rows and columns, and for
/// regions of at most 10 000 cells), so a header merged over three columns reads as its
/// value in each.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    /// Text, as stored. Every CSV field that is not empty is text.
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
    /// Semicolon-, tab- or comma-separated text, UTF-8 (with or without BOM), UTF-16 (with
    /// BOM) or Windows-1252.
    Csv,
}

/// One sheet (a CSV file is one sheet, named after the file).
#[derive(Clone, Debug, PartialEq)]
pub struct Blad {
    pub name: String,
    /// Hidden sheets are offered only when the officer asks.
    pub hidden: bool,
    /// The rows from the sheet's first row (row 1 in the spreadsheet is `rows[0]`), each as
    /// long as its last cell with a value (column A is `row[0]`, also when the table starts
    /// further right); empty rows are kept, so indices stay the spreadsheet's row numbers
    /// minus one.
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

/// Reads the file at `path`: refused for its size before a byte of it is read, then by its
/// content (see [`read_bytes`]).
pub fn read_file(path: &Path) -> crate::Result<Arbetsbok> {
    let name = file_name(path);
    let io = |source| CoreError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(&name, size));
    }
    let mut bytes = Vec::new();
    // A file that grows while it is read is still read no further than the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    read_bytes(&name, &bytes)
}

/// Reads a file already in memory, named `file_name` (its extension is a hint; the
/// content decides). Every limit that [`read_file`] checks is checked here too, so no path
/// passes around them.
pub fn read_bytes(file_name: &str, bytes: &[u8]) -> crate::Result<Arbetsbok> {
    let file = file_name.to_owned();
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(&file, bytes.len() as u64));
    }
    let (filtyp, blad) = match sniff(bytes) {
        Innehall::Zip => workbook::read_zip(&file, bytes)?,
        Innehall::Cfb => workbook::read_cfb(&file, bytes)?,
        Innehall::Annat(what) => return Err(not_workbook(&file, what)),
        Innehall::Text => (Filtyp::Csv, vec![csv_text::read(&file, bytes)?]),
    };
    Ok(Arbetsbok {
        file_name: file,
        filtyp,
        blad,
    })
}

/// The file's name without its folder (the whole path when it has none).
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// What a file's first bytes say it is.
#[derive(Debug, PartialEq)]
enum Innehall {
    /// A zip archive: XLSX or ODS (or another program's archive).
    Zip,
    /// An OLE compound file: XLS, or an encrypted XLSX.
    Cfb,
    /// Text, read as CSV.
    Text,
    /// Anything else, with what it is in words ("är en PDF-fil, inte en arbetsbok,").
    Annat(&'static str),
}

const NOT_A_WORKBOOK: &str = "är inte en arbetsbok eller en CSV-fil";

fn sniff(bytes: &[u8]) -> Innehall {
    const KNOWN: &[(&[u8], &str)] = &[
        (b"%PDF", "är en PDF-fil, inte en arbetsbok,"),
        (b"\x89PNG", "är en bild, inte en arbetsbok,"),
        (b"\xFF\xD8\xFF", "är en bild, inte en arbetsbok,"),
        (b"GIF8", "är en bild, inte en arbetsbok,"),
        (b"{\\rtf", "är ett textdokument (RTF), inte en arbetsbok,"),
    ];
    if bytes.is_empty() {
        return Innehall::Annat("är tom");
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Innehall::Zip;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Innehall::Cfb;
    }
    if let Some((_, what)) = KNOWN.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Innehall::Annat(what);
    }
    if csv_text::looks_like_text(bytes) {
        markup(bytes).map_or(Innehall::Text, Innehall::Annat)
    } else {
        Innehall::Annat(NOT_A_WORKBOOK)
    }
}

/// Text that is a web page or an XML spreadsheet, as some systems export and name
/// "Rapport.xls": read as CSV it would be one column of markup.
fn markup(bytes: &[u8]) -> Option<&'static str> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace())?;
    let head: Vec<u8> = text[start..]
        .iter()
        .take(16)
        .map(u8::to_ascii_lowercase)
        .collect();
    if head.starts_with(b"<html") || head.starts_with(b"<!doctype html") {
        Some("är en webbsida (HTML), inte en arbetsbok,")
    } else if head.starts_with(b"<?xml") {
        Some("är ett kalkylblad i textform (Excel 2003), inte en arbetsbok,")
    } else {
        None
    }
}

fn too_large(file: &str, size: u64) -> CoreError {
    CoreError::from(IncomingFileError::ArbetsbokTooLarge {
        file: file.to_owned(),
        size,
        limit: MAX_FILE_BYTES,
    })
}

fn not_workbook(file: &str, what: &'static str) -> CoreError {
    CoreError::from(IncomingFileError::ArbetsbokNotWorkbook {
        file: file.to_owned(),
        what,
    })
}

fn damaged(file: &str, detail: impl std::fmt::Display) -> CoreError {
    CoreError::from(IncomingFileError::ArbetsbokDamaged {
        file: file.to_owned(),
        detail: detail.to_string(),
    })
}

/// The most cells, over all sheets, a file may fill when read as a grid (the empty cells
/// before a row's last cell count too): 10 million, a few hundred MB in memory. A sheet
/// with 200 000 rows of 50 columns fits.
pub const MAX_CELLS: usize = 10_000_000;

/// The sheets of one file as they are read, with the limits kept as they grow: a cell is
/// set only after the rows and cells it makes fit.
struct Bladbygge<'a> {
    file: &'a str,
    /// Rows and cells of the sheets already finished.
    rows_before: usize,
    cells_before: usize,
    rows: Vec<Vec<Cell>>,
    cells: usize,
}

impl<'a> Bladbygge<'a> {
    fn new(file: &'a str) -> Self {
        Bladbygge {
            file,
            rows_before: 0,
            cells_before: 0,
            rows: Vec::new(),
            cells: 0,
        }
    }

    /// Room for row index `row` (0-based) of the current sheet, or the refusal.
    fn reach_row(&mut self, row: usize) -> crate::Result<()> {
        if self.rows_before + row >= MAX_ROWS {
            return Err(CoreError::from(IncomingFileError::ArbetsbokTooManyRows {
                file: self.file.to_owned(),
                limit: MAX_ROWS,
            }));
        }
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        Ok(())
    }

    /// Sets one cell (0-based row and column); an empty value sets nothing.
    fn set(&mut self, row: usize, col: usize, cell: Cell) -> crate::Result<()> {
        if cell == Cell::Empty {
            return Ok(());
        }
        self.reach_row(row)?;
        let line = &mut self.rows[row];
        if line.len() <= col {
            let grown = col + 1 - line.len();
            if self.cells_before + self.cells + grown > MAX_CELLS {
                return Err(CoreError::from(IncomingFileError::ArbetsbokTooManyCells {
                    file: self.file.to_owned(),
                    limit: MAX_CELLS,
                }));
            }
            self.cells += grown;
            line.resize(col + 1, Cell::Empty);
        }
        line[col] = cell;
        Ok(())
    }

    fn get(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|line| line.get(col))
            .unwrap_or(&Cell::Empty)
    }

    /// The finished sheet; the next one starts empty.
    fn finish(&mut self, name: String, hidden: bool) -> Blad {
        self.rows_before += self.rows.len();
        self.cells_before += self.cells;
        self.cells = 0;
        Blad {
            name,
            hidden,
            rows: std::mem::take(&mut self.rows),
        }
    }
}
