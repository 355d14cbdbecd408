//! Searching kommuner.

use super::*;

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
