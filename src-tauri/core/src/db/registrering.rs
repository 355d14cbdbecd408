//! Table `registrering`: the "Registrerad" ticks of "Registrera i Uppföljning Finsam", with
//! the details as registered. History is written by the schema's triggers (V15).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{named_params, Connection, Transaction};

/// The details as registered: (label, value) pairs in the form's order.
pub type Uppgifter = Vec<(String, String)>;

/// A stored tick: the day and the details registered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registrerad {
    pub datum: NaiveDate,
    pub uppgifter: Uppgifter,
}

/// The year's ticks by line key. A snapshot that does not read as pairs (written by hand)
/// reads as empty, so every detail then shows as changed rather than failing the view.
pub fn ticks(conn: &Connection, year: i32) -> rusqlite::Result<HashMap<String, Registrerad>> {
    let mut stmt =
        conn.prepare_cached("SELECT nyckel, datum, uppgifter FROM registrering WHERE ar = ?1")?;
    let rows = stmt.query_map([year], |r| {
        let uppgifter: String = r.get(2)?;
        Ok((
            r.get::<_, String>(0)?,
            Registrerad {
                datum: r.get(1)?,
                uppgifter: serde_json::from_str(&uppgifter).unwrap_or_default(),
            },
        ))
    })?;
    rows.collect()
}

/// Ticks line `key` of `year` (again): a re-tick keeps the line and updates day and details.
pub fn tick(
    tx: &Transaction<'_>,
    year: i32,
    key: &str,
    insats_id: i64,
    etikett: &str,
    tick: &Registrerad,
) -> rusqlite::Result<()> {
    let uppgifter = serde_json::to_string(&tick.uppgifter)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    tx.execute(
        "INSERT INTO registrering (ar, nyckel, insats_id, etikett, datum, uppgifter)
         VALUES (:ar, :nyckel, :insats_id, :etikett, :datum, :uppgifter)
         ON CONFLICT (ar, nyckel) DO UPDATE SET
             etikett = excluded.etikett, datum = excluded.datum, uppgifter = excluded.uppgifter",
        named_params! {
            ":ar": year,
            ":nyckel": key,
            ":insats_id": insats_id,
            ":etikett": etikett,
            ":datum": tick.datum,
            ":uppgifter": uppgifter,
        },
    )?;
    Ok(())
}

/// Takes the tick away.
pub fn untick(tx: &Transaction<'_>, year: i32, key: &str) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM registrering WHERE ar = ?1 AND nyckel = ?2",
        rusqlite::params![year, key],
    )?;
    Ok(())
}
