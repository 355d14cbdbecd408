//! Rules for the förbund's own record: a name, a valid organisationsnummer, and a
//! startdatum that is plausible when given and never changes afterwards.

use chrono::{Datelike, NaiveDate};

use super::{contact, date, orgnr::Organisationsnummer, text};
use crate::domain::forbund::{Forbund, ForbundUpdate, NewForbund};
use crate::error::{CoreError, FieldErrors};

/// The Finsam law (2003:1210) came into force on 1 January 2004; no förbund is older.
pub const FINSAM_IN_FORCE: NaiveDate = match NaiveDate::from_ymd_opt(2004, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// A förbund record whose every field has passed its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidForbund {
    pub namn: String,
    pub organisationsnummer: Organisationsnummer,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
    pub details: Details,
}

/// The optional details: description, address and contact person, validated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details {
    pub beskrivning: String,
    pub gatuadress: String,
    pub postnummer: String,
    pub ort: String,
    pub kontakt_namn: String,
    pub kontakt_telefon: String,
    pub kontakt_epost: String,
}

impl From<ValidForbund> for Forbund {
    fn from(valid: ValidForbund) -> Self {
        let d = valid.details;
        Forbund {
            namn: valid.namn,
            organisationsnummer: valid.organisationsnummer.to_string(),
            startdatum: valid.startdatum,
            slutdatum: valid.slutdatum,
            beskrivning: d.beskrivning,
            gatuadress: d.gatuadress,
            postnummer: d.postnummer,
            ort: d.ort,
            kontakt_namn: d.kontakt_namn,
            kontakt_telefon: d.kontakt_telefon,
            kontakt_epost: d.kontakt_epost,
        }
    }
}

/// Validates the "Skapa förbund" form. Every field is checked, so the officer sees all
/// problems at once. Startdatum lies between the law's start and the end of next year
/// (nothing later can be filled in, Y2).
pub fn validate_new(input: &NewForbund, today: NaiveDate) -> crate::Result<ValidForbund> {
    let namn = text::required(&input.namn, "namn", "Namn", text::MAX_NAME_CHARS);
    let organisationsnummer = Organisationsnummer::parse(&input.organisationsnummer);
    let startdatum = date::parse(&input.startdatum, "startdatum").and_then(|start| {
        let latest = NaiveDate::from_ymd_opt(today.year() + 1, 12, 31).unwrap_or(NaiveDate::MAX);
        if start < FINSAM_IN_FORCE {
            Err(CoreError::StartBeforeFinsam {
                earliest: FINSAM_IN_FORCE,
            })
        } else if start > latest {
            Err(CoreError::StartTooLate { latest })
        } else {
            Ok(start)
        }
    });
    match (namn, organisationsnummer, startdatum) {
        (Ok(namn), Ok(organisationsnummer), Ok(startdatum)) => Ok(ValidForbund {
            namn,
            organisationsnummer,
            startdatum,
            slutdatum: None,
            details: Details::default(),
        }),
        (namn, orgnr, start) => Err(CoreError::combine(
            [namn.err(), orgnr.err(), start.err()].into_iter().flatten(),
        )),
    }
}

/// Validates a save of the förbund's details against the stored record. The startdatum can
/// never change; a slutdatum, if given, is not before it; address and contact fields have
/// their forms. Every field is checked, so the officer sees all problems at once.
pub fn validate_update(current: &Forbund, input: &ForbundUpdate) -> crate::Result<ValidForbund> {
    let mut errors = FieldErrors::default();
    let namn = errors.keep(text::required(
        &input.namn,
        "namn",
        "Namn",
        text::MAX_NAME_CHARS,
    ));
    let details = Details {
        beskrivning: errors.keep(text::free_text(
            &input.beskrivning,
            "beskrivning",
            "Beskrivning",
            text::MAX_TEXT_CHARS,
        )),
        gatuadress: errors.keep(text::optional(
            &input.gatuadress,
            "gatuadress",
            "Gatuadress",
            text::MAX_NAME_CHARS,
        )),
        postnummer: errors.keep(contact::postnummer(&input.postnummer)),
        ort: errors.keep(text::optional(
            &input.ort,
            "ort",
            "Ort",
            text::MAX_NAME_CHARS,
        )),
        kontakt_namn: errors.keep(text::optional(
            &input.kontakt_namn,
            "kontaktNamn",
            "Kontaktpersonens namn",
            text::MAX_NAME_CHARS,
        )),
        kontakt_telefon: errors.keep(contact::telefon(&input.kontakt_telefon, "kontaktTelefon")),
        kontakt_epost: errors.keep(contact::epost(&input.kontakt_epost, "kontaktEpost")),
    };
    let organisationsnummer =
        errors.keep(Organisationsnummer::parse(&input.organisationsnummer).map(Some));
    let startdatum = errors.keep(
        date::parse(&input.startdatum, "startdatum").and_then(|start| {
            if start == current.startdatum {
                Ok(Some(start))
            } else {
                Err(CoreError::StartdatumFixed)
            }
        }),
    );
    let slutdatum = errors.keep(
        date::parse_optional(&input.slutdatum, "slutdatum").and_then(|end| match end {
            Some(end) if end < current.startdatum => Err(CoreError::EndBeforeStart {
                field: "slutdatum",
                start: current.startdatum,
            }),
            end => Ok(Some(end)),
        }),
    );
    errors.finish()?;
    // Every field passed its rule, so each of these is present.
    match (organisationsnummer, startdatum, slutdatum) {
        (Some(organisationsnummer), Some(startdatum), Some(slutdatum)) => Ok(ValidForbund {
            namn,
            organisationsnummer,
            startdatum,
            slutdatum,
            details,
        }),
        _ => Err(CoreError::Several(Vec::new())),
    }
}

/// D3: warnings for the free-text fields of a förbund save.
pub fn personnummer_warnings(input: &ForbundUpdate) -> Vec<crate::error::Warning> {
    crate::rules::text::personnummer_warnings([
        ("namn", input.namn.as_str()),
        ("beskrivning", input.beskrivning.as_str()),
        ("gatuadress", input.gatuadress.as_str()),
        ("ort", input.ort.as_str()),
        ("kontaktNamn", input.kontakt_namn.as_str()),
        ("kontaktTelefon", input.kontakt_telefon.as_str()),
    ])
}
