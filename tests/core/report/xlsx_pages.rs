//! The Kostnadsrapport on paper (issue 27): the Summering opens the sheet, a short sheet is
//! fitted onto one page, and a long one gets its page breaks between blocks, never between
//! a heading and its rows; a long insats table has its column headers again on the next
//! page. `scripts/xlsx-print-check` prints the workbook through LibreOffice to see it.

use super::*;
use finsamkollen_core::report::RapportInsats;

/// The manual page breaks of sheet `n`: the rows (0-based) that begin a page.
fn breaks(bytes: &[u8], n: usize) -> Vec<usize> {
    let xml = xlsx_part(bytes, &format!("xl/worksheets/sheet{n}.xml"));
    xml.split("<brk id=\"")
        .skip(1)
        .map(|b| b.split('"').next().expect("id").parse().expect("row"))
        .collect()
}

fn label(row: &[calamine::Data]) -> String {
    row.first().map(|c| c.to_string()).unwrap_or_default()
}

#[test]
fn report_xlsx_a_short_kostnadsrapport_is_one_page_with_the_summering_first() {
    let bytes = report::xlsx::render(&fixture().arsrapport(2025).expect("report")).expect("xlsx");
    let rows = sheet(&bytes, report::xlsx::SHEET_KOSTNADER);
    let first_heading = rows
        .iter()
        .skip(2)
        .map(|r| label(r))
        .find(|l| !l.is_empty());
    assert_eq!(first_heading.as_deref(), Some("Summering"));
    let xml = xlsx_part(&bytes, "xl/worksheets/sheet1.xml");
    // One page wide and (by default, so unwritten) one page tall.
    assert!(
        xml.contains(r#"<pageSetup paperSize="9" orientation="landscape""#),
        "one page tall\n{xml}"
    );
    assert!(xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#), "{xml}");
    assert_eq!(breaks(&bytes, 1), Vec::<usize>::new());
}

#[test]
fn report_xlsx_a_long_kostnadsrapport_breaks_pages_between_blocks_only() {
    let mut report = fixture().arsrapport(2025).expect("report");
    let one = report.insatser[0].clone();
    report.insatser = (0..80)
        .map(|i| RapportInsats {
            namn: format!("Insats {i:02}"),
            ..one.clone()
        })
        .collect();
    let bytes = report::xlsx::render(&report).expect("xlsx");
    let xml = xlsx_part(&bytes, "xl/worksheets/sheet1.xml");
    // Manual breaks are honoured only without "fit to": the sheet prints at full size.
    assert!(!xml.contains("fitToPage"), "{xml}");
    let rows = sheet(&bytes, report::xlsx::SHEET_KOSTNADER);
    let breaks = breaks(&bytes, 1);
    assert!(breaks.len() >= 2, "{breaks:?}");
    let headings = [
        "Summering",
        "Medel",
        "Insatsernas kostnader",
        "Administrativa kostnader",
        "Deltagare",
    ];
    for b in &breaks {
        // A page begins with a block's heading, the insats table's headers again, or the
        // blank row before a block; never with a block's own column headers or figures.
        let first = label(&rows[*b]);
        assert!(
            headings.contains(&first.as_str()) || first == "Insats (forts.)" || first.is_empty(),
            "page begins at row {b} with {first:?}"
        );
        // A blank row that begins a page is followed by a heading.
        if first.is_empty() {
            assert!(headings.contains(&label(&rows[*b + 1]).as_str()), "row {b}");
        }
        // No page ends with a heading or column headers left without their rows.
        let last = label(&rows[*b - 1]);
        assert!(
            !headings.contains(&last.as_str()) && last != "Insats" && last != "Kategori",
            "page ends at row {} with {last:?}",
            b - 1
        );
    }
    // The continued table names its columns again, and every insats is there once.
    let forts = rows
        .iter()
        .filter(|r| label(r) == "Insats (forts.)")
        .count();
    assert!(forts >= 1);
    let listed = rows
        .iter()
        .filter(|r| label(r).starts_with("Insats "))
        .count();
    assert_eq!(listed, 80 + forts);
}
