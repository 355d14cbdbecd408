//! The kommuner's official organisation names and Region Gotland (issue 16, item 1):
//! migration 8 renames them in existing data files, keeping the förbund's links and
//! recording the rename in the history; Region Gotland is listed once and counts as both
//! kommun and region; the search finds a kommun by its official and its short name.

mod renames;

use std::path::Path;

use finsamkollen_core::domain::historik::{HistorikAndring, HistorikFraga, HistorikOmfang};

use finsamkollen_core::domain::omrade::OmradeRef;

use finsamkollen_core::domain::organisation::OrganisationTyp;

use finsamkollen_core::Service;

use rusqlite::Connection;

use crate::support::{
    count_rows, org_id, organisation_names, roles, service_on, service_with_forbund,
};

/// The migrations as this build ships them, run here only up to an older version.
mod migrations {
    refinery::embed_migrations!("../../migrations");
}

/// The schema version before the official names.
const PREVIOUS: i32 = 7;

/// A data file at schema version 7, with a förbund whose ingående organisationer are
/// written as version 7 stored them. `setup` adds the test's own rows.
fn file_at_version_7(path: &Path, setup: &str) {
    // Raw SQL: a file at schema version 7, which this build's core never writes.
    let mut conn = Connection::open(path).expect("open");
    migrations::migrations::runner()
        .set_grouped(true)
        .set_target(refinery::Target::Version(PREVIOUS))
        .run(&mut conn)
        .expect("migrate to version 7");
    conn.execute_batch(&format!(
        "INSERT INTO forbund (id, namn, organisationsnummer, startdatum)
         VALUES (1, 'Samordningsförbundet Östra Södertörn', '222000-1354', '2019-01-01');
         INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar)
         SELECT id, 0, 1 FROM organisation WHERE nyckel = 'forbund';
         INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar)
         SELECT id, 1, 1 FROM organisation WHERE nyckel = 'fk';
         INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar)
         SELECT id, 1, 0 FROM organisation WHERE nyckel = 'af';
         {setup}"
    ))
    .expect("version 7 data");
}

/// Links a national organisation by key, as version 7 stored it.
fn link(nyckel: &str, medlem: u8, finansiar: u8) -> String {
    format!(
        "INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar)
         SELECT id, {medlem}, {finansiar} FROM organisation WHERE nyckel = '{nyckel}';"
    )
}

/// A funding share of `year` for a national organisation, as version 7 stored it.
fn share(nyckel: &str, year: i32, belopp: i64) -> String {
    format!(
        "INSERT INTO medel_finansiar (ar, organisation_id, belopp)
         SELECT {year}, id, {belopp} FROM organisation WHERE nyckel = '{nyckel}';"
    )
}

fn id_at_version_7(path: &Path, nyckel: &str) -> i64 {
    // Raw SQL: the version 7 file read before the core migrates it.
    Connection::open(path)
        .expect("open")
        .query_row(
            "SELECT id FROM organisation WHERE nyckel = ?1",
            [nyckel],
            |r| r.get(0),
        )
        .expect("organisation at version 7")
}

/// (name, medlem, finansiär) of the ingående organisationer as the förbund page shows them.
fn page_roles(service: &Service) -> Vec<(String, bool, bool)> {
    service
        .forbund_page()
        .expect("förbund page")
        .organisationer
        .into_iter()
        .map(|o| (o.organisation.namn, o.medlem, o.finansiar))
        .collect()
}

fn forbund_history(service: &Service) -> Vec<(String, Vec<HistorikAndring>)> {
    service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Forbund,
            fore: None,
        })
        .expect("history")
        .handlingar
        .into_iter()
        .map(|h| (h.handling, h.andringar))
        .collect()
}

fn rename(gammalt: &str, nytt: &str) -> HistorikAndring {
    HistorikAndring {
        falt: "Organisationens namn".into(),
        gammalt: Some(gammalt.into()),
        nytt: Some(nytt.into()),
    }
}
