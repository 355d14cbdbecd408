//! The paste's typed protocol: the core answers with typed cells (row, column, a value in
//! kronor or a count), Spara takes them back as values, and a column or field the grid
//! does not have cannot be named at all.

use finsamkollen_core::domain::budget::{
    BudgetCellerInput, BudgetInput, CellInput, MedelInput, Rad,
};
use finsamkollen_core::domain::paste::{
    BudgetColumn, BudgetValue, GridCell, MedelField, PasteCells, PastedCell,
};
use finsamkollen_core::Kronor;
use serde_json::json;

use super::{budget, grid, paste};
use crate::support::{codes, medel};

/// The typed protocol: a pasted amount arrives as kronor (a number over IPC, not text),
/// and Spara takes it back as that value, never formatting and reading it again.
#[test]
fn paste_answers_typed_values_that_spara_saves_as_they_are() {
    let (mut service, alfa, _) = grid();
    let result = service
        .paste_cells(paste(
            budget(alfa, BudgetColumn::Budget),
            "100 000\t\t1 200\n",
        ))
        .expect("paste");
    let rad = Rad::Insats { id: alfa };
    assert_eq!(
        result.cells,
        [
            PastedCell::Budget {
                rad,
                value: BudgetValue::Budget(Some(Kronor::new(100_000))),
            },
            PastedCell::Budget {
                rad,
                value: BudgetValue::Utfall(None),
            },
            PastedCell::Budget {
                rad,
                value: BudgetValue::BudgeteradeDeltagare(Some(1200)),
            },
        ]
    );
    assert_eq!(
        serde_json::to_value(result.cells[0]).expect("json"),
        json!({
            "target": "budget",
            "rad": { "typ": "insats", "id": alfa },
            "value": { "column": "budget", "value": 100_000 },
        })
    );

    // The grid sends the values back as values; typed text still goes through the parser.
    let value = |v: Option<Kronor>| CellInput::Value { value: v };
    let row = BudgetCellerInput {
        rad,
        budget: value(Some(Kronor::new(100_000))),
        utfall: "90 000".into(),
        budgeterade_deltagare: CellInput::Value { value: Some(1200) },
    };
    let sent: BudgetCellerInput = serde_json::from_value(json!({
        "rad": { "typ": "insats", "id": alfa },
        "budget": { "value": 100_000 },
        "utfall": "90 000",
        "budgeteradeDeltagare": { "value": 1200 },
    }))
    .expect("the UI's JSON");
    assert_eq!(
        (sent.budget, sent.utfall, sent.budgeterade_deltagare),
        (
            row.budget.clone(),
            row.utfall.clone(),
            row.budgeterade_deltagare.clone()
        )
    );
    let saved = service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![row.clone()],
        })
        .expect("save");
    let stored = saved.rader.iter().find(|r| r.rad == rad).expect("row");
    assert_eq!(
        (stored.budget, stored.utfall, stored.budgeterade_deltagare),
        (
            Some(Kronor::new(100_000)),
            Some(Kronor::new(90_000)),
            Some(1200)
        )
    );

    // A value is still checked by the save's rules, with the bounds typing has.
    for (bad, code) in [
        (
            BudgetCellerInput {
                budget: value(Some(Kronor::new(-5))),
                ..row.clone()
            },
            "amount_negative",
        ),
        (
            BudgetCellerInput {
                utfall: value(Some(Kronor::new(10_000_000_001))),
                ..row.clone()
            },
            "amount_too_large",
        ),
        (
            BudgetCellerInput {
                budgeterade_deltagare: CellInput::Value {
                    value: Some(1_000_001),
                },
                ..row.clone()
            },
            "d1_count_format",
        ),
    ] {
        let error = service
            .save_budget(BudgetInput {
                year: 2025,
                rader: vec![bad],
            })
            .expect_err(code);
        assert_eq!(codes(&error), [code]);
    }
}

/// The columns and medel's fields are enums: a paste that names anything else (a typo,
/// the old `avvikelseProcent`, medel's old `belopp` column) is refused before the core
/// sees it, and the column list the UI lays out is the enum's, in order.
#[test]
fn paste_a_column_or_field_that_does_not_exist_cannot_be_expressed() {
    let start = |cell: serde_json::Value| {
        serde_json::from_value::<PasteCells>(json!({ "year": 2025, "start": cell, "text": "1" }))
    };
    let admin = json!({ "typ": "admin" });
    assert_eq!(
        start(json!({ "target": "budget", "rad": admin, "column": "avvikelsePromille" }))
            .expect("a column")
            .start,
        GridCell::Budget {
            rad: Rad::Admin,
            column: BudgetColumn::AvvikelsePromille
        }
    );
    for column in ["avvikelseProcent", "belopp", "Budget", ""] {
        assert!(
            start(json!({ "target": "budget", "rad": admin, "column": column })).is_err(),
            "{column}"
        );
    }
    for field in ["annat", "belopp", "esf_plus"] {
        assert!(
            start(json!({ "target": "medel", "field": field })).is_err(),
            "{field}"
        );
    }
    assert!(start(json!({ "target": "annat", "field": "esfPlus" })).is_err());
    assert_eq!(
        serde_json::to_value(BudgetColumn::ALL).expect("json"),
        json!([
            "rad",
            "budget",
            "utfall",
            "budgeteradeDeltagare",
            "avvikelse",
            "avvikelsePromille"
        ])
    );
    for column in BudgetColumn::ALL {
        assert_eq!(
            serde_json::to_value(column).expect("json"),
            json!(column.name())
        );
    }
    for field in MedelField::ALL {
        assert_eq!(
            serde_json::to_value(field).expect("json"),
            json!(field.name())
        );
    }
}

/// The draft figured while the grid is open takes the same values: a pasted budget and
/// utfall give the row's avvikelse at once, nothing read twice and nothing written.
#[test]
fn paste_values_are_figured_by_the_preview_as_they_are() {
    let (service, alfa, _) = grid();
    let rad = Rad::Insats { id: alfa };
    let value = |k: i64| CellInput::Value {
        value: Some(Kronor::new(k)),
    };
    let preview = service
        .budget_preview(BudgetInput {
            year: 2025,
            rader: vec![BudgetCellerInput {
                rad,
                budget: value(300_000),
                utfall: value(290_000),
                budgeterade_deltagare: CellInput::Value { value: None },
            }],
        })
        .expect("preview");
    let row = preview.rader.iter().find(|r| r.rad == rad).expect("row");
    assert_eq!(
        (
            row.budget,
            row.utfall,
            row.avvikelse,
            row.avvikelse_promille
        ),
        (
            Some(Kronor::new(300_000)),
            Some(Kronor::new(290_000)),
            Some(Kronor::new(-10_000)),
            Some(-33)
        )
    );
    let stored = service.year_view(2025).expect("view");
    assert_eq!(
        stored
            .rader
            .iter()
            .find(|r| r.rad == rad)
            .expect("row")
            .budget,
        None
    );
}

/// F1, medel as the grid: a pasted amount arrives as kronor, and Spara (`MedelInput`) takes
/// it back as that value beside a field the officer typed, which is read once as ever.
#[test]
fn f1_medel_paste_answers_values_that_spara_saves_as_they_are() {
    let (mut service, _, _) = grid();
    let result = service
        .paste_cells(paste(
            GridCell::Medel {
                field: MedelField::Samverkansparterna,
            },
            "1 000 000,00\n\n50 000\n",
        ))
        .expect("paste");
    assert_eq!(
        result.cells,
        [
            PastedCell::Medel {
                field: MedelField::Samverkansparterna,
                value: Some(Kronor::new(1_000_000)),
            },
            PastedCell::Medel {
                field: MedelField::EsfPlus,
                value: None,
            },
            PastedCell::Medel {
                field: MedelField::Overskott,
                value: Some(Kronor::new(50_000)),
            },
        ]
    );
    assert_eq!(
        serde_json::to_value(result.cells[0]).expect("json"),
        json!({ "target": "medel", "field": "samverkansparterna", "value": 1_000_000 })
    );

    // What the UI sends: the pasted values as values, ESF+ as the officer then typed it.
    let sent: MedelInput = serde_json::from_value(json!({
        "year": 2025,
        "samverkansparterna": { "value": 1_000_000 },
        "esfPlus": "2 500",
        "overskott": { "value": 50_000 },
    }))
    .expect("the UI's JSON");
    let value = |k: i64| CellInput::Value {
        value: Some(Kronor::new(k)),
    };
    assert_eq!(
        (&sent.samverkansparterna, &sent.esf_plus, &sent.overskott),
        (&value(1_000_000), &"2 500".into(), &value(50_000))
    );
    // A value is a number of kronor: its text is not one.
    assert!(serde_json::from_value::<MedelInput>(json!({
        "year": 2025,
        "samverkansparterna": { "value": "1 000 000" },
        "esfPlus": "",
        "overskott": "",
    }))
    .is_err());
    let saved = service.save_medel(sent).expect("save").medel;
    assert_eq!(
        (saved.samverkansparterna, saved.esf_plus, saved.overskott),
        (
            Some(Kronor::new(1_000_000)),
            Kronor::new(2_500),
            Kronor::new(50_000)
        )
    );
}

/// F1: a medel value is held to the bounds typing has, refused with the code, field and
/// Swedish sentence typing its text gives; an emptied samverkansparterna is still required.
#[test]
fn f1_medel_values_are_refused_as_typing_refuses_them() {
    let (mut service, _, _) = grid();
    let input = |field: MedelField, cell: CellInput<Kronor>| {
        let mut input = medel(2025, "1 000", "", "");
        match field {
            MedelField::Samverkansparterna => input.samverkansparterna = cell,
            MedelField::EsfPlus => input.esf_plus = cell,
            MedelField::Overskott => input.overskott = cell,
        }
        input
    };
    for (k, text) in [(-5, "-5"), (10_000_000_001, "10 000 000 001")] {
        for field in MedelField::ALL {
            let value = CellInput::Value {
                value: Some(Kronor::new(k)),
            };
            let by_value = service
                .save_medel(input(field, value))
                .expect_err("out of bounds");
            let typed = service
                .save_medel(input(field, text.into()))
                .expect_err("typed");
            assert_eq!(codes(&by_value), codes(&typed), "{k} in {field:?}");
            assert_eq!(by_value.field(), Some(field.name()), "{k}");
            assert_eq!(by_value.to_string(), typed.to_string(), "{k}");
        }
    }
    let bound = CellInput::Value {
        value: Some(Kronor::new(10_000_000_000)),
    };
    service
        .save_medel(input(MedelField::EsfPlus, bound))
        .expect("the largest amount typing takes");
    let emptied = CellInput::Value { value: None };
    let error = service
        .save_medel(input(MedelField::Samverkansparterna, emptied))
        .expect_err("required");
    assert_eq!(codes(&error), ["required"]);
    assert_eq!(error.field(), Some("samverkansparterna"));
    let stored = service.year_view(2025).expect("view").medel;
    assert_eq!(stored.esf_plus, Kronor::new(10_000_000_000));
}
