//! The report as an XLSX workbook laid out like the old SUS *kostnadsrapport*: sheet 1 a
//! summary with the balance, then funds (by category and financier), the insatser's costs,
//! administrative costs and the participants, each block kept together on paper; sheet 2 the insats list with every field
//! and the counts, with totals; sheet 3 the förhandskontroll as it stood at the export;
//! sheet 4 the ingående organisationer with their roles. Amounts are real numbers with a
//! thousands format, so Excel can sum them.
//!
//! Every sheet prints: landscape A4, one page wide, its header rows repeated on each page
//! and a footer with the förbund, the year and "Sida x av y". Row heights of wrapped text
//! are set here, because neither Excel's file nor LibreOffice computes them on opening,
//! and a wrapped header would otherwise overlap the row below it (`scripts/xlsx-print-check`
//! renders the workbook through LibreOffice and checks the pages).

use rust_xlsxwriter::{Color, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::model::{Arsrapport, RapportInsats};
use crate::domain::insats::{Inriktning, InsatsStatus};
use crate::error::CoreError;
use crate::money::Kronor;

mod insatser;
mod kontroll;
mod kostnadsrapport;
mod pager;

use insatser::*;
use kontroll::*;
use kostnadsrapport::*;

/// Sheet names (visible to the board and to Excel users).
pub const SHEET_KOSTNADER: &str = "Kostnadsrapport";
pub const SHEET_INSATSER: &str = "Insatser";
pub const SHEET_KONTROLL: &str = "Förhandskontroll";
pub const SHEET_ORGANISATIONER: &str = "Organisationer";

/// Paper size A4 in the XLSX page setup.
const A4: u8 = 9;
/// The height of one line of 11 pt text, in points.
const LINE_HEIGHT: f64 = 15.0;

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
    /// Top-aligned, for the cells beside wrapped text in the same row.
    top: Format,
    amount_top: Format,
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
            top: Format::new().set_align(FormatAlign::Top),
            amount_top: Format::new()
                .set_num_format(AMOUNT)
                .set_align(FormatAlign::Top),
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
    forhandskontroll(workbook.add_worksheet(), report, &styles)?;
    organisationer(workbook.add_worksheet(), report, &styles)?;
    workbook.save_to_buffer()
}

/// Page setup: landscape A4, one page wide (as many pages down as needed), `repeat` rows
/// printed at the top of every page, and a footer naming the förbund and the year.
fn print_setup(
    sheet: &mut Worksheet,
    report: &Arsrapport,
    repeat: (u32, u32),
) -> Result<(), XlsxError> {
    // "&" starts a code in a header or footer; a literal one is doubled.
    let forbund = report.forbund.namn.replace('&', "&&");
    sheet
        .set_landscape()
        .set_paper_size(A4)
        .set_print_fit_to_pages(1, 0)
        .set_margins(0.5, 0.5, 0.75, 0.75, 0.3, 0.3)
        .set_footer(format!(
            "&L{forbund} · årsrapport {}&C&A&RSida &P av &N",
            report.year
        ));
    sheet.set_repeat_rows(repeat.0, repeat.1)?;
    Ok(())
}

/// The lines a text needs in a wrapped cell `width` characters wide: a greedy word wrap
/// at a little more than one character per unit of width, about what LibreOffice fits
/// (rather a line too many than text over the next row) (Excel's column width is in characters of the default font, and
/// neither program computes the height of a row on opening).
fn lines(text: &str, width: f64) -> usize {
    let per_line = (width * 1.15).max(1.0) as usize;
    text.split('\n')
        .map(|paragraph| {
            let mut count = 1;
            let mut used = 0;
            for word in paragraph.split_whitespace() {
                let len = word.chars().count();
                let needed = if used == 0 { len } else { used + 1 + len };
                if needed <= per_line || used == 0 {
                    used = needed;
                } else {
                    count += 1;
                    used = len;
                }
                // A word longer than the line is broken over as many lines as it needs.
                while used > per_line {
                    count += 1;
                    used -= per_line;
                }
            }
            count
        })
        .sum()
}

/// Sets a row tall enough for `lines` lines of text.
fn fit_row(sheet: &mut Worksheet, row: u32, lines: usize) -> Result<(), XlsxError> {
    if lines > 1 {
        sheet.set_row_height(row, LINE_HEIGHT * lines.min(15) as f64)?;
    }
    Ok(())
}

/// A header row: every label in the header style, the row tall enough for the longest
/// wrapped label.
fn header_row(
    sheet: &mut Worksheet,
    row: u32,
    columns: &[(&str, f64)],
    s: &Styles,
) -> Result<(), XlsxError> {
    let mut most = 1;
    for (col, (label, width)) in columns.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, *label, &s.header)?;
        most = most.max(lines(label, *width));
    }
    fit_row(sheet, row, most)
}

/// The sheet's title, its origin and, while the check has errors, the preliminär stamp;
/// returns the first free row. The title is merged over `last_col` + 1 columns so that it
/// is never cut at the first column's edge.
fn title(
    sheet: &mut Worksheet,
    report: &Arsrapport,
    what: &str,
    last_col: u16,
    s: &Styles,
) -> Result<u32, XlsxError> {
    let text = format!("{what} {} – {}", report.year, report.forbund.namn);
    if last_col > 0 {
        sheet.merge_range(0, 0, 0, last_col, &text, &s.title)?;
    } else {
        sheet.write_string_with_format(0, 0, text, &s.title)?;
    }
    sheet.set_row_height(0, 21)?;
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
