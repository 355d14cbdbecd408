//! A cell as the typing parsers read it: each cell becomes the text the officer would have
//! typed (a whole number as its digits, a date as ÅÅÅÅ-MM-DD) and goes through the same
//! parser as the form does (`Kronor::parse` via `rules::parse::amount`, `parse_count`,
//! `rules::date::parse`). Only what a spreadsheet adds is handled here: Excel's serial
//! dates, D/M/ÅÅÅÅ as Swedish Excel shows a date, and Ja/Nej/x.

use chrono::{Duration, NaiveDate};

use super::arbetsbok::Cell;
use crate::domain::insats::Inriktning;
use crate::error::CoreError;
use crate::money::Kronor;
use crate::rules::{date, insats::parse_count, parse};

/// A problem with one cell: the Swedish sentence, without the sheet, row and column that
/// the preview puts in front of it.
pub type CellResult<T> = Result<T, String>;

fn sentence(error: CoreError) -> String {
    error.to_string()
}

/// The cell's text as typed: text trimmed, a whole number as its digits (a fraction as
/// `1234.5`, which the parsers refuse), a date as ÅÅÅÅ-MM-DD, true/false as Ja/Nej. An
/// error value (`#REF!`) is a problem of its own.
pub fn text(cell: &Cell) -> CellResult<String> {
    Ok(match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => text.trim().to_owned(),
        Cell::Number(n) => number_text(*n),
        Cell::Date(serial) => match serial_date(*serial) {
            Some(d) => d.format("%Y-%m-%d").to_string(),
            None => number_text(*serial),
        },
        Cell::Bool(b) => if *b { "Ja" } else { "Nej" }.to_owned(),
        Cell::Error(e) => {
            return Err(format!(
            "Cellen innehåller felvärdet {e}. Rätta formeln i arbetsboken och läs in filen igen."
        ))
        }
    })
}

/// Whether the cell holds nothing (or only spaces).
pub fn is_empty(cell: &Cell) -> bool {
    match cell {
        Cell::Empty => true,
        Cell::Text(t) => t.trim().is_empty(),
        _ => false,
    }
}

/// A number as the officer would type it: whole numbers without decimals.
fn number_text(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

/// Excel's serial day number as a date: days since 1899-12-30 (the time of day dropped).
pub fn serial_date(serial: f64) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    base.checked_add_signed(Duration::days(serial.floor() as i64))
}

/// F1: an amount, empty as `None` (the same parser as the form: "1 234 kr", "1 234,00",
/// NBSP, "−").
pub fn amount(cell: &Cell) -> CellResult<Option<Kronor>> {
    parse::amount(&text(cell)?, "belopp").map_err(sentence)
}

/// D1: a count, whole and not negative; empty as `None`.
pub fn count(cell: &Cell) -> CellResult<Option<u32>> {
    parse_count(&text(cell)?, "antal").map_err(sentence)
}

/// A date: an Excel date or serial number, ÅÅÅÅ-MM-DD, or D/M/ÅÅÅÅ (also with `.` or
/// `-`) as Swedish Excel shows it; empty as `None`.
pub fn date_value(cell: &Cell) -> CellResult<Option<NaiveDate>> {
    match cell {
        Cell::Date(serial) | Cell::Number(serial) => {
            return serial_date(*serial)
                .map(Some)
                .ok_or_else(|| sentence(CoreError::DateFormat { field: "datum" }))
        }
        _ => {}
    }
    let text = text(cell)?;
    if text.is_empty() {
        return Ok(None);
    }
    // "2024-03-01 00:00:00" from a text export of a date-time: the date part.
    let text = text.split_whitespace().next().unwrap_or_default();
    if let Some(iso) = day_month_year(text) {
        return date::parse(&iso, "datum").map(Some).map_err(sentence);
    }
    date::parse(text, "datum").map(Some).map_err(sentence)
}

/// D/M/ÅÅÅÅ (or D.M.ÅÅÅÅ, D-M-ÅÅÅÅ) rewritten as ÅÅÅÅ-MM-DD for the date parser.
fn day_month_year(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    match parts.as_slice() {
        [d, m, y]
            if (1..=2).contains(&d.len())
                && (1..=2).contains(&m.len())
                && y.len() == 4
                && [d, m, y]
                    .iter()
                    .all(|p| p.chars().all(|c| c.is_ascii_digit())) =>
        {
            Some(format!("{y}-{m:0>2}-{d:0>2}"))
        }
        _ => None,
    }
}

/// Ja/Nej as a spreadsheet says it: Ja, J, x, Yes, true, 1 / Nej, N, No, false, 0, and for
/// the uppföljningsmetod "Med …"/"Utan …"; empty as `None`.
pub fn yes_no(cell: &Cell) -> CellResult<Option<bool>> {
    let text = text(cell)?;
    let words = super::falt::words(&text);
    let first = words.first().map(String::as_str);
    match first {
        None => Ok(None),
        Some("ja" | "j" | "x" | "yes" | "true" | "sant" | "1" | "med") => Ok(Some(true)),
        Some("nej" | "n" | "no" | "false" | "falskt" | "0" | "utan") => Ok(Some(false)),
        Some(_) => Err(format!("”{text}” är inte Ja eller Nej.")),
    }
}

/// Status as the export writes it: Pågående (`false`) or Avslutad (`true`), case and
/// diacritics aside; empty as `None`.
pub fn status(cell: &Cell) -> CellResult<Option<bool>> {
    let text = text(cell)?;
    let words = super::falt::words(&text);
    match words.first().map(String::as_str) {
        None => Ok(None),
        Some("pagaende" | "aktiv" | "pagar") => Ok(Some(false)),
        Some("avslutad" | "avslutat" | "avslutade") => Ok(Some(true)),
        Some(_) => Err(format!("”{text}” är inte Pågående eller Avslutad.")),
    }
}

/// Inriktning by its name (Individinriktad, Strukturövergripande; case and diacritics
/// aside); empty as `None`.
pub fn inriktning(cell: &Cell) -> CellResult<Option<Inriktning>> {
    let text = text(cell)?;
    let words = super::falt::words(&text).join(" ");
    if words.is_empty() {
        Ok(None)
    } else if words.starts_with("individ") {
        Ok(Some(Inriktning::Individinriktad))
    } else if words.starts_with("struktur") {
        Ok(Some(Inriktning::Strukturovergripande))
    } else {
        Err(format!(
            "”{text}” är ingen inriktning. Skriv Individinriktad eller Strukturövergripande."
        ))
    }
}

/// The names in a list cell: separated by comma, semicolon or line break, trimmed.
pub fn names(cell: &Cell) -> CellResult<Vec<String>> {
    Ok(text(cell)?
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect())
}

/// D3: whether the cell's text (a number as its digits) looks like a personal identity
/// number.
pub fn looks_like_personnummer(cell: &Cell) -> bool {
    match cell {
        Cell::Text(t) => crate::rules::text::looks_like_personnummer(t),
        Cell::Number(n) => crate::rules::text::looks_like_personnummer(&number_text(*n)),
        _ => false,
    }
}
