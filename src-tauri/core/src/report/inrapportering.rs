//! "Markera året som inrapporterat" (R1): the record of what was reported to Uppföljning
//! Finsam. It keeps the JSON årsrapport of that moment, so it is built on the report.

use crate::db;
use crate::db::inmatning::Inrapporterad;
use crate::domain::inmatning::InmatningVy;
use crate::ops::Service;

impl Service {
    /// "Markera året som inrapporterat": records today, the förhandskontroll's result and
    /// the JSON årsrapport of this moment (the bytes "Exportera årsrapport" would write)
    /// with its SHA-256. It may be marked again, after a correction; each is kept.
    pub fn mark_inrapporterat(&mut self, year: i32) -> crate::Result<InmatningVy> {
        let report = self.arsrapport(year)?;
        let rapport = super::to_json(&report);
        let post = Inrapporterad {
            year,
            datum: self.today(),
            tidpunkt: self.clock().now().format("%Y-%m-%d %H:%M:%S").to_string(),
            preliminar: report.preliminar,
            fel: u32::try_from(report.kontroll.fel.len()).unwrap_or(u32::MAX),
            varningar: u32::try_from(report.kontroll.varningar.len()).unwrap_or(u32::MAX),
            sha256: super::sha256_hex(rapport.as_bytes()),
            rapport,
        };
        self.write(format!("Markera {year} som inrapporterat"), |tx| {
            Ok(db::inmatning::insert_inrapporterad(tx, &post)?)
        })?;
        self.inmatning(year)
    }
}
