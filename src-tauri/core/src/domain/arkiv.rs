//! Exportarkiv — the record of every exported report, and the formats a report is written in.

/// The file formats of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportFormat {
    Json,
    Xlsx,
    /// The styrelserapport.
    Pdf,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Xlsx => "xlsx",
            Self::Pdf => "pdf",
        }
    }

    /// The format stored in the archive's `format` column.
    pub fn from_extension(extension: &str) -> Option<Self> {
        [Self::Json, Self::Xlsx, Self::Pdf]
            .into_iter()
            .find(|f| f.extension() == extension)
    }

    /// The file name offered in the save dialog: `arsrapport-2025.json`,
    /// `styrelserapport-2025.pdf`.
    pub fn file_name(self, year: i32) -> String {
        let stem = match self {
            Self::Pdf => "styrelserapport",
            Self::Json | Self::Xlsx => "arsrapport",
        };
        format!("{stem}-{year}.{}", self.extension())
    }
}

/// Exportarkiv — one exported report: when, which format, what the check said, where it
/// went and the file's SHA-256, so the officer can show which file was submitted.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportPost {
    pub year: i32,
    /// `ÅÅÅÅ-MM-DD TT:MM:SS`, local time.
    pub tidpunkt: String,
    pub format: ReportFormat,
    pub sokvag: String,
    pub preliminar: bool,
    pub fel: u32,
    pub varningar: u32,
    pub sha256: String,
}
