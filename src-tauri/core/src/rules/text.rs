//! Free-text fields: trimmed, required where the domain says so, and bounded in length so a
//! pasted document cannot bloat the data file.

use crate::error::CoreError;

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
    Ok(text.to_owned())
}
