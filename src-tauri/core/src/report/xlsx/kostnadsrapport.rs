//! Sheet 1, Kostnadsrapport: the summary with the balance first, then medel, the
//! insatser's costs, administrative costs and the participants, each block kept together
//! on paper ([`Pager`]).

use super::pager::{Pager, HEADING, ROW};
use super::*;

/// The title rows: the 21 pt title and three lines; the first two are repeated.
const TITLE: f64 = 21.0 + 3.0 * ROW;
const REPEATED: f64 = 21.0 + ROW;

/// The sheet's height in points as if printed on one endless page.
fn height(r: &Arsrapport) -> f64 {
    let medel_rows = r.medel.as_ref().map_or(1, |m| 4 + m.finansiarer.len());
    let insatser = r.insatser.len() + 2;
    TITLE
        + (HEADING + ROW * (1 + medel_rows) as f64 + ROW)
        + (HEADING + ROW * insatser as f64 + ROW)
        + (HEADING + ROW * 2.0 + ROW)
        + (HEADING + ROW * 5.0 + ROW)
        + (HEADING + ROW * 6.0)
}

/// The insats table's column headers, written again at the top of a page it runs onto.
fn insats_headers(
    sheet: &mut Worksheet,
    row: u32,
    first: &str,
    s: &Styles,
) -> Result<(), XlsxError> {
    for (col, label) in [first, "Budget (kr)", "Utfall (kr)", "Avvikelse (kr)"]
        .iter()
        .enumerate()
    {
        sheet.write_string_with_format(row, col as u16, *label, &s.header)?;
    }
    Ok(())
}

pub(super) fn kostnadsrapport(
    sheet: &mut Worksheet,
    r: &Arsrapport,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_KOSTNADER)?;
    sheet.set_column_width(0, 46)?;
    for col in 1..=3 {
        sheet.set_column_width(col, 16)?;
    }
    let mut row = title(sheet, r, "Kostnadsrapport", 3, s)?;
    print_setup(sheet, r, (0, 1))?;
    let mut pager = Pager::new(height(r), TITLE, REPEATED);

    pager.keep(row, HEADING + 5.0 * ROW + ROW);
    row = summering(sheet, row, r, s)?;

    let medel_rows = r.medel.as_ref().map_or(1, |m| 4 + m.finansiarer.len());
    pager.keep(row, HEADING + ROW * (1 + medel_rows) as f64);
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

    pager.keep(row, ROW);
    row += 1;
    // The heading, the column headers and the first three rows stay together; a table of
    // up to three insatser stays whole, with its total.
    let n = r.insatser.len();
    let first = if n <= 3 { n + 1 } else { 3 } as f64;
    pager.keep(row, HEADING + ROW + ROW * first);
    sheet.write_string_with_format(row, 0, "Insatsernas kostnader", &s.heading)?;
    row += 1;
    insats_headers(sheet, row, "Insats", s)?;
    row += 1;
    let last = n.saturating_sub(1);
    for (i, insats) in r.insatser.iter().enumerate() {
        // The last insats stays with the total below it.
        let rows = if i == last { 2.0 } else { 1.0 };
        if i >= 3 && pager.keep(row, ROW * rows) {
            insats_headers(sheet, row, "Insats (forts.)", s)?;
            pager.add(ROW);
            row += 1;
        }
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
    row += 1;
    pager.keep(row, ROW);
    row += 1;

    pager.keep(row, HEADING + 2.0 * ROW);
    sheet.write_string_with_format(row, 0, "Administrativa kostnader", &s.heading)?;
    row += 1;
    sheet.write_string_with_format(row, 1, "Budget (kr)", &s.header)?;
    sheet.write_string_with_format(row, 2, "Utfall (kr)", &s.header)?;
    row += 1;
    sheet.write_string(row, 0, "Administrativa kostnader")?;
    money(sheet, row, 1, r.administrativa_kostnader.budget, &s.amount)?;
    money(sheet, row, 2, r.administrativa_kostnader.utfall, &s.amount)?;
    row += 1;
    pager.keep(row, ROW);
    row += 1;

    pager.keep(row, HEADING + 6.0 * ROW);
    deltagare(sheet, row, r, s)?;

    if pager.one_page() {
        sheet.set_print_fit_to_pages(1, 1);
    } else {
        // Excel ignores manual page breaks under "fit to"; the sheet is narrow enough for
        // a landscape page at full size.
        sheet.set_print_scale(100);
        sheet.set_page_breaks(pager.breaks())?;
    }
    Ok(())
}

/// The Summering: medel, the costs and the saldo, by budget and utfall. It opens the sheet,
/// so that the board finds the balance first and its heading, column headers and figures
/// always stand together on the first page.
fn summering(
    sheet: &mut Worksheet,
    mut row: u32,
    r: &Arsrapport,
    s: &Styles,
) -> Result<u32, XlsxError> {
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
    Ok(row + 1)
}
