//! The national rules as pure functions: no database, no clock of their own. Each module
//! names the rules of the domain spec it implements (M1, I1, Y1, …).

pub mod contact;
pub mod date;
pub mod forbund;
pub mod fordelning;
pub mod insats;
pub mod organisation;
pub mod orgnr;
pub mod text;
pub mod year;
