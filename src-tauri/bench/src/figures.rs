//! Each year's figures, saved through the core's typed apply steps: amounts and counts stay
//! numbers all the way (no text for the form's parser to read back).

use chrono::NaiveDate;
use finsamkollen_core::domain::budget::{BudgetAndring, BudgetCeller, Rad};
use finsamkollen_core::domain::insats::{DeltagareAndring, Inriktning};
use finsamkollen_core::domain::medel::Medel;
use finsamkollen_core::ops::Service;
use finsamkollen_core::Kronor;

use crate::insatser::Plan;
use crate::rng::Rng;
use crate::LAST_YEAR;

/// One year's medel, budget och utfall (every row the year view shows) and participant
/// counts. Finished years are complete; the last year lacks a few utfall and counts (the
/// officer is still entering them), and next year has budget only. Returns the number of
/// insatser in the year. Everything is saved on the day `on`, the year's last open day.
pub(crate) fn fill_year(
    service: &mut Service,
    rng: &mut Rng,
    plans: &[Plan],
    (y, on): (i32, NaiveDate),
) -> finsamkollen_core::Result<usize> {
    let view = service.year_view(y)?;
    let finished = y < LAST_YEAR;
    let budget_only = y > LAST_YEAR;
    let mut rader = Vec::with_capacity(view.rader.len());
    let mut total = 0;
    let mut counts = Vec::new();
    for rad in &view.rader {
        let admin = rad.rad == Rad::Admin;
        let budget = if admin {
            rng.kronor(900_000, 1_400_000)
        } else {
            rng.kronor(50_000, 900_000)
        };
        total += budget;
        let utfall = if budget_only || (!finished && rng.chance(8)) {
            None
        } else {
            Some(Kronor::new(budget * rng.range(80, 115) / 100))
        };
        let budgeterade = rad.har_deltagare.then(|| count(rng.range(8, 120)));
        if let Some(plan) = rad
            .insats_id
            .and_then(|id| plans.iter().find(|p| p.id == id))
        {
            if plan.foljer_deltagare && !budget_only && (finished || utfall.is_some()) {
                counts.push((plan.id, plan.inriktning));
            }
        }
        rader.push(BudgetCeller {
            rad: rad.rad,
            budget: Some(Kronor::new(budget)),
            utfall,
            budgeterade_deltagare: budgeterade,
        });
    }
    let esf = if rng.chance(30) {
        rng.kronor(200_000, 2_000_000)
    } else {
        0
    };
    let overskott = if rng.chance(40) {
        rng.kronor(100_000, 1_500_000)
    } else {
        0
    };
    let medel = Medel {
        year: y,
        samverkansparterna: Kronor::new(total * rng.range(95, 105) / 100 / 1000 * 1000),
        esf_plus: Kronor::new(esf),
        overskott: Kronor::new(overskott),
    };
    service.apply_medel(medel, on)?;
    service.apply_budget(BudgetAndring { year: y, rader }, on)?;
    for (id, inriktning) in counts {
        // Now and then a count small enough to draw the check's warning.
        let mut draw = || {
            let n = if rng.chance(3) {
                rng.range(1, 4)
            } else {
                rng.range(5, 90)
            };
            Some(count(n))
        };
        let (kvinnor, man, antal) = match inriktning {
            Inriktning::Individinriktad => (draw(), draw(), None),
            Inriktning::Strukturovergripande => (None, None, draw()),
        };
        let change = DeltagareAndring {
            insats_id: id,
            year: y,
            kvinnor,
            man,
            antal,
        };
        service.apply_deltagare(change, on)?;
    }
    Ok(view.rader.len() - 1)
}

/// A drawn count (always small and positive) as the count it is.
fn count(n: i64) -> u32 {
    u32::try_from(n).unwrap_or_default()
}
