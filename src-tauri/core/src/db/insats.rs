//! Table `insats`: the förbund's initiatives.

use rusqlite::{params, Connection};

use crate::domain::insats::{InsatsRow, InsatsStatus};

/// The insatser whose dates overlap calendar year `year`, by name.
pub fn running_in_year(conn: &Connection, year: i32) -> rusqlite::Result<Vec<InsatsRow>> {
    let first = format!("{year:04}-01-01");
    let last = format!("{year:04}-12-31");
    let mut stmt = conn.prepare_cached(
        "SELECT id, namn, inriktning, esf, avslutad, startdatum, slutdatum FROM insats
         WHERE startdatum <= ?2 AND (slutdatum IS NULL OR slutdatum >= ?1)
         ORDER BY namn_nyckel",
    )?;
    let rows = stmt.query_map(params![first, last], |r| {
        Ok(InsatsRow {
            id: r.get(0)?,
            namn: r.get(1)?,
            inriktning: r.get(2)?,
            esf: r.get(3)?,
            status: if r.get(4)? {
                InsatsStatus::Avslutad
            } else {
                InsatsStatus::Pagaende
            },
            startdatum: r.get(5)?,
            slutdatum: r.get(6)?,
        })
    })?;
    rows.collect()
}

/// The names of the ESF-financed insatser (M3).
pub fn esf_names(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT namn FROM insats WHERE esf = 1 ORDER BY namn_nyckel")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// The name of an insats that starts after `date`, if there is one.
pub fn first_starting_after(
    conn: &Connection,
    date: chrono::NaiveDate,
) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT namn FROM insats WHERE startdatum > ?1 ORDER BY startdatum LIMIT 1",
        [date],
        |r| r.get(0),
    )
    .optional()
}
