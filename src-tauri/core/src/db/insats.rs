//! Table `insats`: the förbund's initiatives.

use rusqlite::{params, Connection};

use crate::domain::insats::{InsatsRecord, InsatsRow, InsatsStatus};

/// The insatser whose dates overlap the year from `?1` (1 January) to `?2` (31 December).
/// Without being told, SQLite reads every insats in name order and filters; through the
/// index on the end date (V7) it reads only those ending in or after the year, so the cost
/// does not grow with the years of history behind it (docs/benchmarks.md).
const RUNNING: &str = "insats INDEXED BY insats_running
    WHERE coalesce(slutdatum, '9999-12-31') >= ?1 AND startdatum <= ?2";

/// The parameters of [`RUNNING`]: the year's first and last day.
fn year_bounds(year: i32) -> [String; 2] {
    [format!("{year:04}-01-01"), format!("{year:04}-12-31")]
}

/// The insatser whose dates overlap calendar year `year`, by name.
pub fn running_in_year(conn: &Connection, year: i32) -> rusqlite::Result<Vec<InsatsRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, namn, inriktning, esf, avslutad, startdatum, slutdatum FROM {RUNNING}
         ORDER BY namn_nyckel"
    ))?;
    let rows = stmt.query_map(year_bounds(year), |r| {
        Ok(InsatsRow {
            id: r.get(0)?,
            namn: r.get(1)?,
            inriktning: r.get(2)?,
            esf: r.get(3)?,
            status: InsatsStatus::of(r.get(4)?),
            startdatum: r.get(5)?,
            slutdatum: r.get(6)?,
        })
    })?;
    rows.collect()
}

/// The names of the ESF-financed insatser the förbund leads (M3).
/// Only those the förbund itself leads and steers count; one made before the question was
/// asked (no row in `insats_esf`) counts as led.
pub fn esf_names(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.namn FROM insats i LEFT JOIN insats_esf e ON e.insats_id = i.id
         WHERE i.esf = 1 AND coalesce(e.leder, 1) = 1 ORDER BY i.namn_nyckel",
    )?;
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

const RECORD_COLUMNS: &str = "SELECT id, namn, inriktning, foljer_deltagare, esf, avslutad,
        preciserad_inriktning_id, beskrivning, startdatum, slutdatum,
        esf = 1 AND coalesce((SELECT leder FROM insats_esf e WHERE e.insats_id = insats.id), 1) = 1";

fn record(r: &rusqlite::Row<'_>) -> rusqlite::Result<InsatsRecord> {
    Ok(InsatsRecord {
        id: r.get(0)?,
        namn: r.get(1)?,
        inriktning: r.get(2)?,
        foljer_deltagare: r.get(3)?,
        esf: r.get(4)?,
        avslutad: r.get(5)?,
        preciserad_inriktning_id: r.get(6)?,
        beskrivning: r.get(7)?,
        startdatum: r.get(8)?,
        slutdatum: r.get(9)?,
        esf_leder: r.get(10)?,
    })
}

/// M3: records whether the förbund leads and steers an ESF insats's project.
pub fn set_esf_leder(tx: &rusqlite::Transaction<'_>, id: i64, leder: bool) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO insats_esf (insats_id, leder) VALUES (?1, ?2)
         ON CONFLICT (insats_id) DO UPDATE SET leder = excluded.leder",
    )?
    .execute(params![id, leder])?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<InsatsRecord>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(&format!("{RECORD_COLUMNS} FROM insats WHERE id = ?1"))?
        .query_row([id], record)
        .optional()
}

/// The id of another insats with this name key, if any.
pub fn name_owner(conn: &Connection, key: &str) -> rusqlite::Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT id FROM insats WHERE namn_nyckel = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()
}

pub fn insert(
    tx: &rusqlite::Transaction<'_>,
    record: &InsatsRecord,
    key: &str,
) -> rusqlite::Result<i64> {
    // Cached, as every statement below that a read of a workbook runs once per insats or
    // row: preparing an insert compiles the table's history and sum triggers with it.
    tx.prepare_cached(
        "INSERT INTO insats (namn, namn_nyckel, inriktning, foljer_deltagare, esf, beskrivning,
                             startdatum, slutdatum, preciserad_inriktning_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        record.namn,
        key,
        record.inriktning,
        record.foljer_deltagare,
        record.esf,
        record.beskrivning,
        record.startdatum,
        record.slutdatum,
        record.preciserad_inriktning_id
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Updates the changeable fields; the fixed choices are not part of this statement.
pub fn update(
    tx: &rusqlite::Transaction<'_>,
    record: &InsatsRecord,
    key: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE insats SET namn = ?2, namn_nyckel = ?3, beskrivning = ?4, startdatum = ?5,
                slutdatum = ?6, preciserad_inriktning_id = ?7
         WHERE id = ?1",
        params![
            record.id,
            record.namn,
            key,
            record.beskrivning,
            record.startdatum,
            record.slutdatum,
            record.preciserad_inriktning_id
        ],
    )?;
    Ok(())
}

/// "Avsluta insats": final (a trigger refuses any later change).
pub fn avsluta(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    slutdatum: chrono::NaiveDate,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE insats SET avslutad = 1, slutdatum = ?2 WHERE id = ?1",
        params![id, slutdatum],
    )?;
    Ok(())
}

pub fn malgrupp_ids(conn: &Connection, id: i64) -> rusqlite::Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT malgrupp_id FROM insats_malgrupp WHERE insats_id = ?1")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect()
}

pub fn set_malgrupper(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    malgrupper: &[i64],
) -> rusqlite::Result<()> {
    set_links(tx, "insats_malgrupp", "malgrupp_id", id, malgrupper)
}

pub fn ansvariga(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Vec<crate::domain::insats::Ansvarig>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.id, u.namn FROM insats_deltagaransvarig d
         JOIN uppdrag u ON u.id = d.uppdrag_id WHERE d.insats_id = ?1 ORDER BY u.namn",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(crate::domain::insats::Ansvarig {
            id: r.get(0)?,
            namn: r.get(1)?,
        })
    })?;
    rows.collect()
}

pub fn set_ansvariga(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    uppdrag: &[i64],
) -> rusqlite::Result<()> {
    set_links(tx, "insats_deltagaransvarig", "uppdrag_id", id, uppdrag)
}

/// Sets an insats's links in `table` to exactly `wanted`, touching only the links that
/// change so the history records what was added and removed.
fn set_links(
    tx: &rusqlite::Transaction<'_>,
    table: &str,
    column: &str,
    insats_id: i64,
    wanted: &[i64],
) -> rusqlite::Result<()> {
    let stored: Vec<i64> = tx
        .prepare_cached(&format!(
            "SELECT {column} FROM {table} WHERE insats_id = ?1"
        ))?
        .query_map([insats_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut remove = tx.prepare_cached(&format!(
        "DELETE FROM {table} WHERE insats_id = ?1 AND {column} = ?2"
    ))?;
    for old in stored.iter().filter(|old| !wanted.contains(old)) {
        remove.execute([insats_id, *old])?;
    }
    let mut insert = tx.prepare_cached(&format!(
        "INSERT INTO {table} (insats_id, {column}) VALUES (?1, ?2)"
    ))?;
    for new in wanted.iter().filter(|new| !stored.contains(new)) {
        insert.execute([insats_id, *new])?;
    }
    Ok(())
}

/// Stored counts per year: (år, kvinnor, män, antal).
pub type Counts = (i32, Option<u32>, Option<u32>, Option<u32>);

pub fn deltagare(conn: &Connection, id: i64) -> rusqlite::Result<Vec<Counts>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ar, kvinnor, man, antal FROM deltagare WHERE insats_id = ?1 ORDER BY ar",
    )?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    rows.collect()
}

/// The year's stored counts of every insats, by insats id: one query for the check and the
/// report instead of one per insats.
pub fn deltagare_for_year(
    conn: &Connection,
    year: i32,
) -> rusqlite::Result<std::collections::HashMap<i64, Counts>> {
    let mut stmt = conn
        .prepare_cached("SELECT insats_id, ar, kvinnor, man, antal FROM deltagare WHERE ar = ?1")?;
    let rows = stmt.query_map([year], |r| {
        Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
    })?;
    rows.collect()
}

/// The names of the målgrupper of every insats running in `year`, by insats id, each list
/// in the lists' own order (as the insats panel shows them).
pub fn malgrupp_names_running_in_year(
    conn: &Connection,
    year: i32,
) -> rusqlite::Result<std::collections::HashMap<i64, Vec<String>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT im.insats_id, m.namn FROM insats_malgrupp im
         JOIN malgrupp m ON m.id = im.malgrupp_id
         WHERE im.insats_id IN (SELECT id FROM {RUNNING})
         ORDER BY im.insats_id, m.id"
    ))?;
    let mut names: std::collections::HashMap<i64, Vec<String>> = Default::default();
    let rows = stmt.query_map(year_bounds(year), |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (id, namn) = row?;
        names.entry(id).or_default().push(namn);
    }
    Ok(names)
}

/// A budget cell is an upsert keyed by (insats, year); empty counts remove the row.
pub fn set_deltagare(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    counts: Counts,
) -> rusqlite::Result<()> {
    let (year, kvinnor, man, antal) = counts;
    if kvinnor.is_none() && man.is_none() && antal.is_none() {
        tx.prepare_cached("DELETE FROM deltagare WHERE insats_id = ?1 AND ar = ?2")?
            .execute(params![id, year])?;
    } else {
        // Cached: a read of a workbook runs this once per insats and year.
        tx.prepare_cached(
            "INSERT INTO deltagare (insats_id, ar, kvinnor, man, antal)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (insats_id, ar)
             DO UPDATE SET kvinnor = excluded.kvinnor, man = excluded.man, antal = excluded.antal",
        )?
        .execute(params![id, year, kvinnor, man, antal])?;
    }
    Ok(())
}

/// The full records of the insatser whose dates overlap `year`, by name, in one query
/// (the year view must not slow down as insatser accumulate).
pub fn records_running_in_year(
    conn: &Connection,
    year: i32,
) -> rusqlite::Result<Vec<InsatsRecord>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{RECORD_COLUMNS} FROM {RUNNING} ORDER BY namn_nyckel"
    ))?;
    let rows = stmt.query_map(year_bounds(year), record)?;
    rows.collect()
}

/// Whether the data file has any insats at all.
pub fn any(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT EXISTS (SELECT 1 FROM insats)", [], |r| r.get(0))
}
