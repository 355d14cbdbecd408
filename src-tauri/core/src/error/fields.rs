//! The errors of several fields at once: each field's own message, gathered so a form
//! shows every broken rule beside its input in one answer.

use serde::Serialize;
use ts_rs::TS;

use super::CoreError;

/// One field's error as the UI shows it beside the field: within an `AppError`, or one
/// cell of a paste.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

/// Collects the errors of a form's fields, so every field is checked and all problems are
/// reported together rather than one per save.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<CoreError>);

impl FieldErrors {
    /// The value of a field that passed its rule; a default after noting the error.
    pub fn keep<T: Default>(&mut self, result: crate::Result<T>) -> T {
        result.unwrap_or_else(|error| {
            self.0.push(error);
            T::default()
        })
    }

    pub fn push(&mut self, error: CoreError) {
        self.0.push(error);
    }

    /// Ok when no field was wrong; otherwise all the errors as one.
    pub fn finish(self) -> crate::Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(CoreError::combine(self.0))
        }
    }
}
