//! Table `medel`: one row of funds per calendar year.

use rusqlite::{Connection, OptionalExtension};

use crate::domain::medel::Medel;

pub fn get(conn: &Connection, year: i32) -> rusqlite::Result<Option<Medel>> {
    conn.prepare_cached(
        "SELECT ar, samverkansparterna, esf_plus, overskott FROM medel WHERE ar = ?1",
    )?
    .query_row([year], |r| {
        Ok(Medel {
            year: r.get(0)?,
            samverkansparterna: r.get(1)?,
            esf_plus: r.get(2)?,
            overskott: r.get(3)?,
        })
    })
    .optional()
}

/// The years with a surplus from earlier years (överskott > 0), oldest first.
pub fn surplus_years(conn: &Connection) -> rusqlite::Result<Vec<i32>> {
    let mut stmt = conn.prepare_cached("SELECT ar FROM medel WHERE overskott > 0 ORDER BY ar")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// The last year with funds registered, if any.
pub fn last_year(conn: &Connection) -> rusqlite::Result<Option<i32>> {
    conn.query_row("SELECT max(ar) FROM medel", [], |r| r.get(0))
}

pub fn set(tx: &rusqlite::Transaction<'_>, medel: &Medel) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO medel (ar, samverkansparterna, esf_plus, overskott) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (ar) DO UPDATE SET samverkansparterna = excluded.samverkansparterna,
             esf_plus = excluded.esf_plus, overskott = excluded.overskott",
        rusqlite::params![
            medel.year,
            medel.samverkansparterna,
            medel.esf_plus,
            medel.overskott
        ],
    )?;
    Ok(())
}
