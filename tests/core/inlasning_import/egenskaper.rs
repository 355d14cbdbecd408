//! Mutated workbooks and mappings, as a property test: arbitrary cells under arbitrary
//! mappings (fields, years, header rows) go through the preview and the apply. Nothing may
//! panic, every problem is a sentence naming sheet and row, and a refused apply leaves the
//! data as it was. 256 cases by default; `PROPTEST_CASES` raises the number (10 000 in a
//! dedicated run).

use finsamkollen_core::report::inlasning::{Falt, FaltTyp, Mappning, RadRef};
use proptest::prelude::*;

use super::*;
use crate::support::{count_rows, proptest_runner};

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        Just(Cell::Empty),
        "\\PC{0,24}".prop_map(Cell::Text),
        "[0-9 \u{a0},.−-]{0,12}( kr)?".prop_map(Cell::Text),
        "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}".prop_map(Cell::Text),
        Just(t("Steget vidare")),
        Just(t("Individinriktad")),
        Just(t("19800101-1234")),
        any::<f64>().prop_map(Cell::Number),
        (-5.0..3_000_000.0f64).prop_map(Cell::Number),
        (2010.0..2030.0f64).prop_map(|y| Cell::Number(y.floor())),
        any::<f64>().prop_map(Cell::Date),
        any::<bool>().prop_map(Cell::Bool),
        Just(Cell::Error("#REF!".into())),
    ]
}

fn falt() -> impl Strategy<Value = Option<Falt>> {
    let ar = prop_oneof![
        Just(None),
        (2015..2029i32).prop_map(Some),
        any::<i32>().prop_map(Some)
    ];
    prop_oneof![
        Just(None),
        (0..FaltTyp::ALL.len(), ar).prop_map(|(i, ar)| Some(Falt {
            typ: FaltTyp::ALL[i],
            ar
        })),
    ]
}

#[test]
fn import_of_arbitrary_cells_under_arbitrary_mappings_never_panics_and_names_every_problem() {
    let service = std::cell::RefCell::new(with_steget().0);
    let strategy = (
        proptest::collection::vec(proptest::collection::vec(cell(), 0..7), 0..8),
        proptest::collection::vec(falt(), 0..7),
        0..4u32,
        prop_oneof![Just(None), any::<i32>().prop_map(Some)],
        proptest::collection::vec(0..10u32, 0..3),
    );
    let mut runner = proptest_runner(256);
    runner
        .run(&strategy, |(rows, kolumner, rubrikrad, ar, excluded)| {
            let file = bok(vec![("Blad1", rows)]);
            let begaran = InlasningBegaran {
                mappningar: vec![Mappning {
                    blad: "Blad1".into(),
                    rubrikrad,
                    ar,
                    kolumner,
                }],
                undantagna: excluded
                    .into_iter()
                    .map(|rad| RadRef {
                        blad: "Blad1".into(),
                        rad,
                    })
                    .collect(),
                ersatt: Vec::new(),
            };
            let mut service = service.borrow_mut();
            let preview = service
                .inlasning_forhandsvisning(&file, &begaran)
                .expect("a preview");
            for problem in &preview.problem {
                prop_assert!(problem.meddelande.starts_with("Blad Blad1, rad "));
                prop_assert!(
                    problem.meddelande.ends_with(['.', ')']),
                    "{}",
                    problem.meddelande
                );
            }
            let before = count_rows(&service, "SELECT count(*) FROM historik");
            let result = service.inlasning_verkstall(&file, &begaran, |_| Ok(None));
            if !preview.kan_lasas_in {
                prop_assert!(result.is_err());
                prop_assert_eq!(
                    count_rows(&service, "SELECT count(*) FROM historik"),
                    before
                );
            }
            Ok(())
        })
        .expect("every case");
}
