//! The things the officer works with. Field names stay Swedish where they are the domain's
//! own words, so code, UI and the national guide say the same thing.

pub mod budget;
pub mod forbund;
pub mod historik;
pub mod insats;
pub mod kontroll;
pub mod medel;
pub mod omrade;
pub mod organisation;
pub mod oversikt;
pub mod uppdrag;
pub mod warning;
