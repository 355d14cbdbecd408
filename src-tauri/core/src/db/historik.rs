//! Historik: the change history. The schema's triggers record every change (migration V6);
//! this module opens and closes the user action a write belongs to, and reads the history.
//! There is deliberately no function here that updates or deletes history.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, Transaction};

use crate::domain::historik::{Row, Scope};

/// Handling: the user action a write belongs to, e.g. "Spara budget och utfall 2025".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handling {
    pub text: String,
    pub tidpunkt: NaiveDateTime,
}

impl Handling {
    pub fn new(text: impl Into<String>, tidpunkt: NaiveDateTime) -> Self {
        Self {
            text: text.into(),
            tidpunkt,
        }
    }
}

/// The stored form of a handling's time: local time to the second.
pub const TIDPUNKT: &str = "%Y-%m-%d %H:%M:%S";

/// Opens `handling` for the transaction's changes. The handling row itself is stored only
/// if something changes (by the trigger `historik_handling_first`).
pub(crate) fn begin(tx: &Transaction<'_>, handling: &Handling) -> rusqlite::Result<()> {
    // Cached, as is `end`: every write runs both.
    tx.prepare_cached(
        "INSERT OR REPLACE INTO historik_pagaende (id, handling_id, tidpunkt, handling)
         VALUES (1, (SELECT coalesce(max(id), 0) + 1 FROM historik_handling), ?1, ?2)",
    )?
    .execute(params![
        handling.tidpunkt.format(TIDPUNKT).to_string(),
        handling.text
    ])?;
    Ok(())
}

/// Closes the transaction's handling, before commit.
pub(crate) fn end(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM historik_pagaende")?
        .execute([])?;
    Ok(())
}

const FORBUND_TABLES: &str =
    "'forbund', 'verksamhetsomrade', 'ingaende_organisation', 'organisation', 'uppdrag',
     'uppdrag_arbetsgivare', 'fil'";
const REFERENS_TABLES: &str =
    "'preciserad_inriktning', 'malgrupp', 'eget_kapital_steg', 'eget_kapital_kalla'";

/// The newest rows of `scope` older than row `before` (all when `None`), at most `limit`,
/// newest first. Each scope reads by its own index, so the cost does not grow with the
/// history of other insatser or years.
pub fn rows(
    conn: &Connection,
    scope: Scope,
    before: Option<i64>,
    limit: u32,
) -> rusqlite::Result<Vec<Row>> {
    let filter = match scope {
        Scope::Forbund => format!("h.tabell IN ({FORBUND_TABLES})"),
        Scope::Referenslistor => format!("h.tabell IN ({REFERENS_TABLES})"),
        Scope::Insats(_) => "h.insats_id = ?1".to_owned(),
        Scope::Year(_) => "h.ar = ?1".to_owned(),
    };
    // Every scope binds ?1 (the scopes that filter by table do not use it; SQLite allows
    // the gap) so one parameter list fits all four statements.
    let key: i64 = match scope {
        Scope::Insats(id) => id,
        Scope::Year(year) => i64::from(year),
        Scope::Forbund | Scope::Referenslistor => 0,
    };
    let sql = format!(
        "SELECT h.id, h.handling_id, a.tidpunkt, a.handling, h.tabell, h.insats_id, i.namn,
                h.ar, h.post, h.falt, h.gammalt, h.nytt
         FROM historik h
         LEFT JOIN historik_handling a ON a.id = h.handling_id
         LEFT JOIN insats i ON i.id = h.insats_id
         WHERE {filter} AND h.id < ?2
         ORDER BY h.id DESC LIMIT ?3"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![key, before.unwrap_or(i64::MAX), limit], |r| {
        Ok(Row {
            id: r.get(0)?,
            handling_id: r.get(1)?,
            tidpunkt: r.get(2)?,
            handling: r.get(3)?,
            tabell: r.get(4)?,
            insats_id: r.get(5)?,
            insats_namn: r.get(6)?,
            year: r.get(7)?,
            post: r.get(8)?,
            falt: r.get(9)?,
            gammalt: r.get(10)?,
            nytt: r.get(11)?,
        })
    })?;
    rows.collect()
}

/// Records one entry outside the tables the triggers watch: a restore from a backup.
pub fn record_restore(tx: &Transaction<'_>, backup_name: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO historik (handling_id, tabell, falt, gammalt, nytt)
         VALUES ((SELECT handling_id FROM historik_pagaende), 'fil', 'aterstalld', NULL, ?1)",
        [backup_name],
    )?;
    Ok(())
}
