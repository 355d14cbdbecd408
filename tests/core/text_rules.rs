//! Free-text rules: D3 (personnummer-like text), Swedish alphabetical order, and the `*`
//! name patterns of the pickers.

use std::cmp::Ordering;

use finsamkollen_core::rules::text::{looks_like_personnummer, swedish_cmp, NamePattern};

// --- D3 ------------------------------------------------------------------------------

#[test]
fn d3_short_personnummer_with_dash() {
    assert!(looks_like_personnummer("800101-1234"));
}

#[test]
fn d3_short_personnummer_without_dash() {
    assert!(looks_like_personnummer("8001011234"));
}

#[test]
fn d3_long_personnummer_with_dash() {
    assert!(looks_like_personnummer("19800101-1234"));
}

#[test]
fn d3_long_personnummer_without_dash() {
    assert!(looks_like_personnummer("198001011234"));
}

#[test]
fn d3_personnummer_with_plus_for_centenarians() {
    assert!(looks_like_personnummer("191212+1234"));
    assert!(looks_like_personnummer("19191212+1234"));
}

#[test]
fn d3_samordningsnummer_day_plus_60() {
    assert!(looks_like_personnummer("800161-1234"));
    assert!(looks_like_personnummer("800191-1234"));
    assert!(looks_like_personnummer("198001611234"));
}

#[test]
fn d3_personnummer_inside_a_sentence() {
    assert!(looks_like_personnummer(
        "Deltagaren (800101-1234) har börjat arbetsträna."
    ));
    assert!(looks_like_personnummer("pnr:19800101-1234, ring"));
    assert!(looks_like_personnummer(
        "Telefon 0522-123 45, pnr 8001011234"
    ));
}

#[test]
fn d3_edge_dates_of_the_year() {
    assert!(looks_like_personnummer("801231-1234"));
    assert!(looks_like_personnummer("800131-1234"));
}

#[test]
fn d3_organisationsnummer_is_not_a_personnummer() {
    assert!(!looks_like_personnummer("222000-1354"));
    assert!(!looks_like_personnummer("2220001354"));
    assert!(!looks_like_personnummer("Förbundet har orgnr 222000-1628."));
}

#[test]
fn d3_phone_numbers_are_not_personnummer() {
    assert!(!looks_like_personnummer("0522-123 45"));
    assert!(!looks_like_personnummer("070-123 45 67"));
    assert!(!looks_like_personnummer("+46 70 123 45 67"));
    assert!(!looks_like_personnummer("08-123 456 78"));
}

#[test]
fn d3_five_digit_tail_is_not_a_personnummer() {
    assert!(!looks_like_personnummer("800101-12345"));
}

#[test]
fn d3_three_digit_tail_is_not_a_personnummer() {
    assert!(!looks_like_personnummer("800101-123"));
}

#[test]
fn d3_digits_glued_to_longer_runs_do_not_count() {
    assert!(!looks_like_personnummer("18001011234"));
    assert!(!looks_like_personnummer("1198001011234"));
    assert!(!looks_like_personnummer("1800101-1234"));
    assert!(!looks_like_personnummer("123456789012345"));
}

#[test]
fn d3_impossible_month_or_day_is_not_a_personnummer() {
    assert!(!looks_like_personnummer("801301-1234"), "month 13");
    assert!(!looks_like_personnummer("800001-1234"), "month 00");
    assert!(!looks_like_personnummer("800100-1234"), "day 00");
    assert!(!looks_like_personnummer("800132-1234"), "day 32");
    assert!(!looks_like_personnummer("800160-1234"), "day 60");
    assert!(!looks_like_personnummer("800192-1234"), "day 92");
}

#[test]
fn d3_plain_text_and_amounts_are_not_personnummer() {
    assert!(!looks_like_personnummer(""));
    assert!(!looks_like_personnummer("Samverkan för arbete."));
    assert!(!looks_like_personnummer("Budget 1 250 000 kr för 2026."));
    assert!(!looks_like_personnummer("2026-04-15"));
}

// --- Swedish order -------------------------------------------------------------------

#[test]
fn swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() {
    assert_eq!(swedish_cmp("Zebra", "Åmål"), Ordering::Less);
    assert_eq!(swedish_cmp("Åmål", "Ängelholm"), Ordering::Less);
    assert_eq!(swedish_cmp("Ängelholm", "Örebro"), Ordering::Less);
    assert_eq!(swedish_cmp("Örebro", "Åmål"), Ordering::Greater);
}

#[test]
fn swedish_order_sorts_a_list() {
    let mut names = vec![
        "Örebro",
        "Ystad",
        "Ånge",
        "Älmhult",
        "Arboga",
        "Zinkgruvan",
        "öckerö",
    ];
    names.sort_by(|a, b| swedish_cmp(a, b));
    assert_eq!(
        names,
        [
            "Arboga",
            "Ystad",
            "Zinkgruvan",
            "Ånge",
            "Älmhult",
            "öckerö",
            "Örebro"
        ]
    );
}

#[test]
fn swedish_order_ignores_case() {
    assert_eq!(swedish_cmp("ärla", "Örebro"), Ordering::Less);
    assert_eq!(swedish_cmp("Ärla", "örebro"), Ordering::Less);
    assert_eq!(swedish_cmp("abc", "ABD"), Ordering::Less);
    assert_eq!(swedish_cmp("ABC", "abd"), Ordering::Less);
    assert_eq!(swedish_cmp("Åsa", "Åsa"), Ordering::Equal);
    // Texts differing only in case are ordered consistently, so sorting is stable.
    assert_eq!(
        swedish_cmp("åsa", "Åsa"),
        swedish_cmp("Åsa", "åsa").reverse()
    );
}

#[test]
fn swedish_order_inside_words() {
    assert_eq!(swedish_cmp("Östersund", "Österåker"), Ordering::Less);
    assert_eq!(swedish_cmp("Sundbyberg", "Södertälje"), Ordering::Less);
    assert_eq!(swedish_cmp("Tyresö", "Täby"), Ordering::Less);
}

#[test]
fn swedish_order_e_acute_sorts_as_e() {
    assert_eq!(swedish_cmp("Café", "Cafz"), Ordering::Less);
    assert_eq!(swedish_cmp("André", "Andreas"), Ordering::Less);
}

// --- Name patterns -------------------------------------------------------------------

fn matches(pattern: &str, name: &str) -> bool {
    NamePattern::new(pattern).matches(name)
}

#[test]
fn pattern_empty_matches_everything_as_a_prefix() {
    let pattern = NamePattern::new("");
    assert!(!pattern.is_wildcard());
    assert!(pattern.matches("Karlstad"));
    assert!(pattern.matches(""));
    assert!(matches("   ", "Karlstad"));
}

#[test]
fn pattern_star_alone_matches_everything() {
    let pattern = NamePattern::new("*");
    assert!(pattern.is_wildcard());
    assert!(pattern.matches("Karlstad"));
    assert!(pattern.matches(""));
    assert!(matches("**", "Karlstad"));
}

#[test]
fn pattern_without_star_is_a_prefix() {
    assert!(matches("Karl", "Karlstad"));
    assert!(matches("karlstad", "Karlstad"));
    assert!(!matches("arl", "Karlstad"));
    assert!(!matches("Karlstads", "Karlstad"));
    assert!(!NamePattern::new("Karl").is_wildcard());
}

#[test]
fn pattern_trailing_star_is_a_prefix() {
    assert!(matches("Karl*", "Karlstad"));
    assert!(matches("Karl*", "Karl"));
    assert!(!matches("Karl*", "Askarl"));
}

#[test]
fn pattern_leading_star_is_a_suffix() {
    assert!(matches("*stad", "Karlstad"));
    assert!(matches("*STAD", "Karlstad"));
    assert!(!matches("*stad", "Karlstads kommun"));
    assert!(matches("*stad", "stad"));
}

#[test]
fn pattern_stars_on_both_sides_is_infix() {
    assert!(matches("*berg*", "Berg"));
    assert!(matches("*berg*", "Sundbyberg"));
    assert!(matches("*berg*", "Bergslagen"));
    assert!(!matches("*berg*", "Borg"));
}

#[test]
fn pattern_a_star_b_star_c_in_order() {
    assert!(matches("a*b*c", "abc"));
    assert!(matches("a*b*c", "axxbyyc"));
    assert!(matches("A*B*C", "abbc"));
    assert!(!matches("a*b*c", "acb"));
    assert!(!matches("a*b*c", "abcd"));
    assert!(!matches("a*b*c", "xabc"));
    assert!(!matches("a*b*c", "ac"));
}

#[test]
fn pattern_parts_may_not_overlap() {
    assert!(!matches("ab*b", "ab"));
    assert!(matches("ab*b", "abb"));
    assert!(!matches("a*a", "a"));
    assert!(matches("a*a", "aa"));
}

#[test]
fn pattern_works_with_swedish_letters_in_any_case() {
    assert!(matches("ö*", "Örebro"));
    assert!(matches("Å*", "åre"));
    assert!(matches("*Å*", "Enskede-Årsta-Vantör"));
    assert!(matches("*ÄLVSJÖ", "Hägersten-Älvsjö"));
    assert!(!matches("a*", "Åmål"), "å is not a");
}

#[test]
fn pattern_is_trimmed() {
    assert!(matches("  Karl* ", "Karlstad"));
    assert!(matches(" karl ", "Karlstad"));
}
