//! The multi-year overview's reads: one row per year from each of three small tables, so
//! "Alla år" costs the same however many insatser and years the förbund has.

use rusqlite::Connection;

use crate::money::Kronor;

/// One year's sums as the triggers keep them (migration V13, table `ar_summa`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearSums {
    pub year: i32,
    /// Insatsernas budget and utfall.
    pub budget: Kronor,
    pub utfall: Kronor,
    /// Budget rows with an utfall, and with a budget or an utfall.
    pub med_utfall: u32,
    pub med_siffror: u32,
    /// Counts of insatser that follow their participants, and how many rows they are.
    pub kvinnor: u32,
    pub man: u32,
    pub antal: u32,
    pub deltagarrader: u32,
    /// Insatser whose first year, and whose last year, this is.
    pub startar: u32,
    pub slutar: u32,
}

/// Every year's sums, oldest first: one row per year however many insatser there are.
pub fn ar_summa(conn: &Connection) -> rusqlite::Result<Vec<YearSums>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ar, budget, utfall, med_utfall, med_siffror, kvinnor, man, antal, \
         deltagarrader, startar, slutar FROM ar_summa ORDER BY ar",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(YearSums {
            year: r.get(0)?,
            budget: r.get(1)?,
            utfall: r.get(2)?,
            med_utfall: r.get(3)?,
            med_siffror: r.get(4)?,
            kvinnor: r.get(5)?,
            man: r.get(6)?,
            antal: r.get(7)?,
            deltagarrader: r.get(8)?,
            startar: r.get(9)?,
            slutar: r.get(10)?,
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

/// Every year's administrative costs: år, budget and utfall.
pub fn admin(conn: &Connection) -> rusqlite::Result<Vec<(i32, Amounts)>> {
    let mut stmt = conn.prepare_cached("SELECT ar, budget, utfall FROM admin_kostnad")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    rows.collect()
}

/// Y6/Y8: every year the data file holds a figure for (medel, its split per financier,
/// administrativa kostnader, an insats's budget, utfall, budgeted or counted
/// participants), or that was marked inrapporterat. A locked year outside this set is
/// *historik*. Rows whose every figure is empty do not count: an emptied cell is no figure.
pub fn years_with_figures_or_reported(
    conn: &Connection,
) -> rusqlite::Result<std::collections::BTreeSet<i32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ar FROM medel \
         UNION SELECT ar FROM medel_finansiar \
         UNION SELECT ar FROM admin_kostnad WHERE budget IS NOT NULL OR utfall IS NOT NULL \
         UNION SELECT ar FROM budget \
           WHERE budget IS NOT NULL OR utfall IS NOT NULL OR budget_deltagare IS NOT NULL \
         UNION SELECT ar FROM deltagare \
           WHERE kvinnor IS NOT NULL OR man IS NOT NULL OR antal IS NOT NULL \
         UNION SELECT ar FROM inrapportering",
    )?;
    let years = stmt.query_map([], |r| r.get(0))?;
    years.collect()
}
