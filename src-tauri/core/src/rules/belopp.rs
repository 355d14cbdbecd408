//! F1: amounts are whole kronor, 0 or more. `Kronor` makes them whole; this keeps them from
//! being negative, for a typed change as for typed text (`rules::parse::amount`).

use crate::error::CoreError;
use crate::money::Kronor;

/// F1: `amount` is not negative; the error names `field`.
pub fn ensure_not_negative(amount: Option<Kronor>, field: &str) -> crate::Result<()> {
    match amount {
        Some(k) if k.get() < 0 => Err(CoreError::AmountNegative {
            field: field.to_owned(),
        }),
        _ => Ok(()),
    }
}
