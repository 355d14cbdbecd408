//! Fördelning per finansiär: the split of samverkansparterna over the financiers, saved
//! with M6 (financiers only) and warned about with F3 (the law's shares and the sum).

use finsamkollen_core::domain::budget::MedelInput;
use finsamkollen_core::domain::fordelning::{Fordelning, FordelningInput, FordelningRadInput};
use finsamkollen_core::{Clock, Service};

use crate::support::{
    codes, count_rows, date, org_id, save_with_roles, service_with_members, usual_roles,
};

/// The usual members on 2026-03-01 (Försäkringskassan, Västra Götalandsregionen and
/// Trollhättans stad as financiers; Arbetsförmedlingen member only) and medel for 2025.
fn forbund() -> Service {
    let mut service = service_with_members("2026-03-01");
    service
        .save_medel(MedelInput {
            year: 2025,
            samverkansparterna: "1 000 000".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect("medel");
    service
}

fn split(service: &Service, shares: &[(&str, &str)]) -> FordelningInput {
    FordelningInput {
        year: 2025,
        rader: shares
            .iter()
            .map(|(nyckel, belopp)| FordelningRadInput {
                organisation_id: org_id(service, nyckel),
                belopp: (*belopp).into(),
            })
            .collect(),
    }
}

fn amounts(f: &Fordelning) -> Vec<(String, Option<i64>)> {
    f.rader
        .iter()
        .map(|r| (r.namn.clone(), r.belopp.map(|b| b.get())))
        .collect()
}

fn warning_codes(f: &Fordelning) -> Vec<&str> {
    f.varningar.iter().map(|w| w.code.as_str()).collect()
}

#[test]
fn m6_fordelning_lists_the_financiers_and_saves_their_shares_and_the_sum() {
    let mut service = forbund();
    let empty = service.fordelning(2025).expect("split");
    assert!(empty.redigerbar);
    assert_eq!(empty.samverkansparterna.map(|k| k.get()), Some(1_000_000));
    // Financiers only, Försäkringskassan first; Arbetsförmedlingen (M2) is none.
    assert_eq!(
        amounts(&empty),
        [
            ("Försäkringskassan".to_owned(), None),
            ("Västra Götalandsregionen".to_owned(), None),
            ("Trollhättans Stad".to_owned(), None),
        ]
    );
    assert!(
        empty.varningar.is_empty(),
        "no split, nothing to warn about"
    );

    let saved = service
        .save_fordelning(split(
            &service,
            &[
                ("fk", "500 000"),
                ("region-14", "250 000,00"),
                ("kommun-1488", "250\u{a0}000"),
            ],
        ))
        .expect("save");
    assert_eq!(
        amounts(&saved),
        [
            ("Försäkringskassan".to_owned(), Some(500_000)),
            ("Västra Götalandsregionen".to_owned(), Some(250_000)),
            ("Trollhättans Stad".to_owned(), Some(250_000)),
        ]
    );
    assert_eq!(saved.summa.get(), 1_000_000);
    assert!(saved.varningar.is_empty(), "{:?}", saved.varningar);
    assert_eq!(saved, service.fordelning(2025).expect("read back"));
    // The report carries it.
    let report = service.arsrapport(2025).expect("report");
    let medel = report.medel.expect("medel");
    assert_eq!(medel.finansiarer.len(), 3);
    // An empty amount removes the share; only what changed is written.
    let saved = service
        .save_fordelning(split(&service, &[("kommun-1488", "")]))
        .expect("remove");
    assert_eq!(amounts(&saved)[2].1, None);
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM medel_finansiar"),
        2
    );
}

#[test]
fn m6_fordelning_refuses_a_share_for_an_organisation_that_is_no_financier() {
    let mut service = forbund();
    let error = service
        .save_fordelning(split(&service, &[("fk", "500 000"), ("af", "1 000")]))
        .expect_err("AF is no financier");
    assert_eq!(codes(&error), ["m6_funded_financier"]);
    assert_eq!(
        error.field(),
        Some(format!("fordelning.{}", org_id(&service, "af")).as_str())
    );
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM medel_finansiar"),
        0,
        "nothing saved"
    );
    // A zero share binds nobody (as M6 on the förbund page).
    service
        .save_fordelning(split(&service, &[("af", "0")]))
        .expect("zero");
}

#[test]
fn f3_fordelning_bad_amounts_are_refused_beside_their_row_and_nothing_is_saved() {
    let mut service = forbund();
    let error = service
        .save_fordelning(split(
            &service,
            &[
                ("fk", "500 000,50"),
                ("region-14", "-5"),
                ("kommun-1488", "1"),
            ],
        ))
        .expect_err("bad");
    assert_eq!(codes(&error), ["amount_decimals", "amount_negative"]);
    let fields: Vec<(String, String)> = finsamkollen_core::api::AppError::from(error)
        .fields
        .into_iter()
        .map(|f| (f.field, f.message))
        .collect();
    assert_eq!(
        fields,
        [
            (
                format!("fordelning.{}", org_id(&service, "fk")),
                "Ange hela kronor, utan ören eller decimaler.".to_owned()
            ),
            (
                format!("fordelning.{}", org_id(&service, "region-14")),
                "Beloppet kan inte vara negativt.".to_owned()
            ),
        ]
    );
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM medel_finansiar"),
        0
    );
}

#[test]
fn f3_law_shares_off_are_a_warning_that_never_blocks() {
    let mut service = forbund();
    let saved = service
        .save_fordelning(split(
            &service,
            &[
                ("fk", "400 000"),
                ("region-14", "300 000"),
                ("kommun-1488", "300 000"),
            ],
        ))
        .expect("saved although off");
    assert_eq!(
        warning_codes(&saved),
        ["lagens_andelar", "lagens_andelar", "lagens_andelar"]
    );
    assert_eq!(
        saved.varningar[0].message,
        "Enligt lagen står Försäkringskassan för 1/2 av samverkansparternas medel, men för \
         2025 är andelen 400\u{a0}000 av 1\u{a0}000\u{a0}000 kr."
    );
    // The förhandskontroll says the same, from the same rule.
    let check = service.forhandskontroll(2025).expect("check");
    let texts: Vec<&str> = check
        .varningar
        .iter()
        .filter(|a| a.kod == "lagens_andelar")
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(texts.len(), 3);
    assert!(texts.contains(&saved.varningar[0].message.as_str()));
    // Within a krona of the law's shares is on the law's shares.
    let saved = service
        .save_fordelning(split(
            &service,
            &[
                ("fk", "500 001"),
                ("region-14", "250 000"),
                ("kommun-1488", "249 999"),
            ],
        ))
        .expect("saved");
    assert!(saved.varningar.is_empty(), "{:?}", saved.varningar);
}

#[test]
fn f3_the_split_should_add_up_to_samverkansparterna() {
    let mut service = forbund();
    let saved = service
        .save_fordelning(split(
            &service,
            &[
                ("fk", "450 000"),
                ("region-14", "225 000"),
                ("kommun-1488", "225 000"),
            ],
        ))
        .expect("saved");
    assert_eq!(warning_codes(&saved), ["f3_fordelning_summa"]);
    assert_eq!(
        saved.varningar[0].message,
        "Fördelningen per finansiär är 900\u{a0}000 kr, men samverkansparterna för 2025 är \
         1\u{a0}000\u{a0}000 kr."
    );
}

#[test]
fn y1_fordelning_of_a_locked_year_is_refused() {
    let mut service = forbund();
    service.set_clock(Clock::fixed(date("2026-04-16")));
    assert!(!service.fordelning(2025).expect("readable").redigerbar);
    let error = service
        .save_fordelning(split(&service, &[("fk", "500 000")]))
        .expect_err("locked");
    assert_eq!(codes(&error), ["y1_locked"]);
}

// --- M6: what the refusal says, and the check (issue 25) ------------------------------

#[test]
fn m6_a_share_for_arbetsformedlingen_says_to_remove_the_amount() {
    let mut service = forbund();
    let error = service
        .save_fordelning(split(&service, &[("af", "1 000")]))
        .expect_err("AF is never a financier");
    assert_eq!(codes(&error), ["m6_funded_financier"]);
    assert_eq!(
        error.to_string(),
        "Arbetsförmedlingen kan inte vara finansiär; ta bort beloppet."
    );
}

#[test]
fn m6_a_share_for_a_member_that_is_no_financier_says_how_to_fix_it() {
    let mut service = forbund();
    let kommun = org_id(&service, "kommun-1488");
    let mut rows = usual_roles(&service);
    rows.retain(|r| r.organisation_id != kommun);
    rows.push(crate::support::roles(kommun, true, false));
    let save = save_with_roles(&service, rows);
    service.save_forbund_page(save).expect("member only");
    let error = service
        .save_fordelning(split(&service, &[("kommun-1488", "250 000")]))
        .expect_err("no financier");
    assert_eq!(codes(&error), ["m6_funded_financier"]);
    assert_eq!(
        error.to_string(),
        "Trollhättans Stad är inte finansiär. Markera den som finansiär under Ingående \
         organisationer, eller ta bort beloppet."
    );
}

#[test]
fn m6_a_split_that_does_not_add_up_is_an_error_in_the_check_with_the_screens_code() {
    let mut service = forbund();
    let screen = service
        .save_fordelning(split(
            &service,
            &[("fk", "500 000"), ("region-14", "250 000")],
        ))
        .expect("a warning never blocks the save");
    let on_screen = screen
        .varningar
        .iter()
        .find(|w| w.code == "f3_fordelning_summa")
        .expect("the screen warns")
        .message
        .clone();
    let check = service.forhandskontroll(2025).expect("check");
    let in_check: Vec<(&str, &str)> = check
        .fel
        .iter()
        .filter(|a| a.kod == "f3_fordelning_summa")
        .map(|a| (a.kod.as_str(), a.text.as_str()))
        .collect();
    assert_eq!(in_check, [("f3_fordelning_summa", on_screen.as_str())]);
    assert!(on_screen.contains("750\u{a0}000 kr") && on_screen.contains("1\u{a0}000\u{a0}000 kr"));
    // Once it adds up, the error is gone.
    service
        .save_fordelning(split(&service, &[("kommun-1488", "250 000")]))
        .expect("the rest");
    let check = service.forhandskontroll(2025).expect("check");
    assert!(!check.fel.iter().any(|a| a.kod == "f3_fordelning_summa"));
}

#[test]
fn m6_a_stored_share_for_an_organisation_that_is_no_financier_is_an_error_in_the_check() {
    let service = forbund();
    let af = org_id(&service, "af");
    // Raw SQL: a crafted file with a share the screen refuses (M6), for the check to find.
    crate::support::raw_sql(
        &service,
        &format!("INSERT INTO medel_finansiar (ar, organisation_id, belopp) VALUES (2025, {af}, 1000000)"),
    )
    .expect("crafted file");
    let check = service.forhandskontroll(2025).expect("check");
    let texts: Vec<&str> = check
        .fel
        .iter()
        .filter(|a| a.kod == "m6_funded_financier")
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "Fördelningen per finansiär för 2025: Arbetsförmedlingen kan inte vara finansiär; ta \
          bort beloppet."
        ]
    );
}
