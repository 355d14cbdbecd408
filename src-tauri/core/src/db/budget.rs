//! Tables `budget` (per insats and year) and `admin_kostnad` (per year). A budget cell is
//! an upsert keyed by (insats, year).

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::money::Kronor;

/// Stored cells of one row: budget, utfall, budgeterade deltagare.
pub type Cells = (Option<Kronor>, Option<Kronor>, Option<u32>);

/// The year's budget rows by insats id.
pub fn for_year(conn: &Connection, year: i32) -> rusqlite::Result<Vec<(i64, Cells)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT insats_id, budget, utfall, budget_deltagare FROM budget WHERE ar = ?1",
    )?;
    let rows = stmt.query_map([year], |r| {
        Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
    })?;
    rows.collect()
}

pub fn set(tx: &Transaction<'_>, insats_id: i64, year: i32, cells: Cells) -> rusqlite::Result<()> {
    let (budget, utfall, deltagare) = cells;
    if budget.is_none() && utfall.is_none() && deltagare.is_none() {
        tx.prepare_cached("DELETE FROM budget WHERE insats_id = ?1 AND ar = ?2")?
            .execute(params![insats_id, year])?;
    } else {
        // Cached: a grid save runs this once per row of the year.
        tx.prepare_cached(
            "INSERT INTO budget (insats_id, ar, budget, utfall, budget_deltagare)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (insats_id, ar) DO UPDATE SET budget = excluded.budget,
                 utfall = excluded.utfall, budget_deltagare = excluded.budget_deltagare",
        )?
        .execute(params![insats_id, year, budget, utfall, deltagare])?;
    }
    Ok(())
}

/// The year's administrative costs: budget and utfall.
pub fn admin(conn: &Connection, year: i32) -> rusqlite::Result<(Option<Kronor>, Option<Kronor>)> {
    Ok(conn
        .prepare_cached("SELECT budget, utfall FROM admin_kostnad WHERE ar = ?1")?
        .query_row([year], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((None, None)))
}

pub fn set_admin(
    tx: &Transaction<'_>,
    year: i32,
    budget: Option<Kronor>,
    utfall: Option<Kronor>,
) -> rusqlite::Result<()> {
    if budget.is_none() && utfall.is_none() {
        tx.execute("DELETE FROM admin_kostnad WHERE ar = ?1", [year])?;
    } else {
        tx.execute(
            "INSERT INTO admin_kostnad (ar, budget, utfall) VALUES (?1, ?2, ?3)
             ON CONFLICT (ar) DO UPDATE SET budget = excluded.budget, utfall = excluded.utfall",
            params![year, budget, utfall],
        )?;
    }
    Ok(())
}

/// The last year with budget, utfall or administrative costs registered, if any.
pub fn last_year(conn: &Connection) -> rusqlite::Result<Option<i32>> {
    conn.query_row(
        "SELECT max(ar) FROM (SELECT ar FROM budget UNION ALL SELECT ar FROM admin_kostnad)",
        [],
        |r| r.get(0),
    )
}

/// The years of one insats's budget rows.
pub fn years_of(conn: &Connection, insats_id: i64) -> rusqlite::Result<Vec<i32>> {
    let mut stmt = conn.prepare_cached("SELECT ar FROM budget WHERE insats_id = ?1 ORDER BY ar")?;
    let rows = stmt.query_map([insats_id], |r| r.get(0))?;
    rows.collect()
}

/// One insats's stored cells of one year (all `None` when it has no row).
pub fn get(conn: &Connection, insats_id: i64, year: i32) -> rusqlite::Result<Cells> {
    Ok(conn
        .prepare_cached(
            "SELECT budget, utfall, budget_deltagare FROM budget WHERE insats_id = ?1 AND ar = ?2",
        )?
        .query_row(params![insats_id, year], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?
        .unwrap_or((None, None, None)))
}
