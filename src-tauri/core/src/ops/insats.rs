//! Insatser: add, change, end, and participant counts (I1–I5, D1–D3, Y1–Y3, Y6). Every
//! write is one transaction; a refused save changes nothing.

use super::Service;
use crate::db;
use crate::db::referens::Lista;
use crate::domain::insats::InsatsRecord;
use crate::domain::insats::{
    AvslutaInsats, DeltagareAr, DeltagareInput, Inriktning, InsatsChoices, InsatsDetail,
    InsatsStatus, InsatsUpdate, NewInsats,
};
use crate::domain::uppdrag::Roll;
use crate::error::CoreError;
use crate::rules::insats::{self as rules, ValidFields};
use crate::rules::text::personnummer_warnings;
use crate::rules::year::{ensure_date_keeps_locked_years, ensure_editable, InsatsDate};
use crate::rules::{date, text};

impl Service {
    /// What the insats form offers: the visible entries of each list and the
    /// deltagaransvariga.
    pub fn insats_choices(&self) -> crate::Result<InsatsChoices> {
        let conn = self.db.conn();
        let visible = |list: Vec<_>| -> Vec<crate::domain::insats::Referens> {
            list.into_iter()
                .filter(|r: &crate::domain::insats::Referens| !r.dold)
                .collect()
        };
        Ok(InsatsChoices {
            individinriktade: visible(db::referens::preciserade(
                conn,
                Inriktning::Individinriktad,
            )?),
            strukturovergripande: visible(db::referens::preciserade(
                conn,
                Inriktning::Strukturovergripande,
            )?),
            malgrupper: visible(db::referens::malgrupper(conn)?),
            deltagaransvariga: db::uppdrag::all(conn)?
                .into_iter()
                .filter(|u| u.roll == Roll::Deltagaransvarig)
                .map(|u| crate::domain::insats::Ansvarig {
                    id: u.id,
                    namn: u.namn,
                })
                .collect(),
            alltid_uppfoljda: rules::always_followed(),
        })
    }

    /// Everything about one insats, for the panel (I3).
    pub fn insats(&self, id: i64) -> crate::Result<InsatsDetail> {
        let record = self.require_insats(id)?;
        let forbund = self.require_forbund()?;
        let conn = self.db.conn();
        let today = self.clock.today();
        let period = forbund.period();
        let preciserad = match record.preciserad_inriktning_id {
            Some(pid) => db::referens::get(conn, Lista::PreciseradInriktning, pid)?.map(|(r, _)| r),
            None => None,
        };
        let malgrupp_ids = db::insats::malgrupp_ids(conn, id)?;
        let malgrupper = db::referens::malgrupper(conn)?
            .into_iter()
            .filter(|m| malgrupp_ids.contains(&m.id))
            .collect();
        let stored = db::insats::deltagare(conn, id)?;
        let deltagare = if record.foljer_deltagare {
            rules::run_years(record.startdatum, record.slutdatum, &period, today)
                .into_iter()
                .map(|ar| {
                    let counts = stored.iter().find(|c| c.0 == ar);
                    let (redigerbar, status) = rules::count_year(&record, ar, today, &period);
                    DeltagareAr {
                        ar,
                        kvinnor: counts.and_then(|c| c.1),
                        man: counts.and_then(|c| c.2),
                        antal: counts.and_then(|c| c.3),
                        redigerbar,
                        status,
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let avslutad_notis = rules::avslutad_notice(&record, self.clock.today());
        let redigering = rules::redigering(&record, today);
        Ok(InsatsDetail {
            id,
            namn: record.namn,
            inriktning: record.inriktning,
            foljer_deltagare: record.foljer_deltagare,
            esf: record.esf,
            esf_leder: record.esf && record.esf_leder,
            status: InsatsStatus::of(record.avslutad),
            preciserad_inriktning: preciserad,
            malgrupper,
            beskrivning: record.beskrivning,
            startdatum: record.startdatum,
            slutdatum: record.slutdatum,
            deltagaransvariga: db::insats::ansvariga(conn, id)?,
            deltagare,
            avslutad_notis,
            redigering,
        })
    }

    /// "Lägg till insats". The three choices of the wizard are fixed from now on (I1).
    pub fn create_insats(&mut self, input: NewInsats) -> crate::Result<InsatsDetail> {
        let (fields, key) = self.check_insats(&input, None)?;
        let record = InsatsRecord {
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
        };
        let id = self.write(format!("Ny insats: {}", record.namn), |tx| {
            let id = db::insats::insert(tx, &record, &key)?;
            db::insats::set_malgrupper(tx, id, &dedup(&input.malgrupp_ids))?;
            db::insats::set_ansvariga(tx, id, &dedup(&input.deltagaransvariga_ids))?;
            if input.esf {
                db::insats::set_esf_leder(tx, id, input.esf_leder)?;
            }
            Ok(id)
        })?;
        self.insats(id)
    }

    /// Saves the panel. The fixed choices (I1) and an avslutad insats (I5) are refused.
    pub fn update_insats(&mut self, input: InsatsUpdate) -> crate::Result<InsatsDetail> {
        let current = self.require_insats(input.id)?;
        if current.avslutad {
            return Err(CoreError::InsatsAvslutad {
                detail: ": bara budget och utfall kan ändras",
            });
        }
        let (fields, key) = self.check_insats(&input.fields, Some(&current))?;
        let record = InsatsRecord {
            namn: fields.namn,
            preciserad_inriktning_id: input.fields.preciserad_inriktning_id,
            beskrivning: fields.beskrivning,
            startdatum: fields.startdatum,
            slutdatum: fields.slutdatum,
            esf_leder: current.esf && input.fields.esf_leder,
            ..current
        };
        self.write(format!("Ändra insats: {}", current.namn), |tx| {
            db::insats::update(tx, &record, &key)?;
            db::insats::set_malgrupper(tx, record.id, &dedup(&input.fields.malgrupp_ids))?;
            db::insats::set_ansvariga(tx, record.id, &dedup(&input.fields.deltagaransvariga_ids))?;
            if record.esf {
                db::insats::set_esf_leder(tx, record.id, record.esf_leder)?;
            }
            Ok(())
        })?;
        self.insats(record.id)
    }

    /// "Avsluta insats": sets the end date (not after today, not before the start) and
    /// ends the insats for good: no reactivation, counts frozen (I5, D2). The end date may
    /// not move the planned end into, out of or within a locked year (Y6); the "Avslutad"
    /// mark itself may appear in every year the insats ran (I2).
    pub fn avsluta_insats(&mut self, input: AvslutaInsats) -> crate::Result<InsatsDetail> {
        let current = self.require_insats(input.id)?;
        if current.avslutad {
            return Err(CoreError::InsatsAvslutad { detail: "" });
        }
        let today = self.clock.today();
        let end = date::parse(&input.slutdatum, "slutdatum")?;
        if end > today {
            return Err(CoreError::EndAfterToday { today });
        }
        if end < current.startdatum {
            return Err(CoreError::EndBeforeStart {
                field: "slutdatum",
                start: current.startdatum,
            });
        }
        ensure_date_keeps_locked_years(InsatsDate::End, current.slutdatum, Some(end), today)?;
        self.ensure_counts_within(&current, current.startdatum, Some(end))?;
        self.write(format!("Avsluta insats: {}", current.namn), |tx| {
            Ok(db::insats::avsluta(tx, input.id, end)?)
        })?;
        self.insats(input.id)
    }

    /// One year's participant counts: kvinnor and män for an individinriktad insats, antal
    /// for a strukturövergripande one that follows participants (D1, D2, B1, Y1–Y3).
    pub fn save_deltagare(&mut self, input: DeltagareInput) -> crate::Result<InsatsDetail> {
        let current = self.require_insats(input.insats_id)?;
        let forbund = self.require_forbund()?;
        if current.avslutad {
            return Err(CoreError::InsatsAvslutad {
                detail: ": deltagarantalen är låsta",
            });
        }
        if !current.foljer_deltagare {
            return Err(CoreError::NoParticipantFollowUp);
        }
        if !rules::runs_in(current.startdatum, current.slutdatum, input.ar) {
            return Err(CoreError::InsatsNotRunning { year: input.ar });
        }
        ensure_editable("Deltagare", input.ar, self.clock.today(), &forbund.period())?;
        let mut errors = Vec::new();
        let mut count = |text: &str, field| {
            rules::parse_count(text, field).unwrap_or_else(|e| {
                errors.push(e);
                None
            })
        };
        let kvinnor = count(&input.kvinnor, "kvinnor");
        let man = count(&input.man, "man");
        let antal = count(&input.antal, "antal");
        match current.inriktning {
            Inriktning::Individinriktad if antal.is_some() => {
                errors.push(CoreError::CountNotForThisInsats {
                    field: "antal",
                    message: "En individinriktad insats redovisar kvinnor och män, inte antal.",
                })
            }
            Inriktning::Strukturovergripande if kvinnor.is_some() || man.is_some() => {
                errors.push(CoreError::CountNotForThisInsats {
                    field: "kvinnor",
                    message:
                        "En strukturövergripande insats redovisar antal, inte kvinnor och män.",
                })
            }
            _ => {}
        }
        if !errors.is_empty() {
            return Err(CoreError::combine(errors));
        }
        let handling = format!("Spara deltagare {}: {}", input.ar, current.namn);
        self.write(handling, |tx| {
            Ok(db::insats::set_deltagare(
                tx,
                input.insats_id,
                (input.ar, kvinnor, man, antal),
            )?)
        })?;
        self.insats(input.insats_id)
    }

    fn require_insats(&self, id: i64) -> crate::Result<InsatsRecord> {
        db::insats::get(self.db.conn(), id)?.ok_or_else(|| CoreError::NotFound {
            what: "Insatsen".to_owned(),
        })
    }

    /// The checks shared by create and update; returns the valid fields and the name key.
    fn check_insats(
        &self,
        input: &NewInsats,
        current: Option<&InsatsRecord>,
    ) -> crate::Result<(ValidFields, String)> {
        let forbund = self.require_forbund()?;
        let conn = self.db.conn();
        let mut errors = Vec::new();
        if let Some(current) = current {
            errors.extend(rules::fixed_choice_changes(current, input));
        }
        let fields = rules::validate_fields(input, &forbund)
            .map_err(|e| errors.push(e))
            .ok();
        let key = text::name_key(&input.namn);
        if let Some(owner) = db::insats::name_owner(conn, &key)? {
            if Some(owner) != current.map(|c| c.id) {
                errors.push(CoreError::InsatsNameTaken {
                    namn: input.namn.trim().to_owned(),
                });
            }
        }
        if let Err(e) = self.check_lists(input, current) {
            errors.push(e);
        }
        if let Some(fields) = &fields {
            // Y6: no date set in, moved out of or within a locked year. A new insats has no
            // old dates, so for it this is: no start in a locked year.
            let today = self.clock.today();
            let old_start = current.map(|c| c.startdatum);
            let old_end = current.and_then(|c| c.slutdatum);
            errors.extend(
                ensure_date_keeps_locked_years(
                    InsatsDate::Start,
                    old_start,
                    Some(fields.startdatum),
                    today,
                )
                .err(),
            );
            errors.extend(
                ensure_date_keeps_locked_years(
                    InsatsDate::PlannedEnd,
                    old_end,
                    fields.slutdatum,
                    today,
                )
                .err(),
            );
        }
        if let (Some(current), Some(fields)) = (current, &fields) {
            if let Err(e) = self.ensure_counts_within(current, fields.startdatum, fields.slutdatum)
            {
                errors.push(e);
            }
        }
        let errors: Vec<CoreError> = errors
            .into_iter()
            .flat_map(|e| match e {
                CoreError::Several(inner) => inner,
                other => vec![other],
            })
            .collect();
        let Some(fields) = fields.filter(|_| errors.is_empty()) else {
            return Err(CoreError::combine(errors));
        };
        let warnings = personnummer_warnings([
            ("namn", input.namn.as_str()),
            ("beskrivning", input.beskrivning.as_str()),
        ]);
        if !warnings.is_empty() && !input.confirm_warnings {
            return Err(CoreError::ConfirmWarnings(warnings));
        }
        Ok((fields, key))
    }

    /// Preciserad inriktning (required, from the insats's own list), målgrupper and
    /// deltagaransvariga must exist; hidden entries only where already chosen.
    fn check_lists(&self, input: &NewInsats, current: Option<&InsatsRecord>) -> crate::Result<()> {
        let conn = self.db.conn();
        let mut errors = Vec::new();
        match input.preciserad_inriktning_id {
            None => errors.push(CoreError::Choose {
                field: "preciseradInriktning",
                what: "en preciserad inriktning",
            }),
            Some(id) => match db::referens::get(conn, Lista::PreciseradInriktning, id)? {
                Some((entry, Some(inriktning)))
                    if inriktning == input.inriktning
                        && (!entry.dold
                            || current.and_then(|c| c.preciserad_inriktning_id) == Some(id)) => {}
                Some((entry, _)) => errors.push(CoreError::NotInList {
                    field: "preciseradInriktning",
                    what: format!("Den preciserade inriktningen ”{}”", entry.namn),
                }),
                None => errors.push(CoreError::NotInList {
                    field: "preciseradInriktning",
                    what: "Den preciserade inriktningen".to_owned(),
                }),
            },
        }
        let linked = match current {
            Some(c) => db::insats::malgrupp_ids(conn, c.id)?,
            None => Vec::new(),
        };
        for id in &input.malgrupp_ids {
            match db::referens::get(conn, Lista::Malgrupp, *id)? {
                Some((entry, _)) if !entry.dold || linked.contains(id) => {}
                found => errors.push(CoreError::NotInList {
                    field: "malgrupper",
                    what: found.map_or_else(
                        || "Målgruppen".to_owned(),
                        |(e, _)| format!("Målgruppen ”{}”", e.namn),
                    ),
                }),
            }
        }
        for id in &input.deltagaransvariga_ids {
            match db::uppdrag::get(conn, *id)? {
                // U2: counts of individinriktade insatser only.
                Some(u)
                    if u.roll == Roll::Deltagaransvarig
                        && input.inriktning == Inriktning::Strukturovergripande =>
                {
                    errors.push(CoreError::AnsvarigIndividOnly { namn: u.namn });
                }
                Some(u) if u.roll == Roll::Deltagaransvarig => {}
                Some(u) => errors.push(CoreError::NotDeltagaransvarig { namn: u.namn }),
                None => errors.push(CoreError::NotFound {
                    what: "Personen".to_owned(),
                }),
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(CoreError::combine(errors))
        }
    }

    /// D1 (and I3 for budget): counts, budget and utfall already registered must stay
    /// within the insats's (new) dates, where the year view shows them.
    fn ensure_counts_within(
        &self,
        current: &InsatsRecord,
        start: chrono::NaiveDate,
        end: Option<chrono::NaiveDate>,
    ) -> crate::Result<()> {
        let conn = self.db.conn();
        let stored = db::insats::deltagare(conn, current.id)?;
        if let Some((year, ..)) = stored
            .iter()
            .find(|(ar, ..)| !rules::runs_in(start, end, *ar))
        {
            return Err(CoreError::CountsOutsideRun { year: *year });
        }
        let budget_years = db::budget::years_of(conn, current.id)?;
        match budget_years
            .iter()
            .find(|ar| !rules::runs_in(start, end, **ar))
        {
            Some(year) => Err(CoreError::BudgetOutsideRun { year: *year }),
            None => Ok(()),
        }
    }
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
