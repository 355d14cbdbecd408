//! Paste ("Klistra in"): a block copied from Excel or LibreOffice pasted into the budget
//! grid or into medel. The core places each value from the focused cell, skips cells that
//! do not exist or are locked, reads every value with the parser typing uses, and answers
//! with typed cells that Spara takes back as they are (`typed`).

use finsamkollen_core::domain::budget::Rad;
use finsamkollen_core::domain::insats::Inriktning;
use finsamkollen_core::domain::paste::{
    block_cells, BudgetColumn, GridCell, MedelField, PasteCells, Pasted,
};
use finsamkollen_core::{Clock, Service};

use crate::support::{
    codes, date, insats_with_dates, new_insats, service_with_forbund, CreateWhenOpen,
};

mod typed;

/// 2025 on 2026-03-01: "Alfa" and "Beta" (individinriktade, so with budgeted
/// participants) and the admin costs, in that order.
fn grid() -> (Service, i64, i64) {
    let mut service = service_with_forbund("2026-03-01");
    let alfa = insats_with_dates(&mut service, "Alfa", "2025-01-01", "");
    let beta = insats_with_dates(&mut service, "Beta", "2025-01-01", "");
    let keys: Vec<String> = service
        .year_view(2025)
        .expect("view")
        .rader
        .into_iter()
        .map(|r| r.key)
        .collect();
    assert_eq!(
        keys,
        [
            format!("insats-{alfa}"),
            format!("insats-{beta}"),
            "admin".into()
        ]
    );
    (service, alfa, beta)
}

fn paste(start: GridCell, text: &str) -> PasteCells {
    PasteCells {
        year: 2025,
        start,
        text: text.into(),
    }
}

/// The budget grid's cell in insats `id`'s row (`Rad::Admin` for 0).
fn budget(id: i64, column: BudgetColumn) -> GridCell {
    let rad = match id {
        0 => Rad::Admin,
        id => Rad::Insats { id },
    };
    GridCell::Budget { rad, column }
}

fn medel_cell(field: MedelField) -> GridCell {
    GridCell::Medel { field }
}

/// The filled cells as (field, text), as the screen names and shows them.
fn cells_of(pasted: &Pasted) -> Vec<(String, String)> {
    pasted
        .cells
        .iter()
        .map(|c| (c.cell().field(), c.text()))
        .collect()
}

/// The filled cells as (field, text).
fn filled(service: &Service, input: PasteCells) -> Vec<(String, String)> {
    cells_of(&service.paste_cells(input).expect("paste"))
}

fn pair(falt: impl Into<String>, text: &str) -> (String, String) {
    (falt.into(), text.into())
}

#[test]
fn paste_block_is_read_as_excel_and_libreoffice_copy_it() {
    let cells = |rows: &[&[&str]]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    };
    // Tabs between cells, a line break after every row, the last one included.
    assert_eq!(
        block_cells("1\t2\n3\t4\n"),
        cells(&[&["1", "2"], &["3", "4"]])
    );
    // Windows line breaks, and a block without the final one.
    assert_eq!(
        block_cells("1\t2\r\n3\t4"),
        cells(&[&["1", "2"], &["3", "4"]])
    );
    // Empty cells keep their place.
    assert_eq!(block_cells("\t5\n6\t\n"), cells(&[&["", "5"], &["6", ""]]));
    // A cell with a line break or a quote comes in quotes, a quote doubled.
    assert_eq!(
        block_cells("\"två\nrader\"\t\"sa \"\"hej\"\"\"\n"),
        cells(&[&["två\nrader", "sa \"hej\""]])
    );
    assert_eq!(block_cells("1 000\u{a0}000"), cells(&[&["1 000\u{a0}000"]]));
    assert!(block_cells("").is_empty());
}

#[test]
fn f1_paste_fills_the_grid_from_the_focused_cell_through_the_money_parser() {
    let (service, alfa, beta) = grid();
    let before = service.year_view(2025).expect("view");
    let result = service
        .paste_cells(paste(
            budget(alfa, BudgetColumn::Budget),
            "100 000\t90 000,00\n2\u{a0}000\u{a0}000\t−0\n50000 kr\t\n",
        ))
        .expect("paste");
    let cells = cells_of(&result);
    assert_eq!(
        cells,
        [
            pair(format!("insats-{alfa}.budget"), "100\u{a0}000"),
            pair(format!("insats-{alfa}.utfall"), "90\u{a0}000"),
            pair(format!("insats-{beta}.budget"), "2\u{a0}000\u{a0}000"),
            pair(format!("insats-{beta}.utfall"), "0"),
            pair("admin.budget", "50\u{a0}000"),
            pair("admin.utfall", ""),
        ]
    );
    assert!(result.problems.is_empty());
    assert_eq!(result.skipped, 0);
    assert_eq!(
        result.message,
        "6 celler ifyllda. Välj Spara för att spara dem."
    );
    // A paste fills the form; only Spara writes.
    assert_eq!(service.year_view(2025).expect("view"), before);
}

#[test]
fn f1_paste_refuses_ore_and_letters_with_the_message_typing_gives() {
    let (service, alfa, _) = grid();
    let result = service
        .paste_cells(paste(
            budget(alfa, BudgetColumn::Budget),
            "1 000,50\tmånga\t1,5\n-5\t1 000,00\n",
        ))
        .expect("paste");
    let fel: Vec<(String, String, String)> = result
        .problems
        .iter()
        .map(|e| (e.cell.field(), e.code.clone(), e.message.clone()))
        .collect();
    let key = format!("insats-{alfa}");
    assert_eq!(
        fel[0],
        (
            format!("{key}.budget"),
            "amount_decimals".into(),
            "Ange hela kronor, utan ören eller decimaler.".into()
        )
    );
    assert_eq!(
        fel[1],
        (
            format!("{key}.utfall"),
            "amount_format".into(),
            "Beloppet ska anges i hela kronor, med siffror, t.ex. 1 234 567.".into()
        )
    );
    assert_eq!(fel[2].1, "d1_count_format");
    assert_eq!(fel[3].1, "amount_negative");
    assert_eq!(result.cells.len(), 1, "1 000,00 has zero öre");
    assert_eq!(
        result.message,
        "1 cell ifylld. 4 värden kunde inte läsas; se cellerna. Välj Spara för att spara dem."
    );
}

#[test]
fn b1_paste_never_fills_a_cell_that_does_not_exist() {
    let (mut service, alfa, _) = grid();
    // A strukturövergripande insats without follow-up has no budgeted participants.
    let input = new_insats(&service, "Nätverket", Inriktning::Strukturovergripande);
    let natverket = service
        .create_insats_when_open(finsamkollen_core::domain::insats::NewInsats {
            foljer_deltagare: false,
            startdatum: "2025-01-01".into(),
            ..input
        })
        .expect("insats")
        .id;
    let rows = service.year_view(2025).expect("view").rader;
    let row = |key: &str| rows.iter().position(|r| r.key == key).expect("row");
    assert!(row(&format!("insats-{natverket}")) > row(&format!("insats-{alfa}")));

    // From the name column: the names are skipped, the amounts land beside them.
    let result = service
        .paste_cells(paste(
            budget(natverket, BudgetColumn::Rad),
            "Nätverket\t10\t20\t30\t99\nAdmin\t40\t50\t60\nFör långt\t1\n",
        ))
        .expect("paste");
    let fields: Vec<String> = result.cells.iter().map(|c| c.cell().field()).collect();
    let cells: Vec<&str> = fields.iter().map(String::as_str).collect();
    assert_eq!(
        cells,
        [
            format!("insats-{natverket}.budget").as_str(),
            &format!("insats-{natverket}.utfall"),
            "admin.budget",
            "admin.utfall",
        ]
    );
    // Names (3), the deltagare cells neither row has (2), the Avvikelse column (1) and
    // the row below the grid (1).
    assert_eq!(result.skipped, 7);
    assert_eq!(
        result.message,
        "4 celler ifyllda. 7 värden hoppades över: cellerna finns inte eller är låsta. \
         Välj Spara för att spara dem."
    );
    // An insats that follows its participants has the cell.
    assert_eq!(
        filled(
            &service,
            paste(budget(alfa, BudgetColumn::BudgeteradeDeltagare), "1 200\n")
        ),
        [pair(format!("insats-{alfa}.budgeteradeDeltagare"), "1200")]
    );
}

#[test]
fn y1_paste_into_a_locked_year_is_refused_with_the_lock_sentence() {
    let (mut service, alfa, _) = grid();
    service.set_clock(Clock::fixed(date("2026-04-16")));
    for start in [
        budget(alfa, BudgetColumn::Budget),
        medel_cell(MedelField::Samverkansparterna),
    ] {
        let error = service
            .paste_cells(paste(start, "100\n"))
            .expect_err("locked");
        assert_eq!(codes(&error), ["y1_locked"]);
        assert!(error.to_string().contains("15 april 2026"), "{error}");
    }
}

#[test]
fn f1_paste_into_medel_fills_the_column_downwards() {
    let (service, _, _) = grid();
    let result = service
        .paste_cells(paste(
            medel_cell(MedelField::Samverkansparterna),
            "1 000 000,00\tSamverkansparterna\n0\n250\u{a0}000\n99\n",
        ))
        .expect("paste");
    let cells = cells_of(&result);
    assert_eq!(
        cells,
        [
            pair("samverkansparterna", "1\u{a0}000\u{a0}000"),
            pair("esfPlus", "0"),
            pair("overskott", "250\u{a0}000"),
        ]
    );
    assert_eq!(result.skipped, 2, "the label beside it and the fourth row");
    // From ESF+ the block starts one row down.
    assert_eq!(
        filled(
            &service,
            paste(medel_cell(MedelField::EsfPlus), "5\n6\n7\n")
        ),
        [pair("esfPlus", "5"), pair("overskott", "6")]
    );
    // A field that is not one of medel's cannot be sent at all (see
    // `paste_a_column_or_field_that_does_not_exist_cannot_be_expressed`); a row that is not
    // in the year's grid is not found.
    let error = service
        .paste_cells(paste(budget(999_999, BudgetColumn::Budget), "5"))
        .expect_err("no such row");
    assert_eq!(codes(&error), ["not_found"]);
}
