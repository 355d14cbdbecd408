//! Medel — the förbund's funds for a calendar year.

use crate::money::Kronor;

/// Medel — one year's registered funds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Medel {
    pub ar: i32,
    pub samverkansparterna: Kronor,
    pub esf_plus: Kronor,
    pub overskott: Kronor,
}
