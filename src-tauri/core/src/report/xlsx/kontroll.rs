//! Sheets 3 and 4: the förhandskontroll at the export, and the ingående organisationer
//! with their roles.

use super::*;

pub(super) const KONTROLL_COLUMNS: [(&str, f64); 2] = [("Typ", 22.0), ("Anmärkning", 96.0)];

/// The förhandskontroll as it stood when the file was made: errors, warnings and what
/// waits for the year's end (Y7).
pub(super) fn forhandskontroll(
    sheet: &mut Worksheet,
    r: &Arsrapport,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_KONTROLL)?;
    for (col, (_, width)) in KONTROLL_COLUMNS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let mut row = title(sheet, r, "Förhandskontroll", 1, s)?;
    let k = &r.kontroll;
    sheet.write_string(
        row,
        0,
        format!(
            "Förhandskontrollen när filen skapades {}: {} fel, {} varningar.",
            r.skapad,
            k.fel.len(),
            k.varningar.len()
        ),
    )?;
    row += 2;
    header_row(sheet, row, &KONTROLL_COLUMNS, s)?;
    print_setup(sheet, r, (row, row))?;
    row += 1;
    let groups = [
        ("Fel", &k.fel),
        ("Varning", &k.varningar),
        ("Fylls i efter årets slut", &k.efter_arets_slut),
    ];
    if groups.iter().all(|(_, list)| list.is_empty()) {
        sheet.write_string(row, 1, "Inga fel eller varningar.")?;
    }
    for (typ, list) in groups {
        for a in list.iter() {
            sheet.write_string_with_format(row, 0, typ, &s.wrap)?;
            sheet.write_string_with_format(row, 1, &a.text, &s.wrap)?;
            fit_row(sheet, row, lines(&a.text, KONTROLL_COLUMNS[1].1))?;
            row += 1;
        }
    }
    Ok(())
}

pub(super) const ORGANISATION_COLUMNS: [(&str, f64); 6] = [
    ("Organisation", 40.0),
    ("Typ", 20.0),
    ("Medlem", 10.0),
    ("Finansiär", 10.0),
    ("Konsument", 11.0),
    ("Finansiering (kr)", 16.0),
];

/// The ingående organisationer with their roles, and each financier's share of
/// samverkansparterna where the split is registered.
pub(super) fn organisationer(
    sheet: &mut Worksheet,
    r: &Arsrapport,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_ORGANISATIONER)?;
    for (col, (_, width)) in ORGANISATION_COLUMNS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    let header = title(sheet, r, "Ingående organisationer", 5, s)?;
    header_row(sheet, header, &ORGANISATION_COLUMNS, s)?;
    print_setup(sheet, r, (header, header))?;
    let yes = |b: bool| if b { "Ja" } else { "" };
    let split = r
        .medel
        .as_ref()
        .map(|m| m.finansiarer.as_slice())
        .unwrap_or(&[]);
    let mut row = header + 1;
    for o in &r.organisationer {
        sheet.write_string(row, 0, &o.namn)?;
        sheet.write_string(row, 1, o.typ.label())?;
        sheet.write_string(row, 2, yes(o.medlem))?;
        sheet.write_string(row, 3, yes(o.finansiar))?;
        sheet.write_string(row, 4, yes(o.konsument))?;
        let belopp = split
            .iter()
            .find(|f| f.namn == o.namn && f.typ == o.typ)
            .map(|f| f.belopp);
        money(sheet, row, 5, belopp, &s.amount)?;
        row += 1;
    }
    if r.organisationer.is_empty() {
        sheet.write_string(row, 0, "Inga ingående organisationer registrerade.")?;
    }
    Ok(())
}
