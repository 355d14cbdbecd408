//! A complete year, M1–M3, budget and utfall.

use super::*;
use crate::support::{esf_insats, key, sql, structural};

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
    // Raw SQL: no use case removes a year's medel; the check must find them missing.
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
    save_counts(&mut service, id, 2025, "", "", "");
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
    service.save_roles(rows).expect("save roles");
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
    // Raw SQL: FK a member but no financier, which the förbund page refuses (M1), for the check.
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
    // Raw SQL: AF marked financier, which the förbund page refuses (M2), for the check to find.
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
    let id = esf_insats(&mut service, "Vägen framåt", true, "2024-03-01", "");
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
    service.save_roles(rows).expect("save roles");
    let id = esf_insats(&mut service, "Vägen framåt", true, "2024-03-01", "");
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
    esf_insats(&mut service, "Vägen framåt", true, "2026-01-01", "");
    esf_insats(
        &mut service,
        "Tidigare ESF-projekt",
        true,
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
