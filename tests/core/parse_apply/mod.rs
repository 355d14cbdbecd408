//! Parse at the edge, apply in the core (issue 17, part 2): each form's parse step turns
//! typed text into a typed change with every field's Swedish message, and the apply step
//! refuses a rule violation in a typed change with the same error the form path gives. So
//! import and the dataset generator, which call the apply steps with typed values, are held
//! to the same rules as the officer.

mod forms;
mod pages;

use finsamkollen_core::domain::budget::{
    BudgetAndring, BudgetCeller, BudgetCellerInput, BudgetInput, MedelInput, Rad,
};

use finsamkollen_core::domain::fordelning::FordelningRadInput;

use finsamkollen_core::domain::fordelning::{Andel, FordelningAndring, FordelningInput};

use finsamkollen_core::domain::insats::{
    Avslut, DeltagareAndring, DeltagareInput, EndInsats, Inriktning,
};

use finsamkollen_core::domain::medel::{EgetKapitalKallaInput, EgetKapitalStegInput, Medel};

use finsamkollen_core::rules::parse;

use finsamkollen_core::{Clock, CoreError, Kronor};

use crate::support::{
    codes, date, insats_with_dates, new_insats, org_id, running_year_2026, service_with_forbund,
    CreateWhenOpen,
};

const TODAY: &str = "2026-11-24";

/// Every (field, code, message) a possibly combined error names, in order.
fn fields(error: &CoreError) -> Vec<(String, &'static str, String)> {
    match error {
        CoreError::Several(errors) => errors.iter().flat_map(fields).collect(),
        other => vec![(
            other.field().unwrap_or_default().to_owned(),
            other.code(),
            other.to_string(),
        )],
    }
}

fn field(name: &str, code: &'static str, message: &str) -> (String, &'static str, String) {
    (name.to_owned(), code, message.to_owned())
}

fn medel_text(samverkansparterna: &str, esf_plus: &str, overskott: &str) -> MedelInput {
    MedelInput {
        year: 2026,
        samverkansparterna: samverkansparterna.into(),
        esf_plus: esf_plus.into(),
        overskott: overskott.into(),
    }
}
