//! "Alla år" and the styrelserapport's multi-year page: which years are shown and how
//! their charts are drawn. Years before the first with any figure are left out (a young
//! förbund's start year or a förbund's years before Finsamkollen would be rows of
//! "Inga siffror registrerade"), and one line says from which year figures exist. The
//! charts are drawn over the years with figures ([`diagram`], one decision for the screen
//! and the PDF). A chart of nothing but zeros would be an empty frame, which looks broken
//! to a board, so it is left out and one sentence says so instead: the Deltagare chart
//! when no charted year has a participant, both charts when no year has any figure.
//! Which years' kostnader are marked incomplete ([`ofullstandiga`]) and which years are
//! rows of the styrelserapport's table ([`rapporttabell`]) are decided here too, so the
//! screen and the PDF only draw them.

use crate::domain::oversikt::{
    Diagram, Diagramtyp, Markering, Ofullstandiga, Rapporttabell, YearFigures,
};

/// The fewest years with figures that are drawn as lines; fewer are bars.
pub const LINJER_FRAN: usize = 3;

/// The years to show: from the first year with any figure on. With no figure at all,
/// every year is shown, each saying it has none.
pub fn years_shown(years: Vec<YearFigures>) -> Vec<YearFigures> {
    match years.iter().position(|a| a.har_siffror) {
        Some(first) => years.into_iter().skip(first).collect(),
        None => years,
    }
}

/// The line saying from which year figures exist, when `shown` starts later than
/// `first_selectable`.
pub fn siffror_fran(first_selectable: Option<i32>, shown: &[YearFigures]) -> Option<String> {
    let first = shown.first()?;
    (first_selectable? < first.year && first.har_siffror)
        .then(|| format!("Siffror finns från {}.", first.year))
}

/// What the charts show, on the Alla år screen and in the styrelserapport alike: the
/// shown years that have figures, as lines or bars ([`diagramtyp`]), with the Deltagare
/// chart or the sentence in its place ([`inga_deltagare`]). When no shown year has any
/// figure there is nothing to chart: no chart at all, and one sentence naming the years
/// ("Inga siffror registrerade för 2025–2027.") under the charts' heading.
pub fn diagram(shown: &[YearFigures]) -> Diagram {
    let years: Vec<YearFigures> = shown.iter().filter(|a| a.har_siffror).cloned().collect();
    if years.is_empty() {
        let named: Vec<i32> = shown.iter().map(|a| a.year).collect();
        let text = match name_years(&named) {
            Some(named) => format!("Inga siffror registrerade för {named}."),
            None => "Inga siffror registrerade.".to_owned(),
        };
        return Diagram::Inga { text };
    }
    Diagram::Ritas {
        typ: diagramtyp(&years),
        inga_deltagare: inga_deltagare(&years),
        years,
    }
}

/// The years whose kostnader are incomplete, marked "*" on the screen and in the PDF
/// alike, with the note under the table: a year with figures and rows whose utfall is
/// still missing (insatser running in the year, or the administrative costs). A year
/// without figures is not marked: it says it has none, and its missing utfall is no news.
/// `None` when no year is marked.
pub fn ofullstandiga(shown: &[YearFigures]) -> Option<Ofullstandiga> {
    let markerade: Vec<Markering> = shown
        .iter()
        .filter(|a| a.har_siffror && a.utfall_saknas > 0)
        .map(|a| Markering {
            year: a.year,
            text: match a.utfall_saknas {
                1 => "Utfall saknas för en rad".to_owned(),
                n => format!("Utfall saknas för {n} rader"),
            },
        })
        .collect();
    (!markerade.is_empty()).then(|| Ofullstandiga {
        markerade,
        not: "* Utfall saknas ännu för några rader; kostnaderna är ofullständiga.".to_owned(),
    })
}

/// The styrelserapport's table: the shown years with figures are its rows, and the others
/// are named in one line under it ("Inga siffror registrerade: 2026, 2027."), as a page has
/// no room for rows of nothing. When no shown year has any figure, every shown year is a
/// row saying so, as on the screen, and no line repeats them.
pub fn rapporttabell(shown: &[YearFigures]) -> Rapporttabell {
    let rader: Vec<YearFigures> = shown.iter().filter(|a| a.har_siffror).cloned().collect();
    if rader.is_empty() {
        return Rapporttabell {
            rader: shown.to_vec(),
            inga_siffror: None,
        };
    }
    let tomma: Vec<String> = shown
        .iter()
        .filter(|a| !a.har_siffror)
        .map(|a| a.year.to_string())
        .collect();
    Rapporttabell {
        rader,
        inga_siffror: (!tomma.is_empty())
            .then(|| format!("Inga siffror registrerade: {}.", tomma.join(", "))),
    }
}

/// Lines from [`LINJER_FRAN`] years with figures on, bars below.
pub fn diagramtyp(shown: &[YearFigures]) -> Diagramtyp {
    if shown.iter().filter(|a| a.har_siffror).count() >= LINJER_FRAN {
        Diagramtyp::Linjer
    } else {
        Diagramtyp::Staplar
    }
}

/// The sentence that stands in for the Deltagare chart when none of the charted years (the
/// shown years with figures) has a participant ("Inga deltagare registrerade för 2026."):
/// a chart of nothing but zeros is an empty frame, which looks broken to a board. `None`
/// when there is a chart to draw, and when no year has figures, as [`diagram`] then draws
/// no chart at all.
pub fn inga_deltagare(shown: &[YearFigures]) -> Option<String> {
    let charted: Vec<&YearFigures> = shown.iter().filter(|a| a.har_siffror).collect();
    if charted.iter().any(|a| a.deltagare > 0) {
        return None;
    }
    let years: Vec<i32> = charted.iter().map(|a| a.year).collect();
    name_years(&years).map(|named| format!("Inga deltagare registrerade för {named}."))
}

/// Years as a sentence names them, oldest first: "2026", "2024–2026" when consecutive,
/// else "2021, 2023 och 2025". `None` for no year.
fn name_years(years: &[i32]) -> Option<String> {
    let (&first, &last) = (years.first()?, years.last()?);
    let consecutive = i64::from(last) - i64::from(first) + 1 == years.len() as i64;
    Some(match years {
        [one] => one.to_string(),
        _ if consecutive => format!("{first}–{last}"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(i32::to_string).collect();
            format!("{} och {last}", rest.join(", "))
        }
        [] => return None,
    })
}
