//! Test support: a migrated in-memory data file, a fixed clock, and builders.

use chrono::NaiveDate;
use finsamkollen_core::domain::forbund::{Forbund, ForbundUpdate, NewForbund};
use finsamkollen_core::domain::organisation::RollerInput;
use finsamkollen_core::ops::ForbundPageSave;
use finsamkollen_core::{Clock, CoreError, Service};

/// A calendar date; panics on an impossible one, which is a bug in the test.
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

/// A service on a fresh in-memory file whose clock says `today`.
pub fn service_on(today: &str) -> Service {
    Service::in_memory(Clock::fixed(date(today))).expect("in-memory service")
}

/// A valid "Skapa förbund" form.
pub fn new_forbund() -> NewForbund {
    NewForbund {
        namn: "Samordningsförbundet Västra Fyrbodal".into(),
        organisationsnummer: "222000-1354".into(),
        startdatum: "2019-01-01".into(),
    }
}

/// A service with a förbund created from [`new_forbund`].
pub fn service_with_forbund(today: &str) -> Service {
    let mut service = service_on(today);
    service
        .create_forbund(new_forbund())
        .expect("create förbund");
    service
}

/// The stable codes of an error, flattening [`CoreError::Several`].
pub fn codes(error: &CoreError) -> Vec<&'static str> {
    match error {
        CoreError::Several(errors) => errors.iter().flat_map(codes).collect(),
        other => vec![other.code()],
    }
}

/// The id of a national organisation by its fixed key (`fk`, `af`, `esf`, `forbund`,
/// `region-NN`, `kommun-NNNN`).
pub fn org_id(service: &Service, nyckel: &str) -> i64 {
    service
        .db()
        .conn()
        .query_row(
            "SELECT id FROM organisation WHERE nyckel = ?1",
            [nyckel],
            |r| r.get(0),
        )
        .expect("known organisation")
}

/// One organisation's roles as the förbund page sends them.
pub fn roles(organisation_id: i64, medlem: bool, finansiar: bool) -> RollerInput {
    RollerInput {
        organisation_id,
        medlem,
        finansiar,
    }
}

/// The förbund's stored record as the details form sends it back unchanged.
pub fn update_of(forbund: &Forbund) -> ForbundUpdate {
    ForbundUpdate {
        namn: forbund.namn.clone(),
        organisationsnummer: forbund.organisationsnummer.clone(),
        startdatum: forbund.startdatum.to_string(),
        slutdatum: forbund.slutdatum.map(|d| d.to_string()).unwrap_or_default(),
        beskrivning: forbund.beskrivning.clone(),
        gatuadress: forbund.gatuadress.clone(),
        postnummer: forbund.postnummer.clone(),
        ort: forbund.ort.clone(),
        kontakt_namn: forbund.kontakt_namn.clone(),
        kontakt_telefon: forbund.kontakt_telefon.clone(),
        kontakt_epost: forbund.kontakt_epost.clone(),
    }
}

/// A Spara of the förbund page that changes nothing: what the page shows, sent back.
pub fn unchanged_save(service: &Service) -> ForbundPageSave {
    let page = service.forbund_page().expect("förbund page");
    ForbundPageSave {
        forbund: update_of(&page.forbund),
        verksamhetsomrade: page
            .verksamhetsomrade
            .iter()
            .map(|o| o.reference())
            .collect(),
        organisationer: page
            .organisationer
            .iter()
            .map(|o| roles(o.organisation.id, o.medlem, o.finansiar))
            .collect(),
        confirm_warnings: false,
    }
}

/// A Spara of the förbund page with these roles and everything else unchanged.
pub fn save_with_roles(service: &Service, organisationer: Vec<RollerInput>) -> ForbundPageSave {
    ForbundPageSave {
        organisationer,
        ..unchanged_save(service)
    }
}

/// The SUS-style members every förbund has: FK (financier), AF, the region and a kommun
/// of Västra Götaland, and the förbund itself.
pub fn usual_roles(service: &Service) -> Vec<RollerInput> {
    vec![
        roles(org_id(service, "forbund"), false, false),
        roles(org_id(service, "fk"), true, true),
        roles(org_id(service, "af"), true, false),
        roles(org_id(service, "region-14"), true, true),
        roles(org_id(service, "kommun-1488"), true, true),
    ]
}
