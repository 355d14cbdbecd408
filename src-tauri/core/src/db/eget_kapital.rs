//! Tables `eget_kapital_steg` and `eget_kapital_kalla`: Nationella rådet's recommended
//! eget kapital (F2), reference data the officer edits.

use rusqlite::{params, Connection, Transaction};

use crate::domain::medel::{EgetKapital, EgetKapitalKalla, EgetKapitalSteg};
use crate::money::Kronor;

/// The steps, lowest first, and their source.
pub fn get(conn: &Connection) -> rusqlite::Result<EgetKapital> {
    let mut stmt = conn
        .prepare_cached("SELECT medel_fran, procent FROM eget_kapital_steg ORDER BY medel_fran")?;
    let steg = stmt
        .query_map([], |r| {
            Ok(EgetKapitalSteg {
                medel_fran: Kronor::new(r.get(0)?),
                procent: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let kalla = conn.query_row(
        "SELECT namn, url, datum FROM eget_kapital_kalla WHERE id = 1",
        [],
        |r| {
            Ok(EgetKapitalKalla {
                namn: r.get(0)?,
                url: r.get(1)?,
                datum: r.get(2)?,
            })
        },
    )?;
    Ok(EgetKapital { steg, kalla })
}

/// Adds or changes the step from `medel_fran`.
pub fn upsert_step(tx: &Transaction<'_>, step: EgetKapitalSteg) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO eget_kapital_steg (medel_fran, procent) VALUES (?1, ?2)
         ON CONFLICT (medel_fran) DO UPDATE SET procent = excluded.procent",
        params![step.medel_fran.get(), step.procent],
    )?;
    Ok(())
}

/// Removes the step from `medel_fran`; the number of rows removed.
pub fn delete_step(tx: &Transaction<'_>, medel_fran: i64) -> rusqlite::Result<usize> {
    tx.execute(
        "DELETE FROM eget_kapital_steg WHERE medel_fran = ?1",
        [medel_fran],
    )
}

pub fn set_kalla(tx: &Transaction<'_>, kalla: &EgetKapitalKalla) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE eget_kapital_kalla SET namn = ?1, url = ?2, datum = ?3 WHERE id = 1",
        params![kalla.namn, kalla.url, kalla.datum],
    )?;
    Ok(())
}
