//! Uppdrag: the people linked to the förbund (domain spec U1, D3).

use finsamkollen_core::domain::uppdrag::{Roll, Uppdrag, UppdragInput};
use finsamkollen_core::Service;

use crate::support::{codes, person_input, service_on, service_with_forbund};

fn kim() -> UppdragInput {
    person_input(
        "Kim Andersson",
        "kim@finsam.se",
        Roll::Forbundsadministrator,
    )
}

fn alex() -> UppdragInput {
    person_input("Alex Berg", "alex@finsam.se", Roll::Deltagaransvarig)
}

/// A förbund with Kim (förbundsadministratör) and Alex (deltagaransvarig).
fn service_with_people() -> Service {
    let mut service = service_with_forbund("2026-11-24");
    service.save_uppdrag(kim()).expect("Kim");
    service.save_uppdrag(alex()).expect("Alex");
    service
}

fn stored(service: &Service) -> Vec<Uppdrag> {
    service.forbund_page().expect("page").uppdrag
}

fn id_of(service: &Service, namn: &str) -> i64 {
    stored(service)
        .into_iter()
        .find(|u| u.namn == namn)
        .map(|u| u.id)
        .expect(namn)
}

#[test]
fn uppdrag_both_roles_are_added() {
    let service = service_with_people();
    let people: Vec<(String, String, Roll)> = stored(&service)
        .into_iter()
        .map(|u| (u.namn, u.epost, u.roll))
        .collect();
    assert_eq!(
        people,
        [
            (
                "Alex Berg".to_owned(),
                "alex@finsam.se".to_owned(),
                Roll::Deltagaransvarig
            ),
            (
                "Kim Andersson".to_owned(),
                "kim@finsam.se".to_owned(),
                Roll::Forbundsadministrator
            ),
        ]
    );
}

#[test]
fn uppdrag_save_returns_the_list() {
    let mut service = service_with_forbund("2026-11-24");
    let list = service
        .save_uppdrag(UppdragInput {
            namn: "  Kim Andersson ".into(),
            epost: " kim@finsam.se ".into(),
            ..kim()
        })
        .expect("saved");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].namn, "Kim Andersson");
    assert_eq!(list[0].epost, "kim@finsam.se");
    assert_eq!(list[0].telefon, "0522-123 45");
    assert_eq!(list, stored(&service));
}

#[test]
fn uppdrag_needs_a_forbund() {
    let mut service = service_on("2026-11-24");
    let error = service.save_uppdrag(kim()).expect_err("no förbund");
    assert_eq!(error.code(), "no_forbund");
}

#[test]
fn u1_same_person_can_not_have_the_other_role() {
    let mut service = service_with_people();
    let before = stored(&service);
    let error = service
        .save_uppdrag(person_input(
            "Kim A.",
            "KIM@Finsam.se",
            Roll::Deltagaransvarig,
        ))
        .expect_err("U1");
    assert_eq!(error.code(), "u1_both_roles");
    assert_eq!(error.field(), Some("roll"));
    assert_eq!(
        error.to_string(),
        "Kim Andersson är redan förbundsadministratör och kan inte också vara deltagaransvarig."
    );
    assert_eq!(stored(&service), before);
}

#[test]
fn u1_deltagaransvarig_can_not_become_a_second_administrator() {
    let mut service = service_with_people();
    let error = service
        .save_uppdrag(person_input(
            "Alex",
            "Alex@FINSAM.se",
            Roll::Forbundsadministrator,
        ))
        .expect_err("U1");
    assert_eq!(error.code(), "u1_both_roles");
    assert!(
        error
            .to_string()
            .starts_with("Alex Berg är redan deltagaransvarig"),
        "{error}"
    );
}

#[test]
fn u1_same_email_same_role_is_registered_once() {
    let mut service = service_with_people();
    let error = service
        .save_uppdrag(person_input(
            "Kim Andersson",
            "Kim@Finsam.SE",
            Roll::Forbundsadministrator,
        ))
        .expect_err("exists");
    assert_eq!(error.code(), "uppdrag_exists");
    assert_eq!(error.field(), Some("epost"));
    assert_eq!(stored(&service).len(), 2);
}

#[test]
fn u1_changing_a_persons_role_is_allowed() {
    let mut service = service_with_people();
    let kim_id = id_of(&service, "Kim Andersson");
    let list = service
        .save_uppdrag(UppdragInput {
            id: Some(kim_id),
            roll: Roll::Deltagaransvarig,
            telefon: "070-123 45 67".into(),
            ..kim()
        })
        .expect("role changed");
    let kim = list.iter().find(|u| u.id == kim_id).expect("Kim");
    assert_eq!(kim.roll, Roll::Deltagaransvarig);
    assert_eq!(kim.telefon, "070-123 45 67");
    assert_eq!(list.len(), 2);
}

#[test]
fn u1_changing_ones_email_to_anothers_is_refused() {
    let mut service = service_with_people();
    let kim_id = id_of(&service, "Kim Andersson");
    let before = stored(&service);
    let other_role = service
        .save_uppdrag(UppdragInput {
            id: Some(kim_id),
            epost: "alex@finsam.se".into(),
            ..kim()
        })
        .expect_err("Alex's e-mail, Kim's role");
    assert_eq!(other_role.code(), "u1_both_roles");
    let same_role = service
        .save_uppdrag(UppdragInput {
            id: Some(kim_id),
            epost: "ALEX@finsam.se".into(),
            roll: Roll::Deltagaransvarig,
            ..kim()
        })
        .expect_err("Alex's e-mail and role");
    assert_eq!(same_role.code(), "uppdrag_exists");
    assert_eq!(stored(&service), before);
}

#[test]
fn uppdrag_editing_an_unknown_id_is_refused() {
    let mut service = service_with_people();
    let error = service
        .save_uppdrag(UppdragInput {
            id: Some(999_999),
            ..person_input("Ny Person", "ny@finsam.se", Roll::Deltagaransvarig)
        })
        .expect_err("unknown");
    assert_eq!(error.code(), "not_found");
    assert_eq!(stored(&service).len(), 2);
}

#[test]
fn uppdrag_remove() {
    let mut service = service_with_people();
    let kim_id = id_of(&service, "Kim Andersson");
    let list = service.remove_uppdrag(kim_id).expect("removed");
    let names: Vec<&str> = list.iter().map(|u| u.namn.as_str()).collect();
    assert_eq!(names, ["Alex Berg"]);
    assert_eq!(stored(&service), list);
}

#[test]
fn u1_after_removal_the_email_can_take_the_other_role() {
    let mut service = service_with_people();
    service
        .remove_uppdrag(id_of(&service, "Kim Andersson"))
        .expect("removed");
    service
        .save_uppdrag(person_input(
            "Kim Andersson",
            "kim@finsam.se",
            Roll::Deltagaransvarig,
        ))
        .expect("free again");
}

#[test]
fn uppdrag_removing_an_unknown_id_is_refused() {
    let mut service = service_with_people();
    let error = service.remove_uppdrag(999_999).expect_err("unknown");
    assert_eq!(error.code(), "not_found");
    assert_eq!(stored(&service).len(), 2);
}

#[test]
fn uppdrag_invalid_email_is_refused_with_its_field() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_uppdrag(person_input(
            "Kim Andersson",
            "kim.finsam.se",
            Roll::Forbundsadministrator,
        ))
        .expect_err("bad e-mail");
    assert_eq!(error.code(), "epost_format");
    assert_eq!(error.field(), Some("epost"));
}

#[test]
fn uppdrag_email_is_required() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_uppdrag(person_input(
            "Kim Andersson",
            " ",
            Roll::Forbundsadministrator,
        ))
        .expect_err("no e-mail");
    assert_eq!(error.code(), "required");
    assert_eq!(error.field(), Some("epost"));
}

#[test]
fn uppdrag_missing_name_is_refused_with_its_field() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_uppdrag(person_input(
            "  ",
            "kim@finsam.se",
            Roll::Forbundsadministrator,
        ))
        .expect_err("no name");
    assert_eq!(error.code(), "required");
    assert_eq!(error.field(), Some("namn"));
    assert!(stored(&service).is_empty());
}

#[test]
fn uppdrag_bad_telefon_is_refused_with_its_field() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_uppdrag(UppdragInput {
            telefon: "ring mig".into(),
            ..kim()
        })
        .expect_err("bad phone");
    assert_eq!(error.code(), "telefon_format");
    assert_eq!(error.field(), Some("telefon"));
}

#[test]
fn uppdrag_several_wrong_fields_are_reported_together() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_uppdrag(UppdragInput {
            namn: String::new(),
            epost: "kim".into(),
            telefon: "12".into(),
            ..kim()
        })
        .expect_err("three errors");
    assert_eq!(error.code(), "several");
    assert_eq!(
        codes(&error),
        ["required", "epost_format", "telefon_format"]
    );
}

#[test]
fn d3_personnummer_as_telefon_needs_confirmation() {
    let mut service = service_with_forbund("2026-11-24");
    let input = UppdragInput {
        telefon: "800101-1234".into(),
        ..kim()
    };
    let error = service
        .save_uppdrag(input.clone())
        .expect_err("warning first");
    assert_eq!(error.code(), "confirm_warnings");
    let finsamkollen_core::CoreError::ConfirmWarnings(warnings) = &error else {
        panic!("expected ConfirmWarnings, got {error:?}");
    };
    let fields: Vec<Option<&str>> = warnings.iter().map(|w| w.field.as_deref()).collect();
    assert_eq!(fields, [Some("telefon")]);
    assert!(stored(&service).is_empty(), "nothing saved");
    let list = service
        .save_uppdrag(UppdragInput {
            arbetsgivare_id: None,
            confirm_warnings: true,
            ..input
        })
        .expect("confirmed");
    assert_eq!(list[0].telefon, "800101-1234");
}

#[test]
fn d3_personnummer_in_namn_needs_confirmation() {
    let mut service = service_with_forbund("2026-11-24");
    let input = UppdragInput {
        namn: "Kim 19800101-1234".into(),
        ..kim()
    };
    let error = service
        .save_uppdrag(input.clone())
        .expect_err("warning first");
    assert_eq!(error.code(), "confirm_warnings");
    assert!(stored(&service).is_empty());
    service
        .save_uppdrag(UppdragInput {
            arbetsgivare_id: None,
            confirm_warnings: true,
            ..input
        })
        .expect("confirmed");
    assert_eq!(stored(&service)[0].namn, "Kim 19800101-1234");
}

#[test]
fn d3_an_ordinary_phone_number_needs_no_confirmation() {
    let mut service = service_with_forbund("2026-11-24");
    service
        .save_uppdrag(UppdragInput {
            telefon: "+46 70-123 45 67".into(),
            ..kim()
        })
        .expect("no warning");
}

#[test]
fn uppdrag_list_is_in_swedish_order() {
    // Like every other list of the förbund page: a–z, then Å, Ä, Ö; case does not decide.
    let mut service = service_with_forbund("2026-11-24");
    for (namn, epost) in [
        ("Åsa Ek", "asa@finsam.se"),
        ("Ärla Ek", "arla@finsam.se"),
        ("anna Ek", "anna@finsam.se"),
        ("Zeta Ek", "zeta@finsam.se"),
    ] {
        service
            .save_uppdrag(person_input(namn, epost, Roll::Deltagaransvarig))
            .expect(namn);
    }
    let names: Vec<String> = stored(&service).into_iter().map(|u| u.namn).collect();
    assert_eq!(names, ["anna Ek", "Zeta Ek", "Åsa Ek", "Ärla Ek"]);
}
