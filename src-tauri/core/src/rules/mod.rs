//! The national rules as pure functions: no database, no clock of their own. Each module
//! names the rules of the domain spec it implements (M1, I1, Y1, …).
//!
//! Layer: may use `crate::{domain, error, money}` only.

pub mod belopp;
pub mod contact;
pub mod date;
pub mod eget_kapital;
pub mod forbund;
pub mod fordelning;
pub mod inmatning;
pub mod insats;
pub mod medlemmar;
pub mod organisation;
pub mod orgnr;
pub mod oversikt;
pub mod parse;
pub mod text;
pub mod uppdrag;
pub mod year;
