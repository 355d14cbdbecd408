//! Rules for the förbund's own record: a name, a valid organisationsnummer, and a
//! startdatum that is plausible when given and never changes afterwards.

use chrono::{Datelike, NaiveDate};

use super::{date, orgnr::Organisationsnummer, text};
use crate::domain::forbund::{Forbund, ForbundUpdate, NewForbund};
use crate::error::CoreError;

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
}

impl From<ValidForbund> for Forbund {
    fn from(valid: ValidForbund) -> Self {
        Forbund {
            namn: valid.namn,
            organisationsnummer: valid.organisationsnummer.to_string(),
            startdatum: valid.startdatum,
            slutdatum: valid.slutdatum,
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
        }),
        (namn, orgnr, start) => Err(CoreError::combine(
            [namn.err(), orgnr.err(), start.err()].into_iter().flatten(),
        )),
    }
}

/// Validates a save of the förbund's details against the stored record. The startdatum can
/// never change; a slutdatum, if given, is not before it.
pub fn validate_update(current: &Forbund, input: &ForbundUpdate) -> crate::Result<ValidForbund> {
    let startdatum = date::parse(&input.startdatum, "startdatum").and_then(|start| {
        if start == current.startdatum {
            Ok(start)
        } else {
            Err(CoreError::StartdatumFixed)
        }
    });
    let namn = text::required(&input.namn, "namn", "Namn", text::MAX_NAME_CHARS);
    let organisationsnummer = Organisationsnummer::parse(&input.organisationsnummer);
    let slutdatum = date::parse_optional(&input.slutdatum, "slutdatum").and_then(|end| match end {
        Some(end) if end < current.startdatum => Err(CoreError::EndBeforeStart {
            field: "slutdatum",
            start: current.startdatum,
        }),
        end => Ok(end),
    });
    match (namn, organisationsnummer, startdatum, slutdatum) {
        (Ok(namn), Ok(organisationsnummer), Ok(startdatum), Ok(slutdatum)) => Ok(ValidForbund {
            namn,
            organisationsnummer,
            startdatum,
            slutdatum,
        }),
        (namn, orgnr, start, end) => Err(CoreError::combine(
            [namn.err(), orgnr.err(), start.err(), end.err()]
                .into_iter()
                .flatten(),
        )),
    }
}
