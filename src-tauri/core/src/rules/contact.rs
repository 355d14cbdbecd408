//! Address and contact fields: postnummer `NNN NN`, telephone numbers and e-mail
//! addresses, each forgiving about spacing and strict about what cannot be right.

use crate::error::CoreError;

/// Postnummer: five digits, stored as `NNN NN`. Empty is allowed (not given).
pub fn postnummer(input: &str) -> crate::Result<String> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Ok(String::new());
    }
    // Swedish postcodes run from 100 00 to 984 99: never a leading zero.
    let valid =
        digits.len() == 5 && digits.chars().all(|c| c.is_ascii_digit()) && !digits.starts_with('0');
    if !valid {
        return Err(CoreError::PostnummerFormat);
    }
    Ok(format!("{} {}", &digits[..3], &digits[3..]))
}

/// A telephone number: digits with spaces, `-`, `+` (first only) and parentheses; at
/// least seven digits. Stored as typed, trimmed. Empty is allowed.
pub fn telefon(input: &str, field: &'static str) -> crate::Result<String> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    let allowed = text.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0)
    });
    let digits = text.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(7..=15).contains(&digits) {
        return Err(CoreError::TelefonFormat { field });
    }
    Ok(text.to_owned())
}

/// An e-mail address: one `@`, something before it, a domain with a dot after it, no
/// spaces. Empty is allowed unless the caller requires it.
pub fn epost(input: &str, field: &'static str) -> crate::Result<String> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    super::text::no_control_characters(text, field, "E-post", super::text::Lines::One)?;
    let valid = match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.chars().any(char::is_whitespace)
                && text.chars().count() <= 254
        }
        None => false,
    };
    if !valid {
        return Err(CoreError::EpostFormat { field });
    }
    Ok(text.to_owned())
}

/// A web address, or nothing: `https://…` (or `http://…`), without spaces.
pub fn url(input: &str, field: &'static str) -> crate::Result<String> {
    let text = super::text::optional(input, field, "Adress", 500)?;
    let ok = text.is_empty()
        || ((text.starts_with("https://") || text.starts_with("http://"))
            && text.len() > "https://".len()
            && !text.contains(char::is_whitespace));
    if ok {
        Ok(text)
    } else {
        Err(CoreError::UrlFormat { field })
    }
}
