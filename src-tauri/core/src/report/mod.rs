//! The yearly report (årsrapport): everything the officer submits and archives for a year,
//! gathered once from the same use cases the screens use, then rendered as JSON (and, in a
//! later step, XLSX). Files are written atomically: a temporary file beside the target,
//! synced, then renamed over it, so a crash never leaves half a report.

mod model;
pub mod xlsx;

pub use model::*;

use std::io::Write;
use std::path::Path;

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
    file.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

impl Service {
    /// Exports year `year` as a JSON report to `path`, written atomically. A report with
    /// errors from the pre-submission check is marked preliminär inside.
    pub fn export_json(&self, year: i32, path: &Path) -> crate::Result<Arsrapport> {
        let report = self.arsrapport(year)?;
        write_atomically(path, to_json(&report).as_bytes())?;
        Ok(report)
    }

    /// Exports year `year` as an XLSX workbook to `path`, written atomically.
    pub fn export_xlsx(&self, year: i32, path: &Path) -> crate::Result<Arsrapport> {
        let report = self.arsrapport(year)?;
        write_atomically(path, &xlsx::render(&report)?)?;
        Ok(report)
    }
}

/// The file formats of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportFormat {
    Json,
    Xlsx,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Xlsx => "xlsx",
        }
    }

    /// The file name offered in the save dialog: `arsrapport-2025.json`.
    pub fn file_name(self, year: i32) -> String {
        format!("arsrapport-{year}.{}", self.extension())
    }
}

/// What an export wrote, for the UI to say.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportResult {
    pub path: String,
    pub preliminar: bool,
    #[ts(type = "number")]
    pub fel: usize,
    #[ts(type = "number")]
    pub varningar: usize,
}

impl Service {
    /// "Exportera årsrapport" of `year` in `format` to `path`.
    pub fn export_report(
        &self,
        year: i32,
        format: ReportFormat,
        path: &Path,
    ) -> crate::Result<ExportResult> {
        let report = match format {
            ReportFormat::Json => self.export_json(year, path)?,
            ReportFormat::Xlsx => self.export_xlsx(year, path)?,
        };
        Ok(ExportResult {
            path: path.display().to_string(),
            preliminar: report.preliminar,
            fel: report.kontroll.fel.len(),
            varningar: report.kontroll.varningar.len(),
        })
    }
}
