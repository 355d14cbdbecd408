//! "Läs in tidigare år" (issue 23): the officer's own workbook (XLSX, XLS, ODS, or CSV as
//! Swedish Excel writes it) read into an existing data file. The work is split in steps
//! that each hand the next a plain value, so every step is tested alone:
//!
//! 1. [`arbetsbok`]: the file, refused for its size before a byte is read, becomes a
//!    [`Arbetsbok`] of sheets of [`Cell`]s (formulas as their cached value). Nothing here
//!    knows what a column means.
//! 2. mapping and preview: a header row and a column mapping turn rows into typed records,
//!    each checked by the same rules as typing; every problem names sheet, row and column.
//! 3. apply: the included rows in one transaction, after a backup.
//!
//! Layer: part of `report`, built on the use cases.

pub mod arbetsbok;

pub use arbetsbok::{Arbetsbok, Blad, Cell, Filtyp, MAX_CELLS, MAX_FILE_BYTES, MAX_ROWS};
