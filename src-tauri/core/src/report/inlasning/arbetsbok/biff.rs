//! An OLE compound file looked at before calamine reads it: what it is (an XLS, an XLSX
//! encrypted with a password, or another program's document), and whether its sheets'
//! DIMENSIONS records are sane. calamine 0.38 reserves memory for every cell a DIMENSIONS
//! record claims before it reads a cell, so one damaged record (a first row after the
//! last) would have it ask for petabytes and end the program, which no `catch_unwind`
//! stops.

use std::io::{Cursor, Read};

use super::{damaged, not_workbook, MAX_CELLS, NOT_A_WORKBOOK};
use crate::error::IncomingFileError;
use crate::CoreError;

/// The largest sheet an XLS (BIFF8) can hold: 65 536 rows of 256 columns.
const XLS_ROWS: u32 = 65_536;
const XLS_COLS: u32 = 256;

/// Ok when the compound file is an XLS that calamine can be given.
pub(super) fn check(file: &str, bytes: &[u8]) -> crate::Result<()> {
    let mut compound = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| damaged(file, e))?;
    let entries: Vec<(String, u64, std::path::PathBuf)> = compound
        .walk()
        .filter(|e| e.is_stream())
        .map(|e| (e.name().to_owned(), e.len(), e.path().to_owned()))
        .collect();
    let named = |name: &str| entries.iter().find(|e| e.0.eq_ignore_ascii_case(name));
    if named("EncryptionInfo").is_some() || named("EncryptedPackage").is_some() {
        return Err(CoreError::from(IncomingFileError::ArbetsbokPassword {
            file: file.to_owned(),
        }));
    }
    let Some((_, len, path)) = named("Workbook").or_else(|| named("Book")) else {
        let what = if named("WordDocument").is_some() {
            "är ett Word-dokument, inte en arbetsbok,"
        } else if named("PowerPoint Document").is_some() {
            "är en presentation, inte en arbetsbok,"
        } else {
            NOT_A_WORKBOOK
        };
        return Err(not_workbook(file, what));
    };
    if *len > bytes.len() as u64 {
        return Err(damaged(file, "the workbook stream is longer than the file"));
    }
    let mut stream = Vec::new();
    compound
        .open_stream(path)
        .and_then(|s| s.take(*len).read_to_end(&mut stream))
        .map_err(|e| damaged(file, e))?;
    // calamine reads the globals from the stream's start and each sheet from the offset
    // its BOUNDSHEET record gives, so each of those walks is checked.
    let mut sheets = Vec::new();
    walk(file, &stream, 0, &mut sheets)?;
    for offset in sheets {
        walk(file, &stream, offset, &mut Vec::new())?;
    }
    Ok(())
}

/// Walks the records from `offset` to the stream's end: checks each DIMENSIONS record and
/// collects the sheets' offsets from BOUNDSHEET records. A FILEPASS record says the
/// workbook is encrypted with a password: every record after it is encrypted (a
/// DIMENSIONS record would read as nonsense), so it is refused there, with the password's
/// sentence rather than as damaged.
fn walk(file: &str, stream: &[u8], offset: usize, sheets: &mut Vec<usize>) -> crate::Result<()> {
    let u16_at = |data: &[u8], at: usize| -> u32 {
        data.get(at..at + 2)
            .map_or(0, |b| u32::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let u32_at = |data: &[u8], at: usize| -> u32 {
        data.get(at..at + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let mut at = offset;
    while at + 4 <= stream.len() {
        let typ = u16_at(stream, at);
        let len = u16_at(stream, at + 2) as usize;
        let data = &stream[at + 4..(at + 4 + len).min(stream.len())];
        match (typ, data.len()) {
            // FILEPASS: "Kryptera med lösenord" (RC4, CryptoAPI or XOR obfuscation).
            (0x002F, _) => {
                return Err(CoreError::from(IncomingFileError::ArbetsbokPassword {
                    file: file.to_owned(),
                }))
            }
            // BOUNDSHEET8: the sheet's offset first.
            (0x0085, 4..) => sheets.push(u32_at(data, 0) as usize),
            // DIMENSIONS, BIFF5 (16-bit rows) or BIFF8.
            (0x0200, 10) => dimensions(file, [0, 2, 4, 6].map(|i| u16_at(data, i)))?,
            (0x0200, 14 | 16) => dimensions(
                file,
                [
                    u32_at(data, 0),
                    u32_at(data, 4),
                    u16_at(data, 8),
                    u16_at(data, 10),
                ],
            )?,
            _ => {}
        }
        at += 4 + len;
    }
    Ok(())
}

/// The cells a DIMENSIONS record (first row, last row + 1, first column, last column + 1)
/// makes calamine reserve, counted as calamine counts them.
fn dimensions(file: &str, [first_row, row_end, first_col, col_end]: [u32; 4]) -> crate::Result<()> {
    if row_end == 0 || col_end == 0 {
        return Ok(());
    }
    let first_col = if first_col > 0xFF || col_end < first_col {
        0
    } else {
        first_col
    };
    let rows = i64::from(row_end) - i64::from(first_row);
    let cols = i64::from(col_end) - i64::from(first_col);
    if rows <= 0 || cols <= 0 || row_end > XLS_ROWS || col_end > XLS_COLS {
        return Err(damaged(file, "a DIMENSIONS record out of range"));
    }
    if rows * cols > MAX_CELLS as i64 {
        return Err(CoreError::from(IncomingFileError::ArbetsbokTooManyCells {
            file: file.to_owned(),
            limit: MAX_CELLS,
        }));
    }
    Ok(())
}
