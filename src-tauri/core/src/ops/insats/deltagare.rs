//! One year's participant counts of an insats (D1, D2, B1, Y1–Y3).

use chrono::NaiveDate;

use super::super::Service;
use crate::db;
use crate::domain::insats::{DeltagareAndring, DeltagareInput, InsatsDetail, InsatsRecord};
use crate::rules::insats::{ensure_counts_fit, ensure_takes_counts};
use crate::rules::parse;
use crate::rules::year::ensure_editable;

impl Service {
    /// One year's participant counts: the form read ([`parse::deltagare`], D1), then
    /// applied.
    pub fn save_deltagare(&mut self, input: DeltagareInput) -> crate::Result<InsatsDetail> {
        self.require_insats(input.insats_id)?;
        self.apply_deltagare(parse::deltagare(&input)?, self.clock.today())?;
        self.insats(input.insats_id)
    }

    /// Saves one year's counts: kvinnor and män for an individinriktad insats, antal for a
    /// strukturövergripande one that follows participants (D1, D2, B1, Y1–Y3). `None`
    /// clears a count. Saved on the day `on`, which the year lock reads. Builds no view:
    /// the panel reads [`Service::insats`] after.
    pub fn apply_deltagare(
        &mut self,
        change: DeltagareAndring,
        on: NaiveDate,
    ) -> crate::Result<()> {
        let current = self.check_deltagare(&change, on)?;
        let DeltagareAndring {
            insats_id,
            year,
            kvinnor,
            man,
            antal,
        } = change;
        let handling = format!("Spara deltagare {year}: {}", current.namn);
        self.write_on(on, handling, |tx| {
            Ok(db::insats::set_deltagare(
                tx,
                insats_id,
                (year, kvinnor, man, antal),
            )?)
        })
    }

    /// The rules one year's counts must meet on the day `on` ([`Self::apply_deltagare`]);
    /// the insats as stored.
    pub(super) fn check_deltagare(
        &self,
        change: &DeltagareAndring,
        on: NaiveDate,
    ) -> crate::Result<InsatsRecord> {
        let current = self.require_insats(change.insats_id)?;
        let forbund = self.require_forbund()?;
        ensure_takes_counts(&current, change.year)?;
        ensure_editable("Deltagare", change.year, on, &forbund.period())?;
        ensure_counts_fit(current.inriktning, change.kvinnor, change.man, change.antal)?;
        Ok(current)
    }
}
