//! Baselines of the larger reads: the whole report, the insats panel and the organisation
//! picker, each with only the statements it needs, every row read into plain tuples.

use std::hint::black_box;

use rusqlite::{params, Connection};

use super::raw::*;

/// Everything a report holds beyond the check: the förbund page's lists, and each running
/// insats's details (preciserad inriktning, målgrupper, counts) in joins.
pub fn raw_report(conn: &Connection, year: i32) -> usize {
    let mut n = raw_kontroll(conn, year) + raw_roles(conn);
    let mut omrade = conn
        .prepare_cached(
            "SELECT v.kommun_kod, k.kortnamn, l.namn, s.namn FROM verksamhetsomrade v
             JOIN kommun k ON k.kod = v.kommun_kod JOIN lan l ON l.kod = k.lan_kod
             LEFT JOIN stadsdel s ON s.id = v.stadsdel_id",
        )
        .expect("prepare");
    n += omrade
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })
        .expect("query")
        .count();
    let (first, last) = year_bounds(year);
    let mut insatser = conn
        .prepare_cached(
            "SELECT i.id, i.namn, i.inriktning, i.foljer_deltagare, i.esf, p.namn,
                    i.beskrivning, i.startdatum, i.slutdatum, i.avslutad,
                    d.kvinnor, d.man, d.antal
             FROM insats i INDEXED BY insats_running
             LEFT JOIN preciserad_inriktning p ON p.id = i.preciserad_inriktning_id
             LEFT JOIN deltagare d ON d.insats_id = i.id AND d.ar = ?3
             WHERE coalesce(i.slutdatum, '9999-12-31') >= ?1 AND i.startdatum <= ?2
             ORDER BY i.namn_nyckel",
        )
        .expect("prepare");
    type Insats = (i64, String, String, bool, bool, Option<String>, String);
    let rows: Vec<(Insats, Row3)> = insatser
        .query_map(params![first, last, year], |r| {
            Ok((
                (
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ),
                (r.get(10)?, r.get(11)?, r.get(12)?),
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut malgrupper = conn
        .prepare_cached(
            "SELECT im.insats_id, m.namn FROM insats_malgrupp im
             JOIN malgrupp m ON m.id = im.malgrupp_id
             WHERE im.insats_id IN (SELECT id FROM insats INDEXED BY insats_running
                 WHERE coalesce(slutdatum, '9999-12-31') >= ?1 AND startdatum <= ?2)",
        )
        .expect("prepare");
    n += malgrupper
        .query_map(params![first, last], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })
        .expect("query")
        .count();
    n + rows.len()
}

pub fn raw_insats_detail(conn: &Connection, id: i64) -> usize {
    black_box(raw_forbund(conn));
    let record: (String, Option<String>, String, String, Option<String>) = conn
        .prepare_cached(
            "SELECT i.namn, p.namn, i.beskrivning, i.startdatum, i.slutdatum FROM insats i
             LEFT JOIN preciserad_inriktning p ON p.id = i.preciserad_inriktning_id
             WHERE i.id = ?1",
        )
        .expect("prepare")
        .query_row([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .expect("insats");
    let mut malgrupper = conn
        .prepare_cached(
            "SELECT m.id, m.namn FROM insats_malgrupp im JOIN malgrupp m ON m.id = im.malgrupp_id
             WHERE im.insats_id = ?1 ORDER BY m.id",
        )
        .expect("prepare");
    let mut n = malgrupper
        .query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .expect("query")
        .count();
    let mut counts = conn
        .prepare_cached(
            "SELECT ar, kvinnor, man, antal FROM deltagare WHERE insats_id = ?1 ORDER BY ar",
        )
        .expect("prepare");
    n += counts
        .query_map([id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })
        .expect("query")
        .count();
    let mut ansvariga = conn
        .prepare_cached(
            "SELECT u.id, u.namn FROM insats_deltagaransvarig d
             JOIN uppdrag u ON u.id = d.uppdrag_id WHERE d.insats_id = ?1 ORDER BY u.namn",
        )
        .expect("prepare");
    n += ansvariga
        .query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .expect("query")
        .count();
    black_box(record);
    n
}

/// The organisation search folds å, ä and ö, which SQLite's LIKE does not: every
/// organisation is read (the förbund's own row under the förbund's name) and matched in
/// Rust, a kommun also by its short name (since 1 December 2026). The baseline is that
/// read, the short names included.
pub fn raw_organisations(conn: &Connection) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.id, CASE WHEN o.nyckel = 'forbund'
                    THEN coalesce((SELECT namn FROM forbund WHERE id = 1), o.namn)
                    ELSE o.namn END, o.typ, o.nyckel,
                    (SELECT kortnamn FROM kommun WHERE kod = CASE
                        WHEN o.nyckel = 'region-09' THEN '0980'
                        WHEN o.nyckel LIKE 'kommun-%' THEN substr(o.nyckel, 8) END)
             FROM organisation o",
        )
        .expect("prepare");
    type Found = (i64, String, String, Option<String>, Option<String>);
    let rows: Vec<Found> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows.len()
}
