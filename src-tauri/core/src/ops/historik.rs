//! Historik: reading the change history of the förbund, an insats, a year or the reference
//! lists. There is no use case that changes history; the schema records it on every write.

use super::Service;
use crate::db;
use crate::domain::historik::{self, HistorikFraga, HistorikSida};

/// How many changed fields one page of history holds at most.
const PAGE_ROWS: u32 = 200;

impl Service {
    /// One page of history, newest first; `fraga.fore` continues from an earlier page.
    pub fn historik(&self, fraga: HistorikFraga) -> crate::Result<HistorikSida> {
        let scope = fraga.omfang.into();
        let mut rows = db::historik::rows(self.db.conn(), scope, fraga.fore, PAGE_ROWS + 1)?;
        let more = rows.len() > PAGE_ROWS as usize;
        rows.truncate(PAGE_ROWS as usize);
        Ok(historik::page(&rows, scope, more))
    }

    /// Records that the file was restored from the backup `name` (its first history entry
    /// after the restore).
    pub(crate) fn record_restore(&mut self, name: &str) -> crate::Result<()> {
        self.write(format!("Återställ från säkerhetskopia: {name}"), |tx| {
            Ok(db::historik::record_restore(tx, name)?)
        })
    }
}
