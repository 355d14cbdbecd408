//! The pickers of the förbund page: verksamhetsområde (kommuner, stadsdelar) and ingående
//! organisationer (domain spec, Förbund and Reference data).

mod kommuner;
mod stadsdelar;

use finsamkollen_core::domain::omrade::{OmradeSearch, OmradeSearchResult};

use finsamkollen_core::domain::organisation::{OrganisationSearch, OrganisationTyp};

use finsamkollen_core::Service;

use crate::support::{organisation_names, service_on, service_with_forbund};

fn search(
    service: &Service,
    lan: Option<&str>,
    namn: &str,
    visa_stadsdelar: bool,
) -> OmradeSearchResult {
    service
        .search_omraden(OmradeSearch {
            lan_kod: lan.map(str::to_owned),
            namn: namn.into(),
            visa_stadsdelar,
        })
        .expect("search")
}

/// The names of the hits of a kommun search in all län, without stadsdelar.
fn kommuner(service: &Service, namn: &str) -> Vec<String> {
    names(&search(service, None, namn, false))
}

fn names(result: &OmradeSearchResult) -> Vec<String> {
    result.hits.iter().map(|h| h.namn.clone()).collect()
}
