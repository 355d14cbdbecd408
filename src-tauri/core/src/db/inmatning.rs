//! Tables `inmatning` (the "Inmatat" ticks) and `inrapportering` (the year marked as
//! inrapporterat). History is written by the schema's triggers (V10).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{named_params, Connection, Transaction};

/// A stored tick: the day and the value keyed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub datum: NaiveDate,
    pub varde: Option<i64>,
}

/// The year's ticks by row key.
pub fn ticks(conn: &Connection, year: i32) -> rusqlite::Result<HashMap<String, Tick>> {
    let mut stmt =
        conn.prepare_cached("SELECT nyckel, datum, varde FROM inmatning WHERE ar = ?1")?;
    let rows = stmt.query_map([year], |r| {
        Ok((
            r.get::<_, String>(0)?,
            Tick {
                datum: r.get(1)?,
                varde: r.get(2)?,
            },
        ))
    })?;
    rows.collect()
}

/// Ticks row `key` of `year` (again): a re-tick keeps the row and updates day and value.
pub fn tick(
    tx: &Transaction<'_>,
    year: i32,
    key: &str,
    insats_id: Option<i64>,
    etikett: &str,
    tick: &Tick,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO inmatning (ar, nyckel, insats_id, etikett, datum, varde)
         VALUES (:ar, :nyckel, :insats_id, :etikett, :datum, :varde)
         ON CONFLICT (ar, nyckel) DO UPDATE SET
             etikett = excluded.etikett, datum = excluded.datum, varde = excluded.varde",
        named_params! {
            ":ar": year,
            ":nyckel": key,
            ":insats_id": insats_id,
            ":etikett": etikett,
            ":datum": tick.datum,
            ":varde": tick.varde,
        },
    )?;
    Ok(())
}

/// Takes the tick away.
pub fn untick(tx: &Transaction<'_>, year: i32, key: &str) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM inmatning WHERE ar = ?1 AND nyckel = ?2",
        rusqlite::params![year, key],
    )?;
    Ok(())
}

/// One "Markera året som inrapporterat", as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inrapporterad {
    pub year: i32,
    pub datum: NaiveDate,
    pub tidpunkt: String,
    pub preliminar: bool,
    pub fel: u32,
    pub varningar: u32,
    pub sha256: String,
    /// The JSON årsrapport of that moment.
    pub rapport: String,
}

pub fn insert_inrapporterad(tx: &Transaction<'_>, post: &Inrapporterad) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO inrapportering (ar, datum, tidpunkt, preliminar, fel, varningar, sha256, rapport)
         VALUES (:ar, :datum, :tidpunkt, :preliminar, :fel, :varningar, :sha256, :rapport)",
        named_params! {
            ":ar": post.year,
            ":datum": post.datum,
            ":tidpunkt": post.tidpunkt,
            ":preliminar": post.preliminar,
            ":fel": post.fel,
            ":varningar": post.varningar,
            ":sha256": post.sha256,
            ":rapport": post.rapport,
        },
    )?;
    Ok(())
}

/// The year's records, newest first, with the path of an archived JSON export of the same
/// content where there is one.
pub fn inrapporterade(
    conn: &Connection,
    year: i32,
) -> rusqlite::Result<Vec<(Inrapporterad, Option<String>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.ar, r.datum, r.tidpunkt, r.preliminar, r.fel, r.varningar, r.sha256, r.rapport,
                (SELECT e.sokvag FROM export_arkiv e
                 WHERE e.ar = r.ar AND e.sha256 = r.sha256 ORDER BY e.id DESC LIMIT 1)
         FROM inrapportering r WHERE r.ar = ?1 ORDER BY r.id DESC",
    )?;
    let rows = stmt.query_map([year], |r| {
        Ok((
            Inrapporterad {
                year: r.get(0)?,
                datum: r.get(1)?,
                tidpunkt: r.get(2)?,
                preliminar: r.get(3)?,
                fel: r.get(4)?,
                varningar: r.get(5)?,
                sha256: r.get(6)?,
                rapport: r.get(7)?,
            },
            r.get(8)?,
        ))
    })?;
    rows.collect()
}
