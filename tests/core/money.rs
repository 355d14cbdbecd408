//! Money as typed: whole kronor, forgiving about separators, refusing decimals and letters.

use finsamkollen_core::money::MAX_KRONOR;
use finsamkollen_core::Kronor;

fn parse(text: &str) -> Result<i64, &'static str> {
    Kronor::parse(text, "belopp")
        .map(Kronor::get)
        .map_err(|e| e.code())
}

#[test]
fn money_parse_is_forgiving_about_separators_and_minus() {
    assert_eq!(parse("1234567"), Ok(1_234_567));
    assert_eq!(parse("1 234 567"), Ok(1_234_567));
    assert_eq!(parse("1\u{a0}234\u{a0}567"), Ok(1_234_567));
    assert_eq!(parse("1\u{202f}234"), Ok(1_234));
    assert_eq!(parse("  12 000 kr "), Ok(12_000));
    assert_eq!(parse("-500"), Ok(-500));
    assert_eq!(parse("−500"), Ok(-500));
    assert_eq!(parse("0"), Ok(0));
}

#[test]
fn money_parse_accepts_zero_ore_as_a_spreadsheet_copies_them() {
    assert_eq!(parse("1 000,00"), Ok(1_000));
    assert_eq!(parse("1\u{a0}000,00"), Ok(1_000));
    assert_eq!(parse("1000.00"), Ok(1_000));
    assert_eq!(parse("−250,0"), Ok(-250));
    assert_eq!(parse("12 000,00 kr"), Ok(12_000));
    assert_eq!(parse("1 000,01"), Err("amount_decimals"));
    assert_eq!(parse("1 000,50"), Err("amount_decimals"));
    // Three digits after a point are no öre: 1.000 is not read as a thousand.
    assert_eq!(parse("1.000"), Err("amount_decimals"));
    assert_eq!(parse("1,00,00"), Err("amount_decimals"));
}

#[test]
fn money_parse_refuses_decimals_letters_and_huge_amounts() {
    assert_eq!(parse("12,50"), Err("amount_decimals"));
    assert_eq!(parse("12.5"), Err("amount_decimals"));
    assert_eq!(parse(""), Err("amount_format"));
    assert_eq!(parse("tolv"), Err("amount_format"));
    assert_eq!(parse("12a"), Err("amount_format"));
    assert_eq!(parse("--5"), Err("amount_format"));
    assert_eq!(parse("10 000 000 001"), Err("amount_too_large"));
    assert_eq!(parse("99999999999999999999999"), Err("amount_too_large"));
    assert_eq!(parse("10 000 000 000"), Ok(MAX_KRONOR));
}

#[test]
fn money_displays_with_swedish_grouping() {
    assert_eq!(Kronor::new(1_234_567).to_string(), "1\u{a0}234\u{a0}567");
    assert_eq!(Kronor::new(-1_000).to_string(), "−1\u{a0}000");
    assert_eq!(Kronor::new(999).to_string(), "999");
    assert_eq!(Kronor::ZERO.to_string(), "0");
    assert_eq!(
        Kronor::new(i64::MIN)
            .to_string()
            .chars()
            .filter(|c| c.is_ascii_digit())
            .count(),
        19
    );
}

#[test]
fn money_serialises_as_a_plain_number() {
    assert_eq!(
        serde_json::to_string(&Kronor::new(1200)).expect("json"),
        "1200"
    );
}
