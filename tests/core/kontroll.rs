//! Förhandskontroll, the pre-submission check of a year (domain spec, *The yearly report*):
//! its errors (medel, budget och utfall, deltagare, M1–M4) and warnings (balance, small
//! counts, the law's shares, M5), each with the link to where it is fixed; and the check's
//! state for the open years with the days left to 15 April (Y1). While a year runs, its
//! missing utfall and counts wait in a group of their own until it has ended (Y7).

use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput, MedelInput};
use finsamkollen_core::domain::insats::{EndInsats, Inriktning, NewInsats};
use finsamkollen_core::domain::kontroll::{Anmarkning, Forhandskontroll, Lank};
use finsamkollen_core::domain::omrade::OmradeRef;
use finsamkollen_core::domain::organisation::RollerInput;
use finsamkollen_core::ops::ForbundPageSave;
use finsamkollen_core::{Clock, Service};

use crate::support::CreateWhenOpen;
use crate::support::{
    cells, codes, counts, date, insats_with_dates, new_insats, org_id, raw_sql, roles,
    running_year_2026, save_with_roles, service_with_forbund, usual_roles,
};

/// 2025 is being reported (open until 15 April 2026); 2026 is the current year.
const TODAY: &str = "2026-03-01";
const YEAR: i32 = 2025;

// --- Helpers -----------------------------------------------------------------------------

fn medel(year: i32, samverkansparterna: &str, esf_plus: &str, overskott: &str) -> MedelInput {
    MedelInput {
        year,
        samverkansparterna: samverkansparterna.into(),
        esf_plus: esf_plus.into(),
        overskott: overskott.into(),
    }
}

/// The grid key of insats `id`.
fn key(id: i64) -> String {
    format!("insats-{id}")
}

fn budget_link(key: &str) -> Lank {
    Lank::Budget { key: key.into() }
}

fn save_cells(service: &mut Service, year: i32, rader: Vec<BudgetCellerInput>) {
    service
        .save_budget(BudgetInput { year, rader })
        .expect("save budget");
}

fn save_medel(service: &mut Service, input: MedelInput) {
    service.save_medel(input).expect("save medel");
}

fn save_counts(service: &mut Service, id: i64, year: i32, kvinnor: &str, man: &str, antal: &str) {
    service
        .save_deltagare(counts(id, year, kvinnor, man, antal))
        .expect("save deltagare");
}

fn save_roles(service: &mut Service, rows: Vec<RollerInput>) {
    let input = save_with_roles(service, rows);
    service.save_forbund_page(input).expect("save roles");
}

fn sql(service: &Service, statement: &str) {
    raw_sql(service, statement).expect("test data");
}

fn check(service: &Service, year: i32) -> Forhandskontroll {
    service
        .forhandskontroll(year)
        .unwrap_or_else(|e| panic!("förhandskontroll {year}: {e}"))
}

/// A remark as `kod → link`, for comparing whole lists with a readable diff.
fn entry(kod: &str, lank: &Lank) -> String {
    format!("{kod} → {lank:?}")
}

/// Every remark of a list as `kod → link`, sorted.
fn summary(list: &[Anmarkning]) -> Vec<String> {
    let mut out: Vec<String> = list.iter().map(|a| entry(&a.kod, &a.lank)).collect();
    out.sort();
    out
}

/// The expected remarks, sorted like [`summary`].
fn expected(list: &[(&str, Lank)]) -> Vec<String> {
    let mut out: Vec<String> = list.iter().map(|(kod, lank)| entry(kod, lank)).collect();
    out.sort();
    out
}

/// The remarks with code `kod`.
fn with_code<'a>(list: &'a [Anmarkning], kod: &str) -> Vec<&'a Anmarkning> {
    list.iter().filter(|a| a.kod == kod).collect()
}

/// The one remark with code `kod`; panics when there is none or more than one.
fn one<'a>(list: &'a [Anmarkning], kod: &str) -> &'a Anmarkning {
    match with_code(list, kod).as_slice() {
        [only] => only,
        other => panic!("expected one {kod}, got {other:#?}"),
    }
}

/// An amount as the check prints it: no-break space between digit groups.
fn amount(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// A strukturövergripande insats from 2024-03-01, with or without participant follow-up.
fn structural(service: &mut Service, namn: &str, foljer_deltagare: bool) -> i64 {
    let input = NewInsats {
        foljer_deltagare,
        ..new_insats(service, namn, Inriktning::Strukturovergripande)
    };
    service
        .create_insats_when_open(input)
        .expect("create insats")
        .id
}

/// An ESF-financed individinriktad insats with these dates, whose ESF project the förbund
/// itself leads and steers (M3).
fn esf_insats(service: &mut Service, namn: &str, start: &str, end: &str) -> i64 {
    let input = NewInsats {
        esf: true,
        esf_leder: true,
        startdatum: start.into(),
        slutdatum: end.into(),
        ..new_insats(service, namn, Inriktning::Individinriktad)
    };
    service
        .create_insats_when_open(input)
        .expect("create ESF insats")
        .id
}

/// A complete, correct 2025 on [`TODAY`]: the usual members (FK member and financier, AF
/// member only, region Västra Götaland and Göteborg members and financiers, the förbund
/// itself konsument), medel 1 000 000 kr without surplus, admin costs with budget and
/// utfall, and the individinriktad insats "Steget vidare" (from 2024-03-01, ongoing) with
/// budget, utfall, 20 budgeted participants and 12 kvinnor / 8 män. Returns the service
/// and the insats's id.
fn complete_year() -> (Service, i64) {
    let mut service = service_with_forbund(TODAY);
    let rows = usual_roles(&service);
    save_roles(&mut service, rows);
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "0"));
    save_cells(
        &mut service,
        YEAR,
        vec![
            cells(&key(id), "600 000", "580 000", "20"),
            cells("admin", "300 000", "290 000", ""),
        ],
    );
    save_counts(&mut service, id, YEAR, "12", "8", "");
    (service, id)
}

/// Registers the split of samverkansparterna for `year`: (organisation key, kronor).
fn split(service: &Service, year: i32, shares: &[(&str, i64)]) {
    for (nyckel, belopp) in shares {
        let id = org_id(service, nyckel);
        sql(
            service,
            &format!(
                "INSERT INTO medel_finansiar (ar, organisation_id, belopp) \
                 VALUES ({year}, {id}, {belopp})"
            ),
        );
    }
}

// --- A complete year ---------------------------------------------------------------------

#[test]
fn complete_correct_year_has_no_errors_and_no_warnings() {
    let (service, _) = complete_year();
    let result = check(&service, YEAR);
    assert_eq!(result.year, YEAR);
    assert_eq!(result.fel, Vec::new(), "errors of a complete year");
    assert_eq!(result.varningar, Vec::new(), "warnings of a complete year");
}

#[test]
fn forhandskontroll_of_a_year_outside_the_year_picker_is_refused() {
    let (service, _) = complete_year();
    for year in [2018, 2028] {
        let error = service
            .forhandskontroll(year)
            .expect_err("not one of the picker's years");
        assert_eq!(codes(&error), ["year_out_of_range"], "{year}");
    }
}

// --- Errors: medel, budget och utfall, deltagare -------------------------------------------

#[test]
fn medel_saknas_when_the_years_funds_are_not_registered_links_to_medel() {
    let (service, _) = complete_year();
    sql(&service, "DELETE FROM medel WHERE ar = 2025");
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("medel_saknas", Lank::Medel)])
    );
    assert_eq!(
        one(&result.fel, "medel_saknas").text,
        "Medel för 2025 är inte registrerade."
    );
}

#[test]
fn budget_saknas_for_an_insats_links_to_its_budget_row() {
    let (mut service, id) = complete_year();
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "", "580 000", "20")],
    );
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("budget_saknas", budget_link(&key(id)))])
    );
    assert_eq!(
        one(&result.fel, "budget_saknas").text,
        "Insatsen ”Steget vidare” saknar budget för 2025."
    );
}

#[test]
fn utfall_saknas_for_an_insats_links_to_its_budget_row() {
    let (mut service, id) = complete_year();
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "600 000", "", "20")],
    );
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("utfall_saknas", budget_link(&key(id)))])
    );
    assert_eq!(
        one(&result.fel, "utfall_saknas").text,
        "Insatsen ”Steget vidare” saknar utfall för 2025."
    );
}

#[test]
fn budget_saknas_and_utfall_saknas_for_the_admin_costs_link_to_the_admin_row() {
    let (mut service, _) = complete_year();
    save_cells(&mut service, YEAR, vec![cells("admin", "", "", "")]);
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[
            ("budget_saknas", budget_link("admin")),
            ("utfall_saknas", budget_link("admin")),
        ])
    );
    assert_eq!(
        one(&result.fel, "budget_saknas").text,
        "Administrativa kostnader saknar budget för 2025."
    );
    assert_eq!(
        one(&result.fel, "utfall_saknas").text,
        "Administrativa kostnader saknar utfall för 2025."
    );
}

#[test]
fn utfall_saknas_for_the_admin_costs_alone_when_only_the_budget_is_given() {
    let (mut service, _) = complete_year();
    save_cells(&mut service, YEAR, vec![cells("admin", "300 000", "", "")]);
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("utfall_saknas", budget_link("admin"))])
    );
}

#[test]
fn budgeterade_deltagare_saknas_for_an_insats_that_follows_participants() {
    let (mut service, id) = complete_year();
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "600 000", "580 000", "")],
    );
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("budgeterade_deltagare_saknas", budget_link(&key(id)))])
    );
    assert_eq!(
        one(&result.fel, "budgeterade_deltagare_saknas").text,
        "Insatsen ”Steget vidare” saknar budgeterat antal deltagare för 2025."
    );
}

#[test]
fn b1_no_participant_errors_for_a_strukturovergripande_insats_without_follow_up() {
    let (mut service, _) = complete_year();
    let id = structural(&mut service, "Gemensam kartläggning", false);
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "50 000", "45 000", "")],
    );
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new(), "B1: nothing to budget or count");
    assert_eq!(result.varningar, Vec::new());
}

#[test]
fn b1_a_strukturovergripande_insats_without_follow_up_still_needs_budget_and_utfall() {
    let (mut service, _) = complete_year();
    let id = structural(&mut service, "Gemensam kartläggning", false);
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[
            ("budget_saknas", budget_link(&key(id))),
            ("utfall_saknas", budget_link(&key(id))),
        ])
    );
}

#[test]
fn strukturovergripande_insats_with_follow_up_needs_budgeted_participants_and_antal() {
    let (mut service, _) = complete_year();
    let id = structural(&mut service, "Nätverk för arbetsgivare", true);
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "50 000", "45 000", "")],
    );
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[
            ("budgeterade_deltagare_saknas", budget_link(&key(id))),
            ("deltagare_saknas", Lank::Insats { id }),
        ])
    );

    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "50 000", "45 000", "30")],
    );
    save_counts(&mut service, id, YEAR, "", "", "25");
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(result.varningar, Vec::new());
}

#[test]
fn deltagare_saknas_when_no_counts_are_given_links_to_the_insats() {
    let (mut service, id) = complete_year();
    save_counts(&mut service, id, YEAR, "", "", "");
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("deltagare_saknas", Lank::Insats { id })])
    );
    assert_eq!(
        one(&result.fel, "deltagare_saknas").text,
        "Insatsen ”Steget vidare” saknar deltagarantal för 2025."
    );
}

#[test]
fn deltagare_saknas_only_for_the_year_without_counts() {
    let (mut service, id) = complete_year();
    // 2026: counts given, other figures missing; 2025 stays complete.
    save_counts(&mut service, id, 2026, "10", "10", "");
    sql(
        &service,
        &format!("DELETE FROM deltagare WHERE insats_id = {id} AND ar = 2025"),
    );
    assert_eq!(
        with_code(&check(&service, YEAR).fel, "deltagare_saknas").len(),
        1
    );
    assert_eq!(
        with_code(&check(&service, 2026).fel, "deltagare_saknas").len(),
        0
    );
}

// --- Errors: the members' roles (M1–M4) -----------------------------------------------------

#[test]
fn m1_fk_financier_when_forsakringskassan_is_not_a_member_organisation() {
    let (mut service, _) = complete_year();
    let fk = org_id(&service, "fk");
    let mut rows = usual_roles(&service);
    rows.retain(|r| r.organisation_id != fk);
    save_roles(&mut service, rows);
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("m1_fk_financier", Lank::Organisationer)])
    );
    assert!(
        one(&result.fel, "m1_fk_financier")
            .text
            .contains("Försäkringskassan är inte finansiär"),
        "{:?}",
        result.fel
    );
}

#[test]
fn m1_fk_financier_when_forsakringskassan_is_member_but_not_financier() {
    let (service, _) = complete_year();
    let fk = org_id(&service, "fk");
    sql(
        &service,
        &format!("UPDATE ingaende_organisation SET finansiar = 0 WHERE organisation_id = {fk}"),
    );
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("m1_fk_financier", Lank::Organisationer)])
    );
    // Still a member: M5 has nothing to say.
    assert_eq!(with_code(&result.varningar, "m5_composition").len(), 0);
}

#[test]
fn m2_af_financier_when_arbetsformedlingen_is_marked_financier() {
    let (service, _) = complete_year();
    let af = org_id(&service, "af");
    sql(
        &service,
        &format!(
            "INSERT OR REPLACE INTO ingaende_organisation (organisation_id, medlem, finansiar) \
             VALUES ({af}, 1, 1)"
        ),
    );
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("m2_af_not_financier", Lank::Organisationer)])
    );
    assert_eq!(
        one(&result.fel, "m2_af_not_financier").text,
        "Arbetsförmedlingen är markerad som finansiär, men kan inte vara det."
    );
}

#[test]
fn m3_esf_financier_when_an_esf_insats_runs_in_the_year_and_esf_radet_is_not_financier() {
    let (mut service, _) = complete_year();
    // The roles were saved before the ESF insats existed, so nothing refused them.
    let id = esf_insats(&mut service, "Vägen framåt", "2024-03-01", "");
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "100 000", "90 000", "10")],
    );
    save_counts(&mut service, id, YEAR, "6", "6", "");
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("m3_esf_financier", Lank::Organisationer)])
    );
    assert_eq!(
        one(&result.fel, "m3_esf_financier").text,
        "Förbundet leder och styr ESF-projektet ”Vägen framåt”, men ESF-rådet är inte finansiär."
    );
}

#[test]
fn m3_no_error_when_esf_radet_is_financier() {
    let (mut service, _) = complete_year();
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "esf"), false, true));
    save_roles(&mut service, rows);
    let id = esf_insats(&mut service, "Vägen framåt", "2024-03-01", "");
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "100 000", "90 000", "10")],
    );
    save_counts(&mut service, id, YEAR, "6", "6", "");
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(result.varningar, Vec::new());
}

#[test]
fn m3_not_reported_for_a_year_the_esf_insats_does_not_run() {
    let (mut service, _) = complete_year();
    esf_insats(&mut service, "Vägen framåt", "2026-01-01", "");
    esf_insats(
        &mut service,
        "Tidigare ESF-projekt",
        "2024-03-01",
        "2024-12-31",
    );
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new(), "neither ESF insats runs in 2025");
    // Where one runs, it is reported.
    assert_eq!(
        with_code(&check(&service, 2026).fel, "m3_esf_financier").len(),
        1
    );
    assert_eq!(
        with_code(&check(&service, 2024).fel, "m3_esf_financier").len(),
        1
    );
}

#[test]
fn m4_forbund_financier_when_the_year_has_a_surplus_and_the_forbund_is_not_financier() {
    // The roles (förbund not financier) were saved before the surplus was registered.
    let (mut service, _) = complete_year();
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "50 000"));
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[("m4_forbund_financier", Lank::Organisationer)])
    );
    assert!(
        one(&result.fel, "m4_forbund_financier")
            .text
            .contains("överskott"),
        "{:?}",
        result.fel
    );
    // Another year without a surplus is not affected.
    assert_eq!(
        with_code(&check(&service, 2026).fel, "m4_forbund_financier").len(),
        0
    );
}

#[test]
fn m4_no_error_when_the_forbund_itself_is_financier() {
    let (mut service, _) = complete_year();
    let forbund = org_id(&service, "forbund");
    let mut rows = usual_roles(&service);
    rows.retain(|r| r.organisation_id != forbund);
    rows.push(roles(forbund, false, true));
    save_roles(&mut service, rows);
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "50 000"));
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
}

#[test]
fn errors_of_several_kinds_are_all_reported_sorted_by_text() {
    let (mut service, id) = complete_year();
    sql(&service, "DELETE FROM medel WHERE ar = 2025");
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "", "", ""), cells("admin", "", "", "")],
    );
    save_counts(&mut service, id, YEAR, "", "", "");
    let af = org_id(&service, "af");
    sql(
        &service,
        &format!("UPDATE ingaende_organisation SET finansiar = 1 WHERE organisation_id = {af}"),
    );
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[
            ("medel_saknas", Lank::Medel),
            ("budget_saknas", budget_link(&key(id))),
            ("utfall_saknas", budget_link(&key(id))),
            ("budgeterade_deltagare_saknas", budget_link(&key(id))),
            ("budget_saknas", budget_link("admin")),
            ("utfall_saknas", budget_link("admin")),
            ("deltagare_saknas", Lank::Insats { id }),
            ("m2_af_not_financier", Lank::Organisationer),
        ])
    );
    let texts: Vec<&str> = result.fel.iter().map(|a| a.text.as_str()).collect();
    let mut sorted = texts.clone();
    sorted.sort();
    assert_eq!(texts, sorted);
}

// --- Warnings ------------------------------------------------------------------------------

#[test]
fn negativt_saldo_by_budget_when_budgeted_costs_exceed_the_funds() {
    let (mut service, id) = complete_year();
    // 1 000 000 − 300 000 − 800 000 = −100 000 by budget; utfall 870 000 stays within.
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "800 000", "580 000", "20")],
    );
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(
        summary(&result.varningar),
        expected(&[("negativt_saldo", budget_link("admin"))])
    );
    let warning = one(&result.varningar, "negativt_saldo");
    assert_eq!(
        warning.text,
        format!(
            "Saldot för 2025 är negativt enligt budget: {} kr.",
            amount("−100 000")
        )
    );
    assert!(warning.text.contains('−'), "typographic minus");
    assert!(!warning.text.contains('-'), "no hyphen-minus");
}

#[test]
fn negativt_saldo_by_utfall_when_the_outcome_exceeds_the_funds() {
    let (mut service, id) = complete_year();
    // By utfall: 1 000 000 − 290 000 − 750 000 = −40 000; the budget 900 000 stays within.
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "600 000", "750 000", "20")],
    );
    let result = check(&service, YEAR);
    let warning = one(&result.varningar, "negativt_saldo");
    assert_eq!(
        warning.text,
        format!(
            "Saldot för 2025 är negativt enligt utfall: {} kr.",
            amount("−40 000")
        )
    );
    assert_eq!(warning.lank, budget_link("admin"));
}

#[test]
fn negativt_saldo_by_budget_and_by_utfall_are_two_warnings() {
    let (mut service, id) = complete_year();
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "800 000", "750 000", "20")],
    );
    let result = check(&service, YEAR);
    let texts: Vec<&str> = with_code(&result.varningar, "negativt_saldo")
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            format!(
                "Saldot för 2025 är negativt enligt budget: {} kr.",
                amount("−100 000")
            ),
            format!(
                "Saldot för 2025 är negativt enligt utfall: {} kr.",
                amount("−40 000")
            ),
        ]
    );
}

#[test]
fn no_negativt_saldo_when_the_costs_equal_the_funds() {
    let (mut service, id) = complete_year();
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "700 000", "710 000", "20")],
    );
    let result = check(&service, YEAR);
    assert_eq!(with_code(&result.varningar, "negativt_saldo").len(), 0);
}

#[test]
fn litet_antal_for_counts_from_1_to_4_links_to_the_insats() {
    let (mut service, id) = complete_year();
    save_counts(&mut service, id, YEAR, "1", "4", "");
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(
        summary(&result.varningar),
        expected(&[
            ("litet_antal", Lank::Insats { id }),
            ("litet_antal", Lank::Insats { id }),
        ])
    );
    let texts: Vec<&str> = result.varningar.iter().map(|a| a.text.as_str()).collect();
    assert!(
        texts[0].starts_with("Insatsen ”Steget vidare” har 1 kvinnor för 2025."),
        "{texts:?}"
    );
    assert!(
        texts[1].starts_with("Insatsen ”Steget vidare” har 4 män för 2025."),
        "{texts:?}"
    );
}

#[test]
fn litet_antal_for_each_count_from_1_to_4() {
    let (mut service, id) = complete_year();
    for n in 1..=4 {
        save_counts(&mut service, id, YEAR, &n.to_string(), "12", "");
        let result = check(&service, YEAR);
        let warning = one(&result.varningar, "litet_antal");
        assert!(
            warning.text.contains(&format!("har {n} kvinnor")),
            "{n}: {}",
            warning.text
        );
    }
}

#[test]
fn no_litet_antal_for_0_or_5() {
    let (mut service, id) = complete_year();
    save_counts(&mut service, id, YEAR, "0", "5", "");
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new(), "0 is a count, not a missing one");
    assert_eq!(result.varningar, Vec::new());
}

#[test]
fn litet_antal_for_the_antal_of_a_strukturovergripande_insats() {
    let (mut service, _) = complete_year();
    let id = structural(&mut service, "Nätverk för arbetsgivare", true);
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "50 000", "45 000", "10")],
    );
    save_counts(&mut service, id, YEAR, "", "", "3");
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    let warning = one(&result.varningar, "litet_antal");
    assert_eq!(warning.lank, Lank::Insats { id });
    assert!(
        warning
            .text
            .starts_with("Insatsen ”Nätverk för arbetsgivare” har 3 deltagare för 2025."),
        "{}",
        warning.text
    );
}

#[test]
fn lagens_andelar_when_forsakringskassans_share_of_the_split_is_not_one_half() {
    let (service, _) = complete_year();
    split(
        &service,
        YEAR,
        &[
            ("fk", 400_000),
            ("region-14", 300_000),
            ("kommun-1488", 300_000),
        ],
    );
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(
        summary(&result.varningar),
        expected(&[
            ("lagens_andelar", Lank::Medel),
            ("lagens_andelar", Lank::Medel),
            ("lagens_andelar", Lank::Medel),
        ])
    );
    let fk = result
        .varningar
        .iter()
        .find(|a| a.text.contains("Försäkringskassan"))
        .expect("a warning about Försäkringskassan's share");
    assert_eq!(
        fk.text,
        format!(
            "Enligt lagen står Försäkringskassan för 1/2 av samverkansparternas medel, men för \
             2025 är andelen {} av {} kr.",
            amount("400 000"),
            amount("1 000 000")
        )
    );
    assert!(result
        .varningar
        .iter()
        .any(|a| a.text.contains("regionerna")));
    assert!(result
        .varningar
        .iter()
        .any(|a| a.text.contains("kommunerna")));
}

#[test]
fn lagens_andelar_only_for_the_part_that_is_off() {
    let (mut service, _) = complete_year();
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "kommun-1480"), true, true));
    save_roles(&mut service, rows);
    // FK ½ exactly; the regions 200 000 (not ¼), the kommuner 300 000 (not ¼).
    split(
        &service,
        YEAR,
        &[
            ("fk", 500_000),
            ("region-14", 200_000),
            ("kommun-1488", 150_000),
            ("kommun-1480", 150_000),
        ],
    );
    let result = check(&service, YEAR);
    let texts: Vec<&str> = with_code(&result.varningar, "lagens_andelar")
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Försäkringskassan")));
    assert!(texts.iter().any(|t| t.contains("regionerna")));
    assert!(texts.iter().any(|t| t.contains("kommunerna")));
}

#[test]
fn no_lagens_andelar_when_the_split_is_exactly_one_half_one_quarter_one_quarter() {
    let (mut service, _) = complete_year();
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "kommun-1480"), true, true));
    save_roles(&mut service, rows);
    // The kommuner together: 125 000 + 125 000 = 250 000.
    split(
        &service,
        YEAR,
        &[
            ("fk", 500_000),
            ("region-14", 250_000),
            ("kommun-1488", 125_000),
            ("kommun-1480", 125_000),
        ],
    );
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(result.varningar, Vec::new());
}

#[test]
fn no_lagens_andelar_when_no_split_is_registered() {
    let (service, _) = complete_year();
    // A split for another year does not count for this one.
    split(
        &service,
        2026,
        &[
            ("fk", 100_000),
            ("region-14", 450_000),
            ("kommun-1488", 450_000),
        ],
    );
    let result = check(&service, YEAR);
    assert_eq!(with_code(&result.varningar, "lagens_andelar").len(), 0);
    assert_eq!(
        with_code(&check(&service, 2026).varningar, "lagens_andelar").len(),
        3
    );
}

#[test]
fn m5_composition_when_members_lack_arbetsformedlingen_and_a_kommun() {
    let (mut service, _) = complete_year();
    let af = org_id(&service, "af");
    let kommun = org_id(&service, "kommun-1488");
    let mut rows = usual_roles(&service);
    rows.retain(|r| r.organisation_id != af && r.organisation_id != kommun);
    save_roles(&mut service, rows);
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(
        summary(&result.varningar),
        expected(&[("m5_composition", Lank::Organisationer)])
    );
    assert_eq!(
        one(&result.varningar, "m5_composition").text,
        "Enligt 3 § Finsamlagen ska Arbetsförmedlingen och minst en kommun vara medlemmar."
    );
}

#[test]
fn m5_composition_matches_the_forbund_pages_warning() {
    let (mut service, _) = complete_year();
    let region = org_id(&service, "region-14");
    let mut rows = usual_roles(&service);
    rows.retain(|r| r.organisation_id != region);
    rows.push(roles(region, false, true));
    save_roles(&mut service, rows);
    let page = service.forbund_page().expect("page");
    let result = check(&service, YEAR);
    let warning = one(&result.varningar, "m5_composition");
    assert_eq!(page.varningar.len(), 1);
    assert_eq!(warning.text, page.varningar[0].message);
    assert!(warning.text.contains("minst en region"), "{}", warning.text);
}

#[test]
fn m5_the_check_names_the_missing_region_of_the_area_like_the_forbund_page() {
    let (mut service, _) = complete_year();
    // The area grows into Dalarna: Falu kommun joins, Region Dalarna does not.
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "kommun-2080"), true, true));
    let input = ForbundPageSave {
        verksamhetsomrade: vec![
            OmradeRef {
                kommun_kod: "1488".into(),
                stadsdel_id: None,
            },
            OmradeRef {
                kommun_kod: "2080".into(),
                stadsdel_id: None,
            },
        ],
        ..save_with_roles(&service, rows)
    };
    service.save_forbund_page(input).expect("saved despite M5");
    let page = service.forbund_page().expect("page");
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new(), "a warning, never an error");
    assert_eq!(
        summary(&result.varningar),
        expected(&[("m5_composition", Lank::Organisationer)])
    );
    let warning = one(&result.varningar, "m5_composition");
    assert_eq!(
        warning.text,
        "Enligt 3 § Finsamlagen ska Region Dalarna vara medlem eftersom förbundet verkar i Falu \
         kommun."
    );
    assert_eq!(page.varningar.len(), 1);
    assert_eq!(warning.text, page.varningar[0].message);
}

// --- Insatser that did not run -------------------------------------------------------------

#[test]
fn insatser_that_did_not_run_in_the_year_are_not_checked_for_it() {
    let (mut service, _) = complete_year();
    let ended = insats_with_dates(&mut service, "Tidigare insats", "2024-03-01", "2024-12-31");
    let later = insats_with_dates(&mut service, "Kommande insats", "2026-01-01", "");
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(result.varningar, Vec::new());

    // Where they ran, they are checked.
    let in_2024 = check(&service, 2024);
    assert!(in_2024
        .fel
        .iter()
        .any(|a| a.kod == "budget_saknas" && a.lank == budget_link(&key(ended))));
    assert!(in_2024
        .fel
        .iter()
        .any(|a| a.kod == "deltagare_saknas" && a.lank == Lank::Insats { id: ended }));
    assert!(!in_2024
        .fel
        .iter()
        .any(|a| a.lank == budget_link(&key(later)) || a.lank == Lank::Insats { id: later }));
    let in_2026 = check(&service, 2026);
    assert!(in_2026
        .fel
        .iter()
        .any(|a| a.kod == "budget_saknas" && a.lank == budget_link(&key(later))));
    assert!(!in_2026
        .fel
        .iter()
        .any(|a| a.lank == budget_link(&key(ended)) || a.lank == Lank::Insats { id: ended }));
}

#[test]
fn an_insats_ending_during_the_year_is_checked_for_it() {
    let (mut service, _) = complete_year();
    let id = insats_with_dates(&mut service, "Kort insats", "2024-03-01", "2025-01-31");
    let result = check(&service, YEAR);
    assert_eq!(
        summary(&result.fel),
        expected(&[
            ("budget_saknas", budget_link(&key(id))),
            ("utfall_saknas", budget_link(&key(id))),
            ("budgeterade_deltagare_saknas", budget_link(&key(id))),
            ("deltagare_saknas", Lank::Insats { id }),
        ])
    );
}

// --- Kontrolläge: the open years and their deadlines ---------------------------------------

#[test]
fn kontroll_lage_lists_the_open_years_with_counts_deadlines_and_days_left() {
    let (mut service, id) = complete_year();
    // 2025: admin costs missing (2 errors) and a small count (1 warning).
    save_cells(&mut service, YEAR, vec![cells("admin", "", "", "")]);
    save_counts(&mut service, id, YEAR, "3", "8", "");
    let lage = service.kontroll_status().expect("kontrolläge");
    let years: Vec<i32> = lage.iter().map(|l| l.year).collect();
    assert_eq!(years, [2025, 2026], "open years only: not 2024, not 2027");

    for row in &lage {
        let full = check(&service, row.year);
        assert_eq!(row.fel, full.fel.len(), "{}", row.year);
        assert_eq!(row.varningar, full.varningar.len(), "{}", row.year);
    }
    let y2025 = &lage[0];
    assert_eq!((y2025.fel, y2025.varningar), (2, 1));
    assert_eq!(y2025.deadline, date("2026-04-15"));
    assert_eq!(y2025.dagar_kvar, 45);
    let y2026 = &lage[1];
    assert!(y2026.fel > 0, "2026 has no figures yet");
    assert_eq!(y2026.deadline, date("2027-04-15"));
    assert_eq!(y2026.dagar_kvar, 410);
}

#[test]
fn kontroll_lage_on_15_april_shows_0_days_left_for_last_year() {
    let service = service_with_forbund("2026-04-15");
    let lage = service.kontroll_status().expect("kontrolläge");
    let years: Vec<(i32, i64)> = lage.iter().map(|l| (l.year, l.dagar_kvar)).collect();
    assert_eq!(years, [(2025, 0), (2026, 365)]);
}

#[test]
fn kontroll_lage_on_16_april_no_longer_lists_last_year() {
    let service = service_with_forbund("2026-04-16");
    let lage = service.kontroll_status().expect("kontrolläge");
    let years: Vec<i32> = lage.iter().map(|l| l.year).collect();
    assert_eq!(years, [2026]);
    assert_eq!(lage[0].deadline, date("2027-04-15"));
}

#[test]
fn kontroll_lage_counts_a_fresh_forbunds_errors_and_warnings() {
    let service = service_with_forbund(TODAY);
    let lage = service.kontroll_status().expect("kontrolläge");
    for row in &lage {
        let full = check(&service, row.year);
        assert_eq!(row.fel, full.fel.len(), "{}", row.year);
        assert_eq!(row.varningar, full.varningar.len(), "{}", row.year);
        // No medel, no admin costs, FK not a member: at least those.
        let kods: Vec<&str> = full.fel.iter().map(|a| a.kod.as_str()).collect();
        for kod in ["medel_saknas", "budget_saknas", "m1_fk_financier"] {
            assert!(kods.contains(&kod), "{}: {kods:?}", row.year);
        }
        // The admin costs' utfall: an error for 2025, which has ended; for 2026, still
        // running on TODAY, it waits for the year's end (Y7).
        let (now, later) = if row.year == YEAR {
            (&full.fel, &full.efter_arets_slut)
        } else {
            (&full.efter_arets_slut, &full.fel)
        };
        assert_eq!(with_code(now, "utfall_saknas").len(), 1, "{}", row.year);
        assert_eq!(with_code(later, "utfall_saknas").len(), 0, "{}", row.year);
        assert_eq!(
            summary(&full.varningar),
            expected(&[("m5_composition", Lank::Organisationer)])
        );
    }
}

#[test]
fn deltagare_saknas_when_an_individinriktad_insats_reports_kvinnor_but_not_man() {
    let (mut service, id) = complete_year();
    save_counts(&mut service, id, 2025, "12", "", "");
    let result = check(&service, 2025);
    assert_eq!(
        summary(&result.fel),
        expected(&[("deltagare_saknas", Lank::Insats { id })])
    );
}

#[test]
fn lagens_andelar_region_gotland_pays_both_the_regions_and_the_kommuners_quarter() {
    // Region Gotland is Gotland's region and kommun in one, so its half of the split
    // counts one quarter for the regions and one for the kommuner.
    let (mut service, _) = complete_year();
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "region-09"), true, true));
    save_roles(&mut service, rows);
    split(&service, YEAR, &[("fk", 500_000), ("region-09", 500_000)]);
    let result = check(&service, YEAR);
    assert_eq!(with_code(&result.varningar, "lagens_andelar").len(), 0);

    // Without Gotland the same half would be off for both.
    split(&service, 2026, &[("fk", 500_000), ("region-14", 500_000)]);
    let texts: Vec<String> = with_code(&check(&service, 2026).varningar, "lagens_andelar")
        .iter()
        .map(|a| a.text.clone())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts
        .iter()
        .any(|t| t.contains("regionerna")
            && t.contains(&format!("andelen {} av", amount("500 000")))));
    assert!(texts.iter().any(|t| t.contains("kommunerna")));
}

// --- Y7: the running year's utfall and counts wait for the year's end -----------------------

/// The year that runs in the Y7 tests, from [`running_year_2026`].
const RUNNING: i32 = 2026;

/// What [`running_year_2026`] lacks: the utfall of the insats and of the admin costs, and
/// the insats's participant counts.
fn running_year_remarks(id: i64) -> Vec<String> {
    expected(&[
        ("utfall_saknas", budget_link(&key(id))),
        ("utfall_saknas", budget_link("admin")),
        ("deltagare_saknas", Lank::Insats { id }),
    ])
}

fn texts(list: &[Anmarkning]) -> Vec<&str> {
    list.iter().map(|a| a.text.as_str()).collect()
}

#[test]
fn y7_on_31_december_missing_utfall_and_counts_wait_for_the_years_end() {
    let (service, id) = running_year_2026("2026-12-31");
    let result = check(&service, RUNNING);
    assert_eq!(
        result.fel,
        Vec::new(),
        "nothing that can be fixed now is missing"
    );
    assert_eq!(result.varningar, Vec::new());
    assert_eq!(summary(&result.efter_arets_slut), running_year_remarks(id));
    assert_eq!(
        texts(&result.efter_arets_slut),
        [
            "Administrativa kostnader: utfall för 2026.",
            "Insatsen ”Steget vidare”: deltagarantal för 2026.",
            "Insatsen ”Steget vidare”: utfall för 2026.",
        ]
    );
}

#[test]
fn y7_on_1_january_the_same_remarks_are_errors() {
    let (mut service, id) = running_year_2026("2026-12-31");
    service.set_clock(Clock::fixed(date("2027-01-01")));
    let result = check(&service, RUNNING);
    assert_eq!(result.efter_arets_slut, Vec::new(), "the year has ended");
    assert_eq!(summary(&result.fel), running_year_remarks(id));
    assert_eq!(
        texts(&result.fel),
        [
            "Administrativa kostnader saknar utfall för 2026.",
            "Insatsen ”Steget vidare” saknar deltagarantal för 2026.",
            "Insatsen ”Steget vidare” saknar utfall för 2026.",
        ]
    );
}

#[test]
fn y7_once_filled_in_nothing_waits() {
    let (mut service, id) = running_year_2026("2026-12-31");
    save_cells(
        &mut service,
        RUNNING,
        vec![
            cells(&key(id), "600 000", "580 000", "20"),
            cells("admin", "300 000", "290 000", ""),
        ],
    );
    save_counts(&mut service, id, RUNNING, "12", "8", "");
    let result = check(&service, RUNNING);
    assert_eq!(result.fel, Vec::new());
    assert_eq!(result.efter_arets_slut, Vec::new());
}

#[test]
fn y7_what_can_be_fixed_now_is_an_error_while_the_year_runs() {
    // Medel, the budget and the budgeted participants are planned before the year, and the
    // members' roles can be put right any day: they stay errors. Only the utfall and the
    // counts wait.
    let mut service = service_with_forbund("2026-12-31");
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    let result = check(&service, RUNNING);
    assert_eq!(
        summary(&result.fel),
        expected(&[
            ("medel_saknas", Lank::Medel),
            ("budget_saknas", budget_link(&key(id))),
            ("budget_saknas", budget_link("admin")),
            ("budgeterade_deltagare_saknas", budget_link(&key(id))),
            ("m1_fk_financier", Lank::Organisationer),
        ])
    );
    assert_eq!(summary(&result.efter_arets_slut), running_year_remarks(id));
}

#[test]
fn y7_next_year_filled_in_advance_waits_too() {
    let (service, id) = running_year_2026("2026-03-01");
    let next = check(&service, RUNNING + 1);
    let kods: Vec<&str> = next.fel.iter().map(|a| a.kod.as_str()).collect();
    assert!(!kods.contains(&"utfall_saknas"), "{kods:?}");
    assert!(!kods.contains(&"deltagare_saknas"), "{kods:?}");
    assert_eq!(
        summary(&next.efter_arets_slut),
        running_year_remarks(id),
        "2027 has not even begun"
    );
}

#[test]
fn y7_counts_of_an_insats_avslutad_during_the_year_stay_an_error() {
    // Ending an insats freezes its counts (D2): they will not be filled in after the
    // year's end either, so their absence is an error now. Its utfall may still come.
    let (mut service, id) = running_year_2026("2026-12-31");
    service
        .end_insats(EndInsats {
            id,
            slutdatum: "2026-06-30".into(),
        })
        .expect("avsluta");
    let result = check(&service, RUNNING);
    assert_eq!(
        summary(&result.fel),
        expected(&[("deltagare_saknas", Lank::Insats { id })])
    );
    assert_eq!(
        one(&result.fel, "deltagare_saknas").text,
        "Insatsen ”Steget vidare” saknar deltagarantal för 2026."
    );
    assert_eq!(
        summary(&result.efter_arets_slut),
        expected(&[
            ("utfall_saknas", budget_link(&key(id))),
            ("utfall_saknas", budget_link("admin")),
        ])
    );
}

#[test]
fn y7_kontroll_lage_counts_no_fel_for_what_waits_for_the_years_end() {
    let (mut service, _) = running_year_2026("2026-12-31");
    let lage = service.kontroll_status().expect("kontrolläge");
    let counts: Vec<(i32, usize)> = lage.iter().map(|l| (l.year, l.fel)).collect();
    assert_eq!(counts, [(2026, 0)], "on 31 December 2026 is still running");

    service.set_clock(Clock::fixed(date("2027-01-01")));
    let lage = service.kontroll_status().expect("kontrolläge");
    assert_eq!(lage[0].year, 2026);
    assert_eq!(
        lage[0].fel, 3,
        "utfall ×2 and counts, now that 2026 has ended"
    );
}
