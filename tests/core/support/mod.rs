//! Test support, one harness for every test module (as ripgrep's `tests/util.rs`): a data
//! file with a fixed clock, the förbund and its members, insatser, the year's figures, and
//! the few raw-SQL reads and writes a test needs to go past the core. Each part is its own
//! small module; everything is reached as `crate::support::name`.
//!
//! A test module uses these and does not define its own helper of the same name (the
//! `harness` test checks this), so one set-up is written once.

mod files;
mod forbund;
mod insatser;
mod proptest;
mod raw;
mod service;
mod source;
mod year;

pub use files::*;
pub use forbund::*;
pub use insatser::*;
pub use proptest::*;
pub use raw::*;
pub use service::*;
pub use source::*;
pub use year::*;
