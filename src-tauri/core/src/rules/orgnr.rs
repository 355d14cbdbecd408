//! Organisationsnummer: the Swedish organisation number, `NNNNNN-NNNN`, whose last digit is
//! a Luhn (modulus 10) check digit over the first nine.

use std::fmt;

use crate::error::CoreError;

/// Organisationsnummer — a validated organisation number, stored as `NNNNNN-NNNN`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisationsnummer(String);

impl Organisationsnummer {
    /// Parses `NNNNNN-NNNN` (the dash may be left out; surrounding spaces are ignored).
    pub fn parse(input: &str) -> crate::Result<Self> {
        let text = input.trim();
        let digits: Vec<u8> = match text.len() {
            11 if text.as_bytes()[6] == b'-' => {
                text[..6].bytes().chain(text[7..].bytes()).collect()
            }
            10 => text.bytes().collect(),
            _ => return Err(CoreError::OrgnrFormat),
        };
        if !digits.iter().all(u8::is_ascii_digit) {
            return Err(CoreError::OrgnrFormat);
        }
        let digits: Vec<u8> = digits.iter().map(|d| d - b'0').collect();
        if !luhn_valid(&digits) {
            return Err(CoreError::OrgnrCheckDigit);
        }
        // Legal entities have 20 or more in the "month" position; anything lower is a
        // personal identity number, which the app must never store (domain spec, D3).
        if digits[2] < 2 {
            return Err(CoreError::OrgnrLooksPersonal);
        }
        let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        Ok(Self(format!("{}-{}", &text[..6], &text[6..])))
    }

    /// The number as `NNNNNN-NNNN`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Organisationsnummer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The Luhn check over decimal digits: from the right, every second digit is doubled
/// (minus 9 when over 9), and the sum must be divisible by 10.
pub fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                d
            }
        })
        .sum();
    !digits.is_empty() && sum.is_multiple_of(10)
}
