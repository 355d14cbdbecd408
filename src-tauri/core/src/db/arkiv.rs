//! Table `export_arkiv`: every exported yearly report.

use rusqlite::{named_params, Connection, Transaction};

use crate::domain::arkiv::{ExportPost, ReportFormat};

pub fn insert(tx: &Transaction<'_>, post: &ExportPost) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO export_arkiv (ar, tidpunkt, format, sokvag, preliminar, fel, varningar, sha256)
         VALUES (:ar, :tidpunkt, :format, :sokvag, :preliminar, :fel, :varningar, :sha256)",
        named_params! {
            ":ar": post.year,
            ":tidpunkt": post.tidpunkt,
            ":format": post.format.extension(),
            ":sokvag": post.sokvag,
            ":preliminar": post.preliminar,
            ":fel": post.fel,
            ":varningar": post.varningar,
            ":sha256": post.sha256,
        },
    )?;
    Ok(())
}

/// The year's exports, newest first.
pub fn for_year(conn: &Connection, year: i32) -> rusqlite::Result<Vec<ExportPost>> {
    let mut stmt = conn.prepare_cached(
        "SELECT ar, tidpunkt, format, sokvag, preliminar, fel, varningar, sha256
         FROM export_arkiv WHERE ar = ?1 ORDER BY tidpunkt DESC, id DESC",
    )?;
    let rows = stmt.query_map([year], |r| {
        let format: String = r.get(2)?;
        Ok(ExportPost {
            year: r.get(0)?,
            tidpunkt: r.get(1)?,
            format: ReportFormat::from_extension(&format).unwrap_or(ReportFormat::Json),
            sokvag: r.get(3)?,
            preliminar: r.get(4)?,
            fel: r.get(5)?,
            varningar: r.get(6)?,
            sha256: r.get(7)?,
        })
    })?;
    rows.collect()
}
