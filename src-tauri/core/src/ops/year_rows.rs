//! The year view's budget rows and summering: each row's avvikelse and the totals and
//! balance (F1, B1). The one formula, for stored rows and the grid's draft alike.

use crate::db;
use crate::domain::budget::{BudgetRad, MedelVy, Rad, Summering};
use crate::domain::insats::InsatsRecord;
use crate::money::Kronor;

/// A row's avvikelse: utfall − budget when both are given, and that as tenths of a per
/// cent of a budget that is not zero. The one formula, for stored rows and the grid's
/// draft alike (`budget_preview`).
pub(super) fn deviation(
    budget: Option<Kronor>,
    utfall: Option<Kronor>,
) -> (Option<Kronor>, Option<i64>) {
    let avvikelse = match (budget, utfall) {
        (Some(b), Some(u)) => Some(Kronor::new(u.get() - b.get())),
        _ => None,
    };
    let avvikelse_promille = match (avvikelse, budget) {
        (Some(a), Some(b)) if b.get() != 0 => {
            // Rounded half away from zero, in integers.
            let scaled = a.get() as i128 * 1000;
            let b = b.get() as i128;
            let rounded = (scaled + scaled.signum() * b / 2) / b;
            i64::try_from(rounded).ok()
        }
        _ => None,
    };
    (avvikelse, avvikelse_promille)
}

pub(super) fn row(
    rad: Rad,
    namn: String,
    insats: Option<&InsatsRecord>,
    (budget, utfall, deltagare): db::budget::Cells,
    lasorsak: Option<String>,
) -> BudgetRad {
    let (avvikelse, avvikelse_promille) = deviation(budget, utfall);
    BudgetRad {
        rad,
        key: rad.key(),
        namn,
        insats_id: insats.map(|i| i.id),
        avslutad: insats.is_some_and(|i| i.avslutad),
        budget,
        utfall,
        har_deltagare: insats.is_some_and(|i| i.foljer_deltagare),
        budgeterade_deltagare: deltagare,
        redigerbar: lasorsak.is_none(),
        lasorsak,
        avvikelse,
        avvikelse_promille,
    }
}

pub(super) fn summarise(medel: &MedelVy, rader: &[BudgetRad]) -> Summering {
    let sum = |pick: &dyn Fn(&BudgetRad) -> Option<Kronor>, admin: bool| {
        rader
            .iter()
            .filter(|r| (r.rad == Rad::Admin) == admin)
            .filter_map(pick)
            .fold(Kronor::ZERO, Kronor::saturating_add)
    };
    let admin_budget = sum(&|r| r.budget, true);
    let admin_utfall = sum(&|r| r.utfall, true);
    let insatser_budget = sum(&|r| r.budget, false);
    let insatser_utfall = sum(&|r| r.utfall, false);
    let minus = |a: Kronor, b: Kronor| Kronor::new(a.get().saturating_sub(b.get()));
    Summering {
        medel: medel.totalt,
        saldo_budget: minus(minus(medel.totalt, admin_budget), insatser_budget),
        saldo_utfall: minus(minus(medel.totalt, admin_utfall), insatser_utfall),
        admin_budget,
        admin_utfall,
        insatser_budget,
        insatser_utfall,
        utfall_saknas: rader.iter().filter(|r| r.utfall.is_none()).count(),
    }
}
