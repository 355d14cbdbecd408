//! "Läs in tidigare år" (issue 23), steps 2–3: the header and mapping guess, each cell
//! through the typing parsers, the preview that meets what is stored, and the apply in one
//! transaction. The workbooks are built in code as step 1 hands them over ([`Arbetsbok`]).
//!
//! The förbund started 2019-01-01 and today is 2026-05-10 unless a test says otherwise:
//! 2019–2025 are locked (2025 since 16 April 2026), 2026 is open, 2027 can be filled in
//! advance.

mod apply;
mod guess;
mod preview;

use finsamkollen_core::report::inlasning::{
    guess_mapping, Arbetsbok, Blad, Cell, Filtyp, InlasningBegaran, Mappning,
};
use finsamkollen_core::Service;

use crate::support::{insats_with_dates, service_with_forbund};

pub const TODAY: &str = "2026-05-10";

pub fn t(text: &str) -> Cell {
    Cell::Text(text.to_owned())
}

pub fn n(number: f64) -> Cell {
    Cell::Number(number)
}

pub fn e() -> Cell {
    Cell::Empty
}

/// A workbook of one sheet per `(name, rows)`.
pub fn bok(sheets: Vec<(&str, Vec<Vec<Cell>>)>) -> Arbetsbok {
    Arbetsbok {
        file_name: "historik.xlsx".to_owned(),
        filtyp: Filtyp::Xlsx,
        blad: sheets
            .into_iter()
            .map(|(name, rows)| Blad {
                name: name.to_owned(),
                hidden: false,
                rows,
            })
            .collect(),
    }
}

/// The request with every sheet mapped as guessed, nothing excluded or replaced.
pub fn guessed(bok: &Arbetsbok) -> InlasningBegaran {
    InlasningBegaran {
        mappningar: bok
            .blad
            .iter()
            .map(guess_mapping)
            .collect::<Vec<Mappning>>(),
        undantagna: Vec::new(),
        ersatt: Vec::new(),
    }
}

/// The förbund of the support module with the individinriktad insats "Steget vidare"
/// (2023-01-01, ongoing), created when 2023 was open; its id.
pub fn with_steget() -> (Service, i64) {
    let mut service = service_with_forbund(TODAY);
    let id = insats_with_dates(&mut service, "Steget vidare", "2023-01-01", "");
    (service, id)
}

/// The long figures sheet: one row per insats and year.
pub fn long_sheet(rows: &[(&str, i32, f64, f64)]) -> Vec<Vec<Cell>> {
    let mut sheet = vec![vec![t("Insats"), t("År"), t("Budget"), t("Utfall")]];
    for (namn, year, budget, utfall) in rows {
        sheet.push(vec![t(namn), n(f64::from(*year)), n(*budget), n(*utfall)]);
    }
    sheet
}
