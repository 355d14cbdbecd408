//! The report as an XLSX workbook laid out like the old SUS *kostnadsrapport*: sheet 1
//! funds (by category and financier), the insatser's costs, administrative costs, the
//! participants and a summary with the balance; sheet 2 the insats list with every field
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
            report.ar
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
    let text = format!("{what} {} – {}", report.ar, report.forbund.namn);
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

fn kostnadsrapport(sheet: &mut Worksheet, r: &Arsrapport, s: &Styles) -> Result<(), XlsxError> {
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

/// The insats list's columns and widths: one landscape A4 page wide at about 60 % (the
/// long texts wrap in their rows).
const INSATS_COLUMNS: [(&str, f64); 16] = [
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

fn insatslista(sheet: &mut Worksheet, r: &Arsrapport, s: &Styles) -> Result<(), XlsxError> {
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
struct Totals {
    budget: Kronor,
    utfall: Kronor,
    budgeterade: u64,
    kvinnor: u64,
    man: u64,
    antal: u64,
}

impl Totals {
    fn of(insatser: &[RapportInsats]) -> Self {
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
fn deltagare(
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

const KONTROLL_COLUMNS: [(&str, f64); 2] = [("Typ", 22.0), ("Anmärkning", 96.0)];

/// The förhandskontroll as it stood when the file was made: errors, warnings and what
/// waits for the year's end (Y7).
fn forhandskontroll(sheet: &mut Worksheet, r: &Arsrapport, s: &Styles) -> Result<(), XlsxError> {
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

const ORGANISATION_COLUMNS: [(&str, f64); 6] = [
    ("Organisation", 40.0),
    ("Typ", 20.0),
    ("Medlem", 10.0),
    ("Finansiär", 10.0),
    ("Konsument", 11.0),
    ("Finansiering (kr)", 16.0),
];

/// The ingående organisationer with their roles, and each financier's share of
/// samverkansparterna where the split is registered.
fn organisationer(sheet: &mut Worksheet, r: &Arsrapport, s: &Styles) -> Result<(), XlsxError> {
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

fn insats_row(
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
