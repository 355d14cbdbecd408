//! The insatser a read names, met with the data file: a name that exists (compared as
//! `rules::text::name_key` compares it) is matched and never duplicated, its fixed choices
//! checked against the file's (I1); a new name needs an insats register row, which is
//! checked by every rule of "Lägg till insats" (`Service::check_new_insats`: Y3, Y6/Y8,
//! D3, the lists), so the rules are the ones typing meets.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::arbetsbok::Blad;
use super::falt::Mappning;
use super::rader::{problem, Register, Row};
use super::register::{esf_leder_note, new_insats, other_details, same_register, undated};
use crate::db;
use crate::domain::forbund::Forbund;
use crate::domain::insats::{Inriktning, InsatsAndring};
use crate::error::CoreError;
use crate::ops::{CheckedInsats, Service};
use crate::rules::insats::{ensure_end_date, fixed_choice_changes};
use crate::rules::text::name_key;

/// What the preview is checked against: the service, the förbund, and the sheets read
/// with their mappings (a row names its sheet by index).
pub struct Context<'a> {
    pub service: &'a Service,
    pub forbund: &'a Forbund,
    pub sheets: &'a [(&'a Blad, &'a Mappning)],
}

/// Whose a figure is: an existing insats, a new one (by name key), or the year's own
/// (medel, administrativa kostnader).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Insats(i64),
    Ny(String),
    Ar,
}

/// What the figure checks need to know of an insats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Info {
    pub target: Target,
    pub namn: String,
    pub inriktning: Inriktning,
    pub foljer_deltagare: bool,
    pub avslutad: bool,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
}

/// A new insats of a read: its name key, the checked insats, and the day it ended when the
/// file marks it Avslutad (it is then ended on that day once its figures are written).
pub type NyInsats = (String, CheckedInsats, Option<NaiveDate>);

/// The insatser of a read, by name key.
#[derive(Debug, Default)]
pub struct Resolved {
    pub by_key: HashMap<String, Info>,
    new: Vec<NyInsats>,
    matched: Vec<String>,
}

impl Resolved {
    pub fn new_names(&self) -> Vec<String> {
        self.new
            .iter()
            .map(|(_, c, _)| c.record.namn.clone())
            .collect()
    }
    pub fn matched_names(&self) -> Vec<String> {
        self.matched.clone()
    }
    pub fn into_new(self) -> Vec<NyInsats> {
        self.new
    }
}

/// Adds the problem `text` to `row`, in column `col`.
fn add(ctx: &Context<'_>, row: &mut (usize, Row), col: Option<usize>, text: &str) {
    let (blad, mapping) = ctx.sheets[row.0];
    let p = problem(blad, mapping, &row.1.at, col, text);
    row.1.problems.push(p);
}

/// The column an error of the insats form's `field` stands in, within a register row.
fn column_of(register: &Register, name_col: usize, field: Option<&str>) -> Option<usize> {
    match field? {
        "namn" => Some(name_col),
        "inriktning" => register.inriktning.as_ref().map(|r| r.col),
        "foljerDeltagare" => register.uppfoljning.as_ref().map(|r| r.col),
        "esf" => register.esf.as_ref().map(|r| r.col),
        "esfLeder" => register.esf_leder.as_ref().map(|r| r.col),
        "preciseradInriktning" => register.preciserad.as_ref().map(|r| r.col),
        "malgrupper" => register.malgrupper.as_ref().map(|r| r.col),
        "startdatum" => register.startdatum.as_ref().map(|r| r.col),
        "slutdatum" => register.slutdatum.as_ref().map(|r| r.col),
        "beskrivning" => register.beskrivning.as_ref().map(|r| r.col),
        _ => None,
    }
}

fn flatten(error: CoreError) -> Vec<CoreError> {
    match error {
        CoreError::Several(inner) => inner.into_iter().flat_map(flatten).collect(),
        other => vec![other],
    }
}

/// The day a new insats the file marks Avslutad ended: its slutdatum, by the rule of
/// "Avsluta insats" (not after today, not before the start). `None` when it is pågående;
/// a problem (column, sentence) when the file marks it Avslutad without a valid end.
fn ended(
    ctx: &Context<'_>,
    checked: &CheckedInsats,
    register: &Register,
) -> Result<Option<NaiveDate>, (Option<usize>, String)> {
    let Some(status) = register.avslutad.as_ref().filter(|s| s.value) else {
        return Ok(None);
    };
    let Some(end) = register.slutdatum.as_ref() else {
        return Err((
            Some(status.col),
            "Insatsen är avslutad enligt filen men har inget slutdatum. Ange dagen den \
             avslutades i kolumnen Slutdatum."
                .to_owned(),
        ));
    };
    let today = ctx.service.clock().today();
    ensure_end_date(&checked.record, end.value, today)
        .map_err(|e| (Some(end.col), e.to_string()))?;
    Ok(Some(end.value))
}

/// Meets every insats name of `rows` with the data file; problems are added to the rows.
pub fn resolve(ctx: &Context<'_>, rows: &mut [(usize, Row)]) -> crate::Result<Resolved> {
    let conn = ctx.service.db().conn();
    let mut resolved = Resolved::default();
    // Name keys in file order, each with its rows and its first register row.
    let mut order: Vec<String> = Vec::new();
    let mut of_key: HashMap<String, (Vec<usize>, Option<usize>)> = HashMap::new();
    for (index, (_, row)) in rows.iter().enumerate() {
        let Some(namn) = &row.namn else { continue };
        let key = name_key(&namn.value);
        let entry = of_key.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            (Vec::new(), None)
        });
        entry.0.push(index);
        if row.register.is_some() && entry.1.is_none() {
            entry.1 = Some(index);
        }
    }
    for key in order {
        let (members, first_register) = of_key.remove(&key).unwrap_or_default();
        // A second register row for the same insats must say the same.
        if let Some(first) = first_register {
            let first_reg = rows[first].1.register.clone();
            for &i in &members {
                let differs = i != first
                    && rows[i].1.register.is_some()
                    && !same_register(rows[i].1.register.as_ref(), first_reg.as_ref());
                if differs {
                    let text = format!(
                        "Insatsen står redan på rad {} med andra uppgifter.",
                        rows[first].1.at.rad
                    );
                    let col = rows[i].1.namn.as_ref().map(|n| n.col);
                    add(ctx, &mut rows[i], col, &text);
                }
            }
        }
        let namn = rows[members[0]]
            .1
            .namn
            .as_ref()
            .map(|n| n.value.clone())
            .unwrap_or_default();
        if let Some(id) = db::insats::name_owner(conn, &key)? {
            let Some(record) = db::insats::get(conn, id)? else {
                continue;
            };
            for &i in &members {
                let Some(register) = rows[i].1.register.clone() else {
                    continue;
                };
                let input = InsatsAndring {
                    inriktning: register
                        .inriktning
                        .as_ref()
                        .map_or(record.inriktning, |r| r.value),
                    foljer_deltagare: register
                        .uppfoljning
                        .as_ref()
                        .map_or(record.foljer_deltagare, |r| r.value),
                    esf: register.esf.as_ref().map_or(record.esf, |r| r.value),
                    ..undated(&record.namn)
                };
                let name_col = rows[i].1.namn.as_ref().map_or(0, |n| n.col);
                for error in fixed_choice_changes(&record, &input) {
                    let col = column_of(&register, name_col, error.field());
                    add(ctx, &mut rows[i], col, &error.to_string());
                }
                for (col, text) in other_details(&record, &register) {
                    let (blad, mapping) = ctx.sheets[rows[i].0];
                    let note = problem(blad, mapping, &rows[i].1.at, Some(col), &text);
                    rows[i].1.notes.push(note);
                }
            }
            resolved.matched.push(record.namn.clone());
            resolved.by_key.insert(
                key,
                Info {
                    target: Target::Insats(id),
                    namn: record.namn,
                    inriktning: record.inriktning,
                    foljer_deltagare: record.foljer_deltagare,
                    avslutad: record.avslutad,
                    startdatum: record.startdatum,
                    slutdatum: record.slutdatum,
                },
            );
            continue;
        }
        let Some(first) = first_register else {
            for &i in &members {
                let col = rows[i].1.namn.as_ref().map(|n| n.col);
                let text = format!(
                    "Insatsen ”{namn}” finns inte i Finsamkollen. Lägg till den där eller i ett \
                     insatsregister i filen (inriktning, startdatum …)."
                );
                add(ctx, &mut rows[i], col, &text);
            }
            continue;
        };
        if !rows[first].1.problems.is_empty() {
            // A cell of the register row could not be read: that problem says it, and
            // "missing" would only repeat it.
            continue;
        }
        let register = rows[first].1.register.clone().unwrap_or_default();
        let name_col = rows[first].1.namn.as_ref().map_or(0, |n| n.col);
        match new_insats(ctx, &namn, &register)? {
            Err(problems) => {
                for (col, text) in problems {
                    add(ctx, &mut rows[first], col, &text);
                }
            }
            Ok(input) => match ctx.service.check_new_insats(&input, ctx.service.today()) {
                Err(error) => {
                    for e in flatten(error) {
                        let col = column_of(&register, name_col, e.field());
                        add(ctx, &mut rows[first], col, &e.to_string());
                    }
                }
                Ok(checked) => {
                    if let Some((col, text)) = esf_leder_note(&input, &register) {
                        let (blad, mapping) = ctx.sheets[rows[first].0];
                        let note = problem(blad, mapping, &rows[first].1.at, Some(col), &text);
                        rows[first].1.notes.push(note);
                    }
                    let avslutad = match ended(ctx, &checked, &register) {
                        Ok(avslutad) => avslutad,
                        Err((col, text)) => {
                            add(ctx, &mut rows[first], col, &text);
                            continue;
                        }
                    };
                    resolved.by_key.insert(
                        key.clone(),
                        Info {
                            target: Target::Ny(key.clone()),
                            namn: checked.record.namn.clone(),
                            inriktning: checked.record.inriktning,
                            foljer_deltagare: checked.record.foljer_deltagare,
                            avslutad: false,
                            startdatum: checked.record.startdatum,
                            slutdatum: checked.record.slutdatum,
                        },
                    );
                    resolved.new.push((key, checked, avslutad));
                }
            },
        }
    }
    Ok(resolved)
}
