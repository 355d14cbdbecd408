//! The generated insatser, created through the core's typed apply step.

use chrono::{Datelike, NaiveDate};

use finsamkollen_core::domain::insats::{Inriktning, InsatsAndring};
use finsamkollen_core::ops::Service;

use crate::rng::{Rng, FRAGMENTS, NAMES, PLACES};
use crate::{date, open_day, today, LAST_YEAR};

/// One insats as planned: its id once created, and how it ends.
pub(crate) struct Plan {
    pub(crate) id: i64,
    pub(crate) inriktning: Inriktning,
    pub(crate) foljer_deltagare: bool,
    pub(crate) slutdatum: Option<NaiveDate>,
    pub(crate) avslutas: bool,
}

/// `count` insatser of every kind: both inriktningar, with and without follow-up and ESF,
/// every preciserad inriktning and målgrupp, runs of one to eight years, some open-ended,
/// most of those that ended before today marked avslutad (afterwards).
pub(crate) fn create_insatser(
    service: &mut Service,
    rng: &mut Rng,
    first_year: i32,
    count: usize,
) -> finsamkollen_core::Result<Vec<Plan>> {
    let today = today();
    let choices = service.insats_choices()?;
    let ansvariga: Vec<i64> = choices.deltagaransvariga.iter().map(|a| a.id).collect();
    let malgrupper: Vec<i64> = choices.malgrupper.iter().map(|m| m.id).collect();
    let mut plans = Vec::with_capacity(count);
    for i in 0..count {
        let inriktning = if i % 2 == 0 {
            Inriktning::Individinriktad
        } else {
            Inriktning::Strukturovergripande
        };
        let foljer_deltagare = inriktning == Inriktning::Individinriktad || rng.chance(50);
        let preciserade = choices.preciserade.of(inriktning);
        // Cycling through the lists uses every entry once there are enough insatser.
        let preciserad = preciserade
            .get((i / 2) % preciserade.len().max(1))
            .map(|p| p.id);
        let mut malgrupp_ids = Vec::new();
        if let Some(first) = malgrupper.get(i % malgrupper.len().max(1)) {
            malgrupp_ids.push(*first);
        }
        for _ in 0..rng.range(0, 2) {
            let extra = *rng.pick(&malgrupper);
            if !malgrupp_ids.contains(&extra) {
                malgrupp_ids.push(extra);
            }
        }
        let start_year = first_year + rng.range(0, i64::from(LAST_YEAR - first_year)) as i32;
        let start = date(start_year, rng.range(1, 12) as u32, 1);
        let run_years = *rng.pick(&[1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 6, 8]);
        let slutdatum = if rng.chance(6) {
            None
        } else {
            let end_year = start.year() + run_years - 1;
            Some(date(end_year, rng.range(1, 12) as u32, 28).max(start))
        };
        let avslutas = slutdatum.is_some_and(|end| end < today) && rng.chance(90);
        let beskrivning = (0..rng.range(1, 3))
            .map(|_| *rng.pick(FRAGMENTS))
            .collect::<Vec<_>>()
            .join(" ");
        let insats = InsatsAndring {
            inriktning,
            foljer_deltagare,
            esf: rng.chance(10),
            esf_leder: true,
            namn: format!("{} {} {}", rng.pick(NAMES), rng.pick(PLACES), i + 1),
            preciserad_inriktning_id: preciserad,
            malgrupp_ids,
            beskrivning,
            startdatum: start,
            slutdatum,
            deltagaransvariga_ids: if inriktning == Inriktning::Individinriktad
                && !ansvariga.is_empty()
            {
                vec![*rng.pick(&ansvariga)]
            } else {
                Vec::new()
            },
            confirm_warnings: false,
        };
        let created = service.apply_create_insats(insats, open_day(start))?;
        plans.push(Plan {
            id: created,
            inriktning,
            foljer_deltagare,
            slutdatum,
            avslutas,
        });
    }
    Ok(plans)
}
