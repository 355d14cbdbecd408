//! Step 5 of "Läs in tidigare år": the preview. Every included row is checked by the rules
//! typing meets, and met with what the data file holds: an insats of the same name is
//! matched (never duplicated); a stored value of an open year that differs is a conflict,
//! replaced only when the officer ticks "Ersätt"; a stored value of a locked year is never
//! replaced; empty cells of locked (historik) years are filled. The apply step
//! ([`super::skriv`]) writes exactly what this plans.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::arbetsbok::Arbetsbok;
use super::falt::{FaltTyp, Mappning};
use super::insatser::{self, NyInsats, Target};
use super::rader::{self, Problem, RadRef};
use super::siffror;
use crate::error::CoreError;
use crate::ops::Service;

/// What the officer asks to read: how each chosen sheet is mapped, the rows left out, and
/// the conflicts to replace (their [`Konflikt::nyckel`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InlasningBegaran {
    pub mappningar: Vec<Mappning>,
    pub undantagna: Vec<RadRef>,
    pub ersatt: Vec<String>,
}

/// One value of a row, read: a field, its year, kronor or a count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VardeVy {
    pub falt: FaltTyp,
    pub ar: i32,
    #[ts(type = "number")]
    pub varde: i64,
}

/// One included row in the preview: the insats it concerns, its values, its problems.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RadForhand {
    pub blad: String,
    pub rad: u32,
    pub insats: Option<String>,
    /// Whether the row holds the insats register's fields (it creates a new insats).
    pub register: bool,
    pub varden: Vec<VardeVy>,
    /// The row's problems, each a whole sentence; the import waits until there are none.
    pub problem: Vec<String>,
    /// What the officer should know, which does not stop the import.
    pub anmarkningar: Vec<String>,
}

/// A value in the file that differs from the stored one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Konflikt {
    /// What "Ersätt" sends back ([`InlasningBegaran::ersatt`]).
    pub nyckel: String,
    pub blad: String,
    pub rad: u32,
    pub kolumn: String,
    /// "Steget vidare, Budget 2025: sparat 100 000 kr, i filen 120 000 kr."
    pub meddelande: String,
    #[ts(type = "number")]
    pub sparat: i64,
    #[ts(type = "number")]
    pub inlast: i64,
    /// Open year: replaced when ticked. Locked year: always kept, shown only.
    pub kan_ersattas: bool,
}

/// The preview of a read: rows, problems, conflicts, and what would come in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Forhandsvisning {
    pub fil: String,
    pub rader: Vec<RadForhand>,
    /// Every problem of every included row, in file order.
    pub problem: Vec<Problem>,
    /// Notes that do not stop the import (a date of an existing insats the file gives
    /// otherwise, left as it is).
    pub anmarkningar: Vec<Problem>,
    pub konflikter: Vec<Konflikt>,
    pub insatser_nya: Vec<String>,
    pub insatser_matchade: Vec<String>,
    /// The years cells would be written in.
    pub ar: Vec<i32>,
    /// How many cells would be written (filled, or replaced where ticked).
    pub celler: u32,
    pub tomma_rader: Vec<RadRef>,
    pub upprepade_rubriker: Vec<RadRef>,
    /// Rows of sums ("Totalt") under a table: not read.
    pub summarader: Vec<RadRef>,
    pub undantagna: Vec<RadRef>,
    /// No included row has a problem: "Läs in" may be pressed.
    pub kan_lasas_in: bool,
}

/// One cell to write: whose, which year, which field, the value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skrivning {
    pub target: Target,
    pub year: i32,
    pub typ: FaltTyp,
    pub value: i64,
}

/// The preview and exactly what applying it writes.
#[derive(Clone, Debug)]
pub struct Plan {
    pub preview: Forhandsvisning,
    /// New insatser by name key, each checked by "Lägg till insats"'s rules.
    pub nya: Vec<NyInsats>,
    pub skrivningar: Vec<Skrivning>,
}

/// A mapping that does not fit the file: a sheet it does not have.
fn unknown_sheet(name: &str) -> CoreError {
    CoreError::NotFound {
        what: format!("Bladet ”{name}”"),
    }
}

impl Service {
    /// "Läs in tidigare år", step 5: the preview of reading `bok` as `begaran` says.
    /// Nothing is written.
    pub fn inlasning_forhandsvisning(
        &self,
        bok: &Arbetsbok,
        begaran: &InlasningBegaran,
    ) -> crate::Result<Forhandsvisning> {
        Ok(self.inlasning_plan(bok, begaran)?.preview)
    }

    /// The preview and what it would write (see [`Self::inlasning_forhandsvisning`]).
    pub(super) fn inlasning_plan(
        &self,
        bok: &Arbetsbok,
        begaran: &InlasningBegaran,
    ) -> crate::Result<Plan> {
        let forbund = self.require_forbund()?;
        let mut rows = Vec::new();
        let mut tomma = Vec::new();
        let mut upprepade = Vec::new();
        let mut undantagna = Vec::new();
        let mut summor = Vec::new();
        let mut sheets = Vec::new();
        for mapping in &begaran.mappningar {
            let blad = bok
                .blad
                .iter()
                .find(|b| b.name == mapping.blad)
                .ok_or_else(|| unknown_sheet(&mapping.blad))?;
            let sheet = rader::read_sheet(blad, mapping, &begaran.undantagna);
            tomma.extend(sheet.empty);
            upprepade.extend(sheet.repeated_headers);
            undantagna.extend(sheet.excluded);
            summor.extend(sheet.sums);
            for row in sheet.rows {
                rows.push((sheets.len(), row));
            }
            sheets.push((blad, mapping));
        }
        let ctx = insatser::Context {
            service: self,
            forbund: &forbund,
            sheets: &sheets,
        };
        let resolved = insatser::resolve(&ctx, &mut rows)?;
        let met = siffror::meet(&ctx, &resolved, &mut rows, &begaran.ersatt)?;
        let mut preview_rows = Vec::with_capacity(rows.len());
        let mut problem = Vec::new();
        let mut anmarkningar = Vec::new();
        for (_, row) in &mut rows {
            // The whole row's problems first, then column by column.
            row.problems
                .sort_by_key(|p| p.kolumnindex.map_or(0, |c| c + 1));
        }
        for (_, row) in &rows {
            preview_rows.push(RadForhand {
                blad: row.at.blad.clone(),
                rad: row.at.rad,
                insats: row.namn.as_ref().map(|n| n.value.clone()),
                register: row.register.is_some(),
                varden: row
                    .figures
                    .iter()
                    .map(|f| VardeVy {
                        falt: f.typ,
                        ar: f.year,
                        varde: f.value,
                    })
                    .collect(),
                problem: row.problems.iter().map(|p| p.meddelande.clone()).collect(),
                anmarkningar: row.notes.iter().map(|p| p.meddelande.clone()).collect(),
            });
            problem.extend(row.problems.iter().cloned());
            anmarkningar.extend(row.notes.iter().cloned());
        }
        let mut ar: Vec<i32> = met.writes.iter().map(|w| w.year).collect();
        ar.sort_unstable();
        ar.dedup();
        let preview = Forhandsvisning {
            fil: bok.file_name.clone(),
            rader: preview_rows,
            kan_lasas_in: problem.is_empty(),
            problem,
            anmarkningar,
            konflikter: met.conflicts,
            insatser_nya: resolved.new_names(),
            insatser_matchade: resolved.matched_names(),
            ar,
            celler: u32::try_from(met.writes.len()).unwrap_or(u32::MAX),
            tomma_rader: tomma,
            upprepade_rubriker: upprepade,
            summarader: summor,
            undantagna,
        };
        Ok(Plan {
            preview,
            nya: resolved.into_new(),
            skrivningar: met.writes,
        })
    }
}
