//! An ODS file's `content.xml` looked at before calamine reads it. calamine 0.38 expands
//! repeated rows and columns (`table:number-rows-repeated="1000000"`) into a grid of up to
//! 100 million cells a sheet, for every sheet at once, before a cell is handed over; a
//! damaged count (a digit changed) would have it take tens of GB and the system end the
//! program. The grid each sheet will have is counted here as calamine counts it: rows up
//! to the last row with a value, times the columns up to the last cell with a value.
//!
//! The same pass collects each sheet's merged regions (`table:number-columns-spanned`,
//! `table:number-rows-spanned`), which calamine does not report for ODS, so a merged
//! header reads as its value in each of its columns here too.

use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};

use calamine::Dimensions;
use quick_xml::events::{BytesStart, Event};

use super::{damaged, MAX_CELLS};
use crate::error::IncomingFileError;
use crate::CoreError;

/// The most of `content.xml` that is read: a sheet of [`MAX_CELLS`] cells is far less.
const MAX_CONTENT_BYTES: u64 = 1024 * 1024 * 1024;

/// The most merged regions kept from one file; a sheet with more is decoration.
const MAX_MERGED: usize = 10_000;

/// Each sheet's merged regions, by sheet name, when every sheet's grid, together, stays
/// within [`MAX_CELLS`].
pub(super) fn check(file: &str, bytes: &[u8]) -> crate::Result<HashMap<String, Vec<Dimensions>>> {
    let too_many = || {
        CoreError::from(IncomingFileError::ArbetsbokTooManyCells {
            file: file.to_owned(),
            limit: MAX_CELLS,
        })
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(file, e))?;
    let content = archive
        .by_name("content.xml")
        .map_err(|e| damaged(file, e))?;
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content.take(MAX_CONTENT_BYTES)));
    let mut buf = Vec::new();
    let mut grid = Grid::default();
    let mut total: u64 = 0;
    let mut merged: HashMap<String, Vec<Dimensions>> = HashMap::new();
    let mut sheet = String::new();
    let mut regions = 0;
    loop {
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| damaged(file, e))?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "table:table" => {
                    grid = Grid::default();
                    sheet = e
                        .try_get_attribute("table:name")
                        .ok()
                        .flatten()
                        .and_then(|a| {
                            quick_xml::escape::unescape(&a.value)
                                .ok()
                                .map(|v| v.into_owned())
                        })
                        .unwrap_or_default();
                }
                "table:table-row" => {
                    grid.row_start(repeat(&e, "table:number-rows-repeated"));
                    if empty {
                        grid.row_end();
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    let valued = !empty
                        || e.try_get_attribute("office:value-type")
                            .ok()
                            .flatten()
                            .is_some();
                    let (row, col) = (grid.row, grid.col);
                    let cols = repeat(&e, "table:number-columns-spanned");
                    let rows = repeat(&e, "table:number-rows-spanned");
                    if (cols > 1 || rows > 1) && regions < MAX_MERGED {
                        let at = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
                        let end = (at(row + rows - 1), at(col + cols - 1));
                        merged
                            .entry(sheet.clone())
                            .or_default()
                            .push(Dimensions::new((at(row), at(col)), end));
                        regions += 1;
                    }
                    grid.cell(repeat(&e, "table:number-columns-repeated"), valued);
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "table:table-row" => grid.row_end(),
                "table:table" => {
                    total = total.saturating_add(grid.cells());
                    grid = Grid::default();
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        if total.saturating_add(grid.cells()) > MAX_CELLS as u64 {
            return Err(too_many());
        }
        buf.clear();
    }
    Ok(merged)
}

/// A repeat or span count (1 when absent or unreadable: calamine then fails on it by
/// itself), at most a million (more rows than a sheet has).
fn repeat(e: &BytesStart, name: &str) -> u64 {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.value.trim().parse().ok())
        .unwrap_or(1)
        .clamp(1, 1 << 20)
}

/// One sheet's grid as it is read.
#[derive(Default)]
struct Grid {
    /// Rows up to the last one with a value, and empty rows after it still pending.
    rows: u64,
    pending_rows: u64,
    /// The widest row, up to its last cell with a value.
    width: u64,
    /// The current row: its index in the sheet, its repeat count, its column, and its
    /// last valued column; and the index of the row after it.
    row: u64,
    next_row: u64,
    row_repeat: u64,
    col: u64,
    valued_to: u64,
}

impl Grid {
    fn row_start(&mut self, repeat: u64) {
        self.row = self.next_row;
        self.next_row = self.next_row.saturating_add(repeat);
        self.row_repeat = repeat;
        self.col = 0;
        self.valued_to = 0;
    }

    fn cell(&mut self, repeat: u64, valued: bool) {
        self.col = self.col.saturating_add(repeat);
        if valued {
            self.valued_to = self.col;
        }
    }

    fn row_end(&mut self) {
        if self.valued_to > 0 {
            self.rows = self
                .rows
                .saturating_add(self.pending_rows)
                .saturating_add(self.row_repeat);
            self.pending_rows = 0;
            self.width = self.width.max(self.valued_to);
        } else {
            self.pending_rows = self.pending_rows.saturating_add(self.row_repeat);
        }
        self.row_repeat = 0;
    }

    fn cells(&self) -> u64 {
        self.rows.saturating_mul(self.width)
    }
}
