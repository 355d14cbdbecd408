//! The rows of a mapped sheet read into typed records: each cell through the typing
//! parsers ([`super::varde`]), each problem a sentence naming sheet, row and column. What a
//! row means against the data file (an existing insats, a locked year) is the preview's
//! part ([`super::forhand`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::arbetsbok::{Blad, Cell};
use super::falt::{column_letters, words, Falt, FaltTyp, Mappning};
use super::varde;
use crate::domain::insats::Inriktning;

/// A row of the file: the sheet's name and the row as the spreadsheet numbers it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RadRef {
    pub blad: String,
    pub rad: u32,
}

/// One problem, as the officer reads it: "Blad Insatser, rad 14, Startdatum: …".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub blad: String,
    pub rad: u32,
    /// The column's header (or its letter when it has none); `None` for the whole row.
    pub kolumn: Option<String>,
    /// The whole sentence, sheet, row and column included.
    pub meddelande: String,
    /// The column's index, for ordering a row's problems as its columns stand.
    #[serde(skip)]
    #[ts(skip)]
    pub kolumnindex: Option<usize>,
}

/// A value read for a column, with where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Read<T> {
    pub value: T,
    pub col: usize,
}

/// The insats register's part of a row: what a new insats is created from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Register {
    pub inriktning: Option<Read<Inriktning>>,
    pub uppfoljning: Option<Read<bool>>,
    pub esf: Option<Read<bool>>,
    /// M3: whether the förbund leads the ESF project.
    pub esf_leder: Option<Read<bool>>,
    pub preciserad: Option<Read<String>>,
    pub malgrupper: Option<Read<Vec<String>>>,
    pub startdatum: Option<Read<NaiveDate>>,
    pub slutdatum: Option<Read<NaiveDate>>,
    pub beskrivning: Option<Read<String>>,
    /// Status (Pågående/Avslutad), as the export writes it.
    pub avslutad: Option<Read<bool>>,
}

impl Register {
    fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// One figure: a field of a year, its value (kronor or a count) and its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure {
    pub typ: FaltTyp,
    pub year: i32,
    pub value: i64,
    pub col: usize,
}

/// One included row, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub at: RadRef,
    pub namn: Option<Read<String>>,
    /// `None` when the row fills no register field.
    pub register: Option<Register>,
    pub figures: Vec<Figure>,
    pub problems: Vec<Problem>,
    /// What the officer should know but need not act on before reading (a detail of an
    /// existing insats the file says otherwise, which the import does not change).
    pub notes: Vec<Problem>,
}

/// What the sheet's rows are, besides the rows read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub rows: Vec<Row>,
    pub empty: Vec<RadRef>,
    pub repeated_headers: Vec<RadRef>,
    /// Rows of sums under a table ("Totalt", "Summa"), as the export writes them.
    pub sums: Vec<RadRef>,
    pub excluded: Vec<RadRef>,
}

/// A column's name in messages: its header, else its letter ("kolumn C").
pub fn column_name(blad: &Blad, mapping: &Mappning, col: usize) -> String {
    let header = header_row(blad, mapping)
        .and_then(|row| row.get(col))
        .and_then(|c| varde::text(c).ok())
        .filter(|t| !t.is_empty());
    header.unwrap_or_else(|| format!("kolumn {}", column_letters(col)))
}

fn header_row<'a>(blad: &'a Blad, mapping: &Mappning) -> Option<&'a Vec<Cell>> {
    blad.rows
        .get(usize::try_from(mapping.rubrikrad).ok()?.checked_sub(1)?)
}

/// A problem of row `at`, in column `col` (or the whole row).
pub fn problem(
    blad: &Blad,
    mapping: &Mappning,
    at: &RadRef,
    col: Option<usize>,
    text: &str,
) -> Problem {
    let kolumn = col.map(|c| column_name(blad, mapping, c));
    let meddelande = match &kolumn {
        Some(k) => format!("Blad {}, rad {}, {k}: {text}", at.blad, at.rad),
        None => format!("Blad {}, rad {}: {text}", at.blad, at.rad),
    };
    Problem {
        blad: at.blad.clone(),
        rad: at.rad,
        kolumn,
        meddelande,
        kolumnindex: col,
    }
}

/// Whether a row repeats the header row (a table pasted under another): every mapped
/// column's text has the header's words.
fn repeats_header(row: &[Cell], header: &[Cell], mapping: &Mappning) -> bool {
    let text = |cell: Option<&Cell>| {
        cell.and_then(|c| varde::text(c).ok())
            .map(|t| words(&t))
            .unwrap_or_default()
    };
    let mut mapped = mapping
        .kolumner
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_some());
    mapped.clone().count() > 0 && mapped.all(|(col, _)| text(row.get(col)) == text(header.get(col)))
}

/// Whether a row is a row of sums: its name column says "Totalt", "Summa" or "Total".
fn is_sum(row: &[Cell], mapping: &Mappning) -> bool {
    let name_col = mapping
        .kolumner
        .iter()
        .position(|f| f.is_some_and(|f| f.typ == FaltTyp::Namn));
    let text = name_col
        .and_then(|col| row.get(col))
        .and_then(|c| varde::text(c).ok())
        .map(|t| words(&t))
        .unwrap_or_default();
    matches!(
        text.first().map(String::as_str),
        Some("totalt" | "summa" | "total" | "summering")
    ) && text.len() <= 2
}

/// Reads the rows below the mapping's header row; the rows in `excluded` are skipped and
/// listed, as are empty rows and repeated header rows.
pub fn read_sheet(blad: &Blad, mapping: &Mappning, excluded: &[RadRef]) -> Sheet {
    let mut sheet = Sheet::default();
    let first = usize::try_from(mapping.rubrikrad).unwrap_or(usize::MAX);
    let header = header_row(blad, mapping).cloned().unwrap_or_default();
    for (index, cells) in blad.rows.iter().enumerate().skip(first) {
        let at = RadRef {
            blad: blad.name.clone(),
            rad: u32::try_from(index + 1).unwrap_or(u32::MAX),
        };
        if excluded.contains(&at) {
            sheet.excluded.push(at);
        } else if cells.iter().all(varde::is_empty) {
            sheet.empty.push(at);
        } else if repeats_header(cells, &header, mapping) {
            sheet.repeated_headers.push(at);
        } else if is_sum(cells, mapping) {
            sheet.sums.push(at);
        } else {
            sheet.rows.push(read_row(blad, mapping, cells, at));
        }
    }
    sheet
}

/// One row: D3 over every cell, then each mapped column through its parser.
fn read_row(blad: &Blad, mapping: &Mappning, cells: &[Cell], at: RadRef) -> Row {
    let mut problems = Vec::new();
    for (col, cell) in cells.iter().enumerate() {
        if varde::looks_like_personnummer(cell) {
            problems.push(problem(
                blad,
                mapping,
                &at,
                Some(col),
                "Cellen ser ut att innehålla ett personnummer. Finsamkollen sparar inga \
                 personuppgifter: ta bort uppgiften i arbetsboken eller undanta raden.",
            ));
        }
    }
    let year_column = mapping
        .kolumner
        .iter()
        .position(|f| f.is_some_and(|f| f.typ == FaltTyp::Ar));
    let row_year = year_column.map(|col| {
        let cell = cells.get(col).unwrap_or(&Cell::Empty);
        (col, varde::count(cell))
    });
    let mut row = Row {
        at,
        namn: None,
        register: None,
        figures: Vec::new(),
        problems: Vec::new(),
        notes: Vec::new(),
    };
    let mut register = Register::default();
    let at_row = row.at.clone();
    for (col, falt) in mapping.kolumner.iter().enumerate() {
        let Some(falt) = falt else { continue };
        let cell = cells.get(col).unwrap_or(&Cell::Empty);
        let mut fail =
            |text: String| problems.push(problem(blad, mapping, &at_row, Some(col), &text));
        if falt.typ.per_ar() {
            match figure(cell, *falt, col, mapping.ar, &row_year) {
                Ok(Some(f)) => row.figures.push(f),
                Ok(None) => {}
                Err(text) => fail(text),
            }
            continue;
        }
        let result = match falt.typ {
            FaltTyp::Namn => varde::text(cell).map(|t| {
                row.namn = (!t.is_empty()).then_some(Read { value: t, col });
            }),
            FaltTyp::Inriktning => {
                varde::inriktning(cell).map(|v| register.inriktning = v.map(read_at(col)))
            }
            FaltTyp::Uppfoljning => {
                varde::yes_no(cell).map(|v| register.uppfoljning = v.map(read_at(col)))
            }
            FaltTyp::Esf => varde::yes_no(cell).map(|v| register.esf = v.map(read_at(col))),
            FaltTyp::EsfLeder => {
                varde::yes_no(cell).map(|v| register.esf_leder = v.map(read_at(col)))
            }
            FaltTyp::PreciseradInriktning => varde::text(cell)
                .map(|t| register.preciserad = (!t.is_empty()).then_some(Read { value: t, col })),
            FaltTyp::Malgrupper => varde::names(cell)
                .map(|n| register.malgrupper = (!n.is_empty()).then_some(Read { value: n, col })),
            FaltTyp::Startdatum => {
                varde::date_value(cell).map(|d| register.startdatum = d.map(read_at(col)))
            }
            FaltTyp::Slutdatum => {
                varde::date_value(cell).map(|d| register.slutdatum = d.map(read_at(col)))
            }
            FaltTyp::Beskrivning => varde::text(cell)
                .map(|t| register.beskrivning = (!t.is_empty()).then_some(Read { value: t, col })),
            FaltTyp::Status => varde::status(cell).map(|v| register.avslutad = v.map(read_at(col))),
            // Read by `figure` through the row's year, or shown only.
            _ => Ok(()),
        };
        if let Err(text) = result {
            fail(text);
        }
    }
    if !register.is_empty() {
        row.register = Some(register);
    }
    row.problems = problems;
    if row.namn.is_none()
        && (row.register.is_some() || row.figures.iter().any(|f| f.typ.per_insats()))
    {
        let col = mapping
            .kolumner
            .iter()
            .position(|f| f.is_some_and(|f| f.typ == FaltTyp::Namn));
        let text = if col.is_some() {
            "Insatsens namn saknas."
        } else {
            "Ingen kolumn är vald som insatsens namn (Insats)."
        };
        row.problems
            .push(problem(blad, mapping, &row.at, col, text));
    }
    row
}

/// A value of column `col`.
fn read_at<T>(col: usize) -> impl Fn(T) -> Read<T> {
    move |value| Read { value, col }
}

/// A figure cell: its value (kronor or a count) and its year, from the column, the row's
/// År or the sheet; `None` when the cell is empty.
fn figure(
    cell: &Cell,
    falt: Falt,
    col: usize,
    sheet_year: Option<i32>,
    row_year: &Option<(usize, Result<Option<u32>, String>)>,
) -> Result<Option<Figure>, String> {
    let value = match falt.typ {
        FaltTyp::BudgeteradeDeltagare | FaltTyp::Kvinnor | FaltTyp::Man | FaltTyp::Antal => {
            varde::count(cell)?.map(i64::from)
        }
        _ => varde::amount(cell)?.map(|k| k.get()),
    };
    let Some(value) = value else { return Ok(None) };
    let year = match (falt.ar, row_year) {
        (Some(year), _) => year,
        (None, Some((_, Ok(Some(year))))) => i32::try_from(*year).unwrap_or(i32::MAX),
        (None, Some((_, Err(_)))) => return Err("Årtalet i kolumnen År kan inte läsas.".into()),
        (None, _) => match sheet_year {
            Some(year) => year,
            None => {
                return Err(
                    "Året saknas: ange det i rubriken (”Budget 2023”), i en kolumn År eller \
                     för hela bladet."
                        .into(),
                )
            }
        },
    };
    Ok(Some(Figure {
        typ: falt.typ,
        year,
        value,
        col,
    }))
}
