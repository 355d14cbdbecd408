//! Creating and changing the förbund's own record.

use chrono::NaiveDate;

use super::Service;
use crate::db;
use crate::domain::forbund::{Forbund, NewForbund};
use crate::error::CoreError;
use crate::rules;
use crate::rules::forbund::ValidForbund;

impl Service {
    /// The förbund of this data file, if it has been created.
    pub fn forbund(&self) -> crate::Result<Option<Forbund>> {
        Ok(db::forbund::get(self.db.conn())?)
    }

    /// The förbund, or [`CoreError::NoForbund`] before "Skapa förbund".
    pub(crate) fn require_forbund(&self) -> crate::Result<Forbund> {
        self.forbund()?.ok_or(CoreError::NoForbund)
    }

    /// "Skapa förbund": reads the form, every wrong field at once, and creates the förbund.
    pub fn create_forbund(&mut self, input: NewForbund) -> crate::Result<Forbund> {
        let today = self.clock.today();
        let valid = rules::forbund::validate_new(&input, today)?;
        self.apply_new_forbund(valid, today)
    }

    /// Creates the file's one förbund from a typed record on the day `on`, its startdatum
    /// checked (Y2).
    pub fn apply_new_forbund(
        &mut self,
        forbund: ValidForbund,
        on: NaiveDate,
    ) -> crate::Result<Forbund> {
        rules::forbund::check_start(forbund.startdatum, on)?;
        self.write_on(on, "Skapa förbund", |tx| {
            if db::forbund::get(tx)?.is_some() {
                return Err(CoreError::ForbundExists);
            }
            db::forbund::insert(tx, &forbund)?;
            // The förbund itself is always an ingående organisation, as konsument.
            db::organisation::add_forbund_itself(tx)?;
            Ok(())
        })?;
        let forbund: Forbund = forbund.into();
        self.remember_file(Some(&forbund.namn));
        Ok(forbund)
    }
}
