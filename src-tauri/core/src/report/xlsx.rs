//! The report as an XLSX workbook laid out like the old SUS *kostnadsrapport*: sheet 1
//! funds (by category and financier), the insatser's costs, administrative costs and a
//! summary with the balance; sheet 2 the insats list with every field and the counts.
//! Amounts are real numbers with a thousands format, so Excel can sum them.

use rust_xlsxwriter::{Color, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::model::{Arsrapport, RapportInsats};
use crate::domain::insats::{Inriktning, InsatsStatus};
use crate::error::CoreError;
use crate::money::Kronor;

/// Sheet names (visible to the board and to Excel users).
pub const SHEET_KOSTNADER: &str = "Kostnadsrapport";
pub const SHEET_INSATSER: &str = "Insatser";

/// The thousands format; Excel shows it with the reader's separator (a space in Swedish).
const AMOUNT: &str = "#,##0";

struct Styles {
    title: Format,
    stamp: Format,
    heading: Format,
    header: Format,
    amount: Format,
    amount_bold: Format,
    bold: Format,
    wrap: Format,
}

impl Styles {
    fn new() -> Self {
        Self {
            title: Format::new().set_bold().set_font_size(14),
            stamp: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0xA4_26_1B)),
            heading: Format::new().set_bold().set_font_size(12),
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xE6_EF_F1))
                .set_align(FormatAlign::Top)
                .set_text_wrap(),
            amount: Format::new().set_num_format(AMOUNT),
            amount_bold: Format::new().set_num_format(AMOUNT).set_bold(),
            bold: Format::new().set_bold(),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }
}

/// The workbook as bytes.
pub fn render(report: &Arsrapport) -> crate::Result<Vec<u8>> {
    build(report).map_err(|e| CoreError::Report(e.to_string()))
}

fn build(report: &Arsrapport) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    kostnadsrapport(workbook.add_worksheet(), report, &styles)?;
    insatslista(workbook.add_worksheet(), report, &styles)?;
    workbook.save_to_buffer()
}

fn title(
    sheet: &mut Worksheet,
    report: &Arsrapport,
    what: &str,
    s: &Styles,
) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(
        0,
        0,
        format!("{what} {} – {}", report.ar, report.forbund.namn),
        &s.title,
    )?;
    sheet.write_string(
        1,
        0,
        format!(
            "Organisationsnummer {} · skapad {}",
            report.forbund.organisationsnummer, report.skapad
        ),
    )?;
    if report.preliminar {
        sheet.write_string_with_format(
            2,
            0,
            format!(
                "PRELIMINÄR: förhandskontrollen har {} fel som inte är rättade.",
                report.kontroll.fel.len()
            ),
            &s.stamp,
        )?;
    }
    Ok(4)
}

fn money(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<Kronor>,
    f: &Format,
) -> Result<(), XlsxError> {
    if let Some(value) = value {
        sheet.write_number_with_format(row, col, value.get() as f64, f)?;
    }
    Ok(())
}

fn kostnadsrapport(sheet: &mut Worksheet, r: &Arsrapport, s: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_KOSTNADER)?;
    sheet.set_column_width(0, 46)?;
    for col in 1..=3 {
        sheet.set_column_width(col, 16)?;
    }
    let mut row = title(sheet, r, "Kostnadsrapport", s)?;

    sheet.write_string_with_format(row, 0, "Medel", &s.heading)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "Kategori", &s.header)?;
    sheet.write_string_with_format(row, 1, "Belopp (kr)", &s.header)?;
    row += 1;
    match &r.medel {
        Some(m) => {
            sheet.write_string(row, 0, "Samverkansparterna")?;
            money(sheet, row, 1, Some(m.samverkansparterna), &s.amount)?;
            row += 1;
            for f in &m.finansiarer {
                sheet.write_string(row, 0, format!("   därav {}", f.namn))?;
                money(sheet, row, 1, Some(f.belopp), &s.amount)?;
                row += 1;
            }
            for (label, value) in [
                ("ESF+", m.esf_plus),
                ("Överskott från föregående år", m.overskott),
            ] {
                sheet.write_string(row, 0, label)?;
                money(sheet, row, 1, Some(value), &s.amount)?;
                row += 1;
            }
            sheet.write_string_with_format(row, 0, "Medel totalt", &s.bold)?;
            money(sheet, row, 1, Some(m.totalt), &s.amount_bold)?;
            row += 1;
        }
        None => {
            sheet.write_string(row, 0, "Inga medel registrerade.")?;
            row += 1;
        }
    }

    row += 1;
    sheet.write_string_with_format(row, 0, "Insatsernas kostnader", &s.heading)?;
    row += 1;
    for (col, label) in ["Insats", "Budget (kr)", "Utfall (kr)", "Avvikelse (kr)"]
        .iter()
        .enumerate()
    {
        sheet.write_string_with_format(row, col as u16, *label, &s.header)?;
    }
    row += 1;
    for insats in &r.insatser {
        let name = match insats.status {
            InsatsStatus::Avslutad => format!("{} (avslutad)", insats.namn),
            InsatsStatus::Pagaende => insats.namn.clone(),
        };
        sheet.write_string(row, 0, name)?;
        money(sheet, row, 1, insats.budget, &s.amount)?;
        money(sheet, row, 2, insats.utfall, &s.amount)?;
        if let (Some(b), Some(u)) = (insats.budget, insats.utfall) {
            money(
                sheet,
                row,
                3,
                Some(Kronor::new(u.get() - b.get())),
                &s.amount,
            )?;
        }
        row += 1;
    }
    sheet.write_string_with_format(row, 0, "Insatser totalt", &s.bold)?;
    money(
        sheet,
        row,
        1,
        Some(r.summering.insatser.budget),
        &s.amount_bold,
    )?;
    money(
        sheet,
        row,
        2,
        Some(r.summering.insatser.utfall),
        &s.amount_bold,
    )?;
    row += 2;

    sheet.write_string_with_format(row, 0, "Administrativa kostnader", &s.heading)?;
    row += 1;
    sheet.write_string_with_format(row, 1, "Budget (kr)", &s.header)?;
    sheet.write_string_with_format(row, 2, "Utfall (kr)", &s.header)?;
    row += 1;
    sheet.write_string(row, 0, "Administrativa kostnader")?;
    money(sheet, row, 1, r.administrativa_kostnader.budget, &s.amount)?;
    money(sheet, row, 2, r.administrativa_kostnader.utfall, &s.amount)?;
    row += 2;

    sheet.write_string_with_format(row, 0, "Summering", &s.heading)?;
    row += 1;
    sheet.write_string_with_format(row, 1, "Budget (kr)", &s.header)?;
    sheet.write_string_with_format(row, 2, "Utfall (kr)", &s.header)?;
    row += 1;
    let sum = &r.summering;
    for (label, budget, utfall, format) in [
        ("Medel", sum.medel, sum.medel, &s.amount),
        (
            "Administrativa kostnader",
            sum.administrativa_kostnader.budget,
            sum.administrativa_kostnader.utfall,
            &s.amount,
        ),
        (
            "Insatser",
            sum.insatser.budget,
            sum.insatser.utfall,
            &s.amount,
        ),
        (
            "Saldo (medel − kostnader)",
            sum.saldo.budget,
            sum.saldo.utfall,
            &s.amount_bold,
        ),
    ] {
        sheet.write_string(row, 0, label)?;
        money(sheet, row, 1, Some(budget), format)?;
        money(sheet, row, 2, Some(utfall), format)?;
        row += 1;
    }
    Ok(())
}

const INSATS_COLUMNS: [(&str, f64); 16] = [
    ("Namn", 30.0),
    ("Inriktning", 18.0),
    ("Deltagare följs upp", 12.0),
    ("ESF", 6.0),
    ("Preciserad inriktning", 26.0),
    ("Målgrupper", 34.0),
    ("Beskrivning", 40.0),
    ("Startdatum", 12.0),
    ("Slutdatum", 12.0),
    ("Status", 11.0),
    ("Budget (kr)", 14.0),
    ("Utfall (kr)", 14.0),
    ("Budgeterade deltagare", 12.0),
    ("Kvinnor", 9.0),
    ("Män", 9.0),
    ("Antal", 9.0),
];

fn insatslista(sheet: &mut Worksheet, r: &Arsrapport, s: &Styles) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_INSATSER)?;
    let header = title(sheet, r, "Insatser", s)?;
    for (col, (label, width)) in INSATS_COLUMNS.iter().enumerate() {
        let col = col as u16;
        sheet.set_column_width(col, *width)?;
        sheet.write_string_with_format(header, col, *label, &s.header)?;
    }
    sheet.set_freeze_panes(header + 1, 1)?;
    let mut row = header + 1;
    for insats in &r.insatser {
        insats_row(sheet, row, insats, s)?;
        row += 1;
    }
    sheet.autofilter(header, 0, row.saturating_sub(1).max(header), 15)?;
    Ok(())
}

fn insats_row(
    sheet: &mut Worksheet,
    row: u32,
    i: &RapportInsats,
    s: &Styles,
) -> Result<(), XlsxError> {
    let yes_no = |b: bool| if b { "Ja" } else { "Nej" };
    sheet.write_string(row, 0, &i.namn)?;
    sheet.write_string(
        row,
        1,
        match i.inriktning {
            Inriktning::Individinriktad => "Individinriktad",
            Inriktning::Strukturovergripande => "Strukturövergripande",
        },
    )?;
    sheet.write_string(row, 2, yes_no(i.foljer_deltagare))?;
    sheet.write_string(row, 3, yes_no(i.esf))?;
    sheet.write_string(row, 4, i.preciserad_inriktning.as_deref().unwrap_or(""))?;
    sheet.write_string_with_format(row, 5, i.malgrupper.join(", "), &s.wrap)?;
    sheet.write_string_with_format(row, 6, &i.beskrivning, &s.wrap)?;
    sheet.write_string(row, 7, i.startdatum.to_string())?;
    sheet.write_string(
        row,
        8,
        i.slutdatum.map(|d| d.to_string()).unwrap_or_default(),
    )?;
    sheet.write_string(
        row,
        9,
        match i.status {
            InsatsStatus::Pagaende => "Pågående",
            InsatsStatus::Avslutad => "Avslutad",
        },
    )?;
    money(sheet, row, 10, i.budget, &s.amount)?;
    money(sheet, row, 11, i.utfall, &s.amount)?;
    for (col, count) in [
        (12, i.budgeterade_deltagare),
        (13, i.deltagare.kvinnor),
        (14, i.deltagare.man),
        (15, i.deltagare.antal),
    ] {
        if let Some(n) = count {
            sheet.write_number(row, col, f64::from(n))?;
        }
    }
    Ok(())
}
