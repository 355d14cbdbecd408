//! The header row and the mapping guessed from Swedish header words, and each odd value a
//! spreadsheet holds read by the typing parsers.

use finsamkollen_core::report::inlasning::varde::{amount, count, date_value, yes_no};
use finsamkollen_core::report::inlasning::{guess_field, guess_header_row, Falt, FaltTyp};

use super::*;

fn field(header: &str) -> Option<(FaltTyp, Option<i32>)> {
    guess_field(header).map(|Falt { typ, ar }| (typ, ar))
}

#[test]
fn mapping_guess_reads_swedish_headers_whatever_their_case_and_diacritics() {
    use FaltTyp as F;
    let cases = [
        ("Insats", F::Namn),
        ("Namn på insatsen", F::Namn),
        ("INSATSENS NAMN", F::Namn),
        ("Start", F::Startdatum),
        ("Startdatum", F::Startdatum),
        ("Slutdatum", F::Slutdatum),
        ("Utfall", F::Utfall),
        ("Kvinnor", F::Kvinnor),
        ("Män", F::Man),
        ("man", F::Man),
        ("Antal deltagare", F::Antal),
        ("Budgeterat antal deltagare", F::BudgeteradeDeltagare),
        ("ESF", F::Esf),
        ("ESF-finansiering", F::Esf),
        ("ESF+", F::EsfPlus),
        ("Inriktning", F::Inriktning),
        ("Preciserad inriktning", F::PreciseradInriktning),
        ("Målgrupp(er)", F::Malgrupper),
        ("malgrupper", F::Malgrupper),
        ("Uppföljningsmetod", F::Uppfoljning),
        ("Deltagare följs upp", F::Uppfoljning),
        ("År", F::Ar),
        ("Beskrivning", F::Beskrivning),
        ("Samverkansparterna", F::Samverkansparterna),
        ("Överskott från föregående år", F::Overskott),
        ("Administrativa kostnader, budget", F::AdminBudget),
        ("Adm. kostnader utfall", F::AdminUtfall),
    ];
    for (header, typ) in cases {
        assert_eq!(field(header), Some((typ, None)), "{header}");
    }
    assert_eq!(field("Budget 2023"), Some((F::Budget, Some(2023))));
    assert_eq!(field("Utfall 2024 (kr)"), Some((F::Utfall, Some(2024))));
    assert_eq!(field("Kvinnor 2022"), Some((F::Kvinnor, Some(2022))));
}

#[test]
fn d3_a_personnummer_column_is_never_mapped() {
    assert_eq!(field("Personnummer"), None);
    assert_eq!(field("Kommentar"), None);
}

#[test]
fn header_row_guess_skips_titles_and_empty_rows_above_the_table() {
    let blad = Blad {
        name: "Blad1".into(),
        hidden: false,
        rows: vec![
            vec![t("Insatser 2024 – Samordningsförbundet")],
            vec![],
            vec![t("Uppdaterad av ekonomen")],
            vec![
                t("Insats"),
                t("Inriktning"),
                t("Startdatum"),
                t("Budget 2024"),
            ],
            vec![
                t("Steget vidare"),
                t("Individinriktad"),
                t("2023-01-01"),
                n(100.0),
            ],
        ],
    };
    assert_eq!(guess_header_row(&blad), 3);
    let mapping = guess_mapping(&blad);
    assert_eq!(mapping.rubrikrad, 4);
    assert_eq!(mapping.ar, Some(2024));
    assert_eq!(mapping.kolumner.len(), 4);
    assert!(mapping.kolumner.iter().all(Option::is_some));
}

#[test]
fn f1_amounts_as_spreadsheets_hold_them_go_through_the_typing_parser() {
    let kr = |cell: Cell| amount(&cell).map(|k| k.map(|k| k.get()));
    assert_eq!(kr(t("1 234 kr")), Ok(Some(1234)));
    assert_eq!(kr(t("1\u{a0}234 567")), Ok(Some(1_234_567)));
    assert_eq!(kr(t("1 234,00")), Ok(Some(1234)));
    assert_eq!(kr(n(120_000.0)), Ok(Some(120_000)));
    assert_eq!(kr(e()), Ok(None));
    // Negative amounts (typographic minus too), öre and words are refused in Swedish.
    for bad in [t("−500"), n(12.5), t("tolv"), Cell::Error("#REF!".into())] {
        let message = kr(bad).expect_err("refused");
        assert!(message.ends_with('.'), "{message}");
    }
}

#[test]
fn d1_counts_are_whole_and_not_negative() {
    assert_eq!(count(&n(12.0)), Ok(Some(12)));
    assert_eq!(count(&t(" 7 ")), Ok(Some(7)));
    assert!(count(&n(2.5)).is_err());
    assert!(count(&n(-3.0)).is_err());
}

#[test]
fn dates_from_excel_serials_iso_text_and_swedish_d_m_yyyy() {
    let day = |cell: Cell| date_value(&cell).map(|d| d.map(|d| d.to_string()));
    let march = Ok(Some("2024-03-01".to_owned()));
    assert_eq!(day(Cell::Date(45352.0)), march);
    assert_eq!(day(Cell::Date(45352.5)), march);
    assert_eq!(day(n(45352.0)), march);
    assert_eq!(day(t("2024-03-01")), march);
    assert_eq!(day(t("1/3/2024")), march);
    assert_eq!(day(t("01.03.2024")), march);
    assert_eq!(day(e()), Ok(None));
    assert!(day(t("2024-02-30")).is_err());
    assert!(day(t("mars")).is_err());
}

#[test]
fn esf_yes_and_no_as_spreadsheets_write_them() {
    assert_eq!(yes_no(&t("Ja")), Ok(Some(true)));
    assert_eq!(yes_no(&t("x")), Ok(Some(true)));
    assert_eq!(yes_no(&Cell::Bool(false)), Ok(Some(false)));
    assert_eq!(yes_no(&t("Utan deltagaruppföljning")), Ok(Some(false)));
    assert_eq!(yes_no(&e()), Ok(None));
    assert!(yes_no(&t("kanske")).is_err());
}

#[test]
fn header_row_guess_takes_a_merged_title_spread_over_its_cells_as_one_value() {
    // Step 1 puts a merged cell's value in every cell of its range, as the export's title
    // "Insatser 2026 – …" over sixteen columns arrives.
    let title = t("Insatser 2026 – Samordningsförbundet Västra Fyrbodal");
    let blad = Blad {
        name: "Insatser".into(),
        hidden: false,
        rows: vec![
            vec![title; 4],
            vec![t("Organisationsnummer 222000-1354 · skapad 2026-05-10")],
            vec![],
            vec![
                t("Namn"),
                t("Inriktning"),
                t("Budget (kr)"),
                t("Utfall (kr)"),
            ],
        ],
    };
    let mapping = guess_mapping(&blad);
    assert_eq!((mapping.rubrikrad, mapping.ar), (4, Some(2026)));
}
