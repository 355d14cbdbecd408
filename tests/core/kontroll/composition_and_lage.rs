//! M5 composition and the kontroll läge.

use super::*;
use crate::support::key;

#[test]
fn m5_composition_when_members_lack_arbetsformedlingen_and_a_kommun() {
    let (mut service, _) = complete_year();
    let af = org_id(&service, "af");
    let kommun = org_id(&service, "kommun-1488");
    let mut rows = usual_roles(&service);
    rows.retain(|r| r.organisation_id != af && r.organisation_id != kommun);
    service.save_roles(rows).expect("save roles");
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
    service.save_roles(rows).expect("save roles");
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

    // Where they ran, they are checked. 2024 is marked inrapporterat, so it is no
    // historik year (Y8) and what is missing is an error.
    service.mark_inrapporterat(2024).expect("marked");
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
    // 2026 is running on TODAY: its missing budget is to fill in now (Y7).
    let in_2026 = check(&service, 2026);
    assert!(in_2026
        .att_fylla_i_nu
        .iter()
        .any(|a| a.kod == "budget_saknas" && a.lank == budget_link(&key(later))));
    assert!(!in_2026
        .fel
        .iter()
        .chain(&in_2026.att_fylla_i_nu)
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
    // 2026 runs: no figures yet, to fill in now rather than errors (Y7).
    assert!(y2026.att_fylla_i_nu > 0, "2026 has no figures yet");
    assert_eq!(
        y2026.att_fylla_i_nu,
        check(&service, 2026).att_fylla_i_nu.len()
    );
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
        assert_eq!(
            row.att_fylla_i_nu,
            full.att_fylla_i_nu.len(),
            "{}",
            row.year
        );
        // No medel, no admin costs, FK not a member: at least those. Medel and budget are
        // errors of the ended 2025, and to fill in now for the running 2026 (Y7).
        let planned = if row.year == YEAR {
            &full.fel
        } else {
            &full.att_fylla_i_nu
        };
        let kods: Vec<&str> = planned
            .iter()
            .chain(&full.fel)
            .map(|a| a.kod.as_str())
            .collect();
        for kod in ["medel_saknas", "budget_saknas", "m1_fk_financier"] {
            assert!(kods.contains(&kod), "{}: {kods:?}", row.year);
        }
        assert!(
            with_code(&full.fel, "m1_fk_financier").len() == 1,
            "breaking a rule is an error in any year"
        );
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
    service.save_roles(rows).expect("save roles");
    split(
        &mut service,
        YEAR,
        &[("fk", 500_000), ("region-09", 500_000)],
    );
    let result = check(&service, YEAR);
    assert_eq!(with_code(&result.varningar, "lagens_andelar").len(), 0);

    // Without Gotland the same half would be off for both.
    split(
        &mut service,
        2026,
        &[("fk", 500_000), ("region-14", 500_000)],
    );
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
