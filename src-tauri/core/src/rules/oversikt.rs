//! "Alla år" and the styrelserapport's multi-year page: which years are shown and how
//! their charts are drawn. Years before the first with any figure are left out (a young
//! förbund's start year or a förbund's years before Finsamkollen would be rows of
//! "Inga siffror registrerade"), and one line says from which year figures exist.

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
