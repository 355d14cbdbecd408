//! Förhandskontroll, the pre-submission check of a year (domain spec, *The yearly report*):
//! its errors (medel, budget och utfall, deltagare, M1–M4) and warnings (balance, small
//! counts, the law's shares, M5), each with the link to where it is fixed; and the check's
//! state for the open years with the days left to 15 April (Y1). While a year runs, its
//! missing utfall and counts wait in a group of their own until it has ended (Y7).

mod amounts;
mod composition_and_lage;
mod y7;
mod year_checks;

use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput};
use finsamkollen_core::domain::fordelning::{FordelningInput, FordelningRadInput};

use finsamkollen_core::domain::insats::EndInsats;

use finsamkollen_core::domain::kontroll::{Anmarkning, Forhandskontroll, Lank};

use finsamkollen_core::domain::omrade::OmradeRef;

use finsamkollen_core::ops::ForbundPageSave;

use finsamkollen_core::{Clock, Service};

use crate::support::{
    cells, codes, counts, date, insats_with_dates, key, medel, org_id, roles, running_year_2026,
    save_medel, save_with_roles, service_with_forbund, usual_roles, SaveRoles,
};

/// 2025 is being reported (open until 15 April 2026); 2026 is the current year.
const TODAY: &str = "2026-03-01";

const YEAR: i32 = 2025;

// --- Helpers -----------------------------------------------------------------------------

fn budget_link(key: &str) -> Lank {
    Lank::Budget { key: key.into() }
}

fn save_cells(service: &mut Service, year: i32, rader: Vec<BudgetCellerInput>) {
    service
        .save_budget(BudgetInput { year, rader })
        .expect("save budget");
}

fn save_counts(service: &mut Service, id: i64, year: i32, kvinnor: &str, man: &str, antal: &str) {
    service
        .save_deltagare(counts(id, year, kvinnor, man, antal))
        .expect("save deltagare");
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

/// A complete, correct 2025 on [`TODAY`]: the usual members (FK member and financier, AF
/// member only, region Västra Götaland and Göteborg members and financiers, the förbund
/// itself konsument), medel 1 000 000 kr without surplus, admin costs with budget and
/// utfall, and the individinriktad insats "Steget vidare" (from 2024-03-01, ongoing) with
/// budget, utfall, 20 budgeted participants and 12 kvinnor / 8 män. Returns the service
/// and the insats's id.
fn complete_year() -> (Service, i64) {
    let mut service = service_with_forbund(TODAY);
    let rows = usual_roles(&service);
    service.save_roles(rows).expect("save roles");
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
fn split(service: &mut Service, year: i32, shares: &[(&str, i64)]) {
    let rader = shares
        .iter()
        .map(|(nyckel, belopp)| FordelningRadInput {
            organisation_id: org_id(service, nyckel),
            belopp: belopp.to_string(),
        })
        .collect();
    service
        .save_fordelning(FordelningInput { year, rader })
        .expect("fördelning");
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
