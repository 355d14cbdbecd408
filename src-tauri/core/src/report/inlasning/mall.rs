//! "Ladda ner mall": an XLSX template in Swedish with exactly the columns "Läs in tidigare
//! år" reads, one sheet per shape (the insats register, figures per insats and year,
//! medel and administrativa kostnader per year), lists to pick inriktning, uppföljningsmetod,
//! ESF and whether the förbund leads the ESF project from, and one example row each. Its headers are the fields' own labels
//! ([`FaltTyp::label`]), so the mapping guess recognises every column.

use std::path::Path;

use chrono::Datelike;
use rust_xlsxwriter::{DataValidation, Format, Workbook, Worksheet, XlsxError};

use super::falt::FaltTyp;
use crate::error::CoreError;
use crate::ops::Service;

/// The register sheet's name.
pub const SHEET_INSATSER: &str = "Insatser";
/// The sheet of figures per insats and year.
pub const SHEET_SIFFROR: &str = "Siffror per insats";
/// The sheet of medel and administrativa kostnader per year.
pub const SHEET_MEDEL: &str = "Medel per år";

/// The rows the lists apply to: the example row and the rows below it.
const LAST_ROW: u32 = 5000;

const REGISTER: [FaltTyp; 10] = [
    FaltTyp::Namn,
    FaltTyp::Inriktning,
    FaltTyp::Uppfoljning,
    FaltTyp::Esf,
    FaltTyp::EsfLeder,
    FaltTyp::PreciseradInriktning,
    FaltTyp::Malgrupper,
    FaltTyp::Startdatum,
    FaltTyp::Slutdatum,
    FaltTyp::Beskrivning,
];

const SIFFROR: [FaltTyp; 8] = [
    FaltTyp::Namn,
    FaltTyp::Ar,
    FaltTyp::Budget,
    FaltTyp::Utfall,
    FaltTyp::BudgeteradeDeltagare,
    FaltTyp::Kvinnor,
    FaltTyp::Man,
    FaltTyp::Antal,
];

const MEDEL: [FaltTyp; 6] = [
    FaltTyp::Ar,
    FaltTyp::Samverkansparterna,
    FaltTyp::EsfPlus,
    FaltTyp::Overskott,
    FaltTyp::AdminBudget,
    FaltTyp::AdminUtfall,
];

/// The example row's texts and numbers, column by column.
enum Example {
    Text(String),
    Number(f64),
    Empty,
}

fn sheet(
    sheet: &mut Worksheet,
    name: &str,
    fields: &[FaltTyp],
    example: Vec<Example>,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    sheet.set_name(name)?;
    for (col, field) in fields.iter().enumerate() {
        let col = u16::try_from(col).unwrap_or(u16::MAX);
        sheet.write_string_with_format(0, col, field.label(), &bold)?;
        sheet.set_column_width(col, field.label().chars().count().max(12) as f64 + 2.0)?;
        let list: Option<&[&str]> = match field {
            FaltTyp::Inriktning => Some(&["Individinriktad", "Strukturövergripande"]),
            FaltTyp::Uppfoljning => Some(&["Med deltagaruppföljning", "Utan deltagaruppföljning"]),
            FaltTyp::Esf | FaltTyp::EsfLeder => Some(&["Ja", "Nej"]),
            _ => None,
        };
        if let Some(list) = list {
            let validation = DataValidation::new()
                .allow_list_strings(list)?
                .set_input_title(field.label())?
                .set_input_message("Välj i listan.")?;
            sheet.add_data_validation(1, col, LAST_ROW, col, &validation)?;
        }
    }
    for (col, value) in example.into_iter().enumerate() {
        let col = u16::try_from(col).unwrap_or(u16::MAX);
        match value {
            Example::Text(text) => sheet.write_string(1, col, text)?,
            Example::Number(n) => sheet.write_number(1, col, n)?,
            Example::Empty => sheet,
        };
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

impl Service {
    /// "Ladda ner mall": the template as XLSX bytes. The example row uses the first
    /// preciserad inriktning and målgrupp the insats form offers, and last year.
    pub fn inlasning_mall(&self) -> crate::Result<Vec<u8>> {
        let choices = self.insats_choices()?;
        let preciserad = choices
            .preciserade
            .individinriktad
            .first()
            .map(|r| r.namn.clone())
            .unwrap_or_default();
        let malgrupp = choices
            .malgrupper
            .first()
            .map(|r| r.namn.clone())
            .unwrap_or_default();
        let year = self.today().year() - 1;
        let text = |t: &str| Example::Text(t.to_owned());
        let register = vec![
            text("Steget vidare"),
            text("Individinriktad"),
            text("Med deltagaruppföljning"),
            text("Nej"),
            // M3's question is only for an ESF insats.
            Example::Empty,
            Example::Text(preciserad),
            Example::Text(malgrupp),
            Example::Text(format!("{year}-03-01")),
            Example::Empty,
            text("Stöd på vägen mot arbete eller studier."),
        ];
        let siffror = vec![
            text("Steget vidare"),
            Example::Number(f64::from(year)),
            Example::Number(600_000.0),
            Example::Number(584_250.0),
            Example::Number(20.0),
            Example::Number(11.0),
            Example::Number(8.0),
            Example::Empty,
        ];
        let medel = vec![
            Example::Number(f64::from(year)),
            Example::Number(4_000_000.0),
            Example::Number(0.0),
            Example::Number(250_000.0),
            Example::Number(900_000.0),
            Example::Number(880_000.0),
        ];
        let build = || -> Result<Vec<u8>, XlsxError> {
            let mut workbook = Workbook::new();
            sheet(
                workbook.add_worksheet(),
                SHEET_INSATSER,
                &REGISTER,
                register,
            )?;
            sheet(workbook.add_worksheet(), SHEET_SIFFROR, &SIFFROR, siffror)?;
            sheet(workbook.add_worksheet(), SHEET_MEDEL, &MEDEL, medel)?;
            workbook.save_to_buffer()
        };
        build().map_err(|e| CoreError::Report(e.to_string()))
    }

    /// "Ladda ner mall" to `path`, written atomically.
    pub fn spara_inlasning_mall(&self, path: &Path) -> crate::Result<()> {
        super::super::write_atomically(path, &self.inlasning_mall()?)
    }
}
