//! Table `forbund`: the one förbund of the data file.

use rusqlite::{named_params, Connection, OptionalExtension, Transaction};

use crate::domain::forbund::Forbund;
use crate::rules::forbund::ValidForbund;

pub fn get(conn: &Connection) -> rusqlite::Result<Option<Forbund>> {
    // Cached: nearly every use case reads the förbund first.
    conn.prepare_cached(
        "SELECT namn, organisationsnummer, startdatum, slutdatum, beskrivning, gatuadress,
                postnummer, ort, kontakt_namn, kontakt_telefon, kontakt_epost
         FROM forbund WHERE id = 1",
    )?
    .query_row([], |r| {
        Ok(Forbund {
            namn: r.get(0)?,
            organisationsnummer: r.get(1)?,
            startdatum: r.get(2)?,
            slutdatum: r.get(3)?,
            beskrivning: r.get(4)?,
            gatuadress: r.get(5)?,
            postnummer: r.get(6)?,
            ort: r.get(7)?,
            kontakt_namn: r.get(8)?,
            kontakt_telefon: r.get(9)?,
            kontakt_epost: r.get(10)?,
        })
    })
    .optional()
}

pub fn insert(tx: &Transaction<'_>, forbund: &ValidForbund) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO forbund (id, namn, organisationsnummer, startdatum, slutdatum)
         VALUES (1, :namn, :orgnr, :start, :slut)",
        named_params! {
            ":namn": forbund.namn,
            ":orgnr": forbund.organisationsnummer.as_str(),
            ":start": forbund.startdatum,
            ":slut": forbund.slutdatum,
        },
    )?;
    update(tx, forbund)
}

pub fn update(tx: &Transaction<'_>, forbund: &ValidForbund) -> rusqlite::Result<()> {
    let d = &forbund.details;
    tx.execute(
        "UPDATE forbund SET namn = :namn, organisationsnummer = :orgnr, startdatum = :start,
                slutdatum = :slut, beskrivning = :beskrivning, gatuadress = :gatuadress,
                postnummer = :postnummer, ort = :ort, kontakt_namn = :kontakt_namn,
                kontakt_telefon = :kontakt_telefon, kontakt_epost = :kontakt_epost
         WHERE id = 1",
        named_params! {
            ":namn": forbund.namn,
            ":orgnr": forbund.organisationsnummer.as_str(),
            ":start": forbund.startdatum,
            ":slut": forbund.slutdatum,
            ":beskrivning": d.beskrivning,
            ":gatuadress": d.gatuadress,
            ":postnummer": d.postnummer,
            ":ort": d.ort,
            ":kontakt_namn": d.kontakt_namn,
            ":kontakt_telefon": d.kontakt_telefon,
            ":kontakt_epost": d.kontakt_epost,
        },
    )?;
    Ok(())
}
