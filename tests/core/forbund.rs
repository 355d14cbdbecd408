//! "Skapa förbund": a valid förbund is created; bad input is refused per field.

use finsamkollen_core::api::AppError;
use finsamkollen_core::domain::forbund::NewForbund;

use crate::support::{codes, date, new_forbund, service_on, service_with_forbund};

#[test]
fn forbund_is_created_from_valid_input() {
    let mut service = service_on("2026-11-24");
    assert_eq!(service.forbund().expect("read"), None);
    let created = service
        .create_forbund(NewForbund {
            namn: "  Samordningsförbundet Östra Södertörn ".into(),
            organisationsnummer: "2220001628".into(),
            startdatum: "2010-01-01".into(),
        })
        .expect("created");
    assert_eq!(created.namn, "Samordningsförbundet Östra Södertörn");
    assert_eq!(created.organisationsnummer, "222000-1628");
    assert_eq!(created.startdatum, date("2010-01-01"));
    assert_eq!(service.forbund().expect("read"), Some(created));
}

#[test]
fn forbund_bad_input_is_refused_per_field_and_nothing_is_saved() {
    let mut service = service_on("2026-11-24");
    let error = service
        .create_forbund(NewForbund {
            namn: "   ".into(),
            organisationsnummer: "222000-1355".into(),
            startdatum: "2025-02-30".into(),
        })
        .expect_err("refused");
    assert_eq!(
        codes(&error),
        ["required", "orgnr_check_digit", "date_impossible"]
    );
    let boundary = AppError::from(error);
    assert_eq!(boundary.code, "several");
    let fields: Vec<&str> = boundary.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["namn", "organisationsnummer", "startdatum"]);
    assert_eq!(boundary.fields[0].message, "Namn måste fyllas i.");
    assert_eq!(service.forbund().expect("read"), None);
}

#[test]
fn forbund_single_error_names_its_field() {
    let mut service = service_on("2026-11-24");
    let error = service
        .create_forbund(NewForbund {
            organisationsnummer: "12345".into(),
            ..new_forbund()
        })
        .expect_err("refused");
    let boundary = AppError::from(error);
    assert_eq!(boundary.code, "orgnr_format");
    assert_eq!(boundary.field.as_deref(), Some("organisationsnummer"));
    assert_eq!(boundary.fields.len(), 1);
}

#[test]
fn forbund_startdatum_is_bounded_by_the_law_and_next_year() {
    let mut service = service_on("2026-11-24");
    let too_early = service
        .create_forbund(NewForbund {
            startdatum: "2003-12-31".into(),
            ..new_forbund()
        })
        .expect_err("before Finsam");
    assert_eq!(too_early.code(), "start_before_finsam");
    let too_late = service
        .create_forbund(NewForbund {
            startdatum: "2028-01-01".into(),
            ..new_forbund()
        })
        .expect_err("after next year");
    assert_eq!(too_late.code(), "start_too_late");
    service
        .create_forbund(NewForbund {
            startdatum: "2027-12-31".into(),
            ..new_forbund()
        })
        .expect("next year is allowed (Y2)");
}

#[test]
fn forbund_only_one_per_data_file() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service.create_forbund(new_forbund()).expect_err("second");
    assert_eq!(error.code(), "forbund_exists");
}

#[test]
fn forbund_startdatum_is_fixed_in_the_schema_too() {
    let mut service = service_with_forbund("2026-11-24");
    // Fixed once anything is registered (until then it may be corrected).
    crate::support::insats_with_dates(&mut service, "Steget vidare", "2026-02-01", "");
    // Raw SQL: the database trigger is under test, so the write bypasses the core.
    let result = service
        .raw_db()
        .conn()
        .execute("UPDATE forbund SET startdatum = '2018-01-01'", []);
    let error = finsamkollen_core::CoreError::from(result.expect_err("trigger refuses"));
    assert_eq!(error.code(), "startdatum_fixed");
    let stored = service.forbund().expect("read").expect("exists");
    assert_eq!(stored.startdatum, date("2019-01-01"));
}
