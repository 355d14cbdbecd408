//! Historik — the change history as the officer reads it: user actions (handlingar), newest
//! first, each with the fields it changed, their old and new values in Swedish form.

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::uppdrag::Roll;
use crate::money::Kronor;

/// Which part of the data a history list covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The förbund page: details, områden, organisations, uppdrag, and restores.
    Forbund,
    /// One insats: its fields, målgrupper, ansvariga, counts and budget rows.
    Insats(i64),
    /// One year: medel, budget och utfall, administrative costs and counts.
    Year(i32),
    /// Inställningar: the reference lists.
    Referenslistor,
}

/// One stored history row, with the name of its insats where it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: i64,
    pub handling_id: Option<i64>,
    pub tidpunkt: Option<String>,
    pub handling: Option<String>,
    pub tabell: String,
    pub insats_id: Option<i64>,
    pub insats_namn: Option<String>,
    pub year: Option<i32>,
    pub post: String,
    pub falt: String,
    pub gammalt: Value,
    pub nytt: Value,
}

/// Which history to show: the förbund page's, one insats's, one year's, or the reference
/// lists'.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "typ", rename_all = "camelCase")]
pub enum HistorikOmfang {
    Forbund,
    Insats {
        #[ts(type = "number")]
        id: i64,
    },
    Year {
        year: i32,
    },
    Referenslistor,
}

impl From<HistorikOmfang> for Scope {
    fn from(omfang: HistorikOmfang) -> Self {
        match omfang {
            HistorikOmfang::Forbund => Scope::Forbund,
            HistorikOmfang::Insats { id } => Scope::Insats(id),
            HistorikOmfang::Year { year } => Scope::Year(year),
            HistorikOmfang::Referenslistor => Scope::Referenslistor,
        }
    }
}

/// A request for one page of history; `fore` is the cursor of the previous page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistorikFraga {
    pub omfang: HistorikOmfang,
    #[ts(type = "number | null")]
    pub fore: Option<i64>,
}

/// One page of history, newest first. `fore` is the cursor for older entries; `None` when
/// there are none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistorikSida {
    pub handlingar: Vec<HistorikHandling>,
    #[ts(type = "number | null")]
    pub fore: Option<i64>,
}

/// One user action and what it changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistorikHandling {
    /// Local time to the minute, `2026-04-15 14:02`; `None` for a change made outside the
    /// app.
    pub tidpunkt: Option<String>,
    pub handling: String,
    pub andringar: Vec<HistorikAndring>,
}

/// One changed field: `gammalt` is `None` for something added, `nytt` for something
/// removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistorikAndring {
    pub falt: String,
    pub gammalt: Option<String>,
    pub nytt: Option<String>,
}

/// How a stored value is shown.
#[derive(Clone, Copy)]
enum Form {
    Text,
    Kronor,
    Antal,
    JaNej,
    Inriktning,
    Uppfoljning,
    Status,
    Roll,
}

/// The Swedish name of a stored field and how its values are shown.
fn field(tabell: &str, falt: &str, post: &str) -> (String, Form) {
    let named = |label: &str| format!("{post}: {label}");
    let (label, form) = match (tabell, falt) {
        ("forbund", "namn") => ("Namn".to_owned(), Form::Text),
        ("forbund", "organisationsnummer") => ("Organisationsnummer".to_owned(), Form::Text),
        ("forbund", "kontakt_namn") => ("Kontaktperson".to_owned(), Form::Text),
        ("forbund", "kontakt_telefon") => ("Kontaktpersonens telefon".to_owned(), Form::Text),
        ("forbund", "kontakt_epost") => ("Kontaktpersonens e-post".to_owned(), Form::Text),
        ("verksamhetsomrade", _) => ("Verksamhetsområde".to_owned(), Form::Text),
        ("ingaende_organisation", "organisation") => {
            ("Ingående organisation".to_owned(), Form::Text)
        }
        ("ingaende_organisation", "medlem") => (named("medlem"), Form::JaNej),
        ("ingaende_organisation", "finansiar") => (named("finansiär"), Form::JaNej),
        ("organisation", _) => ("Organisation (övrig)".to_owned(), Form::Text),
        ("uppdrag", "uppdrag") => (format!("Uppdrag: {post}"), Form::Roll),
        ("uppdrag", "namn") => ("Uppdrag: namn".to_owned(), Form::Text),
        ("uppdrag", "epost") => (named("e-post"), Form::Text),
        ("uppdrag", "telefon") => (named("telefon"), Form::Text),
        ("uppdrag", "roll") => (named("roll"), Form::Roll),
        ("insats", "inriktning") => ("Inriktning".to_owned(), Form::Inriktning),
        ("insats", "preciserad_inriktning") => ("Preciserad inriktning".to_owned(), Form::Text),
        ("insats", "foljer_deltagare") => ("Uppföljning".to_owned(), Form::Uppfoljning),
        ("insats", "esf") => ("ESF-finansierad".to_owned(), Form::JaNej),
        ("insats_esf", "leder") => (
            "Leder och styr förbundet själv ESF-projektet".to_owned(),
            Form::JaNej,
        ),
        ("uppdrag_arbetsgivare", _) => (named("arbetsgivare"), Form::Text),
        ("eget_kapital_steg", _) => (
            format!(
                "Eget kapital, procent från {} kr",
                post.parse::<i64>()
                    .map_or_else(|_| post.to_owned(), |n| crate::Kronor::new(n).to_string())
            ),
            Form::Antal,
        ),
        ("eget_kapital_kalla", "namn") => ("Eget kapital, källa".to_owned(), Form::Text),
        ("eget_kapital_kalla", "url") => ("Eget kapital, källans adress".to_owned(), Form::Text),
        ("eget_kapital_kalla", "datum") => ("Eget kapital, källans datum".to_owned(), Form::Text),
        ("insats", "avslutad") => ("Status".to_owned(), Form::Status),
        ("insats_malgrupp", _) => ("Målgrupp".to_owned(), Form::Text),
        ("insats_deltagaransvarig", _) => ("Deltagaransvarig".to_owned(), Form::Text),
        ("deltagare", "kvinnor") => ("Kvinnor".to_owned(), Form::Antal),
        ("deltagare", "man") => ("Män".to_owned(), Form::Antal),
        ("deltagare", "antal") => ("Antal deltagare".to_owned(), Form::Antal),
        ("medel", "samverkansparterna") => {
            ("Medel från samverkansparterna".to_owned(), Form::Kronor)
        }
        ("medel", "esf_plus") => ("Medel från ESF+".to_owned(), Form::Kronor),
        ("medel", "overskott") => ("Överskott från föregående år".to_owned(), Form::Kronor),
        ("medel_finansiar", _) => (format!("Fördelning, {post}"), Form::Kronor),
        ("budget", "budget") => ("Budget".to_owned(), Form::Kronor),
        ("budget", "utfall") => ("Utfall".to_owned(), Form::Kronor),
        ("budget", "budget_deltagare") => ("Budgeterade deltagare".to_owned(), Form::Antal),
        ("admin_kostnad", "budget") => {
            ("Administrativa kostnader, budget".to_owned(), Form::Kronor)
        }
        ("admin_kostnad", "utfall") => {
            ("Administrativa kostnader, utfall".to_owned(), Form::Kronor)
        }
        ("preciserad_inriktning", "namn") => ("Preciserad inriktning".to_owned(), Form::Text),
        ("malgrupp", "namn") => ("Målgrupp".to_owned(), Form::Text),
        ("preciserad_inriktning" | "malgrupp", "hjalptext") => (named("hjälptext"), Form::Text),
        ("preciserad_inriktning" | "malgrupp", "dold") => (named("dold"), Form::JaNej),
        ("fil", _) => ("Återställd från säkerhetskopia".to_owned(), Form::Text),
        ("inmatning", _) => (format!("Inmatat i Uppföljning Finsam: {post}"), Form::Text),
        ("registrering", _) => (
            format!("Registrerad i Uppföljning Finsam: {post}"),
            Form::Text,
        ),
        ("inrapportering", _) => (
            "Inrapporterat till Uppföljning Finsam".to_owned(),
            Form::Text,
        ),
        (_, "namn") => ("Namn".to_owned(), Form::Text),
        (_, "startdatum") => ("Startdatum".to_owned(), Form::Text),
        (_, "slutdatum") => ("Slutdatum".to_owned(), Form::Text),
        (_, "beskrivning") => ("Beskrivning".to_owned(), Form::Text),
        (_, "gatuadress") => ("Gatuadress".to_owned(), Form::Text),
        (_, "postnummer") => ("Postnummer".to_owned(), Form::Text),
        (_, "ort") => ("Ort".to_owned(), Form::Text),
        (_, other) => (other.to_owned(), Form::Text),
    };
    (label, form)
}

/// A stored value in Swedish form; `None` for "no value" (shown as a dash).
fn show(value: &Value, form: Form) -> Option<String> {
    let integer = match value {
        Value::Null => return None,
        Value::Integer(n) => Some(*n),
        _ => None,
    };
    let text = match value {
        Value::Text(t) => t.clone(),
        Value::Integer(n) => n.to_string(),
        Value::Real(r) => r.to_string(),
        Value::Blob(_) | Value::Null => String::new(),
    };
    let shown = match (form, integer) {
        (Form::Kronor, Some(n)) => format!("{} kr", Kronor::new(n)),
        (Form::Antal, Some(n)) => Kronor::new(n).to_string(),
        (Form::JaNej, Some(n)) => if n == 1 { "Ja" } else { "Nej" }.to_owned(),
        (Form::Uppfoljning, Some(n)) => if n == 1 {
            "Deltagare följs upp"
        } else {
            "Deltagare följs inte upp"
        }
        .to_owned(),
        (Form::Status, Some(n)) => if n == 1 { "Avslutad" } else { "Pågående" }.to_owned(),
        (Form::Inriktning, _) => match text.as_str() {
            "individinriktad" => "Individinriktad".to_owned(),
            "strukturovergripande" => "Strukturövergripande".to_owned(),
            _ => text,
        },
        (Form::Roll, _) => Roll::from_db(&text).map_or(text, |r| capitalise(r.label())),
        _ => text,
    };
    (!shown.is_empty()).then_some(shown)
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// One row as the officer reads it in `scope`: the insats's name is added where the list
/// covers more than one insats, the year where it covers more than one year.
fn change(row: &Row, scope: Scope) -> HistorikAndring {
    let (mut label, form) = field(&row.tabell, &row.falt, &row.post);
    // Only the officer's own organisations are added by the app, but a national one is
    // renamed by a migration (the kommuner's official names, migration 8).
    if row.tabell == "organisation" && row.gammalt != Value::Null {
        label = "Organisationens namn".to_owned();
    }
    if let (Some(year), false) = (row.year, matches!(scope, Scope::Year(_))) {
        label = format!("{label} {year}");
    }
    if let (Some(namn), false) = (&row.insats_namn, matches!(scope, Scope::Insats(_))) {
        label = format!("{namn}: {label}");
    }
    HistorikAndring {
        falt: label,
        gammalt: show(&row.gammalt, form),
        nytt: show(&row.nytt, form),
    }
}

/// Groups rows (newest first) into handlingar. When `more` says older rows exist, the last
/// handling may be cut off by the page limit, so it is left for the next page unless it is
/// the page's only one.
pub(crate) fn page(rows: &[Row], scope: Scope, more: bool) -> HistorikSida {
    let mut groups: Vec<&[Row]> = rows
        .chunk_by(|a, b| a.handling_id.is_some() && a.handling_id == b.handling_id)
        .collect();
    if more && groups.len() > 1 {
        groups.pop();
    }
    let fore = if more {
        groups.last().and_then(|g| g.last()).map(|r| r.id)
    } else {
        None
    };
    let handlingar = groups
        .into_iter()
        .map(|group| {
            let first = &group[0];
            HistorikHandling {
                tidpunkt: first
                    .tidpunkt
                    .as_ref()
                    .map(|t| t.chars().take(16).collect()),
                handling: first
                    .handling
                    .clone()
                    .unwrap_or_else(|| "Ändring utanför Finsamkollen".to_owned()),
                // Within a handling, the oldest change first: the order it was made in.
                andringar: group.iter().rev().map(|r| change(r, scope)).collect(),
            }
        })
        .collect();
    HistorikSida { handlingar, fore }
}
