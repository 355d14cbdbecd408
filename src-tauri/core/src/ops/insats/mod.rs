//! Insatser: add, change, end, and participant counts (I1–I5, D1–D3, Y1–Y3, Y6). Every
//! write is one transaction; a refused save changes nothing. Reading here; the writes in
//! `write` (the details and the end), `deltagare` (counts) and the checks they share in
//! `check`.

mod avslut;
mod check;
mod deltagare;
mod write;

pub use avslut::AvslutAntal;
pub(crate) use write::insert_checked;
pub use write::CheckedInsats;

use super::Service;
use crate::db;
use crate::domain::insats::ReferensLista;
use crate::domain::insats::{
    DeltagareYear, Inriktning, InsatsChoices, InsatsDetail, InsatsRecord, InsatsStatus, Preciserade,
};
use crate::domain::uppdrag::Roll;
use crate::error::CoreError;
use crate::rules::insats as rules;

impl Service {
    /// What the insats form offers: the visible entries of each list and the
    /// deltagaransvariga.
    pub fn insats_choices(&self) -> crate::Result<InsatsChoices> {
        let conn = self.db.conn();
        let visible = |list: Vec<_>| -> Vec<crate::domain::insats::Referens> {
            list.into_iter()
                .filter(|r: &crate::domain::insats::Referens| !r.dold)
                .collect()
        };
        Ok(InsatsChoices {
            preciserade: Preciserade {
                individinriktad: visible(db::referens::preciserade(
                    conn,
                    Inriktning::Individinriktad,
                )?),
                strukturovergripande: visible(db::referens::preciserade(
                    conn,
                    Inriktning::Strukturovergripande,
                )?),
            },
            malgrupper: visible(db::referens::malgrupper(conn)?),
            deltagaransvariga: db::uppdrag::all(conn)?
                .into_iter()
                .filter(|u| u.roll == Roll::Deltagaransvarig)
                .map(|u| crate::domain::insats::Ansvarig {
                    id: u.id,
                    namn: u.namn,
                })
                .collect(),
            alltid_uppfoljda: rules::always_followed(),
            med_ansvariga: rules::with_ansvariga(),
        })
    }

    /// Everything about one insats, for the panel (I3).
    pub fn insats(&self, id: i64) -> crate::Result<InsatsDetail> {
        let record = self.require_insats(id)?;
        let forbund = self.require_forbund()?;
        let conn = self.db.conn();
        let today = self.clock.today();
        let period = forbund.period();
        let preciserad = match record.preciserad_inriktning_id {
            Some(pid) => {
                db::referens::get(conn, ReferensLista::PreciseradInriktning, pid)?.map(|(r, _)| r)
            }
            None => None,
        };
        let malgrupp_ids = db::insats::malgrupp_ids(conn, id)?;
        let malgrupper = db::referens::malgrupper(conn)?
            .into_iter()
            .filter(|m| malgrupp_ids.contains(&m.id))
            .collect();
        let deltagare = self.count_rows(
            &record,
            rules::run_years(record.startdatum, record.slutdatum, &period, today),
        )?;
        let avslutad_notis = rules::avslutad_notice(&record, self.clock.today());
        let redigering = rules::redigering(&record, today);
        Ok(InsatsDetail {
            id,
            namn: record.namn,
            inriktning: record.inriktning,
            foljer_deltagare: record.foljer_deltagare,
            esf: record.esf,
            esf_leder: record.esf && record.esf_leder,
            status: InsatsStatus::of(record.avslutad),
            preciserad_inriktning: preciserad,
            malgrupper,
            beskrivning: record.beskrivning,
            startdatum: record.startdatum,
            slutdatum: record.slutdatum,
            deltagaransvariga: db::insats::ansvariga(conn, id)?,
            deltagare,
            avslutad_notis,
            redigering,
        })
    }

    /// D1, D2: the stored counts of `insats` for each of `years` as the panel and the
    /// avsluta dialog draw them, with whether each can change today; none when the insats
    /// does not follow participants.
    pub(super) fn count_rows(
        &self,
        insats: &InsatsRecord,
        years: Vec<i32>,
    ) -> crate::Result<Vec<DeltagareYear>> {
        if !insats.foljer_deltagare {
            return Ok(Vec::new());
        }
        let today = self.clock.today();
        let period = self.require_forbund()?.period();
        let stored = db::insats::deltagare(self.db.conn(), insats.id)?;
        let falt = rules::count_fields(insats.inriktning, insats.foljer_deltagare);
        Ok(years
            .into_iter()
            .map(|year| {
                let counts = stored.iter().find(|c| c.0 == year);
                let (redigerbar, status) = rules::count_year(insats, year, today, &period);
                let (kvinnor, man, antal) = (
                    counts.and_then(|c| c.1),
                    counts.and_then(|c| c.2),
                    counts.and_then(|c| c.3),
                );
                DeltagareYear {
                    year,
                    kvinnor,
                    man,
                    antal,
                    totalt: rules::count_total(&falt, kvinnor, man, antal),
                    redigerbar,
                    status,
                }
            })
            .collect())
    }

    pub(super) fn require_insats(&self, id: i64) -> crate::Result<InsatsRecord> {
        db::insats::get(self.db.conn(), id)?.ok_or_else(|| CoreError::NotFound {
            what: "Insatsen".to_owned(),
        })
    }
}
