//! "Alla år" and the styrelserapport's page of every year for a young förbund: the years
//! before the first figure are left out with one line saying from when figures exist, and
//! with fewer than three years of figures the charts are bars, without a participant in
//! any charted year a sentence stands in for the Deltagare chart, and without any figure
//! at all one sentence stands in for both charts (`rules::oversikt`). What the charts show
//! is one value, `AllYears::diagram`, which the screen and the PDF both draw; so are the
//! years marked "*" for missing utfall (`AllYears::ofullstandiga`) and the rows of the
//! styrelserapport's table (`AllYears::rapporttabell`).

use finsamkollen_core::domain::budget::MedelInput;
use finsamkollen_core::domain::insats::{Inriktning, NewInsats};
use finsamkollen_core::domain::oversikt::{Diagram, Diagramtyp, Markering, YearFigures};
use finsamkollen_core::domain::year::YearStatus;
use finsamkollen_core::money::Kronor;
use finsamkollen_core::rules::oversikt::{
    diagram, diagramtyp, inga_deltagare, ofullstandiga, rapporttabell, siffror_fran, years_shown,
};

use crate::support::{counts, medel, new_insats, service_with_forbund};

fn year(year: i32, har_siffror: bool) -> YearFigures {
    YearFigures {
        year,
        status: YearStatus::OutsidePeriod,
        medel_registrerade: har_siffror,
        medel: Kronor::ZERO,
        eget_kapital: Kronor::ZERO,
        kostnader: Kronor::ZERO,
        kostnader_budget: Kronor::ZERO,
        saldo: Kronor::ZERO,
        kvinnor: 0,
        man: 0,
        antal: 0,
        deltagare: 0,
        har_siffror,
        utfall_saknas: 0,
    }
}

fn years(with: &[i32]) -> Vec<YearFigures> {
    (2019..=2027).map(|y| year(y, with.contains(&y))).collect()
}

fn shown(with: &[i32]) -> Vec<i32> {
    years_shown(years(with)).iter().map(|a| a.year).collect()
}

/// The charted years, how they are drawn and the Deltagare sentence, when there are charts.
fn charts(diagram: &Diagram) -> Option<(Vec<i32>, Diagramtyp, Option<&str>)> {
    match diagram {
        Diagram::Ritas {
            years,
            typ,
            inga_deltagare,
        } => Some((
            years.iter().map(|a| a.year).collect(),
            *typ,
            inga_deltagare.as_deref(),
        )),
        Diagram::Inga { .. } => None,
    }
}

#[test]
fn alla_ar_leaves_out_the_years_before_the_first_figure_and_says_from_when() {
    // Figures in 2024 and 2025: 2019–2023 go; 2026 and 2027 stay, as the year being
    // filled in and the next.
    assert_eq!(shown(&[2024, 2025]), (2024..=2027).collect::<Vec<_>>());
    let kept = years_shown(years(&[2024, 2025]));
    assert_eq!(
        siffror_fran(Some(2019), &kept).as_deref(),
        Some("Siffror finns från 2024.")
    );
    // A gap after the first figure is kept: it says something about the förbund.
    assert_eq!(shown(&[2020, 2023]), (2020..=2027).collect::<Vec<_>>());
    // Figures from the first selectable year on: nothing is left out, no line.
    let all = years_shown(years(&[2019]));
    assert_eq!(all.len(), 9);
    assert_eq!(siffror_fran(Some(2019), &all), None);
    // No figures at all: every year is shown, each saying it has none, and no line.
    assert_eq!(shown(&[]), (2019..=2027).collect::<Vec<_>>());
    assert_eq!(siffror_fran(Some(2019), &years_shown(years(&[]))), None);
}

#[test]
fn alla_ar_charts_fewer_than_three_years_of_figures_as_bars() {
    for (with, kind) in [
        (&[][..], Diagramtyp::Staplar),
        (&[2025][..], Diagramtyp::Staplar),
        (&[2024, 2025][..], Diagramtyp::Staplar),
        // Years without figures between them do not count.
        (&[2021, 2025][..], Diagramtyp::Staplar),
        (&[2023, 2024, 2025][..], Diagramtyp::Linjer),
        (
            &[2019, 2020, 2021, 2022, 2023, 2024, 2025][..],
            Diagramtyp::Linjer,
        ),
    ] {
        assert_eq!(diagramtyp(&years_shown(years(with))), kind, "{with:?}");
    }
}

#[test]
fn alla_ar_and_the_styrelserapport_of_a_one_year_forbund_start_at_its_figures() {
    let mut service = service_with_forbund("2026-03-01");
    service
        .save_medel(MedelInput {
            year: 2025,
            samverkansparterna: "800 000".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect("medel 2025");
    let alla = service.all_years().expect("alla år");
    let years: Vec<i32> = alla.years.iter().map(|a| a.year).collect();
    assert_eq!(years, [2025, 2026, 2027]);
    assert_eq!(
        alla.siffror_fran.as_deref(),
        Some("Siffror finns från 2025.")
    );
    assert_eq!(
        charts(&alla.diagram),
        Some((
            vec![2025],
            Diagramtyp::Staplar,
            Some("Inga deltagare registrerade för 2025.")
        ))
    );

    let text = crate::support::styrelserapport_text(&mut service, 2025, "styrelserapport-1-ar.pdf");
    assert!(text.contains("Siffror finns från 2025."), "{text}");
    assert!(
        text.contains("Inga siffror registrerade: 2026, 2027."),
        "{text}"
    );
    assert!(!text.contains("2024"), "{text}");
}

#[test]
fn alla_ar_without_participants_names_the_years_instead_of_a_deltagare_chart() {
    let said = |with: &[i32]| inga_deltagare(&years_shown(years(with)));
    for (with, sentence) in [
        (&[2025][..], "Inga deltagare registrerade för 2025."),
        (
            &[2024, 2025][..],
            "Inga deltagare registrerade för 2024–2025.",
        ),
        (
            &[2023, 2024, 2025][..],
            "Inga deltagare registrerade för 2023–2025.",
        ),
        // Only the charted years, those with figures, are named.
        (
            &[2021, 2025][..],
            "Inga deltagare registrerade för 2021 och 2025.",
        ),
        (
            &[2021, 2023, 2025][..],
            "Inga deltagare registrerade för 2021, 2023 och 2025.",
        ),
    ] {
        assert_eq!(said(with).as_deref(), Some(sentence), "{with:?}");
    }
    // No figures at all: no chart at all, so no Deltagare sentence either (see
    // alla_ar_without_any_figure_draws_no_chart_and_one_sentence_on_the_screen_and_in_the_pdf).
    assert_eq!(said(&[]), None);
    // One participant in one charted year: the chart is drawn.
    let mut shown = years_shown(years(&[2024, 2025]));
    shown[0].antal = 1;
    shown[0].deltagare = 1;
    assert_eq!(inga_deltagare(&shown), None);
}

#[test]
fn alla_ar_and_the_styrelserapport_of_a_year_without_participants_say_so_without_a_chart() {
    let mut service = service_with_forbund("2026-12-07");
    service
        .save_medel(medel(2026, "800 000", "0", "0"))
        .expect("medel 2026");
    let id = service
        .create_insats(NewInsats {
            startdatum: "2026-01-01".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("insats")
        .id;
    let alla = service.all_years().expect("alla år");
    assert_eq!(
        charts(&alla.diagram).and_then(|(_, _, inga)| inga.map(str::to_owned)),
        Some("Inga deltagare registrerade för 2026.".to_owned())
    );
    let text = crate::support::styrelserapport_text(&mut service, 2026, "inga-deltagare.pdf");
    assert!(
        text.contains("Deltagare Inga deltagare registrerade för 2026."),
        "the sentence under the chart's title: {text}"
    );
    // The chart's legend is drawn with the chart only.
    assert!(!text.contains("Antal (övriga)"), "no chart: {text}");

    service
        .save_deltagare(counts(id, 2026, "3", "4", ""))
        .expect("counts");
    let alla = service.all_years().expect("alla år");
    assert_eq!(charts(&alla.diagram).map(|(_, _, inga)| inga), Some(None));
    let text = crate::support::styrelserapport_text(&mut service, 2026, "med-deltagare.pdf");
    assert!(text.contains("Antal (övriga)"), "the chart: {text}");
    assert!(!text.contains("Inga deltagare"), "{text}");
}

#[test]
fn alla_ar_without_any_figure_draws_no_chart_and_one_sentence_on_the_screen_and_in_the_pdf() {
    // The charts are the shown years with figures; years without any between them are
    // left out of the charts (they are rows of the table).
    assert_eq!(
        charts(&diagram(&years_shown(years(&[2021, 2025])))),
        Some((
            vec![2021, 2025],
            Diagramtyp::Staplar,
            Some("Inga deltagare registrerade för 2021 och 2025.")
        ))
    );
    assert_eq!(
        charts(&diagram(&years_shown(years(&[2023, 2024, 2025])))).map(|(y, t, _)| (y, t)),
        Some((vec![2023, 2024, 2025], Diagramtyp::Linjer))
    );
    // No year has any figure: charts of nothing but zeros would be two empty frames, so
    // there is no chart at all, and one sentence names the years instead.
    assert_eq!(
        diagram(&years_shown(years(&[]))),
        Diagram::Inga {
            text: "Inga siffror registrerade för 2019–2027.".into()
        }
    );

    // A förbund with nothing registered: the model the screen draws says so, and the
    // styrelserapport, built from the same model, draws the same sentence and no chart.
    let mut service = service_with_forbund("2026-12-07");
    let alla = service.all_years().expect("alla år");
    let shown: Vec<i32> = alla.years.iter().map(|a| a.year).collect();
    assert_eq!(shown, (2019..=2027).collect::<Vec<_>>());
    assert_eq!(
        alla.diagram,
        Diagram::Inga {
            text: "Inga siffror registrerade för 2019–2027.".into()
        }
    );
    let text = crate::support::styrelserapport_text(&mut service, 2026, "inga-siffror.pdf");
    assert!(
        text.contains("Diagram Inga siffror registrerade för 2019–2027."),
        "the sentence under the charts' heading: {text}"
    );
    // Neither chart is drawn: their titles and legends come with the charts only.
    for chart in ["(kr)", "Antal (övriga)", "Inga deltagare"] {
        assert!(!text.contains(chart), "no {chart}: {text}");
    }

    // Once a figure is registered the charts are drawn over that year, in both.
    service
        .save_medel(medel(2026, "800 000", "0", "0"))
        .expect("medel 2026");
    let alla = service.all_years().expect("alla år");
    assert_eq!(
        charts(&alla.diagram).map(|(y, t, _)| (y, t)),
        Some((vec![2026], Diagramtyp::Staplar))
    );
    let text = crate::support::styrelserapport_text(&mut service, 2026, "en-siffra.pdf");
    assert!(text.contains("Medel, kostnader och saldo (kr)"), "{text}");
    assert!(!text.contains("Inga siffror registrerade för"), "{text}");
}

#[test]
fn alla_ar_marks_the_years_whose_utfall_is_missing_the_same_on_the_screen_and_in_the_pdf() {
    // 2024 lacks three rows' utfall, 2025 one, 2026 none; 2027 has no figures, so its
    // missing utfall is no news and it is not marked.
    let mut shown = years_shown(years(&[2024, 2025, 2026]));
    for (a, saknas) in shown.iter_mut().zip([3, 1, 0, 2]) {
        a.utfall_saknas = saknas;
    }
    let marked = ofullstandiga(&shown).expect("two years are marked");
    assert_eq!(
        marked.markerade,
        [
            Markering {
                year: 2024,
                text: "Utfall saknas för 3 rader".into()
            },
            Markering {
                year: 2025,
                text: "Utfall saknas för en rad".into()
            },
        ]
    );
    assert_eq!(
        marked.not,
        "* Utfall saknas ännu för några rader; kostnaderna är ofullständiga."
    );
    // Nothing missing, or missing only in years without figures: no mark and no note.
    shown[0].utfall_saknas = 0;
    shown[1].utfall_saknas = 0;
    assert_eq!(ofullstandiga(&shown), None);
    let mut none = years_shown(years(&[]));
    none.iter_mut().for_each(|a| a.utfall_saknas = 1);
    assert_eq!(ofullstandiga(&none), None);

    // A running insats without utfall and the administrative costs' missing utfall: 2026
    // is marked in the model the screen draws, and the PDF marks the same year with the
    // same note.
    let mut service = service_with_forbund("2026-12-07");
    service
        .save_medel(medel(2026, "800 000", "0", "0"))
        .expect("medel 2026");
    service
        .create_insats(NewInsats {
            startdatum: "2026-01-01".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("insats");
    let alla = service.all_years().expect("alla år");
    let marked = alla.ofullstandiga.expect("2026 is marked");
    assert_eq!(
        marked.markerade,
        [Markering {
            year: 2026,
            text: "Utfall saknas för 2 rader".into()
        }]
    );
    let text = crate::support::styrelserapport_text(&mut service, 2026, "ofullstandiga.pdf");
    assert!(text.contains("2026* 800 000 kr"), "{text}");
    assert!(text.contains(&marked.not), "{text}");
    assert!(!text.contains("2027*"), "{text}");
}

#[test]
fn alla_ar_the_styrelserapports_table_has_the_years_with_figures_and_names_the_others() {
    let rader = |with: &[i32]| {
        let tabell = rapporttabell(&years_shown(years(with)));
        let rader: Vec<i32> = tabell.rader.iter().map(|a| a.year).collect();
        (rader, tabell.inga_siffror)
    };
    // The years without figures after the first are named in one line, not rows.
    assert_eq!(
        rader(&[2021, 2025]),
        (
            vec![2021, 2025],
            Some("Inga siffror registrerade: 2022, 2023, 2024, 2026, 2027.".into())
        )
    );
    // Every shown year with figures: all rows, no line.
    assert_eq!(rader(&[2025, 2026, 2027]), (vec![2025, 2026, 2027], None));
    // No figure at all: every year is a row saying so, as on the screen, and no line
    // names them again.
    assert_eq!(rader(&[]), ((2019..=2027).collect(), None));

    // In the PDF: a förbund with nothing registered gets rows saying so (not rows of
    // zeros marked "*" as before), no note and no line; with a figure in 2026, 2026 is
    // the row and 2027 is named.
    let mut service = service_with_forbund("2026-12-07");
    let alla = service.all_years().expect("alla år");
    assert_eq!(alla.ofullstandiga, None);
    let text = crate::support::styrelserapport_text(&mut service, 2026, "tabell-tom.pdf");
    for year in 2019..=2027 {
        assert!(
            text.contains(&format!("{year} Inga siffror registrerade")),
            "{year}: {text}"
        );
    }
    assert!(!text.contains("Inga siffror registrerade:"), "{text}");
    assert!(!text.contains("Utfall saknas ännu"), "{text}");
    service
        .save_medel(medel(2026, "800 000", "0", "0"))
        .expect("medel 2026");
    let alla = service.all_years().expect("alla år");
    let rows: Vec<i32> = alla.rapporttabell.rader.iter().map(|a| a.year).collect();
    assert_eq!(rows, [2026]);
    let inga = alla.rapporttabell.inga_siffror.expect("2027 is named");
    assert_eq!(inga, "Inga siffror registrerade: 2027.");
    let text = crate::support::styrelserapport_text(&mut service, 2026, "tabell-2026.pdf");
    assert!(text.contains(&inga), "{text}");
    assert!(!text.contains("2027 Inga siffror registrerade"), "{text}");
}
