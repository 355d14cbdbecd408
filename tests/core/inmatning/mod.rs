//! Inmatning i Uppföljning Finsam (issue 15, part 1): the year's figures in the national
//! system's order and labels, the "Inmatat" ticks with their day and value, R1 "Ändrat
//! efter inmatning", and "Markera året som inrapporterat".

mod figures;
mod inrapporterat;
mod registrering;

use finsamkollen_core::domain::budget::MedelInput;

use finsamkollen_core::domain::historik::{HistorikFraga, HistorikOmfang};

use finsamkollen_core::domain::inmatning::{InmatatInput, InmatningRad, InmatningVy};

use finsamkollen_core::domain::insats::{Inriktning, NewInsats};

use finsamkollen_core::rules::inmatning::andrat_efter_inmatning;

use finsamkollen_core::{Clock, Service};

use crate::support::{
    cells, codes, count_rows, counts, date, new_insats, raw_sql, running_year_2026, CreateWhenOpen,
};

use finsamkollen_core::domain::budget::BudgetInput;

const TODAY: &str = "2026-11-24";

/// 2026 with "Steget vidare" (individinriktad, counts 12 and 9), "Nätverket"
/// (strukturövergripande with 30 participants) and "Analysen" (no follow-up).
fn year_2026() -> (Service, i64, i64, i64) {
    let (mut service, steget) = running_year_2026(TODAY);
    let structural = |service: &mut Service, namn: &str, foljer_deltagare: bool| {
        let input = NewInsats {
            foljer_deltagare,
            ..new_insats(service, namn, Inriktning::Strukturovergripande)
        };
        service.create_insats_when_open(input).expect("insats").id
    };
    let natverket = structural(&mut service, "Nätverket", true);
    let analysen = structural(&mut service, "Analysen", false);
    service
        .save_deltagare(counts(steget, 2026, "12", "9", ""))
        .expect("counts");
    service
        .save_deltagare(counts(natverket, 2026, "", "", "30"))
        .expect("counts");
    service
        .save_budget(BudgetInput {
            year: 2026,
            rader: vec![
                cells(&format!("insats-{natverket}"), "50 000", "48 000", "25"),
                cells(&format!("insats-{analysen}"), "20 000", "", ""),
            ],
        })
        .expect("budget");
    (service, steget, natverket, analysen)
}

/// A table's heading with each group's heading and row labels.
type Outline = (String, Vec<(Option<String>, Vec<String>)>);

fn rad<'a>(vy: &'a InmatningVy, key: &str) -> &'a InmatningRad {
    vy.sektioner
        .iter()
        .flat_map(|s| &s.grupper)
        .flat_map(|g| &g.rader)
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("row {key}"))
}

fn tick(service: &mut Service, key: &str, inmatat: bool) -> InmatningVy {
    service
        .set_inmatat(InmatatInput {
            year: 2026,
            key: key.into(),
            inmatat,
        })
        .expect("tick")
}

fn set_budget(service: &mut Service, steget: i64, budget: &str) {
    service
        .save_budget(BudgetInput {
            year: 2026,
            rader: vec![cells(&format!("insats-{steget}"), budget, "", "20")],
        })
        .expect("budget");
}
