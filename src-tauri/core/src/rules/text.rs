//! Free-text fields: trimmed, required where the domain says so, bounded in length so a
//! pasted document cannot bloat the data file, and free of control characters. Every text
//! the core stores passes through here (or through a stricter format: dates, amounts,
//! postnummer, telefon, e-post, organisationsnummer).

use crate::error::{CoreError, Warning};

/// Longest name (förbund, insats, organisation) the app accepts, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// A required, trimmed single-line text of at most `max` characters.
pub fn required(
    input: &str,
    field: &'static str,
    label: &'static str,
    max: usize,
) -> crate::Result<String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(CoreError::Required { field, label });
    }
    if text.chars().count() > max {
        return Err(CoreError::TooLong { field, label, max });
    }
    no_control_characters(text, field, label, Lines::One)?;
    Ok(text.to_owned())
}

/// Whether a text may span several lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// A name, an address line: no line break or tab either.
    One,
    /// A description: line breaks and tabs are part of the text.
    Several,
}

/// Refuses a text holding a control character: NUL and the other C0 controls, DEL and the
/// C1 controls. Such characters are invisible on screen, so the officer cannot see or
/// remove them in the app, and a NUL cuts the text short in other programs (Excel, the
/// national system's upload). Free text of several lines keeps its line breaks and tabs.
pub fn no_control_characters(
    text: &str,
    field: &'static str,
    label: &'static str,
    lines: Lines,
) -> crate::Result<()> {
    let allowed = |c: char| lines == Lines::Several && matches!(c, '\n' | '\r' | '\t');
    if text.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(CoreError::ControlCharacter { field, label });
    }
    Ok(())
}

/// Longest free text (beskrivning) the app accepts, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// An optional, trimmed single-line text of at most `max` characters; empty is allowed.
pub fn optional(
    input: &str,
    field: &'static str,
    label: &'static str,
    max: usize,
) -> crate::Result<String> {
    bounded(input, field, label, max, Lines::One)
}

/// An optional, trimmed free text of several lines (a beskrivning) of at most `max`
/// characters; empty is allowed.
pub fn free_text(
    input: &str,
    field: &'static str,
    label: &'static str,
    max: usize,
) -> crate::Result<String> {
    bounded(input, field, label, max, Lines::Several)
}

fn bounded(
    input: &str,
    field: &'static str,
    label: &'static str,
    max: usize,
    lines: Lines,
) -> crate::Result<String> {
    let text = input.trim();
    if text.chars().count() > max {
        return Err(CoreError::TooLong { field, label, max });
    }
    no_control_characters(text, field, label, lines)?;
    Ok(text.to_owned())
}

/// The key names are compared by: lower case, as Rust folds it (SQLite's `lower()` leaves
/// Å, Ä and Ö alone, so keys are always made here).
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// D3: whether free text contains something shaped like a personal identity number:
/// `YYMMDD-NNNN`, `YYMMDDNNNN`, `YYYYMMDD-NNNN` or `YYYYMMDDNNNN` (also with `+`), whose
/// month and day could be a birth date (a samordningsnummer's day + 60 included). Digits
/// glued to other digits do not count, and an organisationsnummer (month ≥ 20) does not
/// match.
pub fn looks_like_personnummer(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut start = 0;
    while start < chars.len() {
        if !digit(start) || (start > 0 && digit(start - 1)) {
            start += 1;
            continue;
        }
        let mut end = start;
        while digit(end) {
            end += 1;
        }
        let first: String = chars[start..end].iter().collect();
        let candidate = match first.len() {
            10 | 12 => Some(first),
            6 | 8 if matches!(chars.get(end), Some('-' | '+')) => {
                let rest_start = end + 1;
                let mut rest_end = rest_start;
                while digit(rest_end) {
                    rest_end += 1;
                }
                (rest_end - rest_start == 4).then(|| {
                    format!(
                        "{first}{}",
                        chars[rest_start..rest_end].iter().collect::<String>()
                    )
                })
            }
            _ => None,
        };
        if candidate.is_some_and(|digits| plausible_birth_date(&digits)) {
            return true;
        }
        start = end;
    }
    false
}

/// Month 01–12 and day 01–31 (or 61–91 for a samordningsnummer) in the date part.
fn plausible_birth_date(digits: &str) -> bool {
    let date = &digits[digits.len() - 10..digits.len() - 4];
    let month: u32 = date[2..4].parse().unwrap_or(0);
    let day: u32 = date[4..6].parse().unwrap_or(0);
    (1..=12).contains(&month) && ((1..=31).contains(&day) || (61..=91).contains(&day))
}

/// Swedish alphabetical order: a–z, then å, ä, ö; case and the accents on é, è and ü do
/// not decide the order. A full collation library would ship megabytes of data for the
/// few hundred names this app sorts.
pub fn swedish_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    swedish_key(a).cmp(&swedish_key(b)).then_with(|| a.cmp(b))
}

fn swedish_key(text: &str) -> Vec<u32> {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' => u32::from('z') + 1,
            'ä' | 'æ' => u32::from('z') + 2,
            'ö' | 'ø' => u32::from('z') + 3,
            'é' | 'è' | 'ê' => u32::from('e'),
            'ü' => u32::from('y'),
            'á' | 'à' => u32::from('a'),
            c => u32::from(c),
        })
        .collect()
}

/// A name search pattern: `*` stands for any characters. A pattern without `*` matches
/// names that begin with it (an exact name included). Case does not matter.
#[derive(Clone, Debug)]
pub struct NamePattern {
    parts: Vec<String>,
    prefix_only: bool,
}

impl NamePattern {
    pub fn new(pattern: &str) -> Self {
        let pattern = pattern.trim().to_lowercase();
        let prefix_only = !pattern.contains('*');
        Self {
            parts: pattern.split('*').map(str::to_owned).collect(),
            prefix_only,
        }
    }

    /// Whether the pattern uses `*` (a wildcard search) rather than a prefix.
    pub fn is_wildcard(&self) -> bool {
        !self.prefix_only
    }

    pub fn matches(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        if self.prefix_only {
            return name.starts_with(self.parts[0].as_str());
        }
        let (first, rest) = match self.parts.split_first() {
            Some(split) => split,
            None => return true,
        };
        let Some(mut remaining) = name.strip_prefix(first.as_str()) else {
            return false;
        };
        let Some((last, middle)) = rest.split_last() else {
            return remaining.is_empty();
        };
        for part in middle {
            match remaining.find(part.as_str()) {
                Some(at) => remaining = &remaining[at + part.len()..],
                None => return false,
            }
        }
        remaining.len() >= last.len() && remaining.ends_with(last.as_str())
    }
}

/// D3 over a form's free-text fields: a warning per field whose text looks like a
/// personnummer.
pub fn personnummer_warnings<'a>(
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<Warning> {
    fields
        .into_iter()
        .filter(|(_, text)| looks_like_personnummer(text))
        .map(|(field, _)| Warning::personnummer(field))
        .collect()
}
