//! Y7: the check groups what is missing by when it is due. For the running year, missing
//! medel and budget are "Att fylla i nu" and missing utfall and counts "Fylls i efter
//! årets slut"; before a year begins, its missing medel and budget are information; once
//! it has ended, all of it is an error. Breaking a rule is an error in any year.

use super::*;
use crate::support::key;

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
fn y7_missing_medel_and_budget_of_the_running_year_are_to_fill_in_now() {
    // Medel, the budget and the budgeted participants are planned before and during the
    // year: missing, they are to fill in now, but no submission error while the year runs.
    // The members' roles break a rule: an error in any year. Utfall and counts wait.
    let mut service = service_with_forbund("2026-03-15");
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    let result = check(&service, RUNNING);
    assert_eq!(
        summary(&result.fel),
        expected(&[("m1_fk_financier", Lank::Organisationer)])
    );
    assert_eq!(
        summary(&result.att_fylla_i_nu),
        expected(&[
            ("medel_saknas", Lank::Medel),
            ("budget_saknas", budget_link(&key(id))),
            ("budget_saknas", budget_link("admin")),
            ("budgeterade_deltagare_saknas", budget_link(&key(id))),
        ])
    );
    assert_eq!(summary(&result.efter_arets_slut), running_year_remarks(id));
    assert_eq!(result.fore_arets_borjan, Vec::new());
    // The submission the errors stand in the way of is the year's own, in April 2027.
    assert_eq!(result.deadline_text, "15 april 2027");
    let lage = service.kontroll_status().expect("kontrolläge");
    let y2026 = lage.iter().find(|l| l.year == RUNNING).expect("2026");
    assert_eq!((y2026.fel, y2026.att_fylla_i_nu), (1, 4));
}

#[test]
fn y7_next_years_missing_medel_and_budget_are_information_before_it_begins() {
    let mut service = service_with_forbund("2026-03-15");
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    let next = check(&service, RUNNING + 1);
    assert_eq!(
        summary(&next.fore_arets_borjan),
        expected(&[
            ("medel_saknas", Lank::Medel),
            ("budget_saknas", budget_link(&key(id))),
            ("budget_saknas", budget_link("admin")),
            ("budgeterade_deltagare_saknas", budget_link(&key(id))),
        ])
    );
    assert_eq!(next.att_fylla_i_nu, Vec::new());
    assert_eq!(
        summary(&next.fel),
        expected(&[("m1_fk_financier", Lank::Organisationer)]),
        "breaking a rule is an error in any year"
    );
    assert_eq!(next.deadline_text, "15 april 2028");
    // On 1 January 2027 the year has begun: the same remarks are to fill in now.
    service.set_clock(Clock::fixed(date("2027-01-01")));
    let begun = check(&service, RUNNING + 1);
    assert_eq!(begun.fore_arets_borjan, Vec::new());
    assert_eq!(
        summary(&begun.att_fylla_i_nu),
        summary(&next.fore_arets_borjan)
    );
}

#[test]
fn y7_once_the_year_has_ended_everything_missing_is_an_error() {
    let mut service = service_with_forbund("2026-12-31");
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    // From 1 January to the deadline, as before: all of it errors. (After it the year is
    // locked; with no figures at all it is historik, Y8.)
    for today in ["2027-01-01", "2027-04-15"] {
        service.set_clock(Clock::fixed(date(today)));
        let result = check(&service, RUNNING);
        assert_eq!(result.att_fylla_i_nu, Vec::new(), "{today}");
        assert_eq!(result.efter_arets_slut, Vec::new(), "{today}");
        assert_eq!(result.fore_arets_borjan, Vec::new(), "{today}");
        let kods: Vec<&str> = result.fel.iter().map(|a| a.kod.as_str()).collect();
        for kod in [
            "medel_saknas",
            "budget_saknas",
            "budgeterade_deltagare_saknas",
            "utfall_saknas",
            "deltagare_saknas",
            "m1_fk_financier",
        ] {
            assert!(kods.contains(&kod), "{today}: {kods:?}");
        }
        assert!(result.fel.iter().any(|a| a.lank == Lank::Insats { id }));
    }
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
