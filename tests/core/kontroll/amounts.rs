//! M4, negative and small amounts, lagens andelar.

use super::*;
use crate::support::{key, medel, save_medel, sql, structural};

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
    service.save_roles(rows).expect("save roles");
    save_medel(&mut service, medel(YEAR, "1 000 000", "0", "50 000"));
    let result = check(&service, YEAR);
    assert_eq!(result.fel, Vec::new());
}

#[test]
fn errors_of_several_kinds_are_all_reported_sorted_by_text() {
    let (mut service, id) = complete_year();
    // Raw SQL: no use case removes a year's medel; the check must find them missing.
    sql(&service, "DELETE FROM medel WHERE ar = 2025");
    save_cells(
        &mut service,
        YEAR,
        vec![cells(&key(id), "", "", ""), cells("admin", "", "", "")],
    );
    save_counts(&mut service, id, YEAR, "", "", "");
    let af = org_id(&service, "af");
    // Raw SQL: AF marked financier, which the förbund page refuses (M2), for the check to find.
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
    let (mut service, _) = complete_year();
    split(
        &mut service,
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
    service.save_roles(rows).expect("save roles");
    // FK ½ exactly; the regions 200 000 (not ¼), the kommuner 300 000 (not ¼).
    split(
        &mut service,
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
    service.save_roles(rows).expect("save roles");
    // The kommuner together: 125 000 + 125 000 = 250 000.
    split(
        &mut service,
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
    let (mut service, _) = complete_year();
    // A split for another year does not count for this one.
    split(
        &mut service,
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
