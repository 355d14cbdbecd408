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
