//! Step 6 of "Läs in tidigare år": apply. The preview is made again from the file's rows,
//! and nothing is written while an included row has a problem. Then a backup (by the
//! caller: `backup` is a layer beside `report`, so `api::inlasning` passes it in), and
//! everything in one transaction recorded in the history as "Inläst från ‹filnamn›".
//!
//! # Y1 bypassed here, deliberately
//! Typing into a locked year is refused (Y1), and stays so. This is the one place that
//! writes figures of locked years: the plan ([`super::forhand`]) only lets through cells
//! that are empty in a locked year (Y8: historik is filled from the officer's workbook)
//! and never a stored value of a locked year (Y6), so the cells are written here with
//! the table functions directly instead of through `apply_budget`/`apply_medel`, whose
//! Y1 check would refuse them. New insatser go through `check_new_insats`, the rules of
//! "Lägg till insats", in the preview.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use ts_rs::TS;

use super::arbetsbok::Arbetsbok;
use super::falt::FaltTyp;
use super::forhand::{InlasningBegaran, Skrivning};
use super::insatser::Target;
use super::rader::RadRef;
use crate::db;
use crate::domain::medel::Medel;
use crate::error::CoreError;
use crate::money::Kronor;
use crate::ops::{insert_checked, Service};

/// What a read brought in, for the summary ("Återställ till före inläsningen" restores
/// `sakerhetskopia` with the existing restore command).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InlasningSammanfattning {
    pub fil: String,
    pub insatser_nya: Vec<String>,
    pub insatser_matchade: Vec<String>,
    pub ar: Vec<i32>,
    pub celler: u32,
    pub undantagna: Vec<RadRef>,
    pub tomma_rader: Vec<RadRef>,
    pub upprepade_rubriker: Vec<RadRef>,
    /// The backup taken just before (its path), `None` when there is no file to copy (a
    /// data file in memory, in tests).
    pub sakerhetskopia: Option<String>,
}

/// The refusal while an included row has a problem.
fn refused(problems: usize) -> CoreError {
    let rows = if problems == 1 {
        "1 problem".to_owned()
    } else {
        format!("{problems} problem")
    };
    CoreError::Cell {
        field: "inlasning".to_owned(),
        code: "inlasning_har_problem",
        message: format!(
            "Inget lästes in: förhandsgranskningen visar {rows}. Rätta dem i arbetsboken och \
             läs in filen igen, eller undanta raderna."
        ),
    }
}

impl Service {
    /// "Läs in": `bok` read as `begaran` says, all or nothing. `backup` is called once the
    /// preview has no problem and before anything is written; its error stops the read.
    pub fn inlasning_verkstall(
        &mut self,
        bok: &Arbetsbok,
        begaran: &InlasningBegaran,
        backup: impl FnOnce(&Service) -> crate::Result<Option<String>>,
    ) -> crate::Result<InlasningSammanfattning> {
        let plan = self.inlasning_plan(bok, begaran)?;
        if !plan.preview.kan_lasas_in {
            return Err(refused(plan.preview.problem.len()));
        }
        let sakerhetskopia = backup(self)?;
        let handling = format!("Inläst från {}", bok.file_name);
        let nya = plan.nya;
        let writes = plan.skrivningar;
        self.write(handling, |tx| {
            let mut ids: HashMap<String, i64> = HashMap::new();
            for (key, checked, _) in &nya {
                ids.insert(key.clone(), insert_checked(tx, checked)?);
            }
            write_figures(tx, &ids, &writes)?;
            // Ended last: an avslutad insats takes no later change (I5), and its counts
            // from the file are its history, not a change.
            for (key, _, avslutad) in &nya {
                if let (Some(end), Some(&id)) = (avslutad, ids.get(key)) {
                    db::insats::avsluta(tx, id, *end)?;
                }
            }
            Ok(())
        })?;
        let preview = plan.preview;
        Ok(InlasningSammanfattning {
            fil: preview.fil,
            insatser_nya: preview.insatser_nya,
            insatser_matchade: preview.insatser_matchade,
            ar: preview.ar,
            celler: preview.celler,
            undantagna: preview.undantagna,
            tomma_rader: preview.tomma_rader,
            upprepade_rubriker: preview.upprepade_rubriker,
            sakerhetskopia,
        })
    }
}

/// A cell's value laid over the stored one.
fn over<T>(value: Option<T>, stored: Option<T>) -> Option<T> {
    value.or(stored)
}

/// The planned cells, grouped by row (insats and year, or the year), each group laid over
/// what is stored and written as one row.
fn write_figures(
    tx: &rusqlite::Transaction<'_>,
    ids: &HashMap<String, i64>,
    writes: &[Skrivning],
) -> crate::Result<()> {
    let mut groups: BTreeMap<(Target, i32), HashMap<FaltTyp, i64>> = BTreeMap::new();
    for w in writes {
        let target = match &w.target {
            Target::Ny(key) => match ids.get(key) {
                Some(id) => Target::Insats(*id),
                None => continue,
            },
            other => other.clone(),
        };
        groups
            .entry((target, w.year))
            .or_default()
            .insert(w.typ, w.value);
    }
    let kronor = |v: Option<&i64>| v.map(|v| Kronor::new(*v));
    let count = |v: Option<&i64>| v.and_then(|v| u32::try_from(*v).ok());
    use FaltTyp as F;
    for ((target, year), cells) in groups {
        let has = |types: &[FaltTyp]| types.iter().any(|t| cells.contains_key(t));
        match target {
            Target::Insats(id) => {
                if has(&[F::Budget, F::Utfall, F::BudgeteradeDeltagare]) {
                    let (budget, utfall, deltagare) = db::budget::get(tx, id, year)?;
                    let row = (
                        over(kronor(cells.get(&F::Budget)), budget),
                        over(kronor(cells.get(&F::Utfall)), utfall),
                        over(count(cells.get(&F::BudgeteradeDeltagare)), deltagare),
                    );
                    db::budget::set(tx, id, year, row)?;
                }
                if has(&[F::Kvinnor, F::Man, F::Antal]) {
                    let stored = db::insats::deltagare(tx, id)?;
                    let (_, k, m, a) = stored
                        .into_iter()
                        .find(|c| c.0 == year)
                        .unwrap_or((year, None, None, None));
                    let row = (
                        year,
                        over(count(cells.get(&F::Kvinnor)), k),
                        over(count(cells.get(&F::Man)), m),
                        over(count(cells.get(&F::Antal)), a),
                    );
                    db::insats::set_deltagare(tx, id, row)?;
                }
            }
            Target::Ar => {
                if has(&[F::AdminBudget, F::AdminUtfall]) {
                    let (budget, utfall) = db::budget::admin(tx, year)?;
                    let budget = over(kronor(cells.get(&F::AdminBudget)), budget);
                    let utfall = over(kronor(cells.get(&F::AdminUtfall)), utfall);
                    db::budget::set_admin(tx, year, budget, utfall)?;
                }
                if has(&[F::Samverkansparterna, F::EsfPlus, F::Overskott]) {
                    let stored = db::medel::get(tx, year)?;
                    let part = |t: FaltTyp, s: Option<Kronor>| {
                        over(kronor(cells.get(&t)), s).unwrap_or(Kronor::ZERO)
                    };
                    let medel = Medel {
                        year,
                        samverkansparterna: part(
                            F::Samverkansparterna,
                            stored.map(|m| m.samverkansparterna),
                        ),
                        esf_plus: part(F::EsfPlus, stored.map(|m| m.esf_plus)),
                        overskott: part(F::Overskott, stored.map(|m| m.overskott)),
                    };
                    db::medel::set(tx, &medel)?;
                }
            }
            // Replaced by its id above.
            Target::Ny(_) => {}
        }
    }
    Ok(())
}
