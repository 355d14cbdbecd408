//! Test support: insatser as the officer enters them — the "Lägg till insats" form, an
//! insats created while its start year was open, the panel sent back, the counts, and the
//! people (uppdrag) the förbund has.

use chrono::{Datelike, NaiveDate};
use finsamkollen_core::domain::insats::{
    DeltagareInput, EndInsats, Inriktning, InsatsDetail, InsatsStatus, InsatsUpdate, NewInsats,
};
use finsamkollen_core::domain::uppdrag::{Roll, UppdragInput};
use finsamkollen_core::rules::year::{deadline, locked_since};
use finsamkollen_core::{Clock, Service};

use super::service::service_with_forbund;

/// The first preciserad inriktning of `inriktning` the insats form offers (visible ones only).
pub fn first_preciserad(service: &Service, inriktning: Inriktning) -> i64 {
    let choices = service.insats_choices().expect("insats choices");
    let list = choices.preciserade.of(inriktning);
    list.first().expect("a visible preciserad inriktning").id
}

/// A valid "Lägg till insats" form: participant follow-up, no ESF, the first visible
/// preciserad inriktning of `inriktning`, no målgrupper, start 2024-03-01, no planned end.
pub fn new_insats(service: &Service, namn: &str, inriktning: Inriktning) -> NewInsats {
    NewInsats {
        inriktning,
        foljer_deltagare: true,
        esf: false,
        esf_leder: false,
        namn: namn.into(),
        preciserad_inriktning_id: Some(first_preciserad(service, inriktning)),
        malgrupp_ids: Vec::new(),
        beskrivning: String::new(),
        startdatum: "2024-03-01".into(),
        slutdatum: String::new(),
        deltagaransvariga_ids: Vec::new(),
        confirm_warnings: false,
    }
}

/// Creating an insats the way the officer did when its start year was still open. Y6
/// refuses an insats that starts in a locked year, so a fixture with history (an insats
/// from 2024 seen on 2026-11-24) is entered with the clock on the last open day of its
/// start year, and read back with the test's own clock. An input whose start year is open
/// (or whose start is not a date) is created exactly as `create_insats` would.
pub trait CreateWhenOpen {
    fn create_insats_when_open(
        &mut self,
        input: NewInsats,
    ) -> finsamkollen_core::Result<InsatsDetail>;
}

impl CreateWhenOpen for Service {
    fn create_insats_when_open(
        &mut self,
        input: NewInsats,
    ) -> finsamkollen_core::Result<InsatsDetail> {
        let clock = self.clock().clone();
        let start = NaiveDate::parse_from_str(input.startdatum.trim(), "%Y-%m-%d").ok();
        let Some(year) = start
            .map(|s| s.year())
            .filter(|y| locked_since(*y, clock.today()).is_some())
        else {
            return self.create_insats(input);
        };
        self.set_clock(Clock::fixed(deadline(year)));
        let created = self.create_insats(input);
        self.set_clock(clock);
        self.insats(created?.id)
    }
}

/// Creates `input` when its start year was open (see [`CreateWhenOpen`]); its id.
fn created(service: &mut Service, input: NewInsats) -> i64 {
    service
        .create_insats_when_open(input)
        .expect("create insats")
        .id
}

/// An individinriktad insats from [`new_insats`] with these dates, created (when its start
/// year was open, see [`CreateWhenOpen`]); its id.
pub fn insats_with_dates(service: &mut Service, namn: &str, start: &str, end: &str) -> i64 {
    let input = NewInsats {
        startdatum: start.into(),
        slutdatum: end.into(),
        ..new_insats(service, namn, Inriktning::Individinriktad)
    };
    created(service, input)
}

/// A förbund created on `today` with one ongoing individinriktad insats "Steget vidare"
/// from 2024-03-01; the service and the insats's id.
pub fn service_with_insats(today: &str) -> (Service, i64) {
    let mut service = service_with_forbund(today);
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    (service, id)
}

/// A strukturövergripande insats from 2024-03-01, with or without participant follow-up.
pub fn structural(service: &mut Service, namn: &str, foljer_deltagare: bool) -> i64 {
    let input = NewInsats {
        foljer_deltagare,
        ..new_insats(service, namn, Inriktning::Strukturovergripande)
    };
    created(service, input)
}

/// An ESF-financed individinriktad insats with these dates, whose ESF project the förbund
/// leads and steers (M3) or only supports.
pub fn esf_insats(service: &mut Service, namn: &str, leder: bool, start: &str, end: &str) -> i64 {
    let input = NewInsats {
        esf: true,
        esf_leder: leder,
        startdatum: start.into(),
        slutdatum: end.into(),
        ..new_insats(service, namn, Inriktning::Individinriktad)
    };
    created(service, input)
}

/// "Avsluta insats" with this slutdatum, as the panel sends it.
pub fn avsluta(
    service: &mut Service,
    id: i64,
    slutdatum: &str,
) -> finsamkollen_core::Result<InsatsDetail> {
    service.end_insats(EndInsats {
        id,
        slutdatum: slutdatum.into(),
    })
}

/// The insats panel sent back as shown: a save that changes nothing.
pub fn unchanged_insats(detail: &InsatsDetail) -> InsatsUpdate {
    InsatsUpdate {
        id: detail.id,
        fields: NewInsats {
            inriktning: detail.inriktning,
            foljer_deltagare: detail.foljer_deltagare,
            esf: detail.esf,
            esf_leder: detail.esf_leder,
            namn: detail.namn.clone(),
            preciserad_inriktning_id: detail.preciserad_inriktning.as_ref().map(|p| p.id),
            malgrupp_ids: detail.malgrupper.iter().map(|m| m.id).collect(),
            beskrivning: detail.beskrivning.clone(),
            startdatum: detail.startdatum.to_string(),
            slutdatum: detail.slutdatum.map(|d| d.to_string()).unwrap_or_default(),
            deltagaransvariga_ids: detail.deltagaransvariga.iter().map(|a| a.id).collect(),
            confirm_warnings: false,
        },
    }
}

/// The current panel of insats `id` as an update, for changing a field or two.
pub fn update_of_insats(service: &Service, id: i64) -> InsatsUpdate {
    unchanged_insats(&service.insats(id).expect("insats"))
}

/// One year's counts as typed.
pub fn counts(insats_id: i64, year: i32, kvinnor: &str, man: &str, antal: &str) -> DeltagareInput {
    DeltagareInput {
        insats_id,
        year,
        kvinnor: kvinnor.into(),
        man: man.into(),
        antal: antal.into(),
    }
}

/// The insatser the start page lists for `year`: name and status.
pub fn listed_in(service: &Service, year: i32) -> Vec<(String, InsatsStatus)> {
    service
        .start_page(Some(year))
        .expect("start page")
        .insatser
        .into_iter()
        .map(|row| (row.namn, row.status))
        .collect()
}

/// A new person's uppdrag as typed: name, e-mail and role, a phone number, no employer.
pub fn person_input(namn: &str, epost: &str, roll: Roll) -> UppdragInput {
    UppdragInput {
        id: None,
        namn: namn.into(),
        epost: epost.into(),
        telefon: "0522-123 45".into(),
        roll,
        arbetsgivare_id: None,
        confirm_warnings: false,
    }
}

/// Adds a person with this role; their id.
pub fn add_person(service: &mut Service, namn: &str, epost: &str, roll: Roll) -> i64 {
    service
        .save_uppdrag(person_input(namn, epost, roll))
        .expect("save uppdrag")
        .into_iter()
        .find(|u| u.epost == epost)
        .expect("the saved person")
        .id
}
