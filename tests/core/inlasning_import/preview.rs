//! The preview: every row checked by the rules typing meets, every problem a sentence
//! naming sheet, row and column, and the meeting with what is stored.

use finsamkollen_core::domain::budget::{BudgetInput, Rad};
use finsamkollen_core::report::inlasning::RadRef;
use finsamkollen_core::Clock;

use super::*;
use crate::support::{cells, date};

/// Saves `budget` for Steget vidare in `year` on a day the year was open.
fn stored_budget(service: &mut Service, id: i64, year: i32, budget: &str, utfall: &str) {
    let clock = service.clock().clone();
    service.set_clock(Clock::fixed(date(&format!("{year}-06-01"))));
    let rad = Rad::Insats { id };
    service
        .save_budget(BudgetInput {
            year,
            rader: vec![cells(&rad.key(), budget, utfall, "")],
        })
        .expect("budget");
    service.set_clock(clock);
}

#[test]
fn y8_import_fills_empty_cells_of_a_historik_year() {
    let (service, _) = with_steget();
    let file = bok(vec![(
        "Budget",
        long_sheet(&[
            ("Steget vidare", 2023, 100_000.0, 95_000.0),
            ("steget VIDARE", 2024, 120_000.0, 118_500.0),
        ]),
    )]);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert_eq!(preview.insatser_matchade, ["Steget vidare"]);
    assert!(preview.insatser_nya.is_empty());
    assert_eq!(preview.ar, [2023, 2024]);
    assert_eq!(preview.celler, 4);
    assert!(preview.konflikter.is_empty());
}

#[test]
fn y6_a_stored_value_in_a_locked_year_is_never_replaced() {
    let (mut service, id) = with_steget();
    stored_budget(&mut service, id, 2024, "100 000", "");
    let file = bok(vec![(
        "Budget",
        long_sheet(&[("Steget vidare", 2024, 150_000.0, 99_000.0)]),
    )]);
    let mut begaran = guessed(&file);
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    // The empty utfall is filled; the stored budget stays, shown but not replaceable.
    assert_eq!(preview.celler, 1);
    let [konflikt] = preview.konflikter.as_slice() else {
        panic!("one conflict: {:?}", preview.konflikter)
    };
    assert!(!konflikt.kan_ersattas);
    assert!(konflikt.meddelande.contains("det sparade värdet behålls"));
    // Ticking "Ersätt" anyway changes nothing.
    begaran.ersatt.push(konflikt.nyckel.clone());
    service
        .inlasning_verkstall(&file, &begaran, |_| Ok(None))
        .expect("apply");
    let view = service.year_view(2024).expect("2024");
    let row = view
        .rader
        .iter()
        .find(|r| r.insats_id == Some(id))
        .expect("row");
    assert_eq!(row.budget.map(|k| k.get()), Some(100_000));
    assert_eq!(row.utfall.map(|k| k.get()), Some(99_000));
}

#[test]
fn import_a_differing_value_of_an_open_year_is_replaced_only_when_ticked() {
    let (mut service, id) = with_steget();
    stored_budget(&mut service, id, 2026, "100 000", "");
    let file = bok(vec![(
        "Budget",
        long_sheet(&[("Steget vidare", 2026, 150_000.0, 0.0)]),
    )]);
    let mut begaran = guessed(&file);
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    let konflikt = preview.konflikter.first().expect("a conflict").clone();
    assert!(konflikt.kan_ersattas);
    assert_eq!((konflikt.sparat, konflikt.inlast), (100_000, 150_000));
    assert_eq!(konflikt.kolumn, "Budget");
    assert_eq!(preview.celler, 1, "the empty utfall only");
    begaran.ersatt.push(konflikt.nyckel);
    let again = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert_eq!(again.celler, 2);
    service
        .inlasning_verkstall(&file, &begaran, |_| Ok(None))
        .expect("apply");
    let view = service.year_view(2026).expect("2026");
    let row = view
        .rader
        .iter()
        .find(|r| r.insats_id == Some(id))
        .expect("row");
    assert_eq!(row.budget.map(|k| k.get()), Some(150_000));
}

#[test]
fn d3_personnummer_in_any_column_blocks_the_row() {
    let (service, _) = with_steget();
    let mut rows = long_sheet(&[("Steget vidare", 2024, 1000.0, 900.0)]);
    rows[0].push(t("Kommentar"));
    rows[1].push(t("Gäller 19800101-1234"));
    let file = bok(vec![("Budget", rows)]);
    let mut begaran = guessed(&file);
    assert_eq!(
        begaran.mappningar[0].kolumner[4], None,
        "the column is not read"
    );
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert!(!preview.kan_lasas_in);
    assert_eq!(preview.problem.len(), 1);
    assert!(preview.problem[0].meddelande.starts_with(
        "Blad Budget, rad 2, Kommentar: Cellen ser ut att innehålla ett personnummer."
    ));
    // Excluded, the row blocks nothing and nothing of it is read.
    begaran.undantagna.push(RadRef {
        blad: "Budget".into(),
        rad: 2,
    });
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert!(preview.kan_lasas_in);
    assert_eq!(preview.celler, 0);
    assert_eq!(preview.undantagna.len(), 1);
}

#[test]
fn i3_figures_outside_the_insats_run_and_y3_years_outside_the_forbund_are_named() {
    let (service, _) = with_steget();
    let file = bok(vec![(
        "Budget",
        long_sheet(&[
            ("Steget vidare", 2022, 1000.0, 900.0),
            ("Steget vidare", 2030, 1000.0, 900.0),
        ]),
    )]);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(!preview.kan_lasas_in);
    let first = &preview.problem[0].meddelande;
    assert!(first.starts_with("Blad Budget, rad 2, Budget: "), "{first}");
    assert!(preview.problem.iter().any(|p| p.rad == 3));
    assert_eq!(preview.celler, 0);
}

#[test]
fn i1_a_register_row_cannot_change_the_fixed_choices_of_an_existing_insats() {
    let (service, _) = with_steget();
    let file = bok(vec![(
        "Insatser",
        vec![
            vec![t("Namn på insatsen"), t("Inriktning"), t("ESF")],
            vec![t("Steget vidare"), t("Strukturövergripande"), t("Nej")],
        ],
    )]);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert_eq!(preview.problem.len(), 1, "{:?}", preview.problem);
    assert_eq!(
        preview.problem[0].meddelande,
        "Blad Insatser, rad 2, Inriktning: Inriktningen kan inte ändras efter att insatsen skapats."
    );
}

#[test]
fn import_skips_empty_rows_repeated_headers_and_rows_of_sums() {
    let (service, _) = with_steget();
    let mut rows = long_sheet(&[("Steget vidare", 2023, 1000.0, 900.0)]);
    rows.push(vec![e(), t("  ")]);
    rows.push(rows[0].clone());
    rows.push(vec![t("Steget vidare"), n(2024.0), n(2000.0), e()]);
    rows.push(vec![t("Totalt"), e(), n(3000.0), n(900.0)]);
    let file = bok(vec![("Budget", rows)]);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert_eq!(preview.celler, 3);
    let at = |rad| RadRef {
        blad: "Budget".into(),
        rad,
    };
    assert_eq!(preview.tomma_rader, [at(3)]);
    assert_eq!(preview.upprepade_rubriker, [at(4)]);
    assert_eq!(preview.summarader, [at(6)]);
}

#[test]
fn y6_a_year_marked_inrapporterat_stays_closed() {
    // 2024 reported: a new insats of the register may not start in it (Y6 holds in full),
    // while an empty cell of an existing insats's 2024 may still be filled (issue 23).
    let (mut service, _) = with_steget();
    service.mark_inrapporterat(2024).expect("inrapporterat");
    let mut rows = vec![vec![
        t("Insats"),
        t("Inriktning"),
        t("Preciserad inriktning"),
        t("Startdatum"),
        t("Budget 2024"),
    ]];
    let preciserad = service
        .insats_choices()
        .expect("choices")
        .preciserade
        .individinriktad[0]
        .namn
        .clone();
    rows.push(vec![
        t("Nya vägar"),
        t("Individinriktad"),
        t(&preciserad),
        t("2024-02-01"),
        e(),
    ]);
    rows.push(vec![t("Steget vidare"), e(), e(), e(), n(5000.0)]);
    let file = bok(vec![("Insatser", rows)]);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    let [problem] = preview.problem.as_slice() else {
        panic!("one problem: {:?}", preview.problem)
    };
    assert!(problem
        .meddelande
        .starts_with("Blad Insatser, rad 2, Startdatum: "));
    assert!(
        problem.meddelande.contains("2024"),
        "{}",
        problem.meddelande
    );
    assert_eq!(preview.celler, 1);
}

#[test]
fn y8_wide_figures_and_medel_per_year_fill_historik_years() {
    let (mut service, id) = with_steget();
    let file = bok(vec![
        (
            "Siffror",
            vec![
                vec![
                    t("Insats"),
                    t("Budget 2023"),
                    t("Utfall 2023"),
                    t("Kvinnor 2023"),
                    t("Män 2023"),
                    t("Budget 2024"),
                ],
                vec![
                    t("Steget vidare"),
                    t("100 000 kr"),
                    t("98\u{a0}500"),
                    n(12.0),
                    n(9.0),
                    t("110 000,00"),
                ],
            ],
        ),
        (
            "Medel",
            vec![
                vec![
                    t("År"),
                    t("Samverkansparterna"),
                    t("ESF+"),
                    t("Överskott från föregående år"),
                    t("Adm. kostnader budget"),
                    t("Adm. kostnader utfall"),
                ],
                vec![
                    n(2023.0),
                    n(1_000_000.0),
                    n(0.0),
                    n(50_000.0),
                    n(200_000.0),
                    n(190_000.0),
                ],
                vec![n(2024.0), n(1_100_000.0), e(), e(), n(210_000.0), e()],
            ],
        ),
    ]);
    let begaran = guessed(&file);
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert_eq!(preview.celler, 5 + 5 + 2);
    service
        .inlasning_verkstall(&file, &begaran, |_| Ok(None))
        .expect("apply");
    let view = service.year_view(2023).expect("2023");
    assert_eq!(
        view.medel.samverkansparterna.map(|k| k.get()),
        Some(1_000_000)
    );
    assert_eq!(view.medel.overskott.get(), 50_000);
    assert_eq!(view.summering.admin_utfall.get(), 190_000);
    let row = view
        .rader
        .iter()
        .find(|r| r.insats_id == Some(id))
        .expect("row");
    assert_eq!(row.utfall.map(|k| k.get()), Some(98_500));
    let detail = service.insats(id).expect("insats");
    let counts = detail
        .deltagare
        .iter()
        .find(|d| d.year == 2023)
        .expect("2023");
    assert_eq!((counts.kvinnor, counts.man), (Some(12), Some(9)));
    // Typing into the historik year stays refused (Y1).
    let typed = service.save_budget(BudgetInput {
        year: 2023,
        rader: vec![cells(&Rad::Insats { id }.key(), "1", "", "")],
    });
    assert!(typed.is_err());
}

#[test]
fn b1_d1_counts_must_fit_the_insats() {
    let (service, _) = with_steget();
    let file = bok(vec![(
        "Siffror",
        vec![
            vec![t("Insats"), t("År"), t("Antal deltagare"), t("Kvinnor")],
            vec![t("Steget vidare"), n(2024.0), n(5.0), n(-1.0)],
        ],
    )]);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    let texts: Vec<&str> = preview
        .problem
        .iter()
        .map(|p| p.meddelande.as_str())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    // In the order the columns stand.
    assert!(texts[0].starts_with("Blad Siffror, rad 2, Antal deltagare: En individinriktad"));
    assert!(texts[1].starts_with("Blad Siffror, rad 2, Kvinnor: "));
}

#[test]
fn import_notes_an_existing_insats_whose_dates_the_file_gives_otherwise_and_leaves_them() {
    let (service, _) = with_steget();
    let file = bok(vec![(
        "Insatser",
        vec![
            vec![t("Insats"), t("Startdatum")],
            vec![t("Steget vidare"), t("2021-03-01")],
        ],
    )]);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(preview.kan_lasas_in);
    let [note] = preview.anmarkningar.as_slice() else {
        panic!("one note: {:?}", preview.anmarkningar)
    };
    assert!(note.meddelande.starts_with(
        "Blad Insatser, rad 2, Startdatum: Startdatumet i filen (2021-03-01) skiljer sig"
    ));
}
