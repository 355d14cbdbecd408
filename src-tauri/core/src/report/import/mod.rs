//! Import: one or more JSON reports of the same förbund into a **new** data file, through
//! the same use cases the screens use (no back door), so every rule is checked again. Each
//! year's figures are written on 15 April of the following year, the last day that year was
//! open; the rest on the day the newest report was made. Each write takes its day (the `on`
//! of the `apply_*` steps): the date rules read it and the history records it. The clock is
//! never moved. A refused import leaves nothing behind.
//!
//! Y6 (a locked year stays as it was) is not bypassed, on purpose: an import into a new
//! file rebuilds history, and history was entered while its years were open. So each
//! insats is created on the last open day of its start year, and each ended one is ended
//! on the last open day of its end year (never later than the newest report), just as the
//! figures are. Every write still passes every rule; no flag or back door lets a write
//! into a locked year, and once the file is opened with the real clock its locked years
//! are locked.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::model::{Arsrapport, RapportInsats};
use super::{FORMAT, VERSION};
use crate::clock::Clock;
use crate::db;
use crate::domain::budget::{BudgetAndring, BudgetCeller, Rad};
use crate::domain::fordelning::{Andel, FordelningAndring};
use crate::domain::insats::{Avslut, DeltagareAndring, InsatsAndring, InsatsStatus};
use crate::domain::medel::Medel;
use crate::domain::omrade::OmradeRef;
use crate::domain::organisation::{OrganisationSearch, OrganisationTyp, RollerInput};
use crate::error::FieldErrors;
use crate::error::{CoreError, IncomingFileError};
use crate::ops::{ForbundPageAndring, ReferensInput, ReferensLista, Service};
use crate::rules::forbund::{read_texts, Details, ValidForbund};
use crate::rules::text::name_key;
use crate::rules::year;

mod read;
mod replay;

use read::parse;
pub use read::read_report_file;
use replay::*;

/// One file to import: its name (for messages) and its text.
#[derive(Clone, Debug)]
pub struct ImportFile {
    pub name: String,
    pub text: String,
}

/// What an import created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub data_file: String,
    pub forbund: String,
    pub years: Vec<i32>,
    #[ts(type = "number")]
    pub insatser: usize,
}

fn refused(file: &str, path: &str, message: impl Into<String>) -> CoreError {
    CoreError::from(IncomingFileError::Import {
        file: file.to_owned(),
        path: path.to_owned(),
        message: message.into(),
    })
}

/// The largest report file an import reads: 5 MB. A real report is 5–50 kB; a 50 MB file
/// of 88 705 insatser took over six minutes to import and built a 165 MB data file, and
/// nothing that large is a year's report.
pub const MAX_FILE_BYTES: u64 = 5 * 1024 * 1024;

/// Reads the report files at `paths`, each refused for its size before a byte of it is
/// read, and imports them into a new data file at `target` (see [`import_reports`]).
pub fn import_report_files(paths: &[PathBuf], target: &Path) -> crate::Result<ImportSummary> {
    let files = paths
        .iter()
        .map(|path| read_report_file(path))
        .collect::<crate::Result<Vec<_>>>()?;
    import_reports(&files, target)
}

/// Imports `files` into a new data file at `target`.
pub fn import_reports(files: &[ImportFile], target: &Path) -> crate::Result<ImportSummary> {
    if target.exists() {
        return Err(CoreError::from(IncomingFileError::ImportTargetExists {
            path: target.to_owned(),
        }));
    }
    let mut reports = Vec::with_capacity(files.len());
    for file in files {
        reports.push((file.name.as_str(), parse(file)?));
    }
    let Some((_, first)) = reports.first() else {
        return Err(refused("", "", "Ingen fil att importera"));
    };
    let orgnr = first.forbund.organisationsnummer.clone();
    for (name, report) in &reports {
        if report.forbund.organisationsnummer != orgnr {
            return Err(refused(
                name,
                "forbund.organisationsnummer",
                format!(
                    "filen gäller ett annat förbund ({}) än de andra ({orgnr})",
                    report.forbund.organisationsnummer
                ),
            ));
        }
    }
    ensure_years_of_the_forbund(&reports)?;
    reports.sort_by_key(|(_, r)| (r.year, r.skapad));
    let summary =
        crate::db::build_beside(target, "importeras", |building| build(&reports, building))?;
    Ok(ImportSummary {
        data_file: target.display().to_string(),
        ..summary
    })
}

/// Y3 and Y5: every report's year is one of the förbund's years as the newest report knew
/// them, from its start year to the year after the report was made (or its end year).
/// Checked before anything is built: replaying a year on a day in that year would
/// name the clock's years instead ("2019–1901" for a report of 1899).
fn ensure_years_of_the_forbund(reports: &[(&str, Arsrapport)]) -> crate::Result<()> {
    let Some((_, latest)) = reports.iter().max_by_key(|(_, r)| r.skapad) else {
        return Ok(());
    };
    let period = crate::domain::year::Period {
        start: latest.forbund.startdatum,
        end: latest.forbund.slutdatum,
    };
    let years = year::selectable_years(latest.skapad, &period);
    for (name, report) in reports {
        if !years.contains(&report.year) {
            let error = CoreError::YearOutOfRange {
                year: report.year,
                first: years.first().copied().unwrap_or(report.year),
                last: years.last().copied().unwrap_or(report.year),
            };
            return Err(refused(name, "ar", error.to_string()));
        }
    }
    Ok(())
}

/// Replays the reports into a fresh data file at `path`.
fn build(reports: &[(&str, Arsrapport)], path: &Path) -> crate::Result<ImportSummary> {
    let (latest_name, latest) = reports
        .iter()
        .max_by_key(|(_, r)| r.skapad)
        .map(|(n, r)| (*n, r))
        .ok_or_else(|| refused("", "", "Ingen fil att importera"))?;
    let at = |file: &str, path: &str| {
        let (file, path) = (file.to_owned(), path.to_owned());
        move |e: CoreError| refused(&file, &path, e.to_string())
    };
    // The clock says when the newest report was made; each write below takes its own day.
    let newest = latest.skapad;
    let mut service = Service::open(path, Clock::fixed(newest))?;
    let forbund = forbund_details(latest).map_err(at(latest_name, "forbund"))?;
    // Created as "Skapa förbund" creates it; the details follow with the förbund page.
    service
        .apply_new_forbund(
            ValidForbund {
                slutdatum: None,
                details: Details::default(),
                ..forbund.clone()
            },
            newest,
        )
        .map_err(at(latest_name, "forbund"))?;

    // Insatser, from the newest report each appears in.
    let mut insatser: HashMap<String, (&str, usize, &RapportInsats)> = HashMap::new();
    for (name, report) in reports {
        let mut seen = Vec::new();
        for (i, insats) in report.insatser.iter().enumerate() {
            let key = name_key(&insats.namn);
            if seen.contains(&key) {
                return Err(refused(
                    name,
                    &format!("insatser[{i}].namn"),
                    format!("det finns två insatser som heter ”{}”", insats.namn.trim()),
                ));
            }
            seen.push(key.clone());
            insatser.insert(key, (name, i, insats));
        }
    }
    let mut ids: HashMap<String, i64> = HashMap::new();
    let mut ordered: Vec<_> = insatser.values().collect();
    ordered.sort_by_key(|(_, _, i)| (i.startdatum, i.namn.clone()));
    for (name, i, insats) in &ordered {
        let here = format!("insatser[{i}]");
        // Y6: on a day its start year was open (see the module comment).
        let on = open_day(insats.startdatum, newest);
        let input = insats_input(&mut service, insats, on).map_err(at(name, &here))?;
        let created = service
            .apply_create_insats(input, on)
            .map_err(at(name, &here))?;
        ids.insert(name_key(&insats.namn), created);
    }

    // Each year's figures, on the last day that year was open.
    for (name, report) in reports {
        replay_year(
            &mut service,
            report,
            &ids,
            name,
            year::deadline(report.year),
        )?;
    }

    // Ended insatser, roles and the förbund's details, as of the newest report.
    for (name, i, insats) in &ordered {
        if insats.status == InsatsStatus::Avslutad {
            let end = insats.slutdatum.unwrap_or(newest);
            // Y6: on a day its end year was open (see the module comment).
            let avslut = Avslut {
                id: ids[&name_key(&insats.namn)],
                slutdatum: end,
            };
            service
                .apply_end_insats(avslut, open_day(end, newest))
                .map_err(at(name, &format!("insatser[{i}].status")))?;
        }
    }
    for (i, o) in latest.organisationer.iter().enumerate() {
        if o.typ == OrganisationTyp::Ovrigt && organisation_id(&service, &o.namn, o.typ).is_err() {
            service
                .apply_new_organisation(o.namn.clone(), newest)
                .map_err(at(latest_name, &format!("organisationer[{i}]")))?;
        }
    }
    let (verksamhetsomrade, organisationer) =
        area_and_roles(&service, latest).map_err(at(latest_name, "organisationer"))?;
    let page = ForbundPageAndring {
        forbund,
        verksamhetsomrade,
        organisationer,
        confirm_warnings: true,
    };
    service
        .apply_forbund_page(page, newest)
        .map_err(at(latest_name, "forbund"))?;
    // Each year's split per financier (M6: the roles must be in place first), on the last
    // day that year was open, like its other figures.
    for (name, report) in reports {
        let Some(medel) = report.medel.as_ref().filter(|m| !m.finansiarer.is_empty()) else {
            continue;
        };
        let mut rader = Vec::new();
        for (i, f) in medel.finansiarer.iter().enumerate() {
            let id = financier_id(&service, &f.namn, f.typ)
                .map_err(at(name, &format!("medel.finansiarer[{i}]")))?;
            rader.push(Andel {
                organisation_id: id,
                belopp: Some(f.belopp),
            });
        }
        let change = FordelningAndring {
            year: report.year,
            rader,
        };
        service
            .apply_fordelning(change, year::deadline(report.year))
            .map_err(at(name, "medel.finansiarer"))?;
    }
    Ok(ImportSummary {
        data_file: String::new(),
        forbund: latest.forbund.namn.clone(),
        years: reports.iter().map(|(_, r)| r.year).collect(),
        insatser: ids.len(),
    })
}

/// The last day `date`'s year was open (15 April of the following year), or `newest` (the
/// day the newest report was made) when that comes first.
fn open_day(date: NaiveDate, newest: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    year::last_open_day(date.year(), newest)
}
