//! The multi-year overview's reads: each table read once for all years, so "Alla år"
//! costs a handful of statements however many years the förbund has.

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::money::Kronor;

/// An insats's dates and whether it follows its participants.
pub struct Span {
    pub id: i64,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
    pub foljer_deltagare: bool,
}

pub fn spans(conn: &Connection) -> rusqlite::Result<Vec<Span>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, startdatum, slutdatum, foljer_deltagare FROM insats")?;
    let rows = stmt.query_map([], |r| {
        Ok(Span {
            id: r.get(0)?,
            startdatum: r.get(1)?,
            slutdatum: r.get(2)?,
            foljer_deltagare: r.get(3)?,
        })
    })?;
    rows.collect()
}

/// Every year's medel: (år, samverkansparterna, ESF+, överskott).
pub fn medel(conn: &Connection) -> rusqlite::Result<Vec<(i32, Kronor, Kronor, Kronor)>> {
    let mut stmt =
        conn.prepare_cached("SELECT ar, samverkansparterna, esf_plus, overskott FROM medel")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    rows.collect()
}

/// Budget and utfall, either of which may be missing.
pub type Amounts = (Option<Kronor>, Option<Kronor>);
/// Kvinnor, män, antal.
pub type Counts = (Option<u32>, Option<u32>, Option<u32>);

/// Every budget row: (insats, år) and its budget and utfall.
pub fn budget(conn: &Connection) -> rusqlite::Result<Vec<((i64, i32), Amounts)>> {
    let mut stmt = conn.prepare_cached("SELECT insats_id, ar, budget, utfall FROM budget")?;
    let rows = stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), (r.get(2)?, r.get(3)?))))?;
    rows.collect()
}

/// Every year's administrative costs: år, budget and utfall.
pub fn admin(conn: &Connection) -> rusqlite::Result<Vec<(i32, Amounts)>> {
    let mut stmt = conn.prepare_cached("SELECT ar, budget, utfall FROM admin_kostnad")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    rows.collect()
}

/// Every count: (insats, år) and its kvinnor, män, antal.
pub fn deltagare(conn: &Connection) -> rusqlite::Result<Vec<((i64, i32), Counts)>> {
    let mut stmt =
        conn.prepare_cached("SELECT insats_id, ar, kvinnor, man, antal FROM deltagare")?;
    let rows = stmt.query_map([], |r| {
        Ok(((r.get(0)?, r.get(1)?), (r.get(2)?, r.get(3)?, r.get(4)?)))
    })?;
    rows.collect()
}
