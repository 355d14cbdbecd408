//! The figures of a read, checked as typing checks them (Y3 years of the förbund, I3 within
//! the insats's run, B1, D1, D2) and met with the stored ones: empty cells are filled; a
//! differing value of an open year is a conflict replaced only when ticked; a stored
//! value of a locked year is never replaced (Y6, Y8).

use std::collections::HashMap;

use super::falt::FaltTyp;
use super::forhand::{Konflikt, Skrivning};
use super::insatser::{Context, Resolved, Target};
use super::rader::{column_name, problem, Row};
use crate::db;
use crate::domain::year::YearStatus;
use crate::error::CoreError;
use crate::money::Kronor;
use crate::rules::insats::{ensure_counts_fit, runs_in};
use crate::rules::text::name_key;
use crate::rules::year::ensure_editable;

/// What meeting the stored figures gives: the cells to write and the differences.
#[derive(Debug, Default)]
pub struct Met {
    pub writes: Vec<Skrivning>,
    pub conflicts: Vec<Konflikt>,
}

/// The stored figures, read once per year or insats.
#[derive(Default)]
struct Stored {
    budget: HashMap<i32, HashMap<i64, db::budget::Cells>>,
    counts: HashMap<i64, Vec<db::insats::Counts>>,
}

impl Stored {
    fn get(
        &mut self,
        conn: &rusqlite::Connection,
        target: &Target,
        year: i32,
        typ: FaltTyp,
    ) -> crate::Result<Option<i64>> {
        use FaltTyp as F;
        Ok(match (target, typ) {
            (Target::Ny(_), _) => None,
            (Target::Insats(id), F::Budget | F::Utfall | F::BudgeteradeDeltagare) => {
                if let std::collections::hash_map::Entry::Vacant(entry) = self.budget.entry(year) {
                    entry.insert(db::budget::for_year(conn, year)?.into_iter().collect());
                }
                let cells = self.budget.get(&year).and_then(|b| b.get(id)).copied();
                let (budget, utfall, deltagare) = cells.unwrap_or((None, None, None));
                match typ {
                    F::Budget => budget.map(Kronor::get),
                    F::Utfall => utfall.map(Kronor::get),
                    _ => deltagare.map(i64::from),
                }
            }
            (Target::Insats(id), _) => {
                if !self.counts.contains_key(id) {
                    self.counts.insert(*id, db::insats::deltagare(conn, *id)?);
                }
                let counts = self
                    .counts
                    .get(id)
                    .and_then(|c| c.iter().find(|c| c.0 == year));
                counts
                    .and_then(|(_, k, m, a)| match typ {
                        F::Kvinnor => *k,
                        F::Man => *m,
                        _ => *a,
                    })
                    .map(i64::from)
            }
            (Target::Ar, F::AdminBudget | F::AdminUtfall) => {
                let (budget, utfall) = db::budget::admin(conn, year)?;
                let value = if typ == F::AdminBudget {
                    budget
                } else {
                    utfall
                };
                value.map(Kronor::get)
            }
            (Target::Ar, _) => db::medel::get(conn, year)?.map(|m| match typ {
                F::Samverkansparterna => m.samverkansparterna.get(),
                F::EsfPlus => m.esf_plus.get(),
                _ => m.overskott.get(),
            }),
        })
    }
}

/// A value as the messages show it: kronor with their grouping, counts as numbers.
fn shown(typ: FaltTyp, value: i64) -> String {
    use FaltTyp as F;
    match typ {
        F::BudgeteradeDeltagare | F::Kvinnor | F::Man | F::Antal => value.to_string(),
        _ => format!("{} kr", Kronor::new(value)),
    }
}

/// The key "Ersätt" names a cell by.
fn conflict_key(target_key: &str, year: i32, typ: FaltTyp) -> String {
    format!("{target_key}|{year}|{typ:?}")
}

/// Checks and meets every figure of `rows`; problems are added to the rows.
#[allow(clippy::needless_range_loop)]
pub fn meet(
    ctx: &Context<'_>,
    resolved: &Resolved,
    rows: &mut [(usize, Row)],
    ersatt: &[String],
) -> crate::Result<Met> {
    let conn = ctx.service.db().conn();
    let today = ctx.service.today();
    let period = ctx.forbund.period();
    let mut stored = Stored::default();
    let mut met = Met::default();
    // Each cell once: its value and the row that gave it.
    let mut seen: HashMap<(Target, i32, FaltTyp), (i64, u32, String)> = HashMap::new();
    // Years whose medel lack samverkansparterna: the row and column that gave another part.
    let mut medel_parts: HashMap<i32, (usize, usize)> = HashMap::new();
    let mut medel_samverkan: Vec<i32> = Vec::new();
    for index in 0..rows.len() {
        let (sheet, row) = &rows[index];
        // Indexed, not iterated: the row's problems are added after its figures are read.
        let (blad, mapping) = ctx.sheets[*sheet];
        let mut problems = Vec::new();
        let info = row
            .namn
            .as_ref()
            .and_then(|n| resolved.by_key.get(&name_key(&n.value)));
        for figure in &row.figures {
            let mut fail = |text: String| {
                problems.push(problem(blad, mapping, &row.at, Some(figure.col), &text));
            };
            let (target, target_key, namn) = if figure.typ.per_insats() {
                let Some(info) = info else { continue };
                let key = format!("insats:{}", name_key(&info.namn));
                (info.target.clone(), key, info.namn.clone())
            } else {
                (Target::Ar, "ar".to_owned(), "Året".to_owned())
            };
            let status = YearStatus::of(figure.year, today, &period);
            let locked = matches!(status, YearStatus::Locked { .. });
            if !locked {
                if let Err(e) = ensure_editable(figure.typ.label(), figure.year, today, &period) {
                    fail(e.to_string());
                    continue;
                }
            }
            if let (true, Some(info)) = (figure.typ.per_insats(), info) {
                let count = matches!(
                    figure.typ,
                    FaltTyp::BudgeteradeDeltagare
                        | FaltTyp::Kvinnor
                        | FaltTyp::Man
                        | FaltTyp::Antal
                );
                let error = if !runs_in(info.startdatum, info.slutdatum, figure.year) {
                    Some(CoreError::InsatsNotRunning { year: figure.year })
                } else if count && !info.foljer_deltagare {
                    Some(CoreError::NoParticipantFollowUp)
                } else if figure.typ != FaltTyp::BudgeteradeDeltagare && count {
                    let one = |t: FaltTyp| (figure.typ == t).then_some(0);
                    ensure_counts_fit(
                        info.inriktning,
                        one(FaltTyp::Kvinnor),
                        one(FaltTyp::Man),
                        one(FaltTyp::Antal),
                    )
                    .err()
                    .or_else(|| {
                        info.avslutad.then_some(CoreError::InsatsAvslutad {
                            detail: ": deltagarantalen är låsta",
                        })
                    })
                } else {
                    None
                };
                if let Some(error) = error {
                    fail(error.to_string());
                    continue;
                }
            }
            let cell = (target.clone(), figure.year, figure.typ);
            if let Some((value, rad, other)) = seen.get(&cell) {
                if *value != figure.value {
                    fail(format!(
                        "Samma värde står också på rad {rad} i bladet {other}, med ett annat \
                         belopp ({}).",
                        shown(figure.typ, *value)
                    ));
                }
                continue;
            }
            seen.insert(cell, (figure.value, row.at.rad, row.at.blad.clone()));
            match figure.typ {
                FaltTyp::Samverkansparterna => medel_samverkan.push(figure.year),
                FaltTyp::EsfPlus | FaltTyp::Overskott => {
                    medel_parts
                        .entry(figure.year)
                        .or_insert((index, figure.col));
                }
                _ => {}
            }
            let write = Skrivning {
                target: target.clone(),
                year: figure.year,
                typ: figure.typ,
                value: figure.value,
            };
            match stored.get(conn, &target, figure.year, figure.typ)? {
                None => met.writes.push(write),
                Some(old) if old == figure.value => {}
                Some(old) => {
                    let nyckel = conflict_key(&target_key, figure.year, figure.typ);
                    let label = format!("{} {}", figure.typ.label(), figure.year);
                    let mut meddelande = format!(
                        "{namn}, {label}: sparat {}, i filen {}.",
                        shown(figure.typ, old),
                        shown(figure.typ, figure.value)
                    );
                    if locked {
                        meddelande.push_str(" Året är låst: det sparade värdet behålls.");
                    } else if ersatt.contains(&nyckel) {
                        met.writes.push(write);
                    }
                    met.conflicts.push(Konflikt {
                        nyckel,
                        blad: row.at.blad.clone(),
                        rad: row.at.rad,
                        kolumn: column_name(blad, mapping, figure.col),
                        meddelande,
                        sparat: old,
                        inlast: figure.value,
                        kan_ersattas: !locked,
                    });
                }
            }
        }
        rows[index].1.problems.extend(problems);
    }
    for (year, (index, col)) in medel_parts {
        if medel_samverkan.contains(&year) || db::medel::get(conn, year)?.is_some() {
            continue;
        }
        let (sheet, row) = &mut rows[index];
        let (blad, mapping) = ctx.sheets[*sheet];
        let text = format!(
            "Medel för {year} kan bara läsas in tillsammans med samverkansparternas medel, som \
             saknas både i filen och i Finsamkollen."
        );
        let p = problem(blad, mapping, &row.at, Some(col), &text);
        row.problems.push(p);
    }
    Ok(met)
}
