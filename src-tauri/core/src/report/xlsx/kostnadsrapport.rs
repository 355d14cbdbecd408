//! Sheet 1, Kostnadsrapport: medel, the insatser's costs, administrative costs, the
//! participants and the balance.

use super::*;

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

    row = deltagare(sheet, row, r, s)?;

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
