//! The start page: the förbund, the year picker, and the chosen year's tables.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::Service;
use crate::db;
use crate::domain::forbund::Forbund;
use crate::domain::insats::InsatsRow;
use crate::domain::year::YearStatus;
use crate::error::CoreError;
use crate::rules::year;

/// One entry of the year picker (Y5) with its status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct YearOption {
    pub year: i32,
    pub status: YearStatus,
    /// The Swedish sentence for the status, e.g. "Öppen för ändringar t.o.m. 15 april 2027".
    pub label: String,
    /// Y8: a locked year with no figures and not marked inrapporterat.
    pub historik: bool,
}

/// Everything the start page shows, for one year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartPage {
    pub forbund: Forbund,
    pub today: NaiveDate,
    /// The chosen year.
    pub year: i32,
    /// The year picker: every year from the start year to next year (Y5).
    pub years: Vec<YearOption>,
    /// The insatser that run during the chosen year.
    pub insatser: Vec<InsatsRow>,
    /// "2025 är låst sedan 16 april 2026 och kan bara läsas." when the chosen year is
    /// locked (Y4, Y6).
    pub lock_notice: Option<String>,
    /// Whether the page offers "Lägg till insats": not on a locked year that holds figures
    /// or was marked inrapporterat, where nothing new may start (Y6) and the button could
    /// only lead to a refusal; on a historik year it may (Y8).
    pub ny_insats: bool,
    /// Y8: the chosen year is historik.
    pub historik: bool,
}

/// Y8: the year picker's words for a historik year.
fn historik_label(status: &YearStatus) -> String {
    format!("Historik, {}", status.label().to_lowercase())
}

impl Service {
    /// The start page for `year`, or for the year being reported when `None`.
    pub fn start_page(&self, year: Option<i32>) -> crate::Result<StartPage> {
        let forbund = self.require_forbund()?;
        let today = self.clock.today();
        let period = forbund.period();
        let selectable = year::selectable_years(today, &period);
        let year = match year {
            None => year::default_year(today, &period),
            Some(year) if selectable.contains(&year) => year,
            Some(year) => {
                return Err(CoreError::YearOutOfRange {
                    year,
                    first: selectable.first().copied().unwrap_or(year),
                    last: selectable.last().copied().unwrap_or(year),
                })
            }
        };
        let historik = self.historik_years()?;
        let years = selectable
            .into_iter()
            .map(|y| {
                let status = YearStatus::of(y, today, &period);
                let is_historik = historik.contains(&y);
                YearOption {
                    year: y,
                    label: if is_historik {
                        historik_label(&status)
                    } else {
                        status.label()
                    },
                    status,
                    historik: is_historik,
                }
            })
            .collect();
        let chosen = YearStatus::of(year, today, &period);
        let is_historik = historik.contains(&year);
        let conn = self.db.conn();
        Ok(StartPage {
            insatser: db::insats::running_in_year(conn, year)?,
            lock_notice: if is_historik {
                Some(year::historik_notice(year, &chosen))
            } else {
                chosen.lock_notice(year)
            },
            ny_insats: is_historik || !matches!(chosen, YearStatus::Locked { .. }),
            historik: is_historik,
            forbund,
            today,
            year,
            years,
        })
    }
}
