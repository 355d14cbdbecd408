//! Organisationsnummer: the Luhn check digit, the normal form, and refusing personnummer.

use finsamkollen_core::rules::orgnr::{luhn_valid, Organisationsnummer};

#[test]
fn orgnr_valid_luhn_is_accepted_and_normalised() {
    let nr = Organisationsnummer::parse(" 2220001354 ").expect("valid");
    assert_eq!(nr.as_str(), "222000-1354");
    assert_eq!(
        Organisationsnummer::parse("802000-1239")
            .expect("valid")
            .as_str(),
        "802000-1239"
    );
}

#[test]
fn orgnr_wrong_check_digit_is_refused() {
    let error = Organisationsnummer::parse("222000-1355").expect_err("bad check digit");
    assert_eq!(error.code(), "orgnr_check_digit");
    assert_eq!(error.field(), Some("organisationsnummer"));
}

#[test]
fn orgnr_malformed_is_refused() {
    for input in [
        "",
        "222000",
        "222000-135",
        "22200-01354",
        "222000–1354",
        "abcdef-ghij",
        "222000-13545",
    ] {
        let error = Organisationsnummer::parse(input).expect_err(input);
        assert_eq!(error.code(), "orgnr_format", "{input}");
        assert!(error.to_string().contains("NNNNNN-NNNN"));
    }
}

#[test]
fn orgnr_personal_identity_number_is_refused() {
    // 550101-1232 passes Luhn but is a personnummer (third digit below 2).
    let error = Organisationsnummer::parse("550101-1232").expect_err("personnummer");
    assert_eq!(error.code(), "orgnr_looks_personal");
}

#[test]
fn luhn_matches_known_values() {
    assert!(luhn_valid(&[2, 2, 2, 0, 0, 0, 1, 3, 5, 4]));
    assert!(luhn_valid(&[5, 5, 6, 0, 0, 0, 0, 0, 0, 1]));
    assert!(!luhn_valid(&[5, 5, 6, 0, 0, 0, 0, 0, 0, 2]));
    assert!(!luhn_valid(&[]));
}
