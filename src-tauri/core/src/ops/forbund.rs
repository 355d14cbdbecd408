//! Creating and changing the förbund's own record.

use super::Service;
use crate::db;
use crate::domain::forbund::{Forbund, NewForbund};
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
        self.write("Skapa förbund", |tx| {
            if db::forbund::get(tx)?.is_some() {
                return Err(CoreError::ForbundExists);
            }
            db::forbund::insert(tx, &valid)?;
            // The förbund itself is always an ingående organisation, as konsument.
            db::organisation::add_forbund_itself(tx)?;
            Ok(())
        })?;
        Ok(valid.into())
    }
}
