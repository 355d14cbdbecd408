//! "Alla år": the multi-year overview in one call. Each table is read once for all years
//! and the years are summed here, with the year view's own rules (an insats counts in the
//! years its dates overlap; kostnader and saldo by utfall), so a year's figures here are
//! the ones its year view shows.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::Service;
use crate::db::oversikt as db;
use crate::domain::oversikt::{AllaAr, ArSiffror};
use crate::money::Kronor;
use crate::rules::year::{self, YearStatus};

impl Service {
    /// "Alla år": every selectable year's medel, kostnader, saldo and deltagare.
    pub fn alla_ar(&self) -> crate::Result<AllaAr> {
        let forbund = self.require_forbund()?;
        let conn = self.db().conn();
        let today = self.today();
        let period = forbund.period();
        let spans = db::spans(conn)?;
        let medel: HashMap<i32, (Kronor, Kronor, Kronor)> = db::medel(conn)?
            .into_iter()
            .map(|(ar, s, e, o)| (ar, (s, e, o)))
            .collect();
        let budget: HashMap<(i64, i32), db::Amounts> = db::budget(conn)?.into_iter().collect();
        let admin: HashMap<i32, db::Amounts> = db::admin(conn)?.into_iter().collect();
        let deltagare: HashMap<(i64, i32), db::Counts> = db::deltagare(conn)?.into_iter().collect();
        let ar = year::selectable_years(today, &period)
            .into_iter()
            .map(|ar| {
                let (first, last) = year_bounds(ar);
                let running = spans
                    .iter()
                    .filter(|s| s.startdatum <= last && s.slutdatum.is_none_or(|end| end >= first));
                let (admin_budget, admin_utfall) = admin.get(&ar).copied().unwrap_or_default();
                let mut kostnader = admin_utfall.unwrap_or(Kronor::ZERO);
                let mut kostnader_budget = admin_budget.unwrap_or(Kronor::ZERO);
                let mut utfall_saknas = u32::from(admin_utfall.is_none());
                let (mut kvinnor, mut man, mut antal) = (0u32, 0u32, 0u32);
                let mut har_siffror = admin_budget.is_some() || admin_utfall.is_some();
                for span in running {
                    let (b, u) = budget.get(&(span.id, ar)).copied().unwrap_or_default();
                    har_siffror |= b.is_some() || u.is_some();
                    kostnader_budget = kostnader_budget.saturating_add(b.unwrap_or(Kronor::ZERO));
                    match u {
                        Some(u) => kostnader = kostnader.saturating_add(u),
                        None => utfall_saknas += 1,
                    }
                    // Counts belong to insatser that follow their participants, as in the
                    // report.
                    if let Some((k, m, a)) = deltagare
                        .get(&(span.id, ar))
                        .filter(|_| span.foljer_deltagare)
                    {
                        kvinnor = kvinnor.saturating_add(k.unwrap_or(0));
                        man = man.saturating_add(m.unwrap_or(0));
                        antal = antal.saturating_add(a.unwrap_or(0));
                        har_siffror = true;
                    }
                }
                let registrerade = medel.get(&ar);
                let (s, e, o) =
                    registrerade
                        .copied()
                        .unwrap_or((Kronor::ZERO, Kronor::ZERO, Kronor::ZERO));
                let total = s.saturating_add(e).saturating_add(o);
                ArSiffror {
                    ar,
                    status: YearStatus::of(ar, today, &period),
                    medel_registrerade: registrerade.is_some(),
                    medel: total,
                    eget_kapital: o,
                    kostnader,
                    kostnader_budget,
                    saldo: Kronor::new(total.get().saturating_sub(kostnader.get())),
                    kvinnor,
                    man,
                    antal,
                    deltagare: kvinnor.saturating_add(man).saturating_add(antal),
                    har_siffror: har_siffror || registrerade.is_some(),
                    utfall_saknas,
                }
            })
            .collect();
        Ok(AllaAr {
            forbund: forbund.namn,
            ar,
        })
    }
}

/// The year's first and last day.
fn year_bounds(ar: i32) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(ar, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(ar, 12, 31).unwrap_or(NaiveDate::MAX);
    (first, last)
}
