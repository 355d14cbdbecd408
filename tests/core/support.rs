//! Test support: a migrated in-memory data file, a fixed clock, and builders.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput, MedelInput, Rad};
use finsamkollen_core::domain::forbund::{Forbund, ForbundUpdate, NewForbund};
use finsamkollen_core::domain::insats::{
    DeltagareInput, Inriktning, InsatsDetail, InsatsStatus, InsatsUpdate, NewInsats,
};
use finsamkollen_core::domain::organisation::RollerInput;
use finsamkollen_core::domain::uppdrag::{Roll, UppdragInput};
use finsamkollen_core::ops::ForbundPageSave;
use finsamkollen_core::rules::year::{deadline, locked_since};
use finsamkollen_core::{Clock, CoreError, Service};

/// A calendar date; panics on an impossible one, which is a bug in the test.
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

/// A service on a fresh in-memory file whose clock says `today`.
pub fn service_on(today: &str) -> Service {
    Service::in_memory(Clock::fixed(date(today))).expect("in-memory service")
}

/// A valid "Skapa förbund" form.
pub fn new_forbund() -> NewForbund {
    NewForbund {
        namn: "Samordningsförbundet Västra Fyrbodal".into(),
        organisationsnummer: "222000-1354".into(),
        startdatum: "2019-01-01".into(),
    }
}

/// A service with a förbund created from [`new_forbund`].
pub fn service_with_forbund(today: &str) -> Service {
    let mut service = service_on(today);
    service
        .create_forbund(new_forbund())
        .expect("create förbund");
    service
}

/// The stable codes of an error, flattening [`CoreError::Several`].
pub fn codes(error: &CoreError) -> Vec<&'static str> {
    match error {
        CoreError::Several(errors) => errors.iter().flat_map(codes).collect(),
        other => vec![other.code()],
    }
}

/// The id of a national organisation by its fixed key (`fk`, `af`, `esf`, `forbund`,
/// `region-NN`, `kommun-NNNN`).
pub fn org_id(service: &Service, nyckel: &str) -> i64 {
    // Raw SQL: the fixed national keys (`nyckel`) have no typed lookup.
    service
        .raw_db()
        .conn()
        .query_row(
            "SELECT id FROM organisation WHERE nyckel = ?1",
            [nyckel],
            |r| r.get(0),
        )
        .expect("known organisation")
}

/// One organisation's roles as the förbund page sends them.
pub fn roles(organisation_id: i64, medlem: bool, finansiar: bool) -> RollerInput {
    RollerInput {
        organisation_id,
        medlem,
        finansiar,
    }
}

/// The förbund's stored record as the details form sends it back unchanged.
pub fn update_of(forbund: &Forbund) -> ForbundUpdate {
    ForbundUpdate {
        namn: forbund.namn.clone(),
        organisationsnummer: forbund.organisationsnummer.clone(),
        startdatum: forbund.startdatum.to_string(),
        slutdatum: forbund.slutdatum.map(|d| d.to_string()).unwrap_or_default(),
        beskrivning: forbund.beskrivning.clone(),
        gatuadress: forbund.gatuadress.clone(),
        postnummer: forbund.postnummer.clone(),
        ort: forbund.ort.clone(),
        kontakt_namn: forbund.kontakt_namn.clone(),
        kontakt_telefon: forbund.kontakt_telefon.clone(),
        kontakt_epost: forbund.kontakt_epost.clone(),
    }
}

/// A Spara of the förbund page that changes nothing: what the page shows, sent back.
pub fn unchanged_save(service: &Service) -> ForbundPageSave {
    let page = service.forbund_page().expect("förbund page");
    ForbundPageSave {
        forbund: update_of(&page.forbund),
        verksamhetsomrade: page
            .verksamhetsomrade
            .iter()
            .map(|o| o.reference())
            .collect(),
        organisationer: page
            .organisationer
            .iter()
            .map(|o| roles(o.organisation.id, o.medlem, o.finansiar))
            .collect(),
        confirm_warnings: false,
    }
}

/// A Spara of the förbund page with these roles and everything else unchanged.
pub fn save_with_roles(service: &Service, organisationer: Vec<RollerInput>) -> ForbundPageSave {
    ForbundPageSave {
        organisationer,
        ..unchanged_save(service)
    }
}

/// The SUS-style members every förbund has: FK (financier), AF, the region and a kommun
/// of Västra Götaland, and the förbund itself.
pub fn usual_roles(service: &Service) -> Vec<RollerInput> {
    vec![
        roles(org_id(service, "forbund"), false, false),
        roles(org_id(service, "fk"), true, true),
        roles(org_id(service, "af"), true, false),
        roles(org_id(service, "region-14"), true, true),
        roles(org_id(service, "kommun-1488"), true, true),
    ]
}

// --- Insatser ----------------------------------------------------------------------------

/// 2026 as the officer has it on `today` while the year runs (Y7): the usual members,
/// medel 1 000 000 kr, and the individinriktad insats "Steget vidare" (from 2024-03-01,
/// ongoing) and the admin costs with their budget and budgeted participants, but no utfall
/// and no participant counts yet. Returns the service and the insats's id.
pub fn running_year_2026(today: &str) -> (Service, i64) {
    let mut service = service_with_forbund(today);
    let save = save_with_roles(&service, usual_roles(&service));
    service.save_forbund_page(save).expect("roles");
    let id = insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "");
    service
        .save_medel(MedelInput {
            year: 2026,
            samverkansparterna: "1 000 000".into(),
            esf_plus: "0".into(),
            overskott: "0".into(),
        })
        .expect("medel");
    let row = |rad: Rad, budget: &str, deltagare: &str| BudgetCellerInput {
        rad,
        budget: budget.into(),
        utfall: String::new().into(),
        budgeterade_deltagare: deltagare.into(),
    };
    service
        .save_budget(BudgetInput {
            year: 2026,
            rader: vec![
                row(Rad::Insats { id }, "600 000", "20"),
                row(Rad::Admin, "300 000", ""),
            ],
        })
        .expect("budget");
    (service, id)
}

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

/// An individinriktad insats from [`new_insats`] with these dates, created (when its start
/// year was open, see [`CreateWhenOpen`]); its id.
pub fn insats_with_dates(service: &mut Service, namn: &str, start: &str, end: &str) -> i64 {
    let input = NewInsats {
        startdatum: start.into(),
        slutdatum: end.into(),
        ..new_insats(service, namn, Inriktning::Individinriktad)
    };
    service
        .create_insats_when_open(input)
        .expect("create insats")
        .id
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

/// Adds a person with this role; their id.
pub fn add_person(service: &mut Service, namn: &str, epost: &str, roll: Roll) -> i64 {
    service
        .save_uppdrag(UppdragInput {
            id: None,
            namn: namn.into(),
            epost: epost.into(),
            telefon: "0522-123 45".into(),
            roll,
            arbetsgivare_id: None,
            confirm_warnings: false,
        })
        .expect("save uppdrag")
        .into_iter()
        .find(|u| u.epost == epost)
        .expect("the saved person")
        .id
}

/// Runs one SQL statement directly on the data file, past every Rust check, mapping a
/// refusal the way the core does.
pub fn raw_sql(service: &Service, sql: &str) -> Result<usize, CoreError> {
    // Raw SQL: for tests that must go past every Rust check (the database's own triggers).
    service
        .raw_db()
        .conn()
        .execute(sql, [])
        .map_err(CoreError::from)
}

/// The names of the organisations a search for `namn` (of type `typ`) finds, in order.
pub fn organisation_names(
    service: &Service,
    typ: Option<finsamkollen_core::domain::organisation::OrganisationTyp>,
    namn: &str,
) -> Vec<String> {
    service
        .search_organisationer(
            finsamkollen_core::domain::organisation::OrganisationSearch {
                typ,
                namn: namn.into(),
            },
        )
        .expect("search")
        .into_iter()
        .map(|o| o.namn)
        .collect()
}

/// How many rows a query counts.
pub fn count_rows(service: &Service, sql: &str) -> i64 {
    // Raw SQL: counts the tests assert on, read independently of the core's reads.
    service
        .raw_db()
        .conn()
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
}

/// A service on the data file at `path` (created on first open) whose clock says `today`.
pub fn service_at(path: &Path, today: &str) -> Service {
    Service::open(path, Clock::fixed(date(today))).expect("open data file")
}

/// The row a test names by its screen key (`insats-3`, `admin`), as the grid holds it.
pub fn rad(key: &str) -> Rad {
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
        rad: rad(key),
        budget: budget.into(),
        utfall: utfall.into(),
        budgeterade_deltagare: deltagare.into(),
    }
}

/// Year `year`'s JSON report as the export writes it.
pub fn exported(service: &mut Service, year: i32) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("r.json");
    service.export_json(year, &path).expect("export");
    std::fs::read_to_string(path).expect("read")
}

/// The styrelserapport of `year` as one line of text, a no-break space read as a space, for
/// assertions. With `FINSAMKOLLEN_PDF_OUT` set, a copy named `keep_as` is kept there to look
/// at as pictures.
pub fn styrelserapport_text(service: &mut Service, year: i32, keep_as: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(format!("styrelserapport-{year}.pdf"));
    service.export_pdf(year, &path).expect("PDF");
    if let Some(out) = std::env::var_os("FINSAMKOLLEN_PDF_OUT") {
        std::fs::copy(&path, Path::new(&out).join(keep_as)).expect("keep a copy to look at");
    }
    pdf_extract::extract_text_from_mem(&std::fs::read(&path).expect("read"))
        .expect("PDF text")
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
