//! Y8 end to end in the core: a förbund started 2012 brings 2019–2025 in from its own
//! workbook, with an insats that ran from 2021-03-01 and runs until 2026-12-31.

use finsamkollen_core::domain::budget::MedelInput;
use finsamkollen_core::domain::oversikt::{Diagram, Diagramtyp};

use super::*;
use crate::support::{forbund_since_2012, listed_in};

fn workbook(preciserad: &str) -> Arbetsbok {
    let register = vec![
        vec![
            t("Namn på insatsen"),
            t("Inriktning"),
            t("Preciserad inriktning"),
            t("Startdatum"),
            t("Slutdatum"),
            t("ESF"),
        ],
        vec![
            t("Vägen ut"),
            t("Individinriktad"),
            t(preciserad),
            t("1/3/2021"),
            Cell::Date(46387.0),
            t("Nej"),
        ],
    ];
    let mut siffror = vec![vec![
        t("Insats"),
        t("År"),
        t("Budget"),
        t("Utfall"),
        t("Kvinnor"),
        t("Män"),
    ]];
    let mut medel = vec![vec![t("År"), t("Samverkansparterna"), t("Överskott")]];
    for year in 2019..=2025 {
        if year >= 2021 {
            siffror.push(vec![
                t("Vägen ut"),
                n(f64::from(year)),
                n(500_000.0),
                n(480_000.0),
                n(10.0),
                n(7.0),
            ]);
        }
        medel.push(vec![n(f64::from(year)), n(3_000_000.0), n(100_000.0)]);
    }
    bok(vec![
        ("Insatser", register),
        ("Siffror", siffror),
        ("Medel", medel),
    ])
}

#[test]
fn y8_a_forbund_since_2012_brings_2019_to_2025_in_from_its_workbook() {
    let mut service = forbund_since_2012(TODAY);
    let preciserad = service
        .insats_choices()
        .expect("choices")
        .preciserade
        .individinriktad[0]
        .namn
        .clone();
    let file = workbook(&preciserad);
    let begaran = guessed(&file);
    let preview = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert!(preview.kan_lasas_in, "{:?}", preview.problem);
    assert_eq!(preview.insatser_nya, ["Vägen ut"]);
    assert_eq!(preview.ar, (2019..=2025).collect::<Vec<_>>());
    assert_eq!(preview.celler, 5 * 4 + 7 * 2);
    let summary = service
        .inlasning_verkstall(&file, &begaran, |_| Ok(None))
        .expect("apply");
    assert_eq!(summary.celler, preview.celler);
    for year in 2021..=2026 {
        let names: Vec<String> = listed_in(&service, year).into_iter().map(|r| r.0).collect();
        assert_eq!(names, ["Vägen ut"], "{year}");
    }
    let detail = service.insats(summary_id(&service)).expect("insats");
    assert_eq!(detail.startdatum.to_string(), "2021-03-01");
    assert_eq!(
        detail.slutdatum.map(|d| d.to_string()).as_deref(),
        Some("2026-12-31")
    );
    // Typing into 2023 is still refused (Y1).
    let typed = service.save_medel(MedelInput {
        year: 2023,
        samverkansparterna: "1".into(),
        esf_plus: "0".into(),
        overskott: "0".into(),
    });
    assert!(typed.is_err());
    // Read again: nothing new, nothing differs.
    let again = service
        .inlasning_forhandsvisning(&file, &begaran)
        .expect("preview");
    assert_eq!((again.celler, again.konflikter.len()), (0, 0));
    assert_eq!(again.insatser_matchade, ["Vägen ut"]);
}

fn summary_id(service: &Service) -> i64 {
    service
        .start_page(Some(2023))
        .expect("start")
        .insatser
        .first()
        .expect("an insats")
        .id
}

/// Issue 23's "done when": after the import, "Alla år" and the styrelserapport's page of
/// every year show the seven years read in, from 2019 on: the years before it, with nothing
/// registered, are left out with one line saying from when figures exist, and only the later
/// years without figures are named as such; seven years are drawn as lines.
#[test]
fn y8_after_the_import_alla_ar_and_the_styrelserapport_show_the_seven_years() {
    let mut service = forbund_since_2012(TODAY);
    let preciserad = service
        .insats_choices()
        .expect("choices")
        .preciserade
        .individinriktad[0]
        .namn
        .clone();
    let file = workbook(&preciserad);
    service
        .inlasning_verkstall(&file, &guessed(&file), |_| Ok(None))
        .expect("apply");
    let alla = service.all_years().expect("alla år");
    let with_figures: Vec<i32> = alla
        .years
        .iter()
        .filter(|y| y.har_siffror)
        .map(|y| y.year)
        .collect();
    assert_eq!(with_figures, (2019..=2025).collect::<Vec<_>>());
    assert_eq!(alla.years.first().map(|y| y.year), Some(2019));
    assert_eq!(
        alla.siffror_fran.as_deref(),
        Some("Siffror finns från 2019.")
    );
    assert!(
        matches!(&alla.diagram, Diagram::Ritas { typ: Diagramtyp::Linjer, years, .. } if years.len() == 7),
        "seven years as lines: {:?}",
        alla.diagram
    );

    let text = crate::support::styrelserapport_text(&mut service, 2025, "styrelserapport-7-ar.pdf");
    for year in 2019..=2025 {
        // Each year's row: the year (marked *, the admin costs' utfall is missing), its
        // medel with the överskott, and the överskott as eget kapital.
        assert!(
            text.contains(&format!("{year}* 3 100 000 kr 100 000 kr")),
            "{year} in {text}"
        );
    }
    assert!(text.contains("Siffror finns från 2019."), "{text}");
    assert!(
        text.contains("Inga siffror registrerade: 2026, 2027."),
        "{text}"
    );
}
