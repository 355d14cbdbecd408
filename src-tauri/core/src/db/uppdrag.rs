//! Table `uppdrag`: the förbund's staff and their roles.

use rusqlite::{named_params, Connection, OptionalExtension, Row, Transaction};

use crate::domain::uppdrag::{Roll, Uppdrag};

fn uppdrag(r: &Row<'_>) -> rusqlite::Result<Uppdrag> {
    let roll: String = r.get(4)?;
    Ok(Uppdrag {
        id: r.get(0)?,
        namn: r.get(1)?,
        epost: r.get(2)?,
        telefon: r.get(3)?,
        roll: Roll::from_db(&roll).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                4,
                rusqlite::types::Type::Text,
                format!("okänd roll {roll}").into(),
            )
        })?,
    })
}

/// Everyone, in Swedish alphabetical order by name (SQLite would sort by bytes).
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<Uppdrag>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, namn, epost, telefon, roll FROM uppdrag ORDER BY id")?;
    let mut rows = stmt
        .query_map([], uppdrag)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.sort_by(|a, b| crate::rules::text::swedish_cmp(&a.namn, &b.namn));
    Ok(rows)
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Uppdrag>> {
    conn.query_row(
        "SELECT id, namn, epost, telefon, roll FROM uppdrag WHERE id = ?1",
        [id],
        uppdrag,
    )
    .optional()
}

/// The person registered with this e-mail key, if any.
pub fn by_epost_key(conn: &Connection, key: &str) -> rusqlite::Result<Option<Uppdrag>> {
    conn.query_row(
        "SELECT id, namn, epost, telefon, roll FROM uppdrag WHERE epost_nyckel = ?1",
        [key],
        uppdrag,
    )
    .optional()
}

pub fn insert(tx: &Transaction<'_>, u: &Uppdrag, key: &str) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO uppdrag (namn, epost, epost_nyckel, telefon, roll)
         VALUES (:namn, :epost, :key, :telefon, :roll)",
        named_params! {
            ":namn": u.namn, ":epost": u.epost, ":key": key, ":telefon": u.telefon,
            ":roll": u.roll.as_db(),
        },
    )?;
    Ok(tx.last_insert_rowid())
}

pub fn update(tx: &Transaction<'_>, u: &Uppdrag, key: &str) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE uppdrag SET namn = :namn, epost = :epost, epost_nyckel = :key,
                telefon = :telefon, roll = :roll
         WHERE id = :id",
        named_params! {
            ":id": u.id, ":namn": u.namn, ":epost": u.epost, ":key": key,
            ":telefon": u.telefon, ":roll": u.roll.as_db(),
        },
    )?;
    Ok(())
}

pub fn delete(tx: &Transaction<'_>, id: i64) -> rusqlite::Result<usize> {
    tx.execute("DELETE FROM uppdrag WHERE id = ?1", [id])
}
