//! Sheet 2, Insatser: every insats with every field and its counts, with totals.

use super::*;

/// The insats list's columns and widths: one landscape A4 page wide at about 60 % (the
/// long texts wrap in their rows).
pub(super) const INSATS_COLUMNS: [(&str, f64); 16] = [
    ("Namn", 22.0),
    ("Inriktning", 18.0),
    ("Deltagare följs upp", 10.0),
    ("ESF", 5.0),
    ("Preciserad inriktning", 18.0),
    ("Målgrupper", 20.0),
    ("Beskrivning", 30.0),
    ("Startdatum", 11.0),
    ("Slutdatum", 11.0),
    ("Status", 10.0),
    ("Budget (kr)", 12.0),
    ("Utfall (kr)", 12.0),
    ("Budgeterade deltagare", 12.0),
    ("Kvinnor", 8.0),
    ("Män", 8.0),
    ("Antal", 8.0),
];

pub(super) fn insatslista(
    sheet: &mut Worksheet,
    r: &Arsrapport,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_INSATSER)?;
    let last_col = (INSATS_COLUMNS.len() - 1) as u16;
    let header = title(sheet, r, "Insatser", last_col, s)?;
    for (col, (_, width)) in INSATS_COLUMNS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    header_row(sheet, header, &INSATS_COLUMNS, s)?;
    print_setup(sheet, r, (header, header))?;
    sheet.set_freeze_panes(header + 1, 1)?;
    let mut row = header + 1;
    for insats in &r.insatser {
        insats_row(sheet, row, insats, s)?;
        row += 1;
    }
    if !r.insatser.is_empty() {
        sheet.autofilter(header, 0, row - 1, last_col)?;
    }
    // Totals of the amounts and the counts, as numbers (a filter does not change them).
    let t = Totals::of(&r.insatser);
    sheet.write_string_with_format(row, 0, "Totalt", &s.bold)?;
    money(sheet, row, 10, Some(t.budget), &s.amount_bold)?;
    money(sheet, row, 11, Some(t.utfall), &s.amount_bold)?;
    for (col, n) in [
        (12, t.budgeterade),
        (13, t.kvinnor),
        (14, t.man),
        (15, t.antal),
    ] {
        sheet.write_number_with_format(row, col, n as f64, &s.bold)?;
    }
    Ok(())
}

/// The insatser's totals: amounts, budgeted participants and counts.
#[derive(Default)]
pub(super) struct Totals {
    budget: Kronor,
    utfall: Kronor,
    budgeterade: u64,
    kvinnor: u64,
    man: u64,
    antal: u64,
}

impl Totals {
    pub(super) fn of(insatser: &[RapportInsats]) -> Self {
        let n = |v: Option<u32>| u64::from(v.unwrap_or(0));
        insatser.iter().fold(Self::default(), |t, i| Self {
            budget: t.budget.saturating_add(i.budget.unwrap_or(Kronor::ZERO)),
            utfall: t.utfall.saturating_add(i.utfall.unwrap_or(Kronor::ZERO)),
            budgeterade: t.budgeterade + n(i.budgeterade_deltagare),
            kvinnor: t.kvinnor + n(i.deltagare.kvinnor),
            man: t.man + n(i.deltagare.man),
            antal: t.antal + n(i.deltagare.antal),
        })
    }
}

/// Kostnadsrapport's participant section: the year's counts over all insatser; returns
/// the next free row.
pub(super) fn deltagare(
    sheet: &mut Worksheet,
    mut row: u32,
    r: &Arsrapport,
    s: &Styles,
) -> Result<u32, XlsxError> {
    let t = Totals::of(&r.insatser);
    sheet.write_string_with_format(row, 0, "Deltagare", &s.heading)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "Antal deltagare", &s.header)?;
    sheet.write_string_with_format(row, 1, "Antal", &s.header)?;
    row += 1;
    for (label, n) in [
        ("Kvinnor (individinriktade insatser)", t.kvinnor),
        ("Män (individinriktade insatser)", t.man),
        ("Antal (strukturövergripande insatser)", t.antal),
    ] {
        sheet.write_string(row, 0, label)?;
        sheet.write_number(row, 1, n as f64)?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, "Deltagare totalt", &s.bold)?;
    sheet.write_number_with_format(row, 1, (t.kvinnor + t.man + t.antal) as f64, &s.bold)?;
    row += 1;
    sheet.write_string(row, 0, "Budgeterat antal deltagare")?;
    sheet.write_number(row, 1, t.budgeterade as f64)?;
    Ok(row + 2)
}

pub(super) fn insats_row(
    sheet: &mut Worksheet,
    row: u32,
    i: &RapportInsats,
    s: &Styles,
) -> Result<(), XlsxError> {
    let yes_no = |b: bool| if b { "Ja" } else { "Nej" };
    let malgrupper = i.malgrupper.join(", ");
    let preciserad = i.preciserad_inriktning.as_deref().unwrap_or("");
    sheet.write_string_with_format(row, 0, &i.namn, &s.wrap)?;
    sheet.write_string_with_format(
        row,
        1,
        match i.inriktning {
            Inriktning::Individinriktad => "Individinriktad",
            Inriktning::Strukturovergripande => "Strukturövergripande",
        },
        &s.top,
    )?;
    sheet.write_string_with_format(row, 2, yes_no(i.foljer_deltagare), &s.top)?;
    sheet.write_string_with_format(row, 3, yes_no(i.esf), &s.top)?;
    sheet.write_string_with_format(row, 4, preciserad, &s.wrap)?;
    fit_row(
        sheet,
        row,
        [
            lines(&i.namn, INSATS_COLUMNS[0].1),
            lines(preciserad, INSATS_COLUMNS[4].1),
            lines(&malgrupper, INSATS_COLUMNS[5].1),
            lines(&i.beskrivning, INSATS_COLUMNS[6].1),
        ]
        .into_iter()
        .max()
        .unwrap_or(1),
    )?;
    sheet.write_string_with_format(row, 5, malgrupper, &s.wrap)?;
    sheet.write_string_with_format(row, 6, &i.beskrivning, &s.wrap)?;
    sheet.write_string_with_format(row, 7, i.startdatum.to_string(), &s.top)?;
    sheet.write_string_with_format(
        row,
        8,
        i.slutdatum.map(|d| d.to_string()).unwrap_or_default(),
        &s.top,
    )?;
    sheet.write_string_with_format(
        row,
        9,
        match i.status {
            InsatsStatus::Pagaende => "Pågående",
            InsatsStatus::Avslutad => "Avslutad",
        },
        &s.top,
    )?;
    money(sheet, row, 10, i.budget, &s.amount_top)?;
    money(sheet, row, 11, i.utfall, &s.amount_top)?;
    for (col, count) in [
        (12, i.budgeterade_deltagare),
        (13, i.deltagare.kvinnor),
        (14, i.deltagare.man),
        (15, i.deltagare.antal),
    ] {
        if let Some(n) = count {
            sheet.write_number_with_format(row, col, f64::from(n), &s.top)?;
        }
    }
    Ok(())
}
