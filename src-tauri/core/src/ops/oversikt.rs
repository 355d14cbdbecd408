//! "Alla år": the multi-year overview in one call. The core keeps every year's sums as the
//! figures are written (migration V13, `db::oversikt::ar_summa`), so this reads one row per
//! year and adds the year view's own rules on top (kostnader and saldo by utfall, the
//! administrative costs, medel): a year's figures here are the ones its year view shows,
//! and the call costs the same however many insatser there are (docs/benchmarks.md).

use std::collections::HashMap;

use super::Service;
use crate::db::oversikt as db;
use crate::domain::oversikt::{AllYears, YearFigures};
use crate::domain::year::YearStatus;
use crate::money::Kronor;
use crate::rules::{oversikt as shown, year};

impl Service {
    /// "Alla år": every selectable year's medel, kostnader, saldo and deltagare, from the
    /// first year with any figure (`rules::oversikt`).
    pub fn all_years(&self) -> crate::Result<AllYears> {
        let forbund = self.require_forbund()?;
        let conn = self.db().conn();
        let today = self.today();
        let period = forbund.period();
        let years = year::selectable_years(today, &period);
        let rows = db::ar_summa(conn)?;
        // The insatser running in a year: those started by then, less those ended before.
        let running_in = |year: i32| -> u32 {
            let started: u32 = rows
                .iter()
                .filter(|s| s.year <= year)
                .map(|s| s.startar)
                .sum();
            let ended: u32 = rows
                .iter()
                .filter(|s| s.year < year)
                .map(|s| s.slutar)
                .sum();
            started.saturating_sub(ended)
        };
        let sums: HashMap<i32, db::YearSums> = rows.iter().map(|s| (s.year, *s)).collect();
        let admin: HashMap<i32, db::Amounts> = db::admin(conn)?.into_iter().collect();
        let medel: HashMap<i32, (Kronor, Kronor, Kronor)> = db::medel(conn)?
            .into_iter()
            .map(|(year, s, e, o)| (year, (s, e, o)))
            .collect();
        let figures: Vec<YearFigures> = years
            .iter()
            .map(|&year| {
                let s = sums.get(&year).copied().unwrap_or_default();
                let (admin_budget, admin_utfall) = admin.get(&year).copied().unwrap_or_default();
                let kostnader = s
                    .utfall
                    .saturating_add(admin_utfall.unwrap_or(Kronor::ZERO));
                let registrerade = medel.get(&year);
                let (sp, esf, o) =
                    registrerade
                        .copied()
                        .unwrap_or((Kronor::ZERO, Kronor::ZERO, Kronor::ZERO));
                let total = sp.saturating_add(esf).saturating_add(o);
                YearFigures {
                    year,
                    status: YearStatus::of(year, today, &period),
                    medel_registrerade: registrerade.is_some(),
                    medel: total,
                    eget_kapital: o,
                    kostnader,
                    kostnader_budget: s
                        .budget
                        .saturating_add(admin_budget.unwrap_or(Kronor::ZERO)),
                    saldo: Kronor::new(total.get().saturating_sub(kostnader.get())),
                    kvinnor: s.kvinnor,
                    man: s.man,
                    antal: s.antal,
                    deltagare: s.kvinnor.saturating_add(s.man).saturating_add(s.antal),
                    har_siffror: s.med_siffror > 0
                        || s.deltagarrader > 0
                        || registrerade.is_some()
                        || admin_budget.is_some()
                        || admin_utfall.is_some(),
                    utfall_saknas: running_in(year).saturating_sub(s.med_utfall)
                        + u32::from(admin_utfall.is_none()),
                }
            })
            .collect();
        let first_selectable = years.first().copied();
        let figures = shown::years_shown(figures);
        Ok(AllYears {
            forbund: forbund.namn,
            siffror_fran: shown::siffror_fran(first_selectable, &figures),
            diagram: shown::diagram(&figures),
            ofullstandiga: shown::ofullstandiga(&figures),
            rapporttabell: shown::rapporttabell(&figures),
            years: figures,
        })
    }
}
