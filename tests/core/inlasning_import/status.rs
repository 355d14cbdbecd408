//! The Status column (Pågående/Avslutad), as Finsamkollen's own export writes it: a new
//! insats the file marks Avslutad is registered ended on its slutdatum, by the rules of
//! "Avsluta insats" (I2, I5); an existing insats is never ended or reopened by a read.

use finsamkollen_core::api::inlasning::las_in;
use finsamkollen_core::domain::insats::EndInsats;

use super::*;
use crate::support::{count_rows, service_with_forbund};

/// Steget vidare's register row with its status and slutdatum (empty: none).
fn register(status: &str, slutdatum: &str) -> Arbetsbok {
    bok(vec![(
        "Insatser",
        vec![
            vec![
                t("Namn"),
                t("Inriktning"),
                t("Preciserad inriktning"),
                t("Startdatum"),
                t("Slutdatum"),
                t("Status"),
                t("Budget 2026"),
            ],
            vec![
                t("Steget vidare"),
                t("Individinriktad"),
                t("Stöd till arbete"),
                t("2023-01-01"),
                if slutdatum.is_empty() {
                    e()
                } else {
                    t(slutdatum)
                },
                t(status),
                n(40_000.0),
            ],
        ],
    )])
}

const AVSLUTADE: &str =
    "SELECT count(*) FROM insats WHERE avslutad = 1 AND slutdatum = '2026-03-31'";

#[test]
fn i2_an_insats_exported_as_avslutad_is_read_back_avslutad_on_its_slutdatum() {
    let (mut source, id) = with_steget();
    source
        .end_insats(EndInsats {
            id,
            slutdatum: "2026-03-31".into(),
        })
        .expect("ended");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rapport.xlsx");
    source.export_xlsx(2026, &path).expect("export");
    let mut file = read_xlsx(&std::fs::read(&path).expect("read"));
    file.blad.retain(|b| b.name == "Insatser");

    // Into a new förbund's file: 2023–2025 are historik there (Y8), so it is registered.
    let mut target = service_with_forbund(TODAY);
    let preview = target
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert_eq!(preview.insatser_nya, ["Steget vidare"]);
    las_in(&mut target, &file, &guessed(&file)).expect("read in");
    assert_eq!(count_rows(&target, AVSLUTADE), 1);
    // Read back into the file it came from: matched, the same status, nothing to note.
    let preview = source
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(
        preview.anmarkningar.is_empty(),
        "{:?}",
        preview.anmarkningar
    );
}

#[test]
fn i5_a_new_insats_marked_avslutad_needs_a_slutdatum_by_the_rules_of_avsluta() {
    let mut service = service_with_forbund(TODAY);
    let file = register("Avslutad", "");
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    let [problem] = preview.problem.as_slice() else {
        panic!("one problem: {:?}", preview.problem)
    };
    assert!(
        problem
            .meddelande
            .starts_with("Blad Insatser, rad 2, Status: Insatsen är avslutad enligt filen men har inget slutdatum"),
        "{}",
        problem.meddelande
    );
    // An end after today cannot be the day it ended ("Avsluta insats" refuses it too).
    let file = register("Avslutad", "2026-12-31");
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    let [problem] = preview.problem.as_slice() else {
        panic!("one problem: {:?}", preview.problem)
    };
    assert!(
        problem
            .meddelande
            .starts_with("Blad Insatser, rad 2, Slutdatum: "),
        "{}",
        problem.meddelande
    );
    // Pågående with a planned end is an ordinary new insats.
    let file = register("Pågående", "2026-12-31");
    las_in(&mut service, &file, &guessed(&file)).expect("read in");
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM insats WHERE avslutad = 0"),
        1
    );
}

#[test]
fn i5_a_read_neither_ends_nor_reopens_an_existing_insats_and_says_so() {
    let (mut service, id) = with_steget();
    let file = register("Avslutad", "2026-03-31");
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    let notes: Vec<&str> = preview
        .anmarkningar
        .iter()
        .map(|a| a.meddelande.as_str())
        .collect();
    assert!(
        notes.iter().any(|n| n.starts_with(
            "Blad Insatser, rad 2, Status: Insatsen är avslutad enligt filen men pågående"
        )),
        "{notes:?}"
    );
    las_in(&mut service, &file, &guessed(&file)).expect("read in");
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM insats WHERE avslutad = 1"),
        0
    );

    service
        .end_insats(EndInsats {
            id,
            slutdatum: "2026-03-31".into(),
        })
        .expect("ended");
    let file = register("Pågående", "2026-03-31");
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    let notes: Vec<&str> = preview
        .anmarkningar
        .iter()
        .map(|a| a.meddelande.as_str())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("pågående enligt filen men avslutad")),
        "{notes:?}"
    );
    assert_eq!(count_rows(&service, AVSLUTADE), 1);
}
