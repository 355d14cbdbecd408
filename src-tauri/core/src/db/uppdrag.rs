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
        arbetsgivare_id: r.get(5)?,
        arbetsgivare: r.get(6)?,
    })
}

/// The columns [`uppdrag`] reads, with the employer (U2).
const COLUMNS: &str = "SELECT u.id, u.namn, u.epost, u.telefon, u.roll, a.organisation_id, o.namn
     FROM uppdrag u
     LEFT JOIN uppdrag_arbetsgivare a ON a.uppdrag_id = u.id
     LEFT JOIN organisation o ON o.id = a.organisation_id";

/// Sets (or, with `None`, clears) a person's employer (U2).
pub fn set_arbetsgivare(
    tx: &Transaction<'_>,
    uppdrag_id: i64,
    organisation_id: Option<i64>,
) -> rusqlite::Result<()> {
    match organisation_id {
        Some(org) => tx.execute(
            "INSERT INTO uppdrag_arbetsgivare (uppdrag_id, organisation_id) VALUES (?1, ?2)
             ON CONFLICT (uppdrag_id) DO UPDATE SET organisation_id = excluded.organisation_id",
            [uppdrag_id, org],
        )?,
        None => tx.execute(
            "DELETE FROM uppdrag_arbetsgivare WHERE uppdrag_id = ?1",
            [uppdrag_id],
        )?,
    };
    Ok(())
}

/// U2: every link from a deltagaransvarig to a strukturövergripande insats, as (person,
/// insats id, insats name); kept from before the rule, listed by the förhandskontroll.
pub fn struktur_links(conn: &Connection) -> rusqlite::Result<Vec<(String, i64, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT u.namn, i.id, i.namn FROM insats_deltagaransvarig d
         JOIN uppdrag u ON u.id = d.uppdrag_id
         JOIN insats i ON i.id = d.insats_id
         WHERE i.inriktning = 'strukturovergripande'
         ORDER BY i.namn_nyckel, u.namn",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// Everyone, in Swedish alphabetical order by name (SQLite would sort by bytes).
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<Uppdrag>> {
    let mut stmt = conn.prepare_cached(&format!("{COLUMNS} ORDER BY u.id"))?;
    let mut rows = stmt
        .query_map([], uppdrag)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.sort_by(|a, b| crate::rules::text::swedish_cmp(&a.namn, &b.namn));
    Ok(rows)
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Uppdrag>> {
    conn.prepare_cached(&format!("{COLUMNS} WHERE u.id = ?1"))?
        .query_row([id], uppdrag)
        .optional()
}

/// The person registered with this e-mail key, if any.
pub fn by_epost_key(conn: &Connection, key: &str) -> rusqlite::Result<Option<Uppdrag>> {
    conn.prepare_cached(&format!("{COLUMNS} WHERE u.epost_nyckel = ?1"))?
        .query_row([key], uppdrag)
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
