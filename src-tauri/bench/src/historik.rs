//! A generated file's whole history as one workbook, laid out as the import's template
//! ("Ladda ner mall"): the insats register, the figures per insats and year (long: one row
//! per insats and year), and medel and administrativa kostnader per year. This stands for
//! the officer's own history spreadsheet that "Läs in tidigare år" reads on day one (the
//! `inlasning` benchmarks, docs/benchmarks.md).
//!
//! Written as a spreadsheet holds it: dates as date cells, amounts as numbers with a
//! thousands format, an empty cell where nothing was entered.

use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use finsamkollen_core::error::CoreError;
use finsamkollen_core::report::inlasning::mall::{SHEET_INSATSER, SHEET_MEDEL, SHEET_SIFFROR};
use finsamkollen_core::report::inlasning::FaltTyp;
use finsamkollen_core::{Clock, Service};

use crate::today;

/// What the workbook holds, for the benchmark's description.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HistorikStorlek {
    pub insatser: usize,
    /// Rows of the figures sheet (one per insats and year).
    pub siffror_rader: usize,
    pub medel_rader: usize,
    /// Non-empty cells over the three sheets, headers included.
    pub celler: usize,
}

/// One register row: namn, inriktning, follows participants, ESF, preciserad inriktning,
/// målgrupper, startdatum, slutdatum, beskrivning.
type Register = (
    String,
    String,
    bool,
    bool,
    Option<String>,
    String,
    String,
    Option<String>,
    String,
);

/// One figure row: insats, year, budget, utfall, budgeterade deltagare, kvinnor, män, antal.
type Siffror = (
    String,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
);

fn header(sheet: &mut Worksheet, name: &str, fields: &[FaltTyp]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    sheet.set_name(name)?;
    for (col, field) in fields.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, field.label(), &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Writes `value` at (`row`, `col`) when there is one; counts it.
fn number(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<i64>,
    format: &Format,
    cells: &mut usize,
) -> Result<(), XlsxError> {
    if let Some(value) = value {
        sheet.write_number_with_format(row, col, value as f64, format)?;
        *cells += 1;
    }
    Ok(())
}

fn excel_date(text: &str) -> Result<ExcelDateTime, XlsxError> {
    let parts: Vec<u16> = text.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [y, m, d] => ExcelDateTime::from_ymd(*y, *m as u8, *d as u8),
        _ => Err(XlsxError::ParameterError(format!("not a date: {text}"))),
    }
}

/// The history of the data file at `db` as XLSX bytes (see the module's description).
pub fn historik_xlsx(db: &Path) -> finsamkollen_core::Result<(Vec<u8>, HistorikStorlek)> {
    let service = Service::open(db, Clock::fixed(today()))?;
    // Raw SQL: the bench's XLSX is the raw-SQL baseline the core's export is measured against.
    let conn = service.raw_db().conn();
    let register: Vec<Register> = conn
        .prepare(
            "SELECT i.namn, i.inriktning, i.foljer_deltagare, i.esf, p.namn,
                    coalesce((SELECT group_concat(m.namn, '; ') FROM insats_malgrupp im
                              JOIN malgrupp m ON m.id = im.malgrupp_id
                              WHERE im.insats_id = i.id), ''),
                    i.startdatum, i.slutdatum, i.beskrivning
             FROM insats i LEFT JOIN preciserad_inriktning p ON p.id = i.preciserad_inriktning_id
             ORDER BY i.startdatum, i.namn_nyckel",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    // Every insats and year with a budget row or counts, in the officer's order: by insats,
    // then year.
    let siffror: Vec<Siffror> = conn
        .prepare(
            "WITH nyckel AS (SELECT insats_id, ar FROM budget UNION SELECT insats_id, ar FROM deltagare)
             SELECT i.namn, n.ar, b.budget, b.utfall, b.budget_deltagare, d.kvinnor, d.man, d.antal
             FROM nyckel n JOIN insats i ON i.id = n.insats_id
             LEFT JOIN budget b ON b.insats_id = n.insats_id AND b.ar = n.ar
             LEFT JOIN deltagare d ON d.insats_id = n.insats_id AND d.ar = n.ar
             ORDER BY i.startdatum, i.namn_nyckel, n.ar",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    type Medel = (
        i64,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
    );
    let medel: Vec<Medel> = conn
        .prepare(
            "WITH ar AS (SELECT ar FROM medel UNION SELECT ar FROM admin_kostnad)
             SELECT ar.ar, m.samverkansparterna, m.esf_plus, m.overskott, a.budget, a.utfall
             FROM ar LEFT JOIN medel m ON m.ar = ar.ar LEFT JOIN admin_kostnad a ON a.ar = ar.ar
             ORDER BY ar.ar",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    drop(service);

    let mut storlek = HistorikStorlek {
        insatser: register.len(),
        siffror_rader: siffror.len(),
        medel_rader: medel.len(),
        celler: 0,
    };
    let build = |cells: &mut usize| -> Result<Vec<u8>, XlsxError> {
        let kronor = Format::new().set_num_format("# ##0");
        let plain = Format::new();
        let datum = Format::new().set_num_format("yyyy-mm-dd");
        let mut workbook = Workbook::new();

        let sheet = workbook.add_worksheet();
        use FaltTyp as F;
        let fields = [
            F::Namn,
            F::Inriktning,
            F::Uppfoljning,
            F::Esf,
            F::PreciseradInriktning,
            F::Malgrupper,
            F::Startdatum,
            F::Slutdatum,
            F::Beskrivning,
        ];
        header(sheet, SHEET_INSATSER, &fields)?;
        *cells += fields.len();
        for (i, (namn, inriktning, foljer, esf, preciserad, malgrupper, start, slut, text)) in
            register.iter().enumerate()
        {
            let row = i as u32 + 1;
            let individ = inriktning == "individinriktad";
            let mut texts = vec![
                (0, namn.as_str()),
                (
                    1,
                    if individ {
                        "Individinriktad"
                    } else {
                        "Strukturövergripande"
                    },
                ),
                (
                    2,
                    if *foljer {
                        "Med deltagaruppföljning"
                    } else {
                        "Utan deltagaruppföljning"
                    },
                ),
                (3, if *esf { "Ja" } else { "Nej" }),
                (5, malgrupper.as_str()),
                (8, text.as_str()),
            ];
            if let Some(p) = preciserad {
                texts.push((4, p.as_str()));
            }
            for (col, value) in texts {
                if !value.is_empty() {
                    sheet.write_string(row, col, value)?;
                    *cells += 1;
                }
            }
            sheet.write_datetime_with_format(row, 6, excel_date(start)?, &datum)?;
            *cells += 1;
            if let Some(slut) = slut {
                sheet.write_datetime_with_format(row, 7, excel_date(slut)?, &datum)?;
                *cells += 1;
            }
        }

        let sheet = workbook.add_worksheet();
        let fields = [
            F::Namn,
            F::Ar,
            F::Budget,
            F::Utfall,
            F::BudgeteradeDeltagare,
            F::Kvinnor,
            F::Man,
            F::Antal,
        ];
        header(sheet, SHEET_SIFFROR, &fields)?;
        *cells += fields.len();
        for (i, (namn, ar, budget, utfall, deltagare, kvinnor, man, antal)) in
            siffror.iter().enumerate()
        {
            let row = i as u32 + 1;
            sheet.write_string(row, 0, namn)?;
            sheet.write_number(row, 1, *ar as f64)?;
            *cells += 2;
            number(sheet, row, 2, *budget, &kronor, cells)?;
            number(sheet, row, 3, *utfall, &kronor, cells)?;
            number(sheet, row, 4, *deltagare, &plain, cells)?;
            number(sheet, row, 5, *kvinnor, &plain, cells)?;
            number(sheet, row, 6, *man, &plain, cells)?;
            number(sheet, row, 7, *antal, &plain, cells)?;
        }

        let sheet = workbook.add_worksheet();
        let fields = [
            F::Ar,
            F::Samverkansparterna,
            F::EsfPlus,
            F::Overskott,
            F::AdminBudget,
            F::AdminUtfall,
        ];
        header(sheet, SHEET_MEDEL, &fields)?;
        *cells += fields.len();
        for (i, (ar, samverkan, esf, overskott, admin_budget, admin_utfall)) in
            medel.iter().enumerate()
        {
            let row = i as u32 + 1;
            sheet.write_number(row, 0, *ar as f64)?;
            *cells += 1;
            number(sheet, row, 1, *samverkan, &kronor, cells)?;
            number(sheet, row, 2, *esf, &kronor, cells)?;
            number(sheet, row, 3, *overskott, &kronor, cells)?;
            number(sheet, row, 4, *admin_budget, &kronor, cells)?;
            number(sheet, row, 5, *admin_utfall, &kronor, cells)?;
        }
        workbook.save_to_buffer()
    };
    let bytes = build(&mut storlek.celler).map_err(|e| CoreError::Report(e.to_string()))?;
    Ok((bytes, storlek))
}
