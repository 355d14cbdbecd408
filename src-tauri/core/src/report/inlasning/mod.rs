//! "Läs in tidigare år" (issue 23): the officer's own workbook (XLSX, XLS, ODS, or CSV as
//! Swedish Excel writes it) read into an existing data file. The work is split in steps
//! that each hand the next a plain value, so every step is tested alone:
//!
//! 1. [`arbetsbok`]: the file, refused for its size before a byte is read, becomes a
//!    [`Arbetsbok`] of sheets of [`Cell`]s (formulas as their cached value). Nothing here
//!    knows what a column means.
//! 2. [`falt`]: the header row and each column's field guessed from Swedish header words
//!    ([`Mappning`], which the officer corrects); [`varde`] reads a cell with the typing
//!    parsers; [`rader`] turns rows into typed records, every problem naming sheet, row and
//!    column.
//! 3. [`forhand`]: the preview, each row checked by the same rules as typing and met with
//!    what is stored ([`insatser`], [`siffror`]).
//! 4. [`skriv`]: apply, in one transaction, after a backup (taken by `api::inlasning`,
//!    since `backup` is not a layer `report` may use).
//!
//! [`sparad`] keeps a corrected mapping for next year, in the settings file. [`mall`] makes
//! the template ("Ladda ner mall") with exactly the importable columns.
//!
//! Layer: part of `report`, built on the use cases.

pub mod arbetsbok;
pub mod falt;
pub mod forhand;
pub mod insatser;
pub mod mall;
pub mod rader;
pub mod register;
pub mod siffror;
pub mod skriv;
pub mod sparad;
pub mod varde;

pub use arbetsbok::{Arbetsbok, Blad, Cell, Filtyp, MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS};
pub use falt::{
    falt_val, guess_field, guess_header_row, guess_mapping, guess_mapping_at, Falt, FaltTyp,
    FaltVal, Mappning,
};
pub use forhand::{Forhandsvisning, InlasningBegaran, Konflikt, RadForhand, VardeVy};
pub use rader::{Problem, RadRef};
pub use skriv::InlasningSammanfattning;
pub use sparad::MappningsForslag;
