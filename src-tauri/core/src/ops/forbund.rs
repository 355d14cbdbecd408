//! Creating and changing the förbund's own record.

use super::Service;
use crate::db;
use crate::domain::forbund::{Forbund, ForbundUpdate, NewForbund};
use crate::error::CoreError;
use crate::rules;

impl Service {
    /// The förbund of this data file, if it has been created.
    pub fn forbund(&self) -> crate::Result<Option<Forbund>> {
        Ok(db::forbund::get(self.db.conn())?)
    }

    /// The förbund, or [`CoreError::NoForbund`] before "Skapa förbund".
    pub(crate) fn require_forbund(&self) -> crate::Result<Forbund> {
        self.forbund()?.ok_or(CoreError::NoForbund)
    }

    /// "Skapa förbund": validates the form and creates the file's one förbund.
    pub fn create_forbund(&mut self, input: NewForbund) -> crate::Result<Forbund> {
        let valid = rules::forbund::validate_new(&input, self.clock.today())?;
        self.db.write(|tx| {
            if db::forbund::get(tx)?.is_some() {
                return Err(CoreError::ForbundExists);
            }
            db::forbund::insert(tx, &valid)?;
            Ok(())
        })?;
        Ok(valid.into())
    }

    /// Saves the förbund's details; refuses any change to the startdatum.
    pub fn update_forbund(&mut self, input: ForbundUpdate) -> crate::Result<Forbund> {
        let current = self.require_forbund()?;
        let valid = rules::forbund::validate_update(&current, &input)?;
        self.db.write(|tx| Ok(db::forbund::update(tx, &valid)?))?;
        Ok(valid.into())
    }
}
