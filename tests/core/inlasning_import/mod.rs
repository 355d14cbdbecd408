//! "Läs in tidigare år" (issue 23), steps 2–3: the header and mapping guess, each cell
//! through the typing parsers, the preview that meets what is stored, and the apply in one
//! transaction. The workbooks are built in code as step 1 hands them over ([`Arbetsbok`]).
//!
//! The förbund started 2019-01-01 and today is 2026-05-10 unless a test says otherwise:
//! 2019–2025 are locked (2025 since 16 April 2026), 2026 is open, 2027 can be filled in
//! advance.

mod apply;
mod egenskaper;
mod esf;
mod guess;
mod historik;
mod mall;
mod preview;
mod sparad;
mod status;

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

/// An XLSX file as step 1 hands it over, read with calamine (every sheet, from row 1).
pub fn read_xlsx(bytes: &[u8]) -> Arbetsbok {
    use calamine::{Data, Reader, Xlsx};
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("xlsx");
    let mut blad = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).expect("sheet");
        let (top, _) = range.start().unwrap_or((0, 0));
        let mut rows: Vec<Vec<Cell>> = (0..top).map(|_| Vec::new()).collect();
        for row in range.rows() {
            rows.push(
                row.iter()
                    .map(|c| match c {
                        Data::Empty => Cell::Empty,
                        Data::String(s) => Cell::Text(s.clone()),
                        Data::Float(f) => Cell::Number(*f),
                        Data::Int(i) => Cell::Number(*i as f64),
                        Data::Bool(b) => Cell::Bool(*b),
                        Data::DateTime(d) => Cell::Date(d.as_f64()),
                        other => Cell::Text(other.to_string()),
                    })
                    .collect(),
            );
        }
        blad.push(Blad {
            name,
            hidden: false,
            rows,
        });
    }
    Arbetsbok {
        file_name: "rapport.xlsx".into(),
        filtyp: Filtyp::Xlsx,
        blad,
    }
}
