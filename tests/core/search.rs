//! The pickers of the förbund page: verksamhetsområde (kommuner, stadsdelar) and ingående
//! organisationer (domain spec, Förbund and Reference data).

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

// --- Kommuner ------------------------------------------------------------------------

#[test]
fn search_wildcard_karl_finds_the_five_karl_kommuner_in_order() {
    let service = service_on("2026-11-24");
    assert_eq!(
        kommuner(&service, "Karl*"),
        [
            "Karlsborg",
            "Karlshamn",
            "Karlskoga",
            "Karlskrona",
            "Karlstad"
        ]
    );
}

#[test]
fn search_lan_filter_narrows_the_hits() {
    let service = service_on("2026-11-24");
    let result = search(&service, Some("17"), "Karl*", false);
    assert_eq!(names(&result), ["Karlstad"]);
    assert_eq!(result.hits[0].kommun_kod, "1780");
    assert_eq!(result.hits[0].lan_namn, "Värmlands län");
    assert_eq!(result.hits[0].stadsdel_id, None);
}

#[test]
fn search_empty_lan_code_means_all_lan() {
    let service = service_on("2026-11-24");
    assert_eq!(names(&search(&service, Some(""), "Karl*", false)).len(), 5);
}

#[test]
fn search_without_star_matches_a_prefix_case_insensitively() {
    let service = service_on("2026-11-24");
    assert_eq!(kommuner(&service, "Karl").len(), 5);
    assert_eq!(kommuner(&service, "karlSTAD"), ["Karlstad"]);
    assert_eq!(kommuner(&service, "  Karlstad "), ["Karlstad"]);
}

#[test]
fn search_exact_name_is_found() {
    let service = service_on("2026-11-24");
    assert_eq!(kommuner(&service, "Kil"), ["Kil"]);
    assert_eq!(kommuner(&service, "Berg"), ["Berg"]);
}

#[test]
fn search_infix_wildcard_berg() {
    // The short names in shared/reference/municipalities.csv containing "berg", in
    // Swedish order.
    let service = service_on("2026-11-24");
    assert_eq!(
        kommuner(&service, "*berg*"),
        [
            "Berg",
            "Falkenberg",
            "Hallsberg",
            "Lekeberg",
            "Lindesberg",
            "Ljusnarsberg",
            "Norberg",
            "Skinnskatteberg",
            "Sundbyberg",
            "Varberg",
            "Åtvidaberg",
        ]
    );
}

#[test]
fn search_suffix_wildcard_requires_the_end() {
    let service = service_on("2026-11-24");
    assert_eq!(
        kommuner(&service, "*hamn"),
        [
            "Karlshamn",
            "Kristinehamn",
            "Nynäshamn",
            "Oskarshamn",
            "Simrishamn",
            "Söderhamn",
            "Ulricehamn",
        ]
    );
    assert!(!kommuner(&service, "*hamn").contains(&"Östhammar".to_owned()));
}

#[test]
fn search_without_hits_is_empty() {
    let service = service_on("2026-11-24");
    assert!(kommuner(&service, "Xyz").is_empty());
    assert!(kommuner(&service, "*qq*").is_empty());
    assert!(search(&service, Some("17"), "Karlskoga", false)
        .hits
        .is_empty());
}

#[test]
fn search_empty_name_lists_all_kommuner() {
    let service = service_on("2026-11-24");
    assert_eq!(kommuner(&service, "").len(), 290);
    assert_eq!(kommuner(&service, "*").len(), 290);
}

#[test]
fn search_o_umlaut_wildcard_in_swedish_order() {
    let service = service_on("2026-11-24");
    assert_eq!(
        kommuner(&service, "Ö*"),
        [
            "Öckerö",
            "Ödeshög",
            "Örebro",
            "Örkelljunga",
            "Örnsköldsvik",
            "Östersund",
            "Österåker",
            "Östhammar",
            "Östra Göinge",
            "Överkalix",
            "Övertorneå",
        ]
    );
}

#[test]
fn search_lower_case_a_ring_finds_upper_case_names() {
    let service = service_on("2026-11-24");
    assert_eq!(
        kommuner(&service, "å*"),
        [
            "Åmål",
            "Ånge",
            "Åre",
            "Årjäng",
            "Åsele",
            "Åstorp",
            "Åtvidaberg"
        ]
    );
    assert_eq!(kommuner(&service, "ä*"), kommuner(&service, "Ä*"));
    assert_eq!(kommuner(&service, "ä*").len(), 5);
}

#[test]
fn search_swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() {
    let service = service_on("2026-11-24");
    let all = kommuner(&service, "");
    let initials: String = all[all.len() - 23..]
        .iter()
        .filter_map(|n| n.chars().next())
        .collect();
    assert_eq!(
        initials,
        format!("{}{}{}", "Å".repeat(7), "Ä".repeat(5), "Ö".repeat(11))
    );
    let before = &all[all.len() - 24];
    assert!(before.starts_with('Y'), "{before} is the last a–z name");
}

#[test]
fn search_kommuner_of_stockholms_lan_in_swedish_order() {
    let service = service_on("2026-11-24");
    let hits = names(&search(&service, Some("01"), "", false));
    assert_eq!(hits.len(), 26);
    assert_eq!(hits.first().map(String::as_str), Some("Botkyrka"));
    assert_eq!(hits.last().map(String::as_str), Some("Österåker"));
    let at = |name: &str| hits.iter().position(|n| n == name).expect(name);
    for pair in [
        ["Stockholm", "Sundbyberg"],
        ["Sundbyberg", "Södertälje"],
        ["Södertälje", "Tyresö"],
        ["Tyresö", "Täby"],
        ["Täby", "Upplands Väsby"],
        ["Vaxholm", "Värmdö"],
        ["Värmdö", "Österåker"],
    ] {
        assert!(at(pair[0]) < at(pair[1]), "{} before {}", pair[0], pair[1]);
    }
}

#[test]
fn search_matchning_says_how_the_name_was_matched() {
    let service = service_on("2026-11-24");
    let prefix = search(&service, None, "Karl", false).matchning;
    let wildcard = search(&service, None, "Karl*", false).matchning;
    let empty = search(&service, None, "", false).matchning;
    assert_eq!(prefix, "Namn som börjar med ”Karl” (eller är exakt det).");
    assert_eq!(wildcard, "Mönster ”Karl*”: * står för valfria tecken.");
    assert_eq!(empty, "Alla kommuner visas.");
}

// --- Stadsdelar ----------------------------------------------------------------------

#[test]
fn search_stockholm_with_stadsdelar_today_gives_the_11_current_ones() {
    let service = service_on("2026-11-24");
    let result = search(&service, None, "Stockholm", true);
    assert_eq!(
        names(&result),
        [
            "Stockholm",
            "Stockholm – Bromma",
            "Stockholm – Enskede-Årsta-Vantör",
            "Stockholm – Farsta",
            "Stockholm – Hägersten-Älvsjö",
            "Stockholm – Hässelby-Vällingby",
            "Stockholm – Järva",
            "Stockholm – Norra innerstaden",
            "Stockholm – Skarpnäck",
            "Stockholm – Skärholmen",
            "Stockholm – Södermalm",
            "Stockholm – Östermalm",
        ]
    );
    assert!(result.hits[1..]
        .iter()
        .all(|h| h.kommun_kod == "0180" && h.stadsdel_id.is_some() && !h.historisk));
}

#[test]
fn search_stockholm_with_stadsdelar_in_2022_gives_13() {
    let service = service_on("2022-01-01");
    let result = search(&service, None, "Stockholm", true);
    let stadsdelar = names(&result);
    assert_eq!(stadsdelar.len(), 1 + 13);
    for name in [
        "Rinkeby-Kista",
        "Spånga-Tensta",
        "Kungsholmen",
        "Norrmalm",
        "Hägersten-Älvsjö",
    ] {
        assert!(
            stadsdelar.contains(&format!("Stockholm – {name}")),
            "{name} existed on 2022-01-01"
        );
    }
    for name in [
        "Järva",
        "Norra innerstaden",
        "Älvsjö",
        "Hägersten-Liljeholmen",
    ] {
        assert!(
            !stadsdelar.contains(&format!("Stockholm – {name}")),
            "{name} did not exist on 2022-01-01"
        );
    }
}

#[test]
fn search_historical_stadsdelar_are_not_offered() {
    let service = service_on("2026-11-24");
    assert!(names(&search(&service, None, "Rinkeby*", true)).is_empty());
    assert!(names(&search(&service, None, "Kungsholmen", true)).is_empty());
    assert!(names(&search(&service, None, "Angered", true)).is_empty());
}

#[test]
fn search_stadsdelar_only_when_asked() {
    let service = service_on("2026-11-24");
    assert_eq!(
        names(&search(&service, None, "Stockholm", false)),
        ["Stockholm"]
    );
    assert!(names(&search(&service, None, "Bromma", false)).is_empty());
}

#[test]
fn search_goteborg_today_gives_its_4_stadsomraden() {
    let service = service_on("2026-11-24");
    assert_eq!(
        names(&search(&service, None, "Göteborg", true)),
        [
            "Göteborg",
            "Göteborg – Centrum",
            "Göteborg – Hisingen",
            "Göteborg – Nordost",
            "Göteborg – Sydväst",
        ]
    );
}

#[test]
fn search_goteborg_in_2020_gives_its_10_stadsdelsnamndsomraden() {
    let service = service_on("2020-06-01");
    assert_eq!(
        names(&search(&service, None, "Göteborg", true)).len(),
        1 + 10
    );
}

#[test]
fn search_a_stadsdel_by_its_own_name() {
    let service = service_on("2026-11-24");
    let result = search(&service, None, "Bromma", true);
    assert_eq!(names(&result), ["Stockholm – Bromma"]);
    assert_eq!(result.hits[0].kommun_kod, "0180");
    assert_eq!(result.hits[0].lan_namn, "Stockholms län");
    let lower = search(&service, Some("01"), "*malm", true);
    assert_eq!(
        names(&lower),
        ["Stockholm – Södermalm", "Stockholm – Östermalm"]
    );
}

#[test]
fn search_stadsdelar_follow_the_lan_filter() {
    let service = service_on("2026-11-24");
    assert!(names(&search(&service, Some("14"), "Bromma", true)).is_empty());
}

#[test]
fn search_a_hit_can_be_saved_as_verksamhetsomrade() {
    let mut service = service_with_forbund("2026-11-24");
    let hits = search(&service, None, "Bromma", true).hits;
    let page = service
        .save_forbund_page(finsamkollen_core::ops::ForbundPageSave {
            verksamhetsomrade: hits.iter().map(|h| h.reference()).collect(),
            ..crate::support::unchanged_save(&service)
        })
        .expect("saved");
    assert_eq!(page.verksamhetsomrade, hits);
}

// --- Organisationer ------------------------------------------------------------------

#[test]
fn search_organisations_of_type_region_are_the_21() {
    let service = service_with_forbund("2026-11-24");
    let regions = organisation_names(&service, Some(OrganisationTyp::Region), "");
    assert_eq!(regions.len(), 21);
    assert_eq!(regions.first().map(String::as_str), Some("Region Blekinge"));
    assert!(regions.contains(&"Västra Götalandsregionen".to_owned()));
}

#[test]
fn search_organisations_type_filters() {
    let service = service_with_forbund("2026-11-24");
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Stat), ""),
        ["Arbetsförmedlingen", "Försäkringskassan"]
    );
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Esf), ""),
        ["ESF-rådet"]
    );
    // The 290 kommuner: 289 of type Kommun and Region Gotland, which is both.
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Kommun), "").len(),
        290
    );
    assert!(organisation_names(&service, Some(OrganisationTyp::Ovrigt), "").is_empty());
    // Region Gotland is listed once.
    assert_eq!(
        organisation_names(&service, None, "").len(),
        2 + 21 + 289 + 1
    );
}

#[test]
fn search_organisations_by_wildcard_name() {
    let service = service_with_forbund("2026-11-24");
    assert_eq!(
        organisation_names(&service, None, "*kassan"),
        ["Försäkringskassan"]
    );
    assert_eq!(
        organisation_names(&service, None, "arbets"),
        ["Arbetsförmedlingen"]
    );
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Kommun), "karlstad*"),
        ["Karlstads kommun"]
    );
}

#[test]
fn search_organisations_never_offer_the_forbund_itself() {
    let service = service_with_forbund("2026-11-24");
    assert!(organisation_names(&service, Some(OrganisationTyp::Samordningsforbund), "").is_empty());
    assert!(organisation_names(&service, None, "Samordningsförbund*").is_empty());
    assert!(organisation_names(&service, None, "*Fyrbodal*").is_empty());
}

#[test]
fn search_created_organisation_is_found_as_ovrigt() {
    let mut service = service_with_forbund("2026-11-24");
    let created = service
        .create_organisation("  Arbetsintegrerande Stiftelsen ".into())
        .expect("created");
    assert_eq!(created.namn, "Arbetsintegrerande Stiftelsen");
    assert_eq!(created.typ, OrganisationTyp::Ovrigt);
    let found = service
        .search_organisationer(OrganisationSearch {
            typ: Some(OrganisationTyp::Ovrigt),
            namn: "arbetsint*".into(),
        })
        .expect("search");
    assert_eq!(found, std::slice::from_ref(&created));
    assert_eq!(
        organisation_names(&service, None, "Arbets*"),
        ["Arbetsförmedlingen", "Arbetsintegrerande Stiftelsen"]
    );
}

#[test]
fn search_created_organisation_can_be_an_ingaende_organisation() {
    let mut service = service_with_forbund("2026-11-24");
    let created = service
        .create_organisation("Arbetsintegrerande Stiftelsen".into())
        .expect("created");
    let page = service
        .save_forbund_page(crate::support::save_with_roles(
            &service,
            vec![crate::support::roles(created.id, true, true)],
        ))
        .expect("saved");
    assert!(page
        .organisationer
        .iter()
        .any(|o| o.organisation == created && o.medlem && o.finansiar));
}

#[test]
fn search_create_organisation_duplicate_name_in_other_case_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .create_organisation("Arbetsintegrerande Stiftelsen".into())
        .expect("created");
    let error = service
        .create_organisation("ARBETSINTEGRERANDE stiftelsen".into())
        .expect_err("duplicate");
    assert_eq!(error.code(), "organisation_exists");
    assert_eq!(error.field(), Some("namn"));
    assert_eq!(
        organisation_names(&service, Some(OrganisationTyp::Ovrigt), "").len(),
        1
    );
}

#[test]
fn search_create_organisation_with_a_national_name_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .create_organisation("FÖRSÄKRINGSKASSAN".into())
        .expect_err("exists");
    assert_eq!(error.code(), "organisation_exists");
}

#[test]
fn search_create_organisation_needs_a_name() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .create_organisation("   ".into())
        .expect_err("empty");
    assert_eq!(error.code(), "required");
    assert_eq!(error.field(), Some("namn"));
}

#[test]
fn organisation_with_the_forbunds_own_name_is_refused() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .create_organisation("samordningsförbundet västra fyrbodal".into())
        .expect_err("the förbund is already listed");
    assert_eq!(error.code(), "organisation_exists");
}
