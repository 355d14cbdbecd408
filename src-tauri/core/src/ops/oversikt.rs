//! "Alla år": the multi-year overview in one call. Each table is read once for all years
//! and each row is added to its year, with the year view's own rules (an insats counts in
//! the years its dates overlap; kostnader and saldo by utfall), so a year's figures here
//! are the ones its year view shows. Rows are walked once, not insatser × years: with 20
//! years and 500 insatser that was most of the time (docs/benchmarks.md).

use std::collections::HashMap;

use chrono::Datelike;

use super::Service;
use crate::db::oversikt as db;
use crate::domain::oversikt::{AllaAr, ArSiffror};
use crate::domain::year::YearStatus;
use crate::money::Kronor;
use crate::rules::year;

/// One year's sums while the rows are walked.
#[derive(Default)]
struct Sums {
    kostnader: Kronor,
    kostnader_budget: Kronor,
    /// Insatser running in the year, and those of them with an utfall.
    running: u32,
    with_utfall: u32,
    kvinnor: u32,
    man: u32,
    antal: u32,
    har_siffror: bool,
}

impl Service {
    /// "Alla år": every selectable year's medel, kostnader, saldo and deltagare.
    pub fn alla_ar(&self) -> crate::Result<AllaAr> {
        let forbund = self.require_forbund()?;
        let conn = self.db().conn();
        let today = self.today();
        let period = forbund.period();
        let years = year::selectable_years(today, &period);
        let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
            return Ok(AllaAr {
                forbund: forbund.namn,
                ar: Vec::new(),
            });
        };
        let mut sums: Vec<Sums> = years.iter().map(|_| Sums::default()).collect();
        let count = sums.len();
        let slot = move |ar: i32| {
            usize::try_from(ar - first)
                .ok()
                .filter(|&i| ar <= last && i < count)
        };

        // Each insats's years: the calendar years its dates overlap.
        let spans = db::spans(conn)?;
        let mut insatser: HashMap<i64, (i32, i32, bool)> = HashMap::with_capacity(spans.len());
        for s in &spans {
            let from = s.startdatum.year();
            let to = s.slutdatum.map_or(i32::MAX, |d| d.year());
            insatser.insert(s.id, (from, to, s.foljer_deltagare));
            for ar in from.max(first)..=to.min(last) {
                if let Some(i) = slot(ar) {
                    sums[i].running += 1;
                }
            }
        }
        let runs = |id: i64, ar: i32| {
            insatser
                .get(&id)
                .filter(|(from, to, _)| *from <= ar && ar <= *to)
        };
        for ((id, ar), (b, u)) in db::budget(conn)? {
            let (Some(i), Some(_)) = (slot(ar), runs(id, ar)) else {
                continue;
            };
            let s = &mut sums[i];
            s.har_siffror |= b.is_some() || u.is_some();
            s.kostnader_budget = s.kostnader_budget.saturating_add(b.unwrap_or(Kronor::ZERO));
            if let Some(u) = u {
                s.kostnader = s.kostnader.saturating_add(u);
                s.with_utfall += 1;
            }
        }
        // Counts belong to insatser that follow their participants, as in the report.
        for ((id, ar), (k, m, a)) in db::deltagare(conn)? {
            let (Some(i), Some((_, _, true))) = (slot(ar), runs(id, ar)) else {
                continue;
            };
            let s = &mut sums[i];
            s.kvinnor = s.kvinnor.saturating_add(k.unwrap_or(0));
            s.man = s.man.saturating_add(m.unwrap_or(0));
            s.antal = s.antal.saturating_add(a.unwrap_or(0));
            s.har_siffror = true;
        }
        let admin: HashMap<i32, db::Amounts> = db::admin(conn)?.into_iter().collect();
        let medel: HashMap<i32, (Kronor, Kronor, Kronor)> = db::medel(conn)?
            .into_iter()
            .map(|(ar, s, e, o)| (ar, (s, e, o)))
            .collect();
        let ar = years
            .iter()
            .zip(sums)
            .map(|(&ar, s)| {
                let (admin_budget, admin_utfall) = admin.get(&ar).copied().unwrap_or_default();
                let kostnader = s
                    .kostnader
                    .saturating_add(admin_utfall.unwrap_or(Kronor::ZERO));
                let registrerade = medel.get(&ar);
                let (sp, esf, o) =
                    registrerade
                        .copied()
                        .unwrap_or((Kronor::ZERO, Kronor::ZERO, Kronor::ZERO));
                let total = sp.saturating_add(esf).saturating_add(o);
                ArSiffror {
                    ar,
                    status: YearStatus::of(ar, today, &period),
                    medel_registrerade: registrerade.is_some(),
                    medel: total,
                    eget_kapital: o,
                    kostnader,
                    kostnader_budget: s
                        .kostnader_budget
                        .saturating_add(admin_budget.unwrap_or(Kronor::ZERO)),
                    saldo: Kronor::new(total.get().saturating_sub(kostnader.get())),
                    kvinnor: s.kvinnor,
                    man: s.man,
                    antal: s.antal,
                    deltagare: s.kvinnor.saturating_add(s.man).saturating_add(s.antal),
                    har_siffror: s.har_siffror
                        || registrerade.is_some()
                        || admin_budget.is_some()
                        || admin_utfall.is_some(),
                    utfall_saknas: (s.running - s.with_utfall) + u32::from(admin_utfall.is_none()),
                }
            })
            .collect();
        Ok(AllaAr {
            forbund: forbund.namn,
            ar,
        })
    }
}
