//! Baselines: only the statements a read needs, every row read into plain tuples.

use std::hint::black_box;
use std::path::Path;

use rusqlite::{params, Connection};

/// A plain connection set up as the core sets up its own (the same durability on writes).
pub fn raw(path: &Path) -> Connection {
    let conn = Connection::open(path).expect("open raw");
    configure(&conn);
    conn
}

pub fn configure(conn: &Connection) {
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("synchronous");
    conn.pragma_update(None, "foreign_keys", "ON")
        .expect("foreign keys");
    conn.pragma_update(None, "trusted_schema", "OFF")
        .expect("trusted schema");
}

pub type Row3 = (Option<i64>, Option<i64>, Option<i64>);

pub fn year_bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{year:04}-12-31"))
}

pub fn raw_forbund(conn: &Connection) -> (String, String, String, Option<String>) {
    conn.prepare_cached(
        "SELECT namn, organisationsnummer, startdatum, slutdatum, beskrivning, gatuadress,
                postnummer, ort, kontakt_namn, kontakt_telefon, kontakt_epost
         FROM forbund WHERE id = 1",
    )
    .expect("prepare")
    .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
    .expect("forbund")
}

/// The insatser running in `year`: id, name, follow-up, avslutad, slutdatum.
pub fn raw_running(conn: &Connection, year: i32) -> Vec<(i64, String, bool, bool, Option<String>)> {
    let (first, last) = year_bounds(year);
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, namn, inriktning, foljer_deltagare, esf, avslutad,
                    preciserad_inriktning_id, beskrivning, startdatum, slutdatum
             FROM insats INDEXED BY insats_running
             WHERE coalesce(slutdatum, '9999-12-31') >= ?1 AND startdatum <= ?2
             ORDER BY namn_nyckel",
        )
        .expect("prepare");
    let rows = stmt
        .query_map(params![first, last], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(3)?, r.get(5)?, r.get(9)?))
        })
        .expect("query");
    rows.collect::<Result<_, _>>().expect("rows")
}

pub fn raw_budget(conn: &Connection, year: i32) -> Vec<(i64, Row3)> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT insats_id, budget, utfall, budget_deltagare FROM budget WHERE ar = ?1",
        )
        .expect("prepare");
    let rows = stmt
        .query_map([year], |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
        })
        .expect("query");
    rows.collect::<Result<_, _>>().expect("rows")
}

pub fn raw_admin(conn: &Connection, year: i32) -> Option<(Option<i64>, Option<i64>)> {
    conn.prepare_cached("SELECT budget, utfall FROM admin_kostnad WHERE ar = ?1")
        .expect("prepare")
        .query_row([year], |r| Ok((r.get(0)?, r.get(1)?)))
        .ok()
}

pub fn raw_medel(conn: &Connection, year: i32) -> Option<(i64, i64, i64)> {
    conn.prepare_cached("SELECT samverkansparterna, esf_plus, overskott FROM medel WHERE ar = ?1")
        .expect("prepare")
        .query_row([year], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .ok()
}

/// What the year view of an open year reads: the förbund (for the year's status), medel,
/// the running insatser with their cells, the administrative costs, and, for the copy offer
/// when a budget cell is still empty, last year's budget and insatser.
pub fn raw_year_view(conn: &Connection, year: i32) -> usize {
    let forbund = raw_forbund(conn);
    let medel = raw_medel(conn, year);
    let budget = raw_budget(conn, year);
    let running = raw_running(conn, year);
    let admin = raw_admin(conn, year);
    black_box((forbund, medel, admin));
    let budgeted: std::collections::HashSet<i64> = budget
        .iter()
        .filter(|(_, cells)| cells.0.is_some())
        .map(|(id, _)| *id)
        .collect();
    let empty_cell =
        admin.is_none_or(|(b, _)| b.is_none()) || running.iter().any(|r| !budgeted.contains(&r.0));
    if !empty_cell {
        return running.len();
    }
    let last_budget = raw_budget(conn, year - 1);
    let last_admin = raw_admin(conn, year - 1);
    let last_running = raw_running(conn, year - 1);
    black_box((&last_budget, last_admin));
    running.len() + last_running.len()
}

pub fn raw_start_page(conn: &Connection, year: i32) -> usize {
    let forbund = raw_forbund(conn);
    let (first, last) = year_bounds(year);
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, namn, inriktning, esf, avslutad, startdatum, slutdatum
             FROM insats INDEXED BY insats_running
             WHERE coalesce(slutdatum, '9999-12-31') >= ?1 AND startdatum <= ?2
             ORDER BY namn_nyckel",
        )
        .expect("prepare");
    type Row = (i64, String, String, bool, bool, String, Option<String>);
    let rows: Vec<Row> = stmt
        .query_map(params![first, last], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    black_box(forbund);
    rows.len()
}

/// The check reads the year view, the year's participant counts, the members' roles, the
/// year's split of funds per financier, the verksamhetsområde with each kommun and its
/// region (M5), and the deltagaransvariga with any links to strukturövergripande insatser
/// (U2).
pub fn raw_kontroll(conn: &Connection, year: i32) -> usize {
    let rows = raw_year_view(conn, year);
    let mut counts = conn
        .prepare_cached("SELECT insats_id, kvinnor, man, antal FROM deltagare WHERE ar = ?1")
        .expect("prepare");
    let counts: Vec<(i64, Row3)> = counts
        .query_map([year], |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows + counts.len()
        + raw_roles(conn)
        + raw_shares(conn, year)
        + raw_area(conn)
        + raw_ansvariga(conn)
}

/// M5's reads: the verksamhetsområde, then each of its kommuner with its region's name.
pub fn raw_area(conn: &Connection) -> usize {
    let mut area = conn
        .prepare_cached("SELECT kommun_kod, stadsdel_id FROM verksamhetsomrade")
        .expect("prepare");
    let area: Vec<(String, Option<i64>)> = area
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut kommun = conn
        .prepare_cached(
            "SELECT namn, (SELECT namn FROM organisation WHERE nyckel = 'region-' || lan_kod)
             FROM kommun WHERE kod = ?1",
        )
        .expect("prepare");
    for (kod, _) in &area {
        let row: (String, Option<String>) = kommun
            .query_row([kod], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("kommun");
        black_box(row);
    }
    area.len()
}

/// U2's reads: the links from deltagaransvariga to strukturövergripande insatser, and the
/// deltagaransvariga with their employers.
pub fn raw_ansvariga(conn: &Connection) -> usize {
    let mut links = conn
        .prepare_cached(
            "SELECT u.namn, i.id, i.namn FROM insats_deltagaransvarig d
             JOIN uppdrag u ON u.id = d.uppdrag_id JOIN insats i ON i.id = d.insats_id
             WHERE i.inriktning = 'strukturovergripande'",
        )
        .expect("prepare");
    let links: Vec<(String, i64, String)> = links
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut people = conn
        .prepare_cached(
            "SELECT u.namn, u.roll, a.organisation_id FROM uppdrag u
             LEFT JOIN uppdrag_arbetsgivare a ON a.uppdrag_id = u.id",
        )
        .expect("prepare");
    let people: Vec<(String, String, Option<i64>)> = people
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    links.len() + people.len()
}

pub fn raw_roles(conn: &Connection) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.id, o.namn, o.typ, o.nyckel, i.medlem, i.finansiar
             FROM organisation o JOIN ingaende_organisation i ON i.organisation_id = o.id",
        )
        .expect("prepare");
    let rows: Vec<(i64, String, String, Option<String>, bool, bool)> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows.len()
}

pub fn raw_shares(conn: &Connection, year: i32) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.namn, o.typ, m.belopp FROM medel_finansiar m
             JOIN organisation o ON o.id = m.organisation_id WHERE m.ar = ?1",
        )
        .expect("prepare");
    let rows: Vec<(String, String, i64)> = stmt
        .query_map([year], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows.len()
}
