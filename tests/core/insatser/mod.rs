//! Insatser: adding and changing them (domain spec, Insats: I1–I3; D3; Y3).

mod create_and_read;
mod roles_and_links;

use finsamkollen_core::domain::insats::{
    EndInsats, Inriktning, InsatsDetail, InsatsStatus, InsatsUpdate, NewInsats,
};

use finsamkollen_core::domain::uppdrag::Roll;

use finsamkollen_core::ops::{ReferensInput, ReferensLista};

use finsamkollen_core::Service;

use crate::support::{
    add_person, codes, count_rows, counts, date, first_preciserad, insats_with_dates, listed_in,
    new_insats, raw_sql, service_with_forbund, update_of_insats, CreateWhenOpen,
};

const TODAY: &str = "2026-11-24";

/// The first `n` målgrupper the form offers.
fn malgrupper(service: &Service, n: usize) -> Vec<i64> {
    service
        .insats_choices()
        .expect("choices")
        .malgrupper
        .iter()
        .take(n)
        .map(|m| m.id)
        .collect()
}

/// An id of the given list that is not the first visible one.
fn second_preciserad(service: &Service, inriktning: Inriktning) -> i64 {
    let choices = service.insats_choices().expect("choices");
    let list = choices.preciserade.of(inriktning);
    list.get(1).expect("a second entry").id
}

// --- I1: the fixed choices ---------------------------------------------------------------

/// A strukturövergripande insats with participant follow-up and no ESF, and its panel.
fn samverkansteam(service: &mut Service) -> (i64, InsatsDetail) {
    let detail = service
        .create_insats_when_open(new_insats(
            service,
            "Samverkansteam",
            Inriktning::Strukturovergripande,
        ))
        .expect("create insats");
    (detail.id, detail)
}

/// The save is refused with exactly one I1 error for `field`, and nothing of it is stored.
fn assert_fixed(
    service: &mut Service,
    before: &InsatsDetail,
    update: InsatsUpdate,
    field: &str,
    label: &str,
) {
    let error = service.update_insats(update).expect_err("I1");
    assert_eq!(codes(&error), ["i1_fixed_choice"]);
    assert_eq!(error.field(), Some(field));
    assert_eq!(
        error.to_string(),
        format!("{label} kan inte ändras efter att insatsen skapats.")
    );
    assert_eq!(&service.insats(before.id).expect("read"), before);
}

// --- I2: which years an insats is listed in ----------------------------------------------

fn names(listed: &[(String, InsatsStatus)]) -> Vec<&str> {
    listed.iter().map(|(n, _)| n.as_str()).collect()
}
