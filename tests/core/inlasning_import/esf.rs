//! M3 and a file: whether the förbund itself leads and steers an ESF insats's project is
//! read from a column that says it ("Förbundet leder ESF-projektet", Ja/Nej); a new ESF
//! insats whose row does not say it is read as led, the stricter answer, and the preview
//! notes it beside the row for the officer to answer in the panel, rather than guessing
//! silently.

use finsamkollen_core::api::inlasning::las_in;
use finsamkollen_core::report::inlasning::FaltTyp;

use super::*;
use crate::support::{count_rows, service_with_forbund};

/// A register of one new ESF insats, with the answer column when `leder` is given.
fn register(leder: Option<&str>) -> Arbetsbok {
    let mut header = vec![
        t("Namn"),
        t("Inriktning"),
        t("Preciserad inriktning"),
        t("Startdatum"),
        t("ESF"),
    ];
    let mut row = vec![
        t("ESF-spåret"),
        t("Individinriktad"),
        t("Stöd till arbete"),
        t("2026-02-01"),
        t("Ja"),
    ];
    if let Some(leder) = leder {
        header.push(t("Förbundet leder ESF-projektet"));
        row.push(t(leder));
    }
    bok(vec![("Insatser", vec![header, row])])
}

const LED: &str = "SELECT count(*) FROM insats_esf WHERE leder = 1";
const SUPPORTED: &str = "SELECT count(*) FROM insats_esf WHERE leder = 0";

#[test]
fn m3_a_new_esf_insats_without_the_answer_is_read_as_led_and_the_preview_says_so() {
    let mut service = service_with_forbund(TODAY);
    let file = register(None);
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    let [note] = preview.anmarkningar.as_slice() else {
        panic!("one note: {:?}", preview.anmarkningar)
    };
    assert!(
        note.meddelande.starts_with(
            "Blad Insatser, rad 2, ESF: Filen säger inte om förbundet självt leder och styr \
             ESF-projektet. Insatsen läses in som ledd av förbundet"
        ),
        "{}",
        note.meddelande
    );
    las_in(&mut service, &file, &guessed(&file)).expect("read in");
    assert_eq!(count_rows(&service, LED), 1);
}

#[test]
fn m3_the_column_saying_whether_the_forbund_leads_the_esf_project_is_read() {
    let file = register(Some("Nej"));
    let begaran = guessed(&file);
    assert_eq!(
        begaran.mappningar[0].kolumner[5].map(|f| f.typ),
        Some(FaltTyp::EsfLeder)
    );
    let mut service = service_with_forbund(TODAY);
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert!(
        preview.anmarkningar.is_empty(),
        "{:?}",
        preview.anmarkningar
    );
    las_in(&mut service, &file, &begaran).expect("read in");
    assert_eq!(count_rows(&service, SUPPORTED), 1);

    // Read again with the other answer: the insats is matched, its answer kept (the panel
    // changes it), and the difference noted.
    let file = register(Some("Ja"));
    let preview = service
        .inlasning_forhandsvisning(&file, &guessed(&file))
        .expect("preview");
    assert!(
        preview.anmarkningar.iter().any(|n| n
            .meddelande
            .contains("Svaret om förbundet leder ESF-projektet i filen (Ja)")),
        "{:?}",
        preview.anmarkningar
    );
    las_in(&mut service, &file, &guessed(&file)).expect("read in");
    assert_eq!(count_rows(&service, SUPPORTED), 1);
    assert_eq!(count_rows(&service, LED), 0);
}
