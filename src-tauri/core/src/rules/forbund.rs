//! Rules for the förbund's own record: a name, a valid organisationsnummer, and a
//! startdatum that is plausible when given and never changes afterwards.

use chrono::{Datelike, NaiveDate};

use super::{contact, date, orgnr::Organisationsnummer, text};
use crate::domain::forbund::{Forbund, NewForbund};
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

/// A new förbund's startdatum lies between the law's start and the end of next year (nothing
/// later can be filled in, Y2).
pub fn check_start(start: NaiveDate, today: NaiveDate) -> crate::Result<NaiveDate> {
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
}

/// Validates the "Skapa förbund" form. Every field is checked, so the officer sees all
/// problems at once. Startdatum lies between the law's start and the end of next year
/// (nothing later can be filled in, Y2).
pub fn validate_new(input: &NewForbund, today: NaiveDate) -> crate::Result<ValidForbund> {
    let namn = text::required(&input.namn, "namn", "Namn", text::MAX_NAME_CHARS);
    let organisationsnummer = Organisationsnummer::parse(&input.organisationsnummer);
    let startdatum =
        date::parse(&input.startdatum, "startdatum").and_then(|start| check_start(start, today));
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

/// The förbund's name, organisationsnummer and details as text (typed on the förbund page or
/// read from an årsrapport), each to its form. Errors go to `errors`, so the officer sees
/// every wrong field at once; `None` for the organisationsnummer when it could not be read.
pub fn read_texts(
    errors: &mut FieldErrors,
    namn: &str,
    organisationsnummer: &str,
    raw: &Details,
) -> (String, Option<Organisationsnummer>, Details) {
    let namn = errors.keep(text::required(namn, "namn", "Namn", text::MAX_NAME_CHARS));
    let details = Details {
        beskrivning: errors.keep(text::free_text(
            &raw.beskrivning,
            "beskrivning",
            "Beskrivning",
            text::MAX_TEXT_CHARS,
        )),
        gatuadress: errors.keep(text::optional(
            &raw.gatuadress,
            "gatuadress",
            "Gatuadress",
            text::MAX_NAME_CHARS,
        )),
        postnummer: errors.keep(contact::postnummer(&raw.postnummer)),
        ort: errors.keep(text::optional(&raw.ort, "ort", "Ort", text::MAX_NAME_CHARS)),
        kontakt_namn: errors.keep(text::optional(
            &raw.kontakt_namn,
            "kontaktNamn",
            "Kontaktpersonens namn",
            text::MAX_NAME_CHARS,
        )),
        kontakt_telefon: errors.keep(contact::telefon(&raw.kontakt_telefon, "kontaktTelefon")),
        kontakt_epost: errors.keep(contact::epost(&raw.kontakt_epost, "kontaktEpost")),
    };
    let organisationsnummer =
        errors.keep(Organisationsnummer::parse(organisationsnummer).map(Some));
    (namn, organisationsnummer, details)
}

/// A save of the förbund's details against the stored record. The startdatum may be
/// corrected (a typo on the first day) while nothing is registered (`registered`: no
/// insats, no figure); after that it stays fixed, since every year's status and every
/// insats's earliest start follow from it. A slutdatum, if given, is not before it.
pub fn check_update(
    current: &Forbund,
    change: &ValidForbund,
    registered: bool,
    today: NaiveDate,
) -> crate::Result<()> {
    let mut errors = FieldErrors::default();
    let mut start = current.startdatum;
    if change.startdatum != current.startdatum {
        if registered {
            errors.push(CoreError::StartdatumFixed);
        } else {
            match check_start(change.startdatum, today) {
                Ok(new) => start = new,
                Err(e) => errors.push(e),
            }
        }
    }
    if change.slutdatum.is_some_and(|end| end < start) {
        errors.push(CoreError::EndBeforeStart {
            field: "slutdatum",
            start,
        });
    }
    errors.finish()
}

/// D3: warnings for the free-text fields of a förbund save.
pub fn personnummer_warnings(forbund: &ValidForbund) -> Vec<crate::error::Warning> {
    let d = &forbund.details;
    crate::rules::text::personnummer_warnings([
        ("namn", forbund.namn.as_str()),
        ("beskrivning", d.beskrivning.as_str()),
        ("gatuadress", d.gatuadress.as_str()),
        ("ort", d.ort.as_str()),
        ("kontaktNamn", d.kontakt_namn.as_str()),
        ("kontaktTelefon", d.kontakt_telefon.as_str()),
    ])
}
