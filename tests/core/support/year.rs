//! Test support: a year's figures as the year view sends them — medel, the budget grid's
//! rows by their screen keys, and 2026 as the officer has it while the year runs.

use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput, MedelInput, Rad};
use finsamkollen_core::Service;

use super::forbund::service_with_members;
use super::insatser::insats_with_dates;

/// Year `year`'s medel as typed in the year view.
pub fn medel(year: i32, samverkansparterna: &str, esf_plus: &str, overskott: &str) -> MedelInput {
    MedelInput {
        year,
        samverkansparterna: samverkansparterna.into(),
        esf_plus: esf_plus.into(),
        overskott: overskott.into(),
    }
}

/// Saves the medel, which the test expects to be accepted.
pub fn save_medel(service: &mut Service, input: MedelInput) {
    service.save_medel(input).expect("save medel");
}

/// The grid key of insats `id`.
pub fn key(id: i64) -> String {
    format!("insats-{id}")
}

/// The row a test names by its screen key (`insats-3`, `admin`), as the grid holds it.
fn row(key: &str) -> Rad {
    match key.strip_prefix("insats-") {
        Some(id) => Rad::Insats {
            id: id.parse().expect("insats id"),
        },
        None if key == "admin" => Rad::Admin,
        None => panic!("no such row key: {key}"),
    }
}

/// One row of the budget grid as the UI sends it.
pub fn cells(key: &str, budget: &str, utfall: &str, deltagare: &str) -> BudgetCellerInput {
    BudgetCellerInput {
        rad: row(key),
        budget: budget.into(),
        utfall: utfall.into(),
        budgeterade_deltagare: deltagare.into(),
    }
}

/// Year `year`'s budget grid as Spara sends it.
pub fn budget_grid(year: i32, rader: Vec<BudgetCellerInput>) -> BudgetInput {
    BudgetInput { year, rader }
}

/// 2026 as the officer has it on `today` while the year runs (Y7): the usual members,
/// medel 1 000 000 kr, and the individinriktad insats "Steget vidare" (from 2024-03-01,
/// ongoing) and the admin costs with their budget and budgeted participants, but no utfall
/// and no participant counts yet. Returns the service and the insats's id.
pub fn running_year_2026(today: &str) -> (Service, i64) {
    let mut service = service_with_members(today);
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    service
        .save_medel(medel(2026, "1 000 000", "0", "0"))
        .expect("medel");
    let budget = budget_grid(
        2026,
        vec![
            cells(&key(id), "600 000", "", "20"),
            cells("admin", "300 000", "", ""),
        ],
    );
    service.save_budget(budget).expect("budget");
    (service, id)
}
