//! "Alla år" and the styrelserapport's multi-year page: which years are shown and how
//! their charts are drawn. Years before the first with any figure are left out (a young
//! förbund's start year or a förbund's years before Finsamkollen would be rows of
//! "Inga siffror registrerade"), and one line says from which year figures exist. A
//! Deltagare chart with no participant in any of its years would be an empty frame, so it
//! is left out and one sentence says so instead.

use crate::domain::oversikt::{Diagramtyp, YearFigures};

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

/// Lines from [`LINJER_FRAN`] years with figures on, bars below.
pub fn diagramtyp(shown: &[YearFigures]) -> Diagramtyp {
    if shown.iter().filter(|a| a.har_siffror).count() >= LINJER_FRAN {
        Diagramtyp::Linjer
    } else {
        Diagramtyp::Staplar
    }
}

/// The years the charts draw: those with figures, or every shown year when none has any
/// (the renderers draw the same).
fn charted(shown: &[YearFigures]) -> Vec<&YearFigures> {
    let with: Vec<&YearFigures> = shown.iter().filter(|a| a.har_siffror).collect();
    if with.is_empty() {
        shown.iter().collect()
    } else {
        with
    }
}

/// The sentence that stands in for the Deltagare chart when none of the charted years has
/// a participant ("Inga deltagare registrerade för 2026."): a chart of nothing but zeros
/// is an empty frame, which looks broken to a board. `None` when there is a chart to draw.
pub fn inga_deltagare(shown: &[YearFigures]) -> Option<String> {
    let charted = charted(shown);
    if charted.iter().any(|a| a.deltagare > 0) {
        return None;
    }
    let years: Vec<i32> = charted.iter().map(|a| a.year).collect();
    let (&first, &last) = (years.first()?, years.last()?);
    let consecutive = i64::from(last) - i64::from(first) + 1 == years.len() as i64;
    let named = match years.as_slice() {
        [one] => one.to_string(),
        _ if consecutive => format!("{first}–{last}"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(i32::to_string).collect();
            format!("{} och {last}", rest.join(", "))
        }
        [] => return None,
    };
    Some(format!("Inga deltagare registrerade för {named}."))
}
