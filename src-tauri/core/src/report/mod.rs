//! The yearly report (årsrapport): everything the officer submits and archives for a year,
//! gathered once from the same use cases the screens use, then rendered as JSON or XLSX, and
//! the import of such reports into a new data file. Files are written atomically: a
//! temporary file beside the target, synced, then renamed over it, so a crash never leaves
//! half a report.
//!
//! Layer: built on the use cases. May use `crate::{ops, db, rules, domain, error, money,
//! files, clock, settings}`; never `backup` or `api`.

pub mod import;
pub mod inlasning;
mod inrapportering;
mod model;
pub mod pdf;
pub mod xlsx;

pub use model::*;

use std::io::Write;
use std::path::Path;

use crate::domain::arkiv::{ExportPost, ReportFormat};
use crate::error::CoreError;
use crate::ops::Service;

/// The `format` field of every JSON report.
pub const FORMAT: &str = "finsamkollen-arsrapport";
/// The `version` field; raise it on any incompatible change (see docs/arsrapport.md).
pub const VERSION: u32 = 1;

/// The report as JSON: stable key order (the structs' field order), ISO dates, whole
/// kronor as integers, two-space indentation and a final newline.
pub fn to_json(report: &Arsrapport) -> String {
    let mut text = serde_json::to_string_pretty(report).unwrap_or_default();
    text.push('\n');
    text
}

/// Writes `bytes` to `path` atomically: never a half-written file, even on a crash.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> crate::Result<()> {
    let io = |source| CoreError::Io {
        path: path.to_owned(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    file.write_all(bytes).map_err(io)?;
    file.as_file().sync_all().map_err(io)?;
    // Closed before the rename, which on Windows fails while the old file is open in
    // another program (an earlier export still open in Excel); the message says so.
    let written = file.into_temp_path().keep().map_err(|e| io(e.error))?;
    if let Err(error) = crate::files::replace(&written, path) {
        let _ = crate::files::remove(&written);
        return Err(io(error));
    }
    Ok(())
}

impl Service {
    /// Exports year `year` as a JSON report to `path`, written atomically. A report with
    /// errors from the pre-submission check is marked preliminär inside.
    pub fn export_json(&mut self, year: i32, path: &Path) -> crate::Result<ExportPost> {
        self.export_report(year, ReportFormat::Json, path)
    }

    /// Exports year `year` as an XLSX workbook to `path`, written atomically.
    pub fn export_xlsx(&mut self, year: i32, path: &Path) -> crate::Result<ExportPost> {
        self.export_report(year, ReportFormat::Xlsx, path)
    }

    /// Exports year `year`'s styrelserapport (PDF, with every year on its second page) to
    /// `path`, written atomically.
    pub fn export_pdf(&mut self, year: i32, path: &Path) -> crate::Result<ExportPost> {
        self.export_report(year, ReportFormat::Pdf, path)
    }
}

/// The SHA-256 of `bytes` as 64 hexadecimal digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Service {
    /// "Exportera årsrapport" of `year` in `format` to `path`: writes the file atomically
    /// and records it in the archive.
    pub fn export_report(
        &mut self,
        year: i32,
        format: ReportFormat,
        path: &Path,
    ) -> crate::Result<ExportPost> {
        let report = self.arsrapport(year)?;
        let bytes = match format {
            ReportFormat::Json => to_json(&report).into_bytes(),
            ReportFormat::Xlsx => xlsx::render(&report)?,
            ReportFormat::Pdf => pdf::render(&report, &self.all_years()?)?,
        };
        write_atomically(path, &bytes)?;
        let post = ExportPost {
            year,
            tidpunkt: self.clock().now().format("%Y-%m-%d %H:%M:%S").to_string(),
            format,
            sokvag: path.display().to_string(),
            preliminar: report.preliminar,
            fel: u32::try_from(report.kontroll.fel.len()).unwrap_or(u32::MAX),
            varningar: u32::try_from(report.kontroll.varningar.len()).unwrap_or(u32::MAX),
            sha256: sha256_hex(&bytes),
        };
        let action = match format {
            ReportFormat::Pdf => "Exportera styrelserapport",
            ReportFormat::Json | ReportFormat::Xlsx => "Exportera årsrapport",
        };
        self.write(action, |tx| Ok(crate::db::arkiv::insert(tx, &post)?))?;
        Ok(post)
    }

    /// The year's exports, newest first.
    pub fn exports(&self, year: i32) -> crate::Result<Vec<ExportPost>> {
        Ok(crate::db::arkiv::for_year(self.db().conn(), year)?)
    }
}
