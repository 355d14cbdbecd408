//! Import: one or more JSON reports of the same förbund into a **new** data file, through
//! the same use cases the screens use (no back door), so every rule is checked again. Each
//! year's figures are replayed with the clock on 15 April of the following year, the last
//! day that year was open; the rest with the clock on the day the newest report was made.
//! A refused import leaves nothing behind.
//!
//! Y6 (a locked year stays as it was) is not bypassed, on purpose: an import into a new
//! file rebuilds history, and history was entered while its years were open. So each
//! insats is created with the clock on the last open day of its start year, and each
//! ended one is ended on the last open day of its end year (never later than the newest
//! report), just as the figures are. Every write still passes every rule; no flag or back
//! door lets a write into a locked year, and once the file is opened with the real clock
//! its locked years are locked.

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
use crate::db::referens::Lista;
use crate::domain::budget::{BudgetCellerInput, BudgetInput, MedelInput, ADMIN_KEY};
use crate::domain::forbund::{ForbundUpdate, NewForbund};
use crate::domain::fordelning::{FordelningInput, FordelningRadInput};
use crate::domain::insats::{AvslutaInsats, DeltagareInput, InsatsStatus, NewInsats};
use crate::domain::omrade::OmradeRef;
use crate::domain::organisation::{OrganisationSearch, OrganisationTyp, RollerInput};
use crate::error::CoreError;
use crate::ops::{ForbundPageSave, ReferensInput, ReferensLista, Service};
use crate::rules::text::name_key;
use crate::rules::year;

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
    CoreError::Import {
        file: file.to_owned(),
        path: path.to_owned(),
        message: message.into(),
    }
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

/// One report file as text: at most [`MAX_FILE_BYTES`], UTF-8 (a leading byte-order mark,
/// which Notepad writes, is dropped).
pub fn read_report_file(path: &Path) -> crate::Result<ImportFile> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let io = |source| CoreError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    let too_large = |size| CoreError::ImportTooLarge {
        file: name.clone(),
        size,
        limit: MAX_FILE_BYTES,
    };
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    // A file that grows while it is read is still read no further than the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        refused(
            &name,
            "",
            "filen kan inte läsas: den är inte en textfil, så den är ingen årsrapport från \
             Finsamkollen",
        )
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    Ok(ImportFile { name, text })
}

/// Reads and checks one file: valid JSON of the right format and version.
fn parse(file: &ImportFile) -> crate::Result<Arsrapport> {
    // serde would read a struct from a JSON array too (its fields in order), and then say
    // what is wrong with the array's second element; any JSON but an object is simply not
    // a report.
    let object = file.text.trim_start().starts_with('{');
    if !object && serde_json::from_str::<serde::de::IgnoredAny>(&file.text).is_ok() {
        return Err(refused(
            &file.name,
            "",
            format!("filen kan inte läsas: {NOT_A_REPORT}"),
        ));
    }
    let mut json = serde_json::Deserializer::from_str(&file.text);
    let report: Arsrapport = match serde_path_to_error::deserialize(&mut json) {
        Ok(report) => report,
        Err(e) => {
            // What the file is decides what to say: another program's JSON, or a report
            // of another version (whose new keys this version does not know), is named as
            // such rather than by its first key this version cannot read.
            if let Ok(serde_json::Value::Object(map)) = serde_json::from_str(&file.text) {
                let version = map.get("version").and_then(serde_json::Value::as_u64);
                identity(
                    file,
                    map.get("format").and_then(serde_json::Value::as_str),
                    version,
                )?;
            }
            let path = e.path().to_string();
            let orsak = json_orsak(e.inner(), &path);
            let path = if path == "." { String::new() } else { path };
            return Err(refused(
                &file.name,
                &path,
                format!("filen kan inte läsas: {orsak}"),
            ));
        }
    };
    identity(file, Some(&report.format), Some(u64::from(report.version)))?;
    Ok(report)
}

/// Ok when the file says it is a report of this format and version (or does not say which
/// version); otherwise what it is instead.
fn identity(file: &ImportFile, format: Option<&str>, version: Option<u64>) -> crate::Result<()> {
    let Some(format) = format else {
        return Err(refused(
            &file.name,
            "",
            format!("filen kan inte läsas: {NOT_A_REPORT}"),
        ));
    };
    if format != FORMAT {
        return Err(refused(
            &file.name,
            "format",
            format!("filen är inte en årsrapport från Finsamkollen (format {format})"),
        ));
    }
    match version {
        Some(version) if version != u64::from(VERSION) => Err(refused(
            &file.name,
            "version",
            format!("versionen {version} är okänd; den här Finsamkollen läser version {VERSION}"),
        )),
        _ => Ok(()),
    }
}

const NOT_A_REPORT: &str = "den är inte en årsrapport från Finsamkollen";

/// Why serde_json could not read a file, in the officer's words. serde's own messages are
/// English and name Rust types ("invalid type: floating point `1.5`, expected i64"). Their
/// shapes are fixed by `serde::de::Error` (invalid type, invalid value, missing field, …),
/// so the cases a report file can meet are recognised here, and anything else still gets
/// a Swedish sentence: the caller adds where in the file it is.
fn json_orsak(error: &serde_json::Error, path: &str) -> String {
    use serde_json::error::Category;
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let raw = full.strip_suffix(&position).unwrap_or(&full);
    let place = format!("rad {}, tecken {}", error.line(), error.column());
    match error.classify() {
        Category::Eof => "den tar slut mitt i, som om den har klippts av (till exempel när en \
                          kopiering avbröts). Exportera rapporten på nytt"
            .to_owned(),
        Category::Syntax if raw.starts_with("control character") => {
            format!("en text i filen innehåller ett osynligt styrtecken ({place})")
        }
        Category::Syntax => format!("{NOT_A_REPORT}: den är inte skriven i JSON ({place})"),
        Category::Io => "den gick inte att läsa till slut".to_owned(),
        Category::Data => data_orsak(raw, path),
    }
}

/// A value of the wrong kind, or a key too many or too few (see [`json_orsak`]).
fn data_orsak(raw: &str, path: &str) -> String {
    let root = path == ".";
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if root {
            return NOT_A_REPORT.to_owned();
        }
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let integer = matches!(expected, "i64" | "i32" | "u32" | "u64");
        if let Some(number) = quoted(found, "floating point `", "`") {
            if expected == "i64" {
                return format!("beloppet {number} har decimaler: ange hela kronor, utan ören");
            }
            if integer {
                return format!("talet {number} har decimaler: ange ett heltal");
            }
        }
        if let Some(text) = quoted(found, "string \"", "\"") {
            if integer && text.contains(|c: char| c.is_ascii_digit()) {
                return format!(
                    "”{text}” är skrivet som text där det ska stå {}: skriv bara siffrorna, \
                     utan citattecken och mellanslag",
                    expected_sv(expected)
                );
            }
        }
        return format!(
            "{} står där det ska stå {}",
            found_sv(found),
            expected_sv(expected)
        );
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if let Some(number) = quoted(found, "integer `", "`") {
            return if number.starts_with('-') {
                format!("talet {number} är negativt: ange ett heltal, 0 eller mer")
            } else {
                format!("talet {number} är för stort för att stå här")
            };
        }
        return format!("{} kan inte stå här", found_sv(found))
            + &match expected_sv(expected) {
                e if e == "något annat" => String::new(),
                e => format!(", det ska vara {e}"),
            };
    }
    if let Some(field) = quoted(raw, "missing field `", "`") {
        if root && field == "format" {
            return NOT_A_REPORT.to_owned();
        }
        return format!("uppgiften ”{field}” saknas");
    }
    if let Some(field) = quoted(raw, "unknown field `", "`") {
        return format!(
            "uppgiften ”{field}” hör inte till en årsrapport av version {VERSION}: filen kan \
             vara ändrad för hand eller skriven av ett annat program"
        );
    }
    if let Some(field) = quoted(raw, "duplicate field `", "`") {
        return format!("uppgiften ”{field}” står två gånger");
    }
    if let Some(value) = quoted(raw, "unknown variant `", "`") {
        // "expected `a` or `b`", "expected one of `a`, `b`, `c`".
        let allowed: Vec<&str> = raw
            .split_once(", expected ")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        return if allowed.is_empty() {
            format!("värdet ”{value}” är inte tillåtet här")
        } else {
            format!(
                "värdet ”{value}” är inte tillåtet här; det ska vara ett av {}",
                allowed.join(", ")
            )
        };
    }
    if root {
        return NOT_A_REPORT.to_owned();
    }
    let last = path.rsplit('.').next().unwrap_or_default();
    if last.ends_with("datum") || last == "skapad" {
        // chrono's own reasons ("input contains invalid characters", "premature end of
        // input", "input is out of range").
        return "datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern".to_owned();
    }
    "ett värde har fel form".to_owned()
}

/// The text between `open` (at the start of `text`) and the next `close`.
fn quoted<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(open)?;
    rest.find(close).map(|end| &rest[..end])
}

/// What serde found (`serde::de::Unexpected`), in Swedish.
fn found_sv(found: &str) -> String {
    if let Some(number) =
        quoted(found, "floating point `", "`").or_else(|| quoted(found, "integer `", "`"))
    {
        return format!("talet {number}");
    }
    if let Some(text) = quoted(found, "string \"", "\"") {
        return format!("texten ”{text}”");
    }
    if let Some(value) = quoted(found, "boolean `", "`") {
        return format!("värdet {value}");
    }
    match found {
        "null" | "unit value" => "null (inget värde)",
        "sequence" => "en lista",
        "map" => "en grupp uppgifter",
        _ => "ett värde",
    }
    .to_owned()
}

/// What serde expected (a Rust type or a visitor's `expecting`), in Swedish.
fn expected_sv(expected: &str) -> String {
    match expected {
        // Amounts are the format's only 64-bit integers.
        "i64" => "ett belopp i hela kronor",
        "i32" | "u32" | "u64" => "ett heltal",
        "a string" => "en text",
        "a boolean" => "true eller false",
        "a sequence" => "en lista",
        "a formatted date string" => "ett datum (ÅÅÅÅ-MM-DD)",
        e if e.starts_with("struct ") || e == "a map" => "en grupp uppgifter",
        e if e.starts_with("enum ") || e.contains("variant") => "ett av de tillåtna värdena",
        _ => "något annat",
    }
    .to_owned()
}

/// Imports `files` into a new data file at `target`.
pub fn import_reports(files: &[ImportFile], target: &Path) -> crate::Result<ImportSummary> {
    if target.exists() {
        return Err(CoreError::ImportTargetExists {
            path: target.to_owned(),
        });
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
    reports.sort_by_key(|(_, r)| (r.ar, r.skapad));
    let summary =
        crate::db::build_beside(target, "importeras", |building| build(&reports, building))?;
    Ok(ImportSummary {
        data_file: target.display().to_string(),
        ..summary
    })
}

/// Y3 and Y5: every report's year is one of the förbund's years as the newest report knew
/// them, from its start year to the year after the report was made (or its end year).
/// Checked before anything is built: replaying a year with the clock in that year would
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
        if !years.contains(&report.ar) {
            let error = CoreError::YearOutOfRange {
                year: report.ar,
                first: years.first().copied().unwrap_or(report.ar),
                last: years.last().copied().unwrap_or(report.ar),
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
    let mut service = Service::open(path, Clock::fixed(latest.skapad))?;
    let f = &latest.forbund;
    service
        .create_forbund(NewForbund {
            namn: f.namn.clone(),
            organisationsnummer: f.organisationsnummer.clone(),
            startdatum: f.startdatum.to_string(),
        })
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
                    format!("det finns två insatser som heter ”{}”", insats.namn),
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
        service.set_clock(open_day(insats.startdatum, latest.skapad));
        let input = insats_input(&mut service, insats).map_err(at(name, &here))?;
        let created = service.create_insats(input).map_err(at(name, &here))?;
        ids.insert(name_key(&insats.namn), created.id);
    }

    // Each year's figures, on the last day that year was open.
    for (name, report) in reports {
        service.set_clock(Clock::fixed(year::deadline(report.ar)));
        replay_year(&mut service, report, &ids, name)?;
    }

    // Ended insatser, roles and the förbund's details, as of the newest report.
    service.set_clock(Clock::fixed(latest.skapad));
    for (name, i, insats) in &ordered {
        if insats.status == InsatsStatus::Avslutad {
            let end = insats.slutdatum.unwrap_or(latest.skapad);
            // Y6: on a day its end year was open (see the module comment).
            service.set_clock(open_day(end, latest.skapad));
            service
                .avsluta_insats(AvslutaInsats {
                    id: ids[&name_key(&insats.namn)],
                    slutdatum: end.to_string(),
                })
                .map_err(at(name, &format!("insatser[{i}].status")))?;
        }
    }
    service.set_clock(Clock::fixed(latest.skapad));
    for (i, o) in latest.organisationer.iter().enumerate() {
        if o.typ == OrganisationTyp::Ovrigt && organisation_id(&service, &o.namn, o.typ).is_err() {
            service
                .create_organisation(o.namn.clone())
                .map_err(at(latest_name, &format!("organisationer[{i}]")))?;
        }
    }
    let save = page_save(&service, latest).map_err(at(latest_name, "organisationer"))?;
    service
        .save_forbund_page(save)
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
            rader.push(FordelningRadInput {
                organisation_id: id,
                belopp: f.belopp.get().to_string(),
            });
        }
        service.set_clock(Clock::fixed(year::deadline(report.ar)));
        service
            .save_fordelning(FordelningInput {
                year: report.ar,
                rader,
            })
            .map_err(at(name, "medel.finansiarer"))?;
    }
    service.set_clock(Clock::fixed(latest.skapad));
    Ok(ImportSummary {
        data_file: String::new(),
        forbund: f.namn.clone(),
        years: reports.iter().map(|(_, r)| r.ar).collect(),
        insatser: ids.len(),
    })
}

/// A clock on the last day `date`'s year was open (15 April of the following year), or on
/// `newest` (the day the newest report was made) when that comes first.
fn open_day(date: NaiveDate, newest: NaiveDate) -> Clock {
    use chrono::Datelike;
    Clock::fixed(year::last_open_day(date.year(), newest))
}

/// The insats as the add wizard would send it; list entries missing from this file's lists
/// are added to Inställningar first, through its own use case.
fn insats_input(service: &mut Service, insats: &RapportInsats) -> crate::Result<NewInsats> {
    let preciserad = match &insats.preciserad_inriktning {
        Some(namn) => Some(reference_id(
            service,
            Lista::PreciseradInriktning,
            insats,
            namn,
        )?),
        None => None,
    };
    let mut malgrupper = Vec::new();
    for namn in &insats.malgrupper {
        malgrupper.push(reference_id(service, Lista::Malgrupp, insats, namn)?);
    }
    Ok(NewInsats {
        inriktning: insats.inriktning,
        foljer_deltagare: insats.foljer_deltagare,
        esf: insats.esf,
        // The report does not carry the M3 answer: read back, an ESF insats counts as led
        // by the förbund, the stricter reading (as for insatser made before it was asked).
        esf_leder: insats.esf,
        namn: insats.namn.clone(),
        preciserad_inriktning_id: preciserad,
        malgrupp_ids: malgrupper,
        beskrivning: insats.beskrivning.clone(),
        startdatum: insats.startdatum.to_string(),
        // An ended insats is ended afterwards, with its real end date.
        slutdatum: match insats.status {
            InsatsStatus::Pagaende => insats.slutdatum.map(|d| d.to_string()).unwrap_or_default(),
            InsatsStatus::Avslutad => String::new(),
        },
        deltagaransvariga_ids: Vec::new(),
        // The warnings were confirmed when the data was first saved.
        confirm_warnings: true,
    })
}

fn reference_id(
    service: &mut Service,
    lista: Lista,
    insats: &RapportInsats,
    namn: &str,
) -> crate::Result<i64> {
    let conn = service.db().conn();
    let inriktning = (lista == Lista::PreciseradInriktning).then_some(insats.inriktning);
    if let Some(id) = db::referens::name_owner(conn, lista, inriktning, &name_key(namn))? {
        return Ok(id);
    }
    service.save_referens(ReferensInput {
        lista: match lista {
            Lista::PreciseradInriktning => ReferensLista::PreciseradInriktning,
            Lista::Malgrupp => ReferensLista::Malgrupp,
        },
        id: None,
        inriktning,
        namn: namn.to_owned(),
        hjalptext: String::new(),
        dold: false,
    })?;
    db::referens::name_owner(service.db().conn(), lista, inriktning, &name_key(namn))?.ok_or(
        CoreError::NotFound {
            what: namn.to_owned(),
        },
    )
}

fn replay_year(
    service: &mut Service,
    report: &Arsrapport,
    ids: &HashMap<String, i64>,
    file: &str,
) -> crate::Result<()> {
    let at = |path: &str| {
        let path = path.to_owned();
        move |e: CoreError| refused(file, &path, e.to_string())
    };
    let text = |k: Option<crate::Kronor>| k.map(|k| k.get().to_string()).unwrap_or_default();
    let count = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    if let Some(medel) = &report.medel {
        service
            .save_medel(MedelInput {
                year: report.ar,
                samverkansparterna: medel.samverkansparterna.get().to_string(),
                esf_plus: medel.esf_plus.get().to_string(),
                overskott: medel.overskott.get().to_string(),
            })
            .map_err(at("medel"))?;
    }
    let mut rader = vec![BudgetCellerInput {
        key: ADMIN_KEY.to_owned(),
        budget: text(report.administrativa_kostnader.budget),
        utfall: text(report.administrativa_kostnader.utfall),
        budgeterade_deltagare: String::new(),
    }];
    for insats in &report.insatser {
        rader.push(BudgetCellerInput {
            key: format!("insats-{}", ids[&name_key(&insats.namn)]),
            budget: text(insats.budget),
            utfall: text(insats.utfall),
            budgeterade_deltagare: count(insats.budgeterade_deltagare),
        });
    }
    service
        .save_budget(BudgetInput {
            year: report.ar,
            rader,
        })
        .map_err(at("insatser"))?;
    for (i, insats) in report.insatser.iter().enumerate() {
        let d = &insats.deltagare;
        if d.kvinnor.is_none() && d.man.is_none() && d.antal.is_none() {
            continue;
        }
        service
            .save_deltagare(DeltagareInput {
                insats_id: ids[&name_key(&insats.namn)],
                ar: report.ar,
                kvinnor: count(d.kvinnor),
                man: count(d.man),
                antal: count(d.antal),
            })
            .map_err(at(&format!("insatser[{i}].deltagare")))?;
    }
    Ok(())
}

/// The förbund page save: details, verksamhetsområde and roles of the newest report.
fn page_save(service: &Service, report: &Arsrapport) -> crate::Result<ForbundPageSave> {
    let conn = service.db().conn();
    let f = &report.forbund;
    let kommuner = db::omrade::kommuner(conn)?;
    let stadsdelar = db::omrade::stadsdelar(conn)?;
    let mut omrade = Vec::new();
    for o in &report.verksamhetsomrade {
        let kommun = kommuner
            .iter()
            .find(|k| k.kod == o.kommunkod)
            .ok_or_else(|| CoreError::NotFound {
                what: format!("Kommunen {}", o.kommunkod),
            })?;
        let stadsdel = if o.namn == kommun.kortnamn {
            None
        } else {
            Some(
                stadsdelar
                    .iter()
                    .find(|s| {
                        s.kommun_kod == kommun.kod
                            && db::omrade::omrade_name(&kommun.kortnamn, Some(&s.namn)) == o.namn
                    })
                    .map(|s| s.id)
                    .ok_or_else(|| CoreError::NotFound {
                        what: format!("Området {}", o.namn),
                    })?,
            )
        };
        omrade.push(OmradeRef {
            kommun_kod: kommun.kod.clone(),
            stadsdel_id: stadsdel,
        });
    }
    let mut roles = Vec::new();
    for o in &report.organisationer {
        let id = if o.typ == OrganisationTyp::Samordningsforbund {
            db::organisation::known(conn, crate::domain::organisation::Known::Forbundet)?.id
        } else {
            organisation_id(service, &o.namn, o.typ)?
        };
        roles.push(RollerInput {
            organisation_id: id,
            medlem: o.medlem,
            finansiar: o.finansiar,
        });
    }
    Ok(ForbundPageSave {
        forbund: ForbundUpdate {
            namn: f.namn.clone(),
            organisationsnummer: f.organisationsnummer.clone(),
            startdatum: f.startdatum.to_string(),
            slutdatum: f
                .slutdatum
                .map(|d: NaiveDate| d.to_string())
                .unwrap_or_default(),
            beskrivning: f.beskrivning.clone(),
            gatuadress: f.adress.gatuadress.clone(),
            postnummer: f.adress.postnummer.clone(),
            ort: f.adress.ort.clone(),
            kontakt_namn: f.kontaktperson.namn.clone(),
            kontakt_telefon: f.kontaktperson.telefon.clone(),
            kontakt_epost: f.kontaktperson.epost.clone(),
        },
        verksamhetsomrade: omrade,
        organisationer: roles,
        confirm_warnings: true,
    })
}

/// A financier of the split: the förbund itself by its key, any other by name and type.
fn financier_id(service: &Service, namn: &str, typ: OrganisationTyp) -> crate::Result<i64> {
    if typ == OrganisationTyp::Samordningsforbund {
        let conn = service.db().conn();
        return Ok(
            db::organisation::known(conn, crate::domain::organisation::Known::Forbundet)?.id,
        );
    }
    organisation_id(service, namn, typ)
}

/// An organisation by its exact name and type.
fn organisation_id(service: &Service, namn: &str, typ: OrganisationTyp) -> crate::Result<i64> {
    let found = service.search_organisationer(OrganisationSearch {
        typ: Some(typ),
        namn: namn.to_owned(),
    })?;
    if let Some(o) = found.into_iter().find(|o| o.namn == namn) {
        return Ok(o.id);
    }
    Err(CoreError::NotFound {
        what: format!("Organisationen ”{namn}”"),
    })
}
