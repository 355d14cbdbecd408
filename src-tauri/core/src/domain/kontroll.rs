//! Förhandskontroll — the pre-submission check of a year: errors that must be fixed
//! before the figures are reported, warnings worth a look, and, while the year is still
//! running, what can only be filled in after it has ended (Y7).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// Where in the app a remark is fixed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Lank {
    /// The year's medel.
    Medel,
    /// A row of the budget grid (`insats-<id>` or `admin`).
    Budget { key: String },
    /// The insats panel.
    Insats {
        #[ts(type = "number")]
        id: i64,
    },
    /// Ingående organisationer on the förbund page.
    Organisationer,
}

/// One remark of the check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Anmarkning {
    /// A stable code, e.g. `medel_saknas`, `m2_af_not_financier`.
    pub kod: String,
    pub text: String,
    pub lank: Lank,
}

/// The result of the check for one year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Forhandskontroll {
    pub year: i32,
    /// The year's own deadline of the submission the errors stand in the way of, in prose
    /// ("15 april 2027"), for the errors' heading.
    pub deadline_text: String,
    /// Errors: what must be fixed before the year's figures are submitted.
    pub fel: Vec<Anmarkning>,
    pub varningar: Vec<Anmarkning>,
    /// Y7, "Fylls i efter årets slut": until the year has ended, its missing utfall and
    /// participant counts, which nobody can know yet. They are not errors: they count in
    /// no error total and make no report preliminär. Empty once the year has ended, when
    /// the same remarks are errors.
    pub efter_arets_slut: Vec<Anmarkning>,
    /// Y7, "Att fylla i nu": for the running year, its missing medel and budget
    /// (budgeterat antal deltagare included). They are planned figures and should be filled
    /// in now, but they are not yet a submission error: that comes once the year has ended.
    pub att_fylla_i_nu: Vec<Anmarkning>,
    /// Y7, "Fylls i före årets början": for a year that has not begun, its missing medel and
    /// budget, as information.
    pub fore_arets_borjan: Vec<Anmarkning>,
    /// Y8: for a historik year (locked, no figures, not marked inrapporterat), the sentence
    /// that says so. `None` for every other year.
    pub historik: Option<String>,
    /// Y8: in a historik year, what is missing (medel, budget, utfall, counts) is
    /// information, not an error: the year was reported elsewhere before Finsamkollen,
    /// and its figures come only through "Läs in tidigare år".
    pub information: Vec<Anmarkning>,
}

/// The check's state for an open year, for the start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KontrollStatus {
    pub year: i32,
    #[ts(type = "number")]
    pub fel: usize,
    #[ts(type = "number")]
    pub varningar: usize,
    /// Y7: what the running year's check lists as "Att fylla i nu" (no errors).
    #[ts(type = "number")]
    pub att_fylla_i_nu: usize,
    /// 15 April of the following year.
    pub deadline: NaiveDate,
    /// The deadline in prose: "15 april 2027".
    pub deadline_text: String,
    /// Days from today to the deadline (0 on the day itself).
    #[ts(type = "number")]
    pub dagar_kvar: i64,
}
