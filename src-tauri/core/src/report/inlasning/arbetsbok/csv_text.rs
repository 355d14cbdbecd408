//! CSV as Swedish Excel writes it: semicolon-separated ("CSV (semikolonavgränsad)"), or
//! tab-separated ("Text (tabbavgränsad)", "Unicode-text"), or comma-separated as an
//! English Excel writes it; the separator is the one that splits the first lines into the
//! same number of columns most often; UTF-8 with or without a
//! byte-order mark, UTF-16 with one, else Windows-1252 (what Excel on a Swedish Windows
//! writes for plain "CSV"). Quoted fields may hold separators, doubled quotes and line
//! breaks. Every field is text: the mapping step parses it.

use std::path::Path;

use super::{Blad, Bladbygge, Cell};

/// Whether the bytes read as text: no NUL byte (which text in any of the encodings above,
/// but UTF-16, never has) and hardly any other control character. A file with a BOM is
/// text.
pub(super) fn looks_like_text(bytes: &[u8]) -> bool {
    if encoding_rs::Encoding::for_bom(bytes).is_some() {
        return true;
    }
    if bytes.contains(&0) {
        return false;
    }
    let utf8 = std::str::from_utf8(bytes).is_ok();
    let control = bytes
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
                // Not a character in Windows-1252.
                || (!utf8 && matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D))
        })
        .count();
    control * 100 <= bytes.len()
}

/// The bytes as text: by their byte-order mark, else UTF-8 when they are, else
/// Windows-1252. Never fails: a byte that is not a character becomes U+FFFD.
pub(super) fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            text.into_owned()
        }
    }
}

/// The separator and where the rows start: Excel's own `sep=;` first line names it (and
/// is no row); otherwise the separator that splits the first lines most consistently
/// ([`consistent_separator`]).
fn separator(text: &str) -> (u8, usize) {
    let first_line = text.split(['\r', '\n']).next().unwrap_or_default();
    if let Some(sep) = first_line.strip_prefix("sep=") {
        if let [byte] = sep.as_bytes() {
            let rest = text[first_line.len()..]
                .strip_prefix("\r\n")
                .or_else(|| text[first_line.len()..].strip_prefix(['\r', '\n']))
                .unwrap_or_default();
            return (*byte, text.len() - rest.len());
        }
    }
    (consistent_separator(text), 0)
}

/// The lines looked at to choose the separator.
const SAMPLE_LINES: usize = 50;

/// The candidates, in the order a tie is settled: semicolon (what Swedish Excel writes),
/// tab, comma (an English Excel's CSV).
const CANDIDATES: [u8; 3] = [b';', b'\t', b','];

/// The separator that gives the first lines (up to [`SAMPLE_LINES`] non-empty ones, line
/// breaks inside quotes aside) one column count most often: for each candidate, the most
/// common count of fields among the lines it splits at all, and how many lines have it.
/// A title line above the table ("Uppföljning 2019, 2020 och 2021") then cannot decide
/// alone, nor can decimal commas, which split lines unevenly. Semicolon when no candidate
/// splits any line.
fn consistent_separator(text: &str) -> u8 {
    let mut counts: Vec<[usize; 3]> = Vec::new();
    let mut line = [1usize; 3];
    let mut filled = false;
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                filled = true;
            }
            '\r' | '\n' if !quoted => {
                if filled {
                    counts.push(line);
                    if counts.len() == SAMPLE_LINES {
                        break;
                    }
                }
                line = [1; 3];
                filled = false;
            }
            c if !quoted => {
                if let Some(i) = CANDIDATES.iter().position(|&s| char::from(s) == c) {
                    line[i] += 1;
                }
                filled = true;
            }
            _ => filled = true,
        }
    }
    if filled && counts.len() < SAMPLE_LINES {
        counts.push(line);
    }
    let mut best = (0, CANDIDATES[0]);
    for (i, &sep) in CANDIDATES.iter().enumerate() {
        let split: Vec<usize> = counts.iter().map(|c| c[i]).filter(|&n| n > 1).collect();
        let agreeing = split
            .iter()
            .map(|n| split.iter().filter(|m| *m == n).count())
            .max()
            .unwrap_or(0);
        if agreeing > best.0 {
            best = (agreeing, sep);
        }
    }
    best.1
}

/// Line breaks in `run` (a run of CR and LF bytes), a CR LF pair counting once.
fn line_breaks(run: &[u8]) -> usize {
    run.iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || run.get(i + 1) != Some(&b'\n'))
        .count()
}

/// One sheet, named after the file without its extension. Empty lines stay rows, so a
/// row's index is the row number Excel shows when it opens the file, minus one.
pub(super) fn read(file: &str, bytes: &[u8]) -> crate::Result<Blad> {
    let text = decode(bytes);
    let (sep, start) = separator(&text);
    let body = &text.as_bytes()[start..];
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .from_reader(body);
    let mut sheet = Bladbygge::new(file);
    let mut record = csv::ByteRecord::new();
    let mut row = 0;
    loop {
        let before = reader.position().byte() as usize;
        let more = reader
            .read_byte_record(&mut record)
            .map_err(|e| super::damaged(file, e))?;
        if !more {
            break;
        }
        // The csv reader skips empty lines; they are rows all the same. What it skipped
        // is the run of line breaks from where it stood (just past the last record's
        // line break) to where this record starts.
        let run = body.get(before..).unwrap_or_default();
        let run_len = run
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        let mut skipped = line_breaks(&run[..run_len]);
        // The LF of a CR LF after the last record, left for this read.
        if run.first() == Some(&b'\n') && before > 0 && body.get(before - 1) == Some(&b'\r') {
            skipped -= 1;
        }
        row += skipped;
        sheet.reach_row(row)?;
        for (col, field) in record.iter().enumerate() {
            if !field.is_empty() {
                let value = String::from_utf8_lossy(field).into_owned();
                sheet.set(row, col, Cell::Text(value))?;
            }
        }
        row += 1;
    }
    let name = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_owned());
    Ok(sheet.finish(name, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<Cell>> {
        read("t.csv", text.as_bytes()).expect("reads").rows
    }

    fn t(s: &str) -> Cell {
        Cell::Text(s.to_owned())
    }

    #[test]
    fn empty_lines_stay_rows_whatever_the_line_breaks() {
        for nl in ["\n", "\r\n", "\r"] {
            let text = format!("a;b{nl}{nl}c{nl}{nl}{nl}d{nl}");
            assert_eq!(
                rows(&text),
                vec![
                    vec![t("a"), t("b")],
                    vec![],
                    vec![t("c")],
                    vec![],
                    vec![],
                    vec![t("d")]
                ],
                "{nl:?}"
            );
        }
    }

    #[test]
    fn a_line_break_inside_quotes_is_no_new_row() {
        assert_eq!(
            rows("\"a\r\nb\";c\r\n\r\nd"),
            vec![vec![t("a\r\nb"), t("c")], vec![], vec![t("d")]]
        );
    }

    #[test]
    fn leading_empty_lines_are_rows() {
        assert_eq!(rows("\n\nx"), vec![vec![], vec![], vec![t("x")]]);
    }

    #[test]
    fn excels_sep_line_names_the_separator_and_is_no_row() {
        assert_eq!(rows("sep=,\r\na,b\r\n"), vec![vec![t("a"), t("b")]]);
    }
}
