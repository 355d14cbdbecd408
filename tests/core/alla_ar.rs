//! "Alla år" and the styrelserapport's page of every year for a young förbund: the years
//! before the first figure are left out with one line saying from when figures exist, and
//! with fewer than three years of figures the charts are bars, without a participant in
//! any charted year a sentence stands in for the Deltagare chart, and without any figure
//! at all one sentence stands in for both charts (`rules::oversikt`). What the charts show
//! is one value, `AllYears::diagram`, which the screen and the PDF both draw.

use finsamkollen_core::domain::budget::MedelInput;
use finsamkollen_core::domain::insats::{Inriktning, NewInsats};
use finsamkollen_core::domain::oversikt::{Diagram, Diagramtyp, YearFigures};
use finsamkollen_core::domain::year::YearStatus;
use finsamkollen_core::money::Kronor;
use finsamkollen_core::rules::oversikt::{
    diagram, diagramtyp, inga_deltagare, siffror_fran, years_shown,
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
