//! Stadsdelar and organisations.

use super::*;

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
            // M7: an Övrigt organisation may be a financier, never a member.
            vec![crate::support::roles(created.id, false, true)],
        ))
        .expect("saved");
    assert!(page
        .organisationer
        .iter()
        .any(|o| o.organisation == created && !o.medlem && o.finansiar));
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
