//! Test support: the förbund page — the national organisations by key, their roles, the
//! usual members, and a Spara of the page that changes only what a test names.

use finsamkollen_core::domain::forbund::{Forbund, ForbundUpdate};
use finsamkollen_core::domain::omrade::OmradeRef;
use finsamkollen_core::domain::organisation::{OrganisationSearch, OrganisationTyp, RollerInput};
use finsamkollen_core::ops::ForbundPageSave;
use finsamkollen_core::Service;

use super::service::service_with_forbund;

/// The id of a national organisation by its fixed key (`fk`, `af`, `esf`, `forbund`,
/// `region-NN`, `kommun-NNNN`).
pub fn org_id(service: &Service, nyckel: &str) -> i64 {
    // Raw SQL: the fixed national keys (`nyckel`) have no typed lookup.
    service
        .raw_db()
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

/// A whole kommun as the verksamhetsområde picker sends it.
pub fn kommun(kod: &str) -> OmradeRef {
    OmradeRef {
        kommun_kod: kod.into(),
        stadsdel_id: None,
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

/// Spara of the förbund page with these roles, everything else unchanged.
pub trait SaveRoles {
    fn save_roles(&mut self, rows: Vec<RollerInput>) -> finsamkollen_core::Result<()>;
}

impl SaveRoles for Service {
    fn save_roles(&mut self, rows: Vec<RollerInput>) -> finsamkollen_core::Result<()> {
        let input = save_with_roles(self, rows);
        self.save_forbund_page(input).map(|_| ())
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

/// A förbund created on `today` with the [`usual_roles`] saved.
pub fn service_with_members(today: &str) -> Service {
    let mut service = service_with_forbund(today);
    let rows = usual_roles(&service);
    service.save_roles(rows).expect("members");
    service
}

/// The names of the organisations a search for `namn` (of type `typ`) finds, in order.
pub fn organisation_names(
    service: &Service,
    typ: Option<OrganisationTyp>,
    namn: &str,
) -> Vec<String> {
    service
        .search_organisationer(OrganisationSearch {
            typ,
            namn: namn.into(),
        })
        .expect("search")
        .into_iter()
        .map(|o| o.namn)
        .collect()
}
