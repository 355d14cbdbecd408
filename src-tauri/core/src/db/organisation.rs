//! Tables `organisation`, `ingaende_organisation` and `medel_finansiar`.

use rusqlite::{params, Connection, Row, Transaction};

use crate::domain::organisation::{
    IngaendeOrganisation, Known, Organisation, OrganisationTyp, GOTLAND_KOMMUN, GOTLAND_REGION,
};

/// The förbund's own organisation row is shown with the förbund's name.
const SELECT_COLUMNS: &str = "SELECT o.id, CASE WHEN o.nyckel = 'forbund'
        THEN coalesce((SELECT namn FROM forbund WHERE id = 1), o.namn) ELSE o.namn END,
        o.typ, o.nyckel";

fn organisation(r: &Row<'_>) -> rusqlite::Result<Organisation> {
    let typ: String = r.get(2)?;
    Ok(Organisation {
        id: r.get(0)?,
        namn: r.get(1)?,
        typ: OrganisationTyp::from_db(&typ).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                2,
                rusqlite::types::Type::Text,
                format!("okänd organisationstyp {typ}").into(),
            )
        })?,
        nyckel: r.get(3)?,
    })
}

/// Every organisation with, for a kommun (Region Gotland included, see
/// [`Organisation::kommun_kod`]), its short name: what the organisation picker searches.
pub fn all_with_kortnamn(
    conn: &Connection,
) -> rusqlite::Result<Vec<(Organisation, Option<String>)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_COLUMNS}, (SELECT kortnamn FROM kommun WHERE kod = CASE
            WHEN o.nyckel = ?1 THEN ?2
            WHEN o.nyckel LIKE 'kommun-%' THEN substr(o.nyckel, 8) END)
         FROM organisation o"
    ))?;
    let rows = stmt.query_map([GOTLAND_REGION, GOTLAND_KOMMUN], |r| {
        Ok((organisation(r)?, r.get(4)?))
    })?;
    rows.collect()
}

pub fn by_ids(conn: &Connection, ids: &[i64]) -> rusqlite::Result<Vec<Organisation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_COLUMNS} FROM organisation o WHERE o.id = ?1"
    ))?;
    let mut found = Vec::with_capacity(ids.len());
    for id in ids {
        let mut rows = stmt.query_map([id], organisation)?;
        if let Some(row) = rows.next() {
            found.push(row?);
        }
    }
    Ok(found)
}

pub fn known(conn: &Connection, known: Known) -> rusqlite::Result<Organisation> {
    conn.query_row(
        &format!("{SELECT_COLUMNS} FROM organisation o WHERE o.nyckel = ?1"),
        [known.key()],
        organisation,
    )
}

/// The organisation with the fixed key `key` (`kommun-2080`, `region-20`, `fk`), if any.
pub fn by_key(conn: &Connection, key: &str) -> rusqlite::Result<Option<Organisation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_COLUMNS} FROM organisation o WHERE o.nyckel = ?1"
    ))?;
    let mut rows = stmt.query_map([key], organisation)?;
    rows.next().transpose()
}

/// Whether an organisation with this name key exists.
pub fn name_taken(conn: &Connection, key: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM organisation WHERE namn_nyckel = ?1)",
        [key],
        |r| r.get(0),
    )
}

/// A new organisation of type Övrigt; returns its id.
pub fn insert_ovrigt(tx: &Transaction<'_>, namn: &str, key: &str) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO organisation (typ, namn, namn_nyckel) VALUES ('ovrigt', ?1, ?2)",
        params![namn, key],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The ingående organisationer with their roles, in one query.
pub fn ingaende(conn: &Connection) -> rusqlite::Result<Vec<IngaendeOrganisation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_COLUMNS}, i.medlem, i.finansiar
         FROM organisation o JOIN ingaende_organisation i ON i.organisation_id = o.id"
    ))?;
    let rows = stmt.query_map([], |r| {
        let organisation = organisation(r)?;
        Ok(IngaendeOrganisation::new(
            organisation,
            r.get(4)?,
            r.get(5)?,
        ))
    })?;
    rows.collect()
}

/// Replaces all ingående organisationer and their roles.
pub fn replace_ingaende(
    tx: &Transaction<'_>,
    rows: &[IngaendeOrganisation],
) -> rusqlite::Result<()> {
    // Only what changes is written, so the history records the organisations added,
    // removed or given other roles, not a rewrite of all of them.
    let keep: Vec<i64> = rows.iter().map(|r| r.organisation.id).collect();
    let stored: Vec<i64> = tx
        .prepare_cached("SELECT organisation_id FROM ingaende_organisation")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut remove =
        tx.prepare_cached("DELETE FROM ingaende_organisation WHERE organisation_id = ?1")?;
    for id in stored.iter().filter(|id| !keep.contains(id)) {
        remove.execute([id])?;
    }
    let mut upsert = tx.prepare_cached(
        "INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar) VALUES (?1, ?2, ?3)
         ON CONFLICT (organisation_id) DO UPDATE SET medlem = excluded.medlem,
             finansiar = excluded.finansiar",
    )?;
    for row in rows {
        upsert.execute(params![row.organisation.id, row.medlem, row.finansiar])?;
    }
    Ok(())
}

/// Adds the förbund itself (konsument) to the ingående organisationer.
pub fn add_forbund_itself(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO ingaende_organisation (organisation_id, medlem, finansiar)
         SELECT id, 0, 0 FROM organisation WHERE nyckel = 'forbund'",
        [],
    )?;
    Ok(())
}

/// M6 facts: (organisation id, name, year) of every registered funding share.
pub fn funding(conn: &Connection) -> rusqlite::Result<Vec<(i64, String, i32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.organisation_id,
                CASE WHEN o.nyckel = 'forbund'
                     THEN coalesce((SELECT namn FROM forbund WHERE id = 1), o.namn)
                     ELSE o.namn END,
                m.ar
         FROM medel_finansiar m JOIN organisation o ON o.id = m.organisation_id
         WHERE m.belopp > 0 ORDER BY m.ar, o.namn",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// The year's split of samverkansparterna per financier: (organisation, amount).
pub fn funding_shares(conn: &Connection, year: i32) -> rusqlite::Result<Vec<(Organisation, i64)>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT_COLUMNS}, m.belopp FROM organisation o, medel_finansiar m
         WHERE m.organisation_id = o.id AND m.ar = ?1 ORDER BY m.organisation_id"
    ))?;
    let rows = stmt.query_map([year], |r| Ok((organisation(r)?, r.get(4)?)))?;
    rows.collect()
}

/// Sets one financier's share of samverkansparterna for `year`.
pub fn set_funding_share(
    tx: &Transaction<'_>,
    year: i32,
    organisation_id: i64,
    belopp: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO medel_finansiar (ar, organisation_id, belopp) VALUES (?1, ?2, ?3)
         ON CONFLICT (ar, organisation_id) DO UPDATE SET belopp = excluded.belopp",
        params![year, organisation_id, belopp],
    )?;
    Ok(())
}

/// Removes one financier's share for `year`.
pub fn remove_funding_share(
    tx: &Transaction<'_>,
    year: i32,
    organisation_id: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM medel_finansiar WHERE ar = ?1 AND organisation_id = ?2",
        params![year, organisation_id],
    )?;
    Ok(())
}
