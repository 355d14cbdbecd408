//! Dates as the officer types them: ISO `ÅÅÅÅ-MM-DD`, the Swedish standard form.

use chrono::NaiveDate;

use crate::error::CoreError;

/// Parses `ÅÅÅÅ-MM-DD`. A well-formed but impossible date (2025-02-30) gets its own message,
/// because "finns inte" is more useful than "fel format" when the form was right.
pub fn parse(input: &str, field: &'static str) -> crate::Result<NaiveDate> {
    let text = input.trim();
    let bytes = text.as_bytes();
    let well_formed = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !well_formed {
        return Err(CoreError::DateFormat { field });
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let year = i32::try_from(number(0..4)).unwrap_or(0);
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10)).ok_or_else(|| {
        CoreError::DateImpossible {
            field,
            input: text.to_owned(),
        }
    })
}

/// Optional date: empty input is `None`.
pub fn parse_optional(input: &str, field: &'static str) -> crate::Result<Option<NaiveDate>> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse(input, field).map(Some)
    }
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// A date the way Swedish prose writes it: `15 april 2027`.
pub fn long_swedish(date: NaiveDate) -> String {
    use chrono::Datelike;
    let month = MONTHS[date.month0() as usize];
    format!("{} {month} {}", date.day(), date.year())
}
