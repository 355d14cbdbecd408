//! Alla år — the multi-year overview: each year's medel, kostnader, saldo and deltagare,
//! as the screen "Alla år" and the styrelserapport's second page show them.

use serde::Serialize;
use ts_rs::TS;

use crate::domain::year::YearStatus;
use crate::money::Kronor;

/// One year's figures. Kostnader and saldo are by utfall; a year whose utfall is not all
/// in yet says so in `utfall_saknas`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct YearFigures {
    pub year: i32,
    pub status: YearStatus,
    /// Whether medel are registered for the year at all.
    pub medel_registrerade: bool,
    /// Samverkansparterna + ESF+ + överskott.
    pub medel: Kronor,
    /// Överskott från föregående år: the eget kapital carried into the year.
    pub eget_kapital: Kronor,
    /// Administrativa kostnader + insatsernas utfall.
    pub kostnader: Kronor,
    /// The same by budget.
    pub kostnader_budget: Kronor,
    /// Medel − kostnader (utfall): what is left to carry on.
    pub saldo: Kronor,
    /// Deltagare in individinriktade insatser that follow their participants.
    pub kvinnor: u32,
    pub man: u32,
    /// Deltagare in the other insatser that follow their participants (antal only).
    pub antal: u32,
    /// Kvinnor + män + antal.
    pub deltagare: u32,
    /// Whether anything is registered for the year: medel, a budget or utfall, or counts.
    pub har_siffror: bool,
    /// Rows (insatser and the administrative costs) whose utfall is still missing.
    pub utfall_saknas: u32,
}

/// How the multi-year charts draw the years with figures: lines from three years on;
/// with one or two a line is a lone dot or a single stroke, so they are bars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Diagramtyp {
    Linjer,
    Staplar,
}

/// "Alla år": every selectable year from the first with any figure, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AllYears {
    pub forbund: String,
    pub years: Vec<YearFigures>,
    /// "Siffror finns från 2024." when earlier selectable years were left out for having
    /// nothing registered; none when every selectable year is shown.
    pub siffror_fran: Option<String>,
    /// What the charts show, on the screen and in the styrelserapport alike.
    pub diagram: Diagram,
    /// The years whose kostnader are incomplete for want of utfall, marked "*" in the
    /// table, and the note saying what the mark means; none when no year is marked
    /// (`rules::oversikt::ofullstandiga`).
    pub ofullstandiga: Option<Ofullstandiga>,
    /// The styrelserapport's table of every year (`rules::oversikt::rapporttabell`).
    pub rapporttabell: Rapporttabell,
}

/// Kostnader still incomplete (utfall saknas): which years the table marks "*" and what
/// the mark says, decided once so that the Alla år screen and the styrelserapport agree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Ofullstandiga {
    /// The marked years, oldest first, each with what its mark says.
    pub markerade: Vec<Markering>,
    /// The note under the table ("* Utfall saknas ännu för några rader; kostnaderna är
    /// ofullständiga.").
    pub not: String,
}

/// One year marked "*": its kostnader lack some rows' utfall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Markering {
    pub year: i32,
    /// What the mark says: "Utfall saknas för 3 rader", "Utfall saknas för en rad".
    pub text: String,
}

/// The styrelserapport's table of every year: a page has no room for rows of nothing, so
/// the shown years without figures are named in one line under it instead. The screen
/// lists every shown year as a row, since each row opens its year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rapporttabell {
    /// The rows, oldest first: the shown years with figures, or every shown year when none
    /// has any (each row then says "Inga siffror registrerade", as on the screen).
    pub rader: Vec<YearFigures>,
    /// "Inga siffror registrerade: 2026, 2027." naming the shown years without figures
    /// that are not rows; none when every shown year is a row.
    pub inga_siffror: Option<String>,
}

/// What the charts of Alla år and of the styrelserapport's page of every year show,
/// decided once (`rules::oversikt::diagram`) so that the screen and the PDF cannot differ.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Diagram {
    /// No shown year has any figure: no chart at all, since charts of nothing but zeros
    /// are empty frames, and this sentence in their place ("Inga siffror registrerade för
    /// 2025–2027.").
    Inga { text: String },
    /// The two charts, over the years with figures.
    Ritas {
        /// The charted years, oldest first: the shown years that have figures.
        years: Vec<YearFigures>,
        /// Lines or bars.
        typ: Diagramtyp,
        /// "Inga deltagare registrerade för 2026." when none of the charted years has a
        /// participant: the Deltagare chart is then left out and this sentence stands in
        /// its place. `None` when there is a Deltagare chart to draw.
        inga_deltagare: Option<String>,
    },
}
