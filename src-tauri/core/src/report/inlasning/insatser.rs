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
use crate::db;
use crate::domain::forbund::Forbund;
use crate::domain::insats::{Inriktning, InsatsAndring};
use crate::error::CoreError;
use crate::ops::{CheckedInsats, Service};
use crate::rules::insats::fixed_choice_changes;
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

/// The insatser of a read, by name key.
#[derive(Debug, Default)]
pub struct Resolved {
    pub by_key: HashMap<String, Info>,
    new: Vec<(String, CheckedInsats)>,
    matched: Vec<String>,
}

impl Resolved {
    pub fn new_names(&self) -> Vec<String> {
        self.new
            .iter()
            .map(|(_, c)| c.record.namn.clone())
            .collect()
    }
    pub fn matched_names(&self) -> Vec<String> {
        self.matched.clone()
    }
    pub fn into_new(self) -> Vec<(String, CheckedInsats)> {
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

/// A problem of a register row: its column (`None`: the row) and its sentence.
type ColumnProblem = (Option<usize>, String);

/// The register's fixed choices as the insats form would send them, for a new insats;
/// the problems of what is missing or not in the lists otherwise.
fn new_insats(
    ctx: &Context<'_>,
    namn: &str,
    register: &Register,
) -> crate::Result<Result<InsatsAndring, Vec<ColumnProblem>>> {
    let conn = ctx.service.db().conn();
    let mut problems = Vec::new();
    let Some(inriktning) = register.inriktning.as_ref().map(|r| r.value) else {
        problems.push((
            None,
            format!(
                "Insatsen ”{namn}” finns inte i Finsamkollen och raden anger ingen inriktning."
            ),
        ));
        return Ok(Err(problems));
    };
    let foljer_deltagare = match (inriktning, &register.uppfoljning) {
        (Inriktning::Individinriktad, _) => true,
        (Inriktning::Strukturovergripande, Some(r)) => r.value,
        (Inriktning::Strukturovergripande, None) => {
            problems.push((
                None,
                "Ange uppföljningsmetoden (Ja eller Nej: följs deltagarna upp?) för en ny \
                 strukturövergripande insats."
                    .to_owned(),
            ));
            false
        }
    };
    let preciserad_inriktning_id = match &register.preciserad {
        None => None,
        Some(read) => {
            let key = name_key(&read.value);
            let found = db::referens::preciserade(conn, inriktning)?
                .into_iter()
                .find(|r| name_key(&r.namn) == key);
            if found.is_none() {
                problems.push((
                    Some(read.col),
                    format!(
                        "”{}” finns inte bland de preciserade inriktningarna för {} insatser \
                         (Inställningar → Referenslistor).",
                        read.value,
                        inriktning.label().to_lowercase()
                    ),
                ));
            }
            found.map(|r| r.id)
        }
    };
    let mut malgrupp_ids = Vec::new();
    if let Some(read) = &register.malgrupper {
        let all = db::referens::malgrupper(conn)?;
        for name in &read.value {
            match all.iter().find(|m| name_key(&m.namn) == name_key(name)) {
                Some(m) => malgrupp_ids.push(m.id),
                None => problems.push((
                    Some(read.col),
                    format!("Målgruppen ”{name}” finns inte (Inställningar → Referenslistor)."),
                )),
            }
        }
    }
    let Some(startdatum) = register.startdatum.as_ref().map(|r| r.value) else {
        problems.push((None, "Startdatum saknas för den nya insatsen.".to_owned()));
        return Ok(Err(problems));
    };
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let esf = register.esf.as_ref().is_some_and(|r| r.value);
    Ok(Ok(InsatsAndring {
        inriktning,
        foljer_deltagare,
        esf,
        // M3: the stricter answer (ESF-rådet must then be a financier); the panel
        // changes it.
        esf_leder: esf,
        namn: namn.to_owned(),
        preciserad_inriktning_id,
        malgrupp_ids,
        beskrivning: register
            .beskrivning
            .as_ref()
            .map(|r| r.value.clone())
            .unwrap_or_default(),
        startdatum,
        slutdatum: register.slutdatum.as_ref().map(|r| r.value),
        deltagaransvariga_ids: Vec::new(),
        // D3 was checked over every cell of the row already, as a blocking problem.
        confirm_warnings: true,
    }))
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
            Ok(input) => match ctx.service.check_new_insats(&input) {
                Err(error) => {
                    for e in flatten(error) {
                        let col = column_of(&register, name_col, e.field());
                        add(ctx, &mut rows[first], col, &e.to_string());
                    }
                }
                Ok(checked) => {
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
                    resolved.new.push((key, checked));
                }
            },
        }
    }
    Ok(resolved)
}

/// The dates of an existing insats the file gives otherwise: the import matches the
/// insats and leaves its details as they are (the panel changes them, by Y6's rules).
fn other_details(
    record: &crate::domain::insats::InsatsRecord,
    register: &Register,
) -> Vec<(usize, String)> {
    let mut notes = Vec::new();
    let mut differs = |col: usize, label: &str, file: String, stored: String| {
        notes.push((
            col,
            format!(
                "{label} i filen ({file}) skiljer sig från insatsens i Finsamkollen ({stored}). \
                 Inläsningen ändrar inte insatsens uppgifter; ändra dem i insatsens panel."
            ),
        ));
    };
    if let Some(start) = register.startdatum.as_ref() {
        if start.value != record.startdatum {
            let stored = record.startdatum.to_string();
            differs(start.col, "Startdatumet", start.value.to_string(), stored);
        }
    }
    if let Some(end) = register.slutdatum.as_ref() {
        if Some(end.value) != record.slutdatum {
            let stored = record
                .slutdatum
                .map_or_else(|| "inget".to_owned(), |d| d.to_string());
            differs(end.col, "Slutdatumet", end.value.to_string(), stored);
        }
    }
    notes
}

/// Two register rows say the same (columns aside).
fn same_register(a: Option<&Register>, b: Option<&Register>) -> bool {
    let values = |r: Option<&Register>| {
        r.map(|r| {
            (
                r.inriktning.as_ref().map(|v| v.value),
                r.uppfoljning.as_ref().map(|v| v.value),
                r.esf.as_ref().map(|v| v.value),
                r.preciserad.as_ref().map(|v| name_key(&v.value)),
                r.startdatum.as_ref().map(|v| v.value),
                r.slutdatum.as_ref().map(|v| v.value),
            )
        })
    };
    values(a) == values(b)
}

/// An insats form with only the name, for the I1 comparison.
fn undated(namn: &str) -> InsatsAndring {
    InsatsAndring {
        inriktning: Inriktning::Individinriktad,
        foljer_deltagare: true,
        esf: false,
        esf_leder: false,
        namn: namn.to_owned(),
        preciserad_inriktning_id: None,
        malgrupp_ids: Vec::new(),
        beskrivning: String::new(),
        startdatum: NaiveDate::MIN,
        slutdatum: None,
        deltagaransvariga_ids: Vec::new(),
        confirm_warnings: true,
    }
}
