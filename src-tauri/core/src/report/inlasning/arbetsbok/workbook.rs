//! XLSX, XLS and ODS through calamine, read from memory. A formula gives its cached value
//! (what Excel showed when the file was saved); a cell formatted as a date gives its serial
//! day number; a merged region's value stands in each of its cells (calamine reports the
//! regions of XLSX and XLS; those of ODS are read from its XML); a sheet's rows and
//! columns keep their places in the spreadsheet (row 14 is `rows[13]`).
//!
//! XLSX is read cell by cell, so the limits are kept before the sheet is held in memory;
//! calamine reads XLS and ODS whole, within the 20 MB the file may have.

use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

use calamine::{
    Data, DataRef, Dimensions, ExcelDateTime, ExcelDateTimeType, Ods, Reader, Sheet, SheetType,
    SheetVisible, Xls, XlsError, Xlsx,
};

use super::{damaged, not_workbook, Blad, Bladbygge, Cell, Filtyp, NOT_A_WORKBOOK};
use crate::error::IncomingFileError;
use crate::CoreError;

type Bytes<'a> = Cursor<&'a [u8]>;

/// A merged region larger than this is decoration (a framed block, a banner over a whole
/// sheet), not a header: its value is left in its first cell only.
const MAX_MERGED_FILL: usize = 10_000;

/// A zip archive: XLSX or ODS by what it holds.
pub(super) fn read_zip(file: &str, bytes: &[u8]) -> crate::Result<(Filtyp, Vec<Blad>)> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(file, e))?;
    let names: Vec<String> = archive
        .file_names_raw()
        .map(|n| String::from_utf8_lossy(n).to_lowercase())
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    let has_prefix = |prefix: &str| names.iter().any(|n| n.starts_with(prefix));
    if has("xl/workbook.xml") {
        return guarded(file, || read_xlsx(file, bytes)).map(|blad| (Filtyp::Xlsx, blad));
    }
    if has("content.xml") && has("mimetype") {
        return if is_ods_spreadsheet(bytes) {
            guarded(file, || {
                let merged = super::ods_check::check(file, bytes)?;
                read_ods(file, bytes, &merged)
            })
            .map(|blad| (Filtyp::Ods, blad))
        } else {
            Err(not_workbook(
                file,
                "är ett OpenDocument-dokument, inte en arbetsbok,",
            ))
        };
    }
    let what = if has("xl/workbook.bin") {
        "är sparad som binär Excel-arbetsbok (.xlsb)"
    } else if has_prefix("word/") {
        "är ett Word-dokument, inte en arbetsbok,"
    } else if has_prefix("ppt/") {
        "är en presentation, inte en arbetsbok,"
    } else {
        NOT_A_WORKBOOK
    };
    Err(not_workbook(file, what))
}

/// Whether an OpenDocument archive is a spreadsheet: its `mimetype` entry comes first,
/// stored uncompressed, so its text stands near the start of the file.
fn is_ods_spreadsheet(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    let mime = b"application/vnd.oasis.opendocument.spreadsheet";
    head.windows(mime.len()).any(|w| w == mime)
}

/// An OLE compound file: XLS, or an XLSX encrypted with a password (Excel wraps those in
/// a compound file with `EncryptionInfo` and `EncryptedPackage` streams); see
/// [`super::biff`].
pub(super) fn read_cfb(file: &str, bytes: &[u8]) -> crate::Result<(Filtyp, Vec<Blad>)> {
    guarded(file, || {
        super::biff::check(file, bytes)?;
        read_xls(file, bytes)
    })
    .map(|blad| (Filtyp::Xls, blad))
}

/// Runs a reader; a panic inside it (a parser meeting bytes it did not expect) is a
/// damaged file like any other, never a crash. calamine 0.38's XLS reader does panic on
/// some damaged files (slices out of range; the property test meets a few in 10 000), so
/// this needs panics to unwind: no profile may set `panic = "abort"`.
fn guarded(
    file: &str,
    read: impl FnOnce() -> crate::Result<Vec<Blad>>,
) -> crate::Result<Vec<Blad>> {
    catch_unwind(AssertUnwindSafe(read))
        .unwrap_or_else(|_| Err(damaged(file, "the reader panicked")))
}

fn worksheets(sheets: &[Sheet]) -> Vec<Sheet> {
    sheets
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .cloned()
        .collect()
}

fn hidden(sheet: &Sheet) -> bool {
    sheet.visible != SheetVisible::Visible
}

fn read_xlsx(file: &str, bytes: &[u8]) -> crate::Result<Vec<Blad>> {
    let mut xlsx: Xlsx<Bytes> = Xlsx::new(Cursor::new(bytes)).map_err(|e| damaged(file, e))?;
    let mut build = Bladbygge::new(file);
    let mut blad = Vec::new();
    for sheet in worksheets(xlsx.sheets_metadata()) {
        {
            let mut cells = xlsx
                .worksheet_cells_reader(&sheet.name)
                .map_err(|e| damaged(file, e))?;
            while let Some(cell) = cells.next_cell().map_err(|e| damaged(file, e))? {
                let (row, col) = cell.get_position();
                build.set(row as usize, col as usize, from_ref(cell.get_value()))?;
            }
        }
        let merged = xlsx
            .merge_cells_by_sheet_name(&sheet.name)
            .map_err(|e| damaged(file, e))?;
        fill_merged(&mut build, &merged)?;
        blad.push(build.finish(sheet.name.clone(), hidden(&sheet)));
    }
    Ok(blad)
}

fn read_xls(file: &str, bytes: &[u8]) -> crate::Result<Vec<Blad>> {
    let mut xls: Xls<Bytes> = Xls::new(Cursor::new(bytes)).map_err(|e| match e {
        XlsError::Password => CoreError::from(IncomingFileError::ArbetsbokPassword {
            file: file.to_owned(),
        }),
        e => damaged(file, e),
    })?;
    let mut build = Bladbygge::new(file);
    let mut blad = Vec::new();
    for sheet in worksheets(xls.sheets_metadata()) {
        let range = xls
            .worksheet_range(&sheet.name)
            .map_err(|e| damaged(file, e))?;
        set_range(&mut build, &range)?;
        let merged = xls
            .merge_cells_by_sheet_name(&sheet.name)
            .map_err(|e| damaged(file, e))?;
        fill_merged(&mut build, &merged)?;
        blad.push(build.finish(sheet.name.clone(), hidden(&sheet)));
    }
    Ok(blad)
}

/// `merged`: each sheet's merged regions, which calamine does not report for ODS (see
/// [`super::ods_check`]).
fn read_ods(
    file: &str,
    bytes: &[u8],
    merged: &std::collections::HashMap<String, Vec<Dimensions>>,
) -> crate::Result<Vec<Blad>> {
    let mut ods: Ods<Bytes> = Ods::new(Cursor::new(bytes)).map_err(|e| match e {
        calamine::OdsError::Password => CoreError::from(IncomingFileError::ArbetsbokPassword {
            file: file.to_owned(),
        }),
        e => damaged(file, e),
    })?;
    let mut build = Bladbygge::new(file);
    let mut blad = Vec::new();
    for sheet in worksheets(ods.sheets_metadata()) {
        let range = ods
            .worksheet_range(&sheet.name)
            .map_err(|e| damaged(file, e))?;
        set_range(&mut build, &range)?;
        if let Some(regions) = merged.get(&sheet.name) {
            fill_merged(&mut build, regions)?;
        }
        blad.push(build.finish(sheet.name.clone(), hidden(&sheet)));
    }
    Ok(blad)
}

/// A whole range into the sheet, each cell at its place in the spreadsheet (calamine's
/// range starts at its first used cell).
fn set_range(build: &mut Bladbygge, range: &calamine::Range<Data>) -> crate::Result<()> {
    let Some((row0, col0)) = range.start() else {
        return Ok(());
    };
    for (row, col, value) in range.used_cells() {
        let cell = from_data(value);
        build.set(row0 as usize + row, col0 as usize + col, cell)?;
    }
    Ok(())
}

/// Each merged region's value in every cell of it, within the sheet's used rows and
/// columns, so a header merged over three columns reads as its value in each.
fn fill_merged(build: &mut Bladbygge, regions: &[Dimensions]) -> crate::Result<()> {
    let height = build.rows.len();
    let width = build.rows.iter().map(Vec::len).max().unwrap_or(0);
    for region in regions {
        let (row0, col0) = (region.start.0 as usize, region.start.1 as usize);
        let row1 = (region.end.0 as usize).min(height.saturating_sub(1));
        let col1 = (region.end.1 as usize).min(width.saturating_sub(1));
        if row1 < row0 || col1 < col0 || (row1 - row0 + 1) * (col1 - col0 + 1) > MAX_MERGED_FILL {
            continue;
        }
        let value = build.get(row0, col0).clone();
        if value == Cell::Empty {
            continue;
        }
        for row in row0..=row1 {
            for col in col0..=col1 {
                if *build.get(row, col) == Cell::Empty {
                    build.set(row, col, value.clone())?;
                }
            }
        }
    }
    Ok(())
}

fn from_ref(value: &DataRef) -> Cell {
    match value {
        DataRef::Int(n) => Cell::Number(*n as f64),
        DataRef::Float(n) => Cell::Number(*n),
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::SharedString(s) => Cell::Text((*s).to_owned()),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) => from_datetime(dt),
        DataRef::DateTimeIso(s) => from_iso(s),
        DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
        DataRef::Empty => Cell::Empty,
    }
}

fn from_data(value: &Data) -> Cell {
    match value {
        Data::Int(n) => Cell::Number(*n as f64),
        Data::Float(n) => Cell::Number(*n),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => from_datetime(dt),
        Data::DateTimeIso(s) => from_iso(s),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
        Data::Empty => Cell::Empty,
    }
}

/// A cell formatted as a date: its serial day in Excel's usual (1900) date system, also
/// when the workbook counts from 1904 (old Mac workbooks). A duration (`[t]:mm`) is a
/// number.
fn from_datetime(dt: &ExcelDateTime) -> Cell {
    if dt.is_duration() {
        return Cell::Number(dt.as_f64());
    }
    let value = dt.as_f64();
    // calamine keeps which system the workbook uses to itself; its calendar date tells.
    let as_1900 = ExcelDateTime::new(value, ExcelDateTimeType::DateTime, false);
    if as_1900.to_ymd_hms_milli() == dt.to_ymd_hms_milli() {
        Cell::Date(value)
    } else {
        Cell::Date(value + 1462.0)
    }
}

/// An ODS date ("2024-09-01" or "2024-09-01T12:00:00") as Excel's serial day; anything
/// else stays text.
fn from_iso(text: &str) -> Cell {
    use chrono::{NaiveDate, NaiveDateTime};
    let moment = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .map(|d| d.and_time(chrono::NaiveTime::MIN))
        });
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).map(|d| d.and_time(chrono::NaiveTime::MIN));
    match (moment, epoch) {
        (Some(moment), Some(epoch)) => {
            let millis = (moment - epoch).num_milliseconds() as f64;
            Cell::Date(millis / 86_400_000.0)
        }
        _ => Cell::Text(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ods_date_becomes_excels_serial_day() {
        assert_eq!(from_iso("2024-09-01"), Cell::Date(45536.0));
        assert_eq!(from_iso("1900-03-01"), Cell::Date(61.0));
        assert_eq!(from_iso("2024-09-01T12:00:00"), Cell::Date(45536.5));
        assert_eq!(from_iso("nej"), Cell::Text("nej".to_owned()));
    }

    #[test]
    fn a_1904_workbooks_date_is_counted_from_1900() {
        let dt = ExcelDateTime::new(45536.0 - 1462.0, ExcelDateTimeType::DateTime, true);
        assert_eq!(from_datetime(&dt), Cell::Date(45536.0));
    }
}
