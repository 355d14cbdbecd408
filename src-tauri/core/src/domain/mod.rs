//! The things the officer works with. Field names stay Swedish where they are the domain's
//! own words, so code, UI and the national guide say the same thing.
//!
//! Layer: plain types. May use `crate::{error, money}`; never rules, the database or the
//! use cases (where a type's rule is a method, its `impl` lives in `rules`).

pub mod arkiv;
pub mod budget;
pub mod forbund;
pub mod fordelning;
pub mod historik;
pub mod inmatning;
pub mod insats;
pub mod kontroll;
pub mod medel;
pub mod omrade;
pub mod organisation;
pub mod oversikt;
pub mod paste;
pub mod uppdrag;
pub mod year;
