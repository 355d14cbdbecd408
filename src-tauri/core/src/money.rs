//! Money: whole kronor in an integer newtype. Officers type amounts the way they see them in
//! spreadsheets (`1 234 567`, with non-breaking spaces, a typographic minus), so parsing is
//! forgiving about separators and strict about everything else.
//!
//! Layer: a foundation. May use `crate::error` only.

use std::fmt;

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreError;

/// An amount in whole Swedish kronor. Never a float.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
)]
#[ts(type = "number")]
pub struct Kronor(i64);

/// The largest amount the app accepts: 10 000 000 000 kr. No förbund comes near it; the
/// bound stops typing slips and keeps every sum far inside JavaScript's exact integers.
pub const MAX_KRONOR: i64 = 10_000_000_000;

/// Separator characters the officer may type between digit groups: space, no-break space,
/// narrow no-break space and thin space.
const GROUP_SEPARATORS: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

impl Kronor {
    pub const ZERO: Kronor = Kronor(0);

    /// An amount from a number of kronor.
    pub const fn new(kronor: i64) -> Self {
        Self(kronor)
    }

    /// The amount as a number of kronor.
    pub const fn get(self) -> i64 {
        self.0
    }

    /// Parses what the officer typed or pasted, e.g. `1 234 567`, `−500`, `12 000 kr` or
    /// `1 000,00` (zero öre only). `field` names the form field for the error.
    pub fn parse(input: &str, field: &'static str) -> crate::Result<Self> {
        let mut text = input.trim();
        if let Some(rest) = text.strip_suffix("kr") {
            text = rest.trim_end();
        }
        let (negative, digits) = match text.strip_prefix(['-', '−']) {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let digits: String = digits
            .chars()
            .filter(|c| !GROUP_SEPARATORS.contains(c))
            .collect();
        // A spreadsheet copies "1 000,00" from a cell formatted with two decimals: zero
        // öre say nothing more than whole kronor and are dropped; any other öre are not.
        let digits = match digits.rsplit_once([',', '.']) {
            Some((kronor, ore))
                if !kronor.is_empty()
                    && (1..=2).contains(&ore.len())
                    && ore.chars().all(|c| c == '0') =>
            {
                kronor.to_owned()
            }
            _ => digits,
        };
        if digits.contains([',', '.']) && digits.chars().any(|c| c.is_ascii_digit()) {
            return Err(CoreError::AmountDecimals { field });
        }
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(CoreError::AmountFormat { field });
        }
        // Digits beyond i64 fail to parse; both that and the bound are "too large".
        let value = digits
            .parse::<i64>()
            .ok()
            .filter(|value| *value <= MAX_KRONOR)
            .ok_or(CoreError::AmountTooLarge {
                field,
                max: "10 000 000 000",
            })?;
        Ok(Self(if negative { -value } else { value }))
    }

    /// Sum that saturates instead of overflowing; amounts are bounded, so it never does in
    /// practice, but a sum must never panic.
    pub fn saturating_add(self, other: Kronor) -> Kronor {
        Kronor(self.0.saturating_add(other.0))
    }
}

/// Swedish grouping as `sv-SE` prints it: digit groups separated by a no-break space and a
/// typographic minus, e.g. `−1 234 567`.
impl fmt::Display for Kronor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.0.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + 8);
        if self.0 < 0 {
            out.push('−');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push('\u{a0}');
            }
            out.push(c);
        }
        f.pad(&out)
    }
}

impl ToSql for Kronor {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0))
    }
}

impl FromSql for Kronor {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        i64::column_result(value).map(Kronor)
    }
}
