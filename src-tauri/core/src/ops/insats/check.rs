//! The checks a save of the insats form shares between adding and changing: the fields
//! (I1, Y3, D3), the lists (U2), and the dates against what is registered (D1, I3, Y6).

use chrono::{Datelike, NaiveDate};

use super::super::Service;
use crate::db;
use crate::domain::insats::ReferensLista;
use crate::domain::insats::{InsatsAndring, InsatsRecord, NewInsats};
use crate::domain::uppdrag::Roll;
use crate::error::{CoreError, Warning};
use crate::rules::insats::{self as rules, ValidFields};
use crate::rules::parse;
use crate::rules::text::{self, personnummer_warnings};
use crate::rules::year::{
    ensure_date_keeps_locked_years, ensure_new_run_keeps_locked_years, first_open_year, InsatsDate,
};

/// Y8: a new insats that starts in a locked (historik) year is one that already exists in
/// Uppföljning Finsam; the wizard asks so plainly before it is saved.
fn historik_start_warning(start: NaiveDate, today: NaiveDate) -> Option<Warning> {
    let first_open = first_open_year(today);
    (start.year() < first_open).then(|| {
        let years = if start.year() + 1 == first_open {
            start.year().to_string()
        } else {
            format!("{}–{}", start.year(), first_open - 1)
        };
        Warning::new(
            "y8_historik_start",
            format!(
                "Insatsen startade före {first_open} och finns redan i Uppföljning Finsam. \
                 Stämmer det? Den visas då i {years} utan siffror, eftersom de åren är låsta; \
                 siffrorna läses in med ”Läs in tidigare år”."
            ),
            Some("startdatum"),
        )
    })
}

impl Service {
    /// The form path when the form's dates could not be read (`dates`, from
    /// `rules::parse::insats`): those errors together with every check that needs no
    /// date (I1, the name and description, the lists), so the officer sees every wrong
    /// field at once, as one Spara always showed them.
    pub(super) fn form_errors(
        &self,
        dates: CoreError,
        input: &NewInsats,
        current: Option<&InsatsRecord>,
    ) -> CoreError {
        let mut errors = match dates {
            CoreError::Several(inner) => inner,
            other => vec![other],
        };
        let Ok(forbund) = self.require_forbund() else {
            return CoreError::combine(errors);
        };
        // Dates that pass every date rule (the förbund's own start, no end), so only the
        // undated checks can speak.
        let undated = InsatsAndring {
            startdatum: forbund.startdatum,
            slutdatum: None,
            ..parse::insats_undated(input)
        };
        if let Some(current) = current {
            errors.extend(rules::fixed_choice_changes(current, &undated));
        }
        if let Err(e) = rules::validate_fields(&undated, &forbund) {
            errors.push(e);
        }
        if let Ok(Some(owner)) =
            db::insats::name_owner(self.db.conn(), &text::name_key(&input.namn))
        {
            if Some(owner) != current.map(|c| c.id) {
                errors.push(CoreError::InsatsNameTaken {
                    namn: input.namn.trim().to_owned(),
                });
            }
        }
        if let Err(e) = self.check_lists(&undated, current) {
            errors.push(e);
        }
        CoreError::combine(errors.into_iter().flat_map(|e| match e {
            CoreError::Several(inner) => inner,
            other => vec![other],
        }))
    }

    /// The checks shared by create and update on the day `on`; returns the valid fields
    /// and the name key.
    pub(super) fn check_insats(
        &self,
        input: &InsatsAndring,
        current: Option<&InsatsRecord>,
        on: NaiveDate,
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
            // Y6: no date set in, moved out of or within a kept locked year; Y8: historik
            // years may take a new insats or a moved date.
            let today = on;
            let historik = self.historik_years_on(on)?;
            match current {
                None => errors.extend(
                    ensure_new_run_keeps_locked_years(
                        fields.startdatum,
                        fields.slutdatum,
                        today,
                        &historik,
                    )
                    .err(),
                ),
                Some(current) => {
                    errors.extend(
                        ensure_date_keeps_locked_years(
                            InsatsDate::Start,
                            Some(current.startdatum),
                            Some(fields.startdatum),
                            today,
                            &historik,
                        )
                        .err(),
                    );
                    errors.extend(
                        ensure_date_keeps_locked_years(
                            InsatsDate::PlannedEnd,
                            current.slutdatum,
                            fields.slutdatum,
                            today,
                            &historik,
                        )
                        .err(),
                    );
                }
            }
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
        let mut warnings = personnummer_warnings([
            ("namn", input.namn.as_str()),
            ("beskrivning", input.beskrivning.as_str()),
        ]);
        if current.is_none() {
            warnings.extend(historik_start_warning(fields.startdatum, on));
        }
        if !warnings.is_empty() && !input.confirm_warnings {
            return Err(CoreError::ConfirmWarnings(warnings));
        }
        Ok((fields, key))
    }

    /// Preciserad inriktning (required, from the insats's own list), målgrupper and
    /// deltagaransvariga must exist; hidden entries only where already chosen.
    fn check_lists(
        &self,
        input: &InsatsAndring,
        current: Option<&InsatsRecord>,
    ) -> crate::Result<()> {
        let conn = self.db.conn();
        let mut errors = Vec::new();
        match input.preciserad_inriktning_id {
            None => errors.push(CoreError::Choose {
                field: "preciseradInriktning",
                what: "en preciserad inriktning",
            }),
            Some(id) => match db::referens::get(conn, ReferensLista::PreciseradInriktning, id)? {
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
            match db::referens::get(conn, ReferensLista::Malgrupp, *id)? {
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
                        && !rules::takes_ansvariga(input.inriktning) =>
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
    pub(super) fn ensure_counts_within(
        &self,
        current: &InsatsRecord,
        start: chrono::NaiveDate,
        end: Option<chrono::NaiveDate>,
    ) -> crate::Result<()> {
        let conn = self.db.conn();
        let count_years: Vec<i32> = db::insats::deltagare(conn, current.id)?
            .iter()
            .map(|(year, ..)| *year)
            .collect();
        let budget_years = db::budget::years_of(conn, current.id)?;
        rules::ensure_years_within(start, end, &count_years, &budget_years)
    }
}
