//! Adding, changing and ending an insats: each form read (`rules::parse`), then applied.

use chrono::NaiveDate;

use super::super::Service;
use crate::db;
use crate::domain::insats::{
    Avslut, EndInsats, InsatsAndring, InsatsDetail, InsatsRecord, InsatsUpdate, NewInsats,
};
use crate::error::CoreError;
use crate::rules::insats::ensure_end_date;
use crate::rules::parse;
use crate::rules::year::{ensure_date_keeps_locked_years, InsatsDate};

impl Service {
    /// "Lägg till insats": the form read ([`parse::insats`]), then applied.
    pub fn create_insats(&mut self, input: NewInsats) -> crate::Result<InsatsDetail> {
        let change = parse::insats(&input).map_err(|e| self.form_errors(e, &input, None))?;
        let id = self.apply_create_insats(change, self.clock.today())?;
        self.insats(id)
    }

    /// Adds an insats on the day `on` (the day its date rules read and its history row
    /// carries); its id. The three choices of the wizard are fixed from now on (I1).
    /// Builds no view: the panel reads [`Service::insats`] after.
    pub fn apply_create_insats(
        &mut self,
        input: InsatsAndring,
        on: NaiveDate,
    ) -> crate::Result<i64> {
        let checked = self.check_new_insats(&input, on)?;
        self.write_on(on, format!("Ny insats: {}", checked.record.namn), |tx| {
            insert_checked(tx, &checked)
        })
    }

    /// Every rule "Lägg till insats" checks (I1, Y3, Y6/Y8, D3, the lists), without writing:
    /// the insats, ready for [`insert_checked`]. "Läs in tidigare år" checks each new insats
    /// of a workbook here, so the rules are the ones typing meets, and inserts them all in
    /// its own single transaction. `on` is the day the rules read.
    pub fn check_new_insats(
        &self,
        input: &InsatsAndring,
        on: NaiveDate,
    ) -> crate::Result<CheckedInsats> {
        let (fields, key) = self.check_insats(input, None, on)?;
        Ok(CheckedInsats {
            record: InsatsRecord {
                id: 0,
                namn: fields.namn,
                inriktning: input.inriktning,
                foljer_deltagare: input.foljer_deltagare,
                esf: input.esf,
                esf_leder: input.esf && input.esf_leder,
                avslutad: false,
                preciserad_inriktning_id: input.preciserad_inriktning_id,
                beskrivning: fields.beskrivning,
                startdatum: fields.startdatum,
                slutdatum: fields.slutdatum,
            },
            key,
            malgrupp_ids: dedup(&input.malgrupp_ids),
            ansvariga_ids: dedup(&input.deltagaransvariga_ids),
        })
    }

    /// Saves the panel: the form read ([`parse::insats`]), then applied.
    pub fn update_insats(&mut self, input: InsatsUpdate) -> crate::Result<InsatsDetail> {
        let current = self.require_insats(input.id)?;
        if current.avslutad {
            return Err(CoreError::InsatsAvslutad {
                detail: ": bara budget och utfall kan ändras",
            });
        }
        let change = parse::insats(&input.fields)
            .map_err(|e| self.form_errors(e, &input.fields, Some(&current)))?;
        self.apply_update_insats(input.id, change, self.clock.today())?;
        self.insats(input.id)
    }

    /// Changes insats `id` on the day `on`. The fixed choices (I1) and an avslutad insats
    /// (I5) are refused. Builds no view, as [`Service::apply_create_insats`].
    pub fn apply_update_insats(
        &mut self,
        id: i64,
        input: InsatsAndring,
        on: NaiveDate,
    ) -> crate::Result<()> {
        let current = self.require_insats(id)?;
        if current.avslutad {
            return Err(CoreError::InsatsAvslutad {
                detail: ": bara budget och utfall kan ändras",
            });
        }
        let (fields, key) = self.check_insats(&input, Some(&current), on)?;
        let record = InsatsRecord {
            namn: fields.namn,
            preciserad_inriktning_id: input.preciserad_inriktning_id,
            beskrivning: fields.beskrivning,
            startdatum: fields.startdatum,
            slutdatum: fields.slutdatum,
            esf_leder: current.esf && input.esf_leder,
            ..current
        };
        self.write_on(on, format!("Ändra insats: {}", current.namn), |tx| {
            db::insats::update(tx, &record, &key)?;
            db::insats::set_malgrupper(tx, record.id, &dedup(&input.malgrupp_ids))?;
            db::insats::set_ansvariga(tx, record.id, &dedup(&input.deltagaransvariga_ids))?;
            if record.esf {
                db::insats::set_esf_leder(tx, record.id, record.esf_leder)?;
            }
            Ok(())
        })
    }

    /// "Avsluta insats": the end date read ([`parse::avslut`]), then applied.
    pub fn end_insats(&mut self, input: EndInsats) -> crate::Result<InsatsDetail> {
        let current = self.require_insats(input.id)?;
        if current.avslutad {
            return Err(CoreError::InsatsAvslutad { detail: "" });
        }
        self.apply_end_insats(parse::avslut(&input)?, self.clock.today())?;
        self.insats(input.id)
    }

    /// Sets the end date (not after today, not before the start) and ends the insats for
    /// good: no reactivation, counts frozen (I5, D2). The end date may not move the planned
    /// end into, out of or within a locked year (Y6); the "Avslutad" mark itself may appear
    /// in every year the insats ran (I2). Ended on the day `on`, which "not after today"
    /// reads. Builds no view, as [`Service::apply_create_insats`].
    pub fn apply_end_insats(&mut self, input: Avslut, on: NaiveDate) -> crate::Result<()> {
        let current = self.check_avslut(&input, on)?;
        let end = input.slutdatum;
        self.write_on(on, format!("Avsluta insats: {}", current.namn), |tx| {
            Ok(db::insats::avsluta(tx, input.id, end)?)
        })
    }

    /// The rules an end date must meet on the day `on` ([`Self::apply_end_insats`]); the
    /// insats as stored.
    pub(super) fn check_avslut(
        &self,
        input: &Avslut,
        on: NaiveDate,
    ) -> crate::Result<InsatsRecord> {
        let current = self.require_insats(input.id)?;
        if current.avslutad {
            return Err(CoreError::InsatsAvslutad { detail: "" });
        }
        let today = on;
        let end = input.slutdatum;
        ensure_end_date(&current, end, today)?;
        let historik = self.historik_years_on(on)?;
        ensure_date_keeps_locked_years(
            InsatsDate::End,
            current.slutdatum,
            Some(end),
            today,
            &historik,
        )?;
        self.ensure_counts_within(&current, current.startdatum, Some(end))?;
        Ok(current)
    }
}

/// A new insats that has passed every rule of "Lägg till insats" ([`Service::check_new_insats`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedInsats {
    /// The record to insert (its `id` is 0 until then).
    pub record: InsatsRecord,
    key: String,
    malgrupp_ids: Vec<i64>,
    ansvariga_ids: Vec<i64>,
}

/// Inserts a checked insats with its links, within the caller's transaction; its id.
pub(crate) fn insert_checked(
    tx: &rusqlite::Transaction<'_>,
    checked: &CheckedInsats,
) -> crate::Result<i64> {
    let record = &checked.record;
    let id = db::insats::insert(tx, record, &checked.key)?;
    db::insats::set_malgrupper(tx, id, &checked.malgrupp_ids)?;
    db::insats::set_ansvariga(tx, id, &checked.ansvariga_ids)?;
    if record.esf {
        db::insats::set_esf_leder(tx, id, record.esf_leder)?;
    }
    Ok(id)
}

/// The ids in order, each once.
fn dedup(ids: &[i64]) -> Vec<i64> {
    let mut seen = Vec::with_capacity(ids.len());
    for id in ids {
        if !seen.contains(id) {
            seen.push(*id);
        }
    }
    seen
}
