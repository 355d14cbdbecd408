//! Bad input at the boundary, as property tests: arbitrary strings (empty, huge, unicode,
//! NUL), extreme integers, years far out of range and ids that do not exist go into the
//! use cases the commands call. No call may panic, every refusal is a typed error with a
//! code and a Swedish message, and the stored data never breaks a rule afterwards.
//! Each of the four properties runs 2 600 cases by default (over 10 000 in all);
//! `PROPTEST_CASES` raises the number.

use finsamkollen_core::api::AppError;
use finsamkollen_core::backup::restore;
use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput, MedelInput, Rad};
use finsamkollen_core::domain::forbund::NewForbund;
use finsamkollen_core::domain::historik::{HistorikFraga, HistorikOmfang};
use finsamkollen_core::domain::insats::{DeltagareInput, Inriktning, NewInsats};
use finsamkollen_core::domain::omrade::OmradeSearch;
use finsamkollen_core::domain::organisation::OrganisationSearch;
use finsamkollen_core::{CoreError, Service};
use proptest::prelude::*;

use crate::support::{
    insats_with_dates, proptest_runner, service_on, service_with_forbund, CreateWhenOpen,
};

/// Text an officer, a paste or a broken client might send.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("\u{0}".to_owned()),
        "[0-9 \u{a0},.−+-]{0,16}",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        "\\PC{0,40}",
        "[a-zåäöA-ZÅÄÖ*]{0,12}",
        proptest::collection::vec(any::<char>(), 0..600).prop_map(|c| c.into_iter().collect()),
    ]
}

fn year() -> impl Strategy<Value = i32> {
    prop_oneof![any::<i32>(), 1990..2040i32]
}

fn id() -> impl Strategy<Value = i64> {
    prop_oneof![any::<i64>(), -3..40i64]
}

/// Every refusal is typed: a stable code, a message, and the boundary form of it.
fn typed(result: Result<impl Sized, CoreError>) {
    if let Err(error) = result {
        assert!(!error.code().is_empty());
        let boundary = AppError::from(error);
        assert!(!boundary.message.is_empty());
    }
}

/// The stored data keeps the rules, whatever was attempted.
fn invariants(service: &Service) {
    // Raw SQL: the invariants are read from the stored rows, past every Rust check.
    let conn = service.raw_db().conn();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).expect(sql) };
    assert_eq!(count("SELECT count(*) FROM forbund"), 1);
    assert_eq!(
        count(
            "SELECT count(*) FROM medel WHERE samverkansparterna < 0 OR esf_plus < 0
             OR overskott < 0 OR ar < 2019 OR ar > 2027"
        ),
        0,
        "funds only for the förbund's years up to next year, never negative"
    );
    assert_eq!(
        count("SELECT count(*) FROM budget WHERE budget < 0 OR utfall < 0"),
        0
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM budget b JOIN insats i ON i.id = b.insats_id
             WHERE b.budget_deltagare IS NOT NULL AND i.foljer_deltagare = 0"
        ),
        0,
        "B1"
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM deltagare d JOIN insats i ON i.id = d.insats_id
             WHERE i.foljer_deltagare = 0 OR d.kvinnor < 0 OR d.man < 0 OR d.antal < 0"
        ),
        0,
        "D1"
    );
    assert_eq!(
        count("SELECT count(*) FROM (SELECT namn_nyckel FROM insats GROUP BY namn_nyckel HAVING count(*) > 1)"),
        0,
        "unique insats names"
    );
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(integrity, "ok");
}

#[test]
fn boundary_create_forbund_never_panics_and_stores_only_valid_forbund() {
    let mut runner = proptest_runner(2_600);
    runner
        .run(&(text(), text(), text()), |(namn, orgnr, start)| {
            let mut service = service_on("2026-11-24");
            let result = service.create_forbund(NewForbund {
                namn,
                organisationsnummer: orgnr,
                startdatum: start,
            });
            if let Ok(forbund) = &result {
                assert!(!forbund.namn.trim().is_empty());
                assert_eq!(forbund.organisationsnummer.len(), 11);
            }
            typed(result);
            Ok(())
        })
        .expect("property");
}

#[test]
fn boundary_year_figures_never_break_the_rules() {
    let mut service = service_with_forbund("2026-11-24");
    let ind = insats_with_dates(&mut service, "Individ", "2020-01-01", "");
    let strukt = {
        let mut input =
            crate::support::new_insats(&service, "Struktur", Inriktning::Strukturovergripande);
        input.foljer_deltagare = false;
        service.create_insats_when_open(input).expect("struktur").id
    };
    let key = prop_oneof![
        Just(Rad::Insats { id: ind }),
        Just(Rad::Insats { id: strukt }),
        Just(Rad::Admin),
        id().prop_map(|id| Rad::Insats { id }),
    ];
    // The runner takes a shared closure; the service is borrowed inside each case.
    let service = std::cell::RefCell::new(service);
    let mut runner = proptest_runner(2_600);
    runner
        .run(
            &(year(), text(), text(), text(), key, id(), text()),
            |(year, a, b, c, key, any_id, d)| {
                let mut service = service.borrow_mut();
                typed(service.save_medel(MedelInput {
                    year,
                    samverkansparterna: a.clone().into(),
                    esf_plus: b.clone().into(),
                    overskott: c.clone().into(),
                }));
                typed(service.save_budget(BudgetInput {
                    year,
                    rader: vec![BudgetCellerInput {
                        rad: key,
                        budget: a.clone().into(),
                        utfall: b.clone().into(),
                        budgeterade_deltagare: c.clone().into(),
                    }],
                }));
                for insats_id in [ind, strukt, any_id] {
                    typed(service.save_deltagare(DeltagareInput {
                        insats_id,
                        year,
                        kvinnor: a.clone(),
                        man: d.clone(),
                        antal: c.clone(),
                    }));
                }
                typed(service.year_view(year));
                typed(service.forhandskontroll(year));
                Ok(())
            },
        )
        .expect("property");
    invariants(&service.borrow());
}

#[test]
fn boundary_insatser_never_break_the_rules() {
    let service = std::cell::RefCell::new(service_with_forbund("2026-11-24"));
    let mut runner = proptest_runner(2_600);
    runner
        .run(
            &(
                text(),
                text(),
                text(),
                any::<bool>(),
                any::<bool>(),
                id(),
                proptest::collection::vec(id(), 0..4),
            ),
            |(namn, start, slut, individ, foljer, preciserad, malgrupper)| {
                let mut service = service.borrow_mut();
                typed(service.create_insats_when_open(NewInsats {
                    inriktning: if individ {
                        Inriktning::Individinriktad
                    } else {
                        Inriktning::Strukturovergripande
                    },
                    foljer_deltagare: foljer,
                    esf: foljer,
                    esf_leder: individ,
                    namn,
                    preciserad_inriktning_id: Some(preciserad),
                    malgrupp_ids: malgrupper.clone(),
                    beskrivning: String::new(),
                    startdatum: start,
                    slutdatum: slut,
                    deltagaransvariga_ids: malgrupper,
                    confirm_warnings: true,
                }));
                typed(service.insats(preciserad));
                Ok(())
            },
        )
        .expect("property");
    invariants(&service.borrow());
}

#[test]
fn boundary_searches_take_any_text() {
    let service = service_with_forbund("2026-11-24");
    // Restoring takes a path from the UI: any text must be refused as "not a listed
    // backup", with nothing touched.
    let dir = tempfile::tempdir().expect("tempdir");
    let data_file = dir.path().join("forbund.db");
    let folders = finsamkollen_core::db::backups::folders(&data_file, None);
    let mut runner = proptest_runner(2_600);
    runner
        .run(
            &(
                text(),
                text(),
                any::<bool>(),
                (0..4u8, id(), year(), any::<Option<i64>>()),
            ),
            |(lan, namn, stadsdelar, (omfang, id, year, fore))| {
                typed(service.search_omraden(OmradeSearch {
                    lan_kod: Some(lan.clone()),
                    namn: namn.clone(),
                    visa_stadsdelar: stadsdelar,
                }));
                typed(service.search_organisationer(OrganisationSearch { typ: None, namn }));
                let omfang = match omfang {
                    0 => HistorikOmfang::Forbund,
                    1 => HistorikOmfang::Insats { id },
                    2 => HistorikOmfang::Year { year },
                    _ => HistorikOmfang::Referenslistor,
                };
                typed(service.historik(HistorikFraga { omfang, fore }));
                let refused = restore::prepare(&data_file, &folders, std::path::Path::new(&lan));
                prop_assert!(refused.is_err());
                typed(refused);
                Ok(())
            },
        )
        .expect("property");
    assert!(
        !data_file.exists(),
        "no restore touched the data file's name"
    );
}
