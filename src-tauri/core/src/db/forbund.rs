//! Table `forbund`: the one förbund of the data file.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use crate::domain::forbund::Forbund;
use crate::rules::forbund::ValidForbund;

pub fn get(conn: &Connection) -> rusqlite::Result<Option<Forbund>> {
    conn.query_row(
        "SELECT namn, organisationsnummer, startdatum, slutdatum FROM forbund WHERE id = 1",
        [],
        |r| {
            Ok(Forbund {
                namn: r.get(0)?,
                organisationsnummer: r.get(1)?,
                startdatum: r.get(2)?,
                slutdatum: r.get(3)?,
            })
        },
    )
    .optional()
}

pub fn insert(tx: &Transaction<'_>, forbund: &ValidForbund) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO forbund (id, namn, organisationsnummer, startdatum, slutdatum)
         VALUES (1, ?1, ?2, ?3, ?4)",
        params![
            forbund.namn,
            forbund.organisationsnummer.as_str(),
            forbund.startdatum,
            forbund.slutdatum
        ],
    )?;
    Ok(())
}

pub fn update(tx: &Transaction<'_>, forbund: &ValidForbund) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE forbund SET namn = ?1, organisationsnummer = ?2, startdatum = ?3, slutdatum = ?4
         WHERE id = 1",
        params![
            forbund.namn,
            forbund.organisationsnummer.as_str(),
            forbund.startdatum,
            forbund.slutdatum
        ],
    )?;
    Ok(())
}
