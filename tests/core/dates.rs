//! Dates as the officer types them: the ISO form, its refusals, and the long Swedish form.

use finsamkollen_core::rules::date::{long_swedish, parse, parse_optional};

use crate::support::date;

#[test]
fn date_iso_form_is_parsed() {
    assert_eq!(parse(" 2026-04-15 ", "d").expect("ok"), date("2026-04-15"));
    assert_eq!(
        parse("2024-02-29", "d").expect("leap day"),
        date("2024-02-29")
    );
    assert_eq!(parse_optional("", "d").expect("empty"), None);
}

#[test]
fn date_malformed_is_refused_with_format_hint() {
    for input in [
        "15/4 2026",
        "2026-4-15",
        "20260415",
        "2026-04-15x",
        "",
        "ÅÅÅÅ-MM-DD",
    ] {
        let error = parse(input, "startdatum").expect_err(input);
        assert_eq!(error.code(), "date_format", "{input}");
        assert_eq!(error.field(), Some("startdatum"));
    }
}

#[test]
fn date_impossible_is_refused_naming_the_date() {
    for input in [
        "2025-02-29",
        "2026-02-30",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
    ] {
        let error = parse(input, "startdatum").expect_err(input);
        assert_eq!(error.code(), "date_impossible", "{input}");
        assert!(error.to_string().contains(input));
    }
}

#[test]
fn date_long_swedish_form() {
    assert_eq!(long_swedish(date("2027-04-15")), "15 april 2027");
    assert_eq!(long_swedish(date("2025-01-01")), "1 januari 2025");
    assert_eq!(long_swedish(date("2025-12-31")), "31 december 2025");
}
