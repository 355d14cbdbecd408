//! "Avsluta insats" with the end year's counts (D2, issue 27): ending freezes the counts,
//! so the dialog is told which of the end year's counts are missing, and may save them
//! together with the end in one transaction, so a refused end changes nothing.

use chrono::Datelike;
use serde::Serialize;
use ts_rs::TS;

use super::super::Service;
use crate::db;
use crate::domain::insats::{Antalsfalt, DeltagareInput, DeltagareYear, EndInsats, InsatsDetail};
use crate::error::CoreError;
use crate::rules::insats::{count_fields, locked_years, missing_counts};
use crate::rules::parse;
use crate::rules::year::ensure_editable;

/// D2: what "Avsluta insats" says about the end year's counts before they are frozen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AvslutAntal {
    /// The end year; `None` while the end date cannot be read.
    pub year: Option<i32>,
    /// The end year's counts that are still missing; empty when they are complete or the
    /// insats does not follow participants.
    pub saknas: Vec<Antalsfalt>,
    /// Whether the missing counts can be filled in now: the end year is open for changes.
    pub kan_fyllas: bool,
    /// The warning shown before confirming, e.g. "Deltagarantalen för 2026 saknas (kvinnor,
    /// män). …"; `None` when nothing is missing.
    pub varning: Option<String>,
    /// The counts that ending on this date locks, as the dialog's table draws them: each
    /// year the insats runs up to the end year, never a later one (up to today's year while
    /// the date cannot be read); none when the insats does not follow participants.
    pub lasta: Vec<DeltagareYear>,
}

fn falt_ord(falt: Antalsfalt) -> &'static str {
    match falt {
        Antalsfalt::Kvinnor => "kvinnor",
        Antalsfalt::Man => "män",
        Antalsfalt::Antal => "antal",
    }
}

impl Service {
    /// D2: which of the end year's counts are missing when insats `id` ends on `slutdatum`
    /// (as typed), and whether they can be filled in before the end.
    pub fn avslut_antal(&self, id: i64, slutdatum: &str) -> crate::Result<AvslutAntal> {
        let current = self.require_insats(id)?;
        let forbund = self.require_forbund()?;
        let today = self.clock.today();
        let end = crate::rules::date::parse(slutdatum, "slutdatum").ok();
        let lasta = self.count_rows(
            &current,
            locked_years(current.startdatum, end, &forbund.period(), today),
        )?;
        let Some(end) = end else {
            return Ok(AvslutAntal {
                year: None,
                saknas: Vec::new(),
                kan_fyllas: false,
                varning: None,
                lasta,
            });
        };
        let year = end.year();
        let falt = count_fields(current.inriktning, current.foljer_deltagare);
        let stored = db::insats::deltagare(self.db.conn(), id)?
            .into_iter()
            .find(|c| c.0 == year);
        let (kvinnor, man, antal) = stored.map_or((None, None, None), |c| (c.1, c.2, c.3));
        let saknas = if current.avslutad || end < current.startdatum {
            Vec::new()
        } else {
            missing_counts(&falt, kvinnor, man, antal)
        };
        let kan_fyllas = !saknas.is_empty()
            && ensure_editable("Deltagare", year, today, &forbund.period()).is_ok();
        let varning = (!saknas.is_empty()).then(|| {
            let ord: Vec<&str> = saknas.iter().map(|f| falt_ord(*f)).collect();
            let vad = if saknas.len() == falt.len() {
                format!("Deltagarantalen för {year} är tomma")
            } else {
                format!(
                    "Deltagarantalen för {year} är ofullständiga: {} saknas",
                    ord.join(" och ")
                )
            };
            let sedan = if kan_fyllas {
                "Fyll i dem nedan innan du avslutar: efteråt kan inga deltagare läggas till."
            } else {
                "Efter avslutet kan inga deltagare läggas till."
            };
            format!("{vad}. {sedan}")
        });
        Ok(AvslutAntal {
            year: Some(year),
            saknas,
            kan_fyllas,
            varning,
            lasta,
        })
    }

    /// "Avsluta insats" with the end year's counts as typed in the dialog: both are read,
    /// checked and saved in one transaction, the counts first (D1, D2, I5). A refusal of
    /// either changes nothing.
    pub fn end_insats_with_counts(
        &mut self,
        input: EndInsats,
        deltagare: DeltagareInput,
    ) -> crate::Result<InsatsDetail> {
        let avslut = parse::avslut(&input)?;
        let counts = parse::deltagare(&deltagare)?;
        if counts.insats_id != avslut.id {
            return Err(CoreError::NotFound {
                what: "Insatsen".to_owned(),
            });
        }
        let today = self.clock.today();
        let current = self.check_deltagare(&counts, today)?;
        self.check_avslut(&avslut, today)?;
        let end = avslut.slutdatum;
        let row = (counts.year, counts.kvinnor, counts.man, counts.antal);
        self.write(format!("Avsluta insats: {}", current.namn), |tx| {
            db::insats::set_deltagare(tx, avslut.id, row)?;
            Ok(db::insats::avsluta(tx, avslut.id, end)?)
        })?;
        self.insats(avslut.id)
    }
}
