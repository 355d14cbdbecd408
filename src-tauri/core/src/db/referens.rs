//! Tables `preciserad_inriktning` and `malgrupp`: the editable reference lists.

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use crate::domain::insats::{Inriktning, Referens};

use crate::domain::insats::ReferensLista;

/// The table and usage query of each list, kept here because only this module knows SQL.
trait ListaSql {
    fn table(self) -> &'static str;
    fn usage_sql(self) -> &'static str;
}

impl ListaSql for ReferensLista {
    fn table(self) -> &'static str {
        match self {
            Self::PreciseradInriktning => "preciserad_inriktning",
            Self::Malgrupp => "malgrupp",
        }
    }

    /// How many insatser use entry `id`.
    fn usage_sql(self) -> &'static str {
        match self {
            Self::PreciseradInriktning => {
                "SELECT count(*) FROM insats WHERE preciserad_inriktning_id = ?1"
            }
            Self::Malgrupp => "SELECT count(*) FROM insats_malgrupp WHERE malgrupp_id = ?1",
        }
    }
}

fn referens(r: &Row<'_>) -> rusqlite::Result<Referens> {
    Ok(Referens {
        id: r.get(0)?,
        namn: r.get(1)?,
        hjalptext: r.get(2)?,
        dold: r.get(3)?,
    })
}

/// The preciserade inriktningar of one inriktning, hidden ones included, by name.
pub fn preciserade(conn: &Connection, inriktning: Inriktning) -> rusqlite::Result<Vec<Referens>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, namn, hjalptext, dold FROM preciserad_inriktning WHERE inriktning = ?1
         ORDER BY id",
    )?;
    let rows = stmt.query_map([inriktning], referens)?;
    rows.collect()
}

pub fn malgrupper(conn: &Connection) -> rusqlite::Result<Vec<Referens>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, namn, hjalptext, dold FROM malgrupp ORDER BY id")?;
    let rows = stmt.query_map([], referens)?;
    rows.collect()
}

/// An entry and, for preciserad inriktning, the inriktning it belongs to.
pub fn get(
    conn: &Connection,
    lista: ReferensLista,
    id: i64,
) -> rusqlite::Result<Option<(Referens, Option<Inriktning>)>> {
    let sql = match lista {
        ReferensLista::PreciseradInriktning => {
            "SELECT id, namn, hjalptext, dold, inriktning FROM preciserad_inriktning WHERE id = ?1"
        }
        ReferensLista::Malgrupp => {
            "SELECT id, namn, hjalptext, dold, NULL FROM malgrupp WHERE id = ?1"
        }
    };
    conn.prepare_cached(sql)?
        .query_row([id], |r| Ok((referens(r)?, r.get(4)?)))
        .optional()
}

pub fn usage(conn: &Connection, lista: ReferensLista, id: i64) -> rusqlite::Result<i64> {
    conn.query_row(lista.usage_sql(), [id], |r| r.get(0))
}

/// The id of the entry with this name key in the same list, if any.
pub fn name_owner(
    conn: &Connection,
    lista: ReferensLista,
    inriktning: Option<Inriktning>,
    key: &str,
) -> rusqlite::Result<Option<i64>> {
    match lista {
        ReferensLista::PreciseradInriktning => conn
            .query_row(
                "SELECT id FROM preciserad_inriktning WHERE inriktning = ?1 AND namn_nyckel = ?2",
                params![inriktning, key],
                |r| r.get(0),
            )
            .optional(),
        ReferensLista::Malgrupp => conn
            .query_row(
                "SELECT id FROM malgrupp WHERE namn_nyckel = ?1",
                [key],
                |r| r.get(0),
            )
            .optional(),
    }
}

pub fn insert(
    tx: &Transaction<'_>,
    lista: ReferensLista,
    inriktning: Option<Inriktning>,
    entry: &Referens,
    key: &str,
) -> rusqlite::Result<i64> {
    match lista {
        ReferensLista::PreciseradInriktning => tx.execute(
            "INSERT INTO preciserad_inriktning (inriktning, namn, namn_nyckel, hjalptext, dold)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![inriktning, entry.namn, key, entry.hjalptext, entry.dold],
        )?,
        ReferensLista::Malgrupp => tx.execute(
            "INSERT INTO malgrupp (namn, namn_nyckel, hjalptext, dold) VALUES (?1, ?2, ?3, ?4)",
            params![entry.namn, key, entry.hjalptext, entry.dold],
        )?,
    };
    Ok(tx.last_insert_rowid())
}

pub fn update(
    tx: &Transaction<'_>,
    lista: ReferensLista,
    entry: &Referens,
    key: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        &format!(
            "UPDATE {} SET namn = ?2, namn_nyckel = ?3, hjalptext = ?4, dold = ?5 WHERE id = ?1",
            lista.table()
        ),
        params![entry.id, entry.namn, key, entry.hjalptext, entry.dold],
    )?;
    Ok(())
}

pub fn delete(tx: &Transaction<'_>, lista: ReferensLista, id: i64) -> rusqlite::Result<usize> {
    tx.execute(
        &format!("DELETE FROM {} WHERE id = ?1", lista.table()),
        [id],
    )
}
