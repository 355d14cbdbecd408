//! Refusals of the data file itself when it is opened (`db::file`, `ops`): not a
//! Finsamkollen file, made by a newer version, damaged, or empty. Each is a
//! [`CoreError::DataFile`], with its own stable code; the file is never changed.

use std::path::PathBuf;

use super::words::empty_size;
#[cfg(doc)]
use super::CoreError;

/// A data file the core will not open as it is. The `Display` text is the Swedish message
/// shown to the officer.
#[derive(Debug, thiserror::Error)]
pub enum DataFileError {
    #[error(
        "Filen {path} är inte en Finsamkollen-datafil. Finsamkollen kan inte läsa den. \
         Filen har inte ändrats."
    )]
    NotADatabase { path: PathBuf },

    #[error(
        "Filen {path} är en databas från ett annat program, inte en Finsamkollen-datafil. \
         Filen har inte ändrats."
    )]
    ForeignDatabase { path: PathBuf },

    #[error(
        "Datafilen {path} är skapad av en nyare version av Finsamkollen (schemaversion \
         {file_version}; den här versionen känner till version {app_version}). Uppdatera \
         Finsamkollen för att öppna den. Filen har inte ändrats."
    )]
    NewerSchema {
        path: PathBuf,
        file_version: i64,
        app_version: i64,
    },

    /// `detail` is SQLite's own account ("database disk image is malformed", "*** in
    /// database main *** Tree 3 page 3: …"), kept for whoever repairs the file
    /// ([`Self::technical_detail`]); the officer reads the sentence.
    #[error(
        "Datafilen {path} är skadad: en del av filen går inte att läsa, så den kan inte \
         öppnas. Filen har inte ändrats."
    )]
    Corrupt { path: PathBuf, detail: String },

    /// A data file of 0 bytes where a backup of it can be restored (see `Service::open_app`).
    #[error(
        "Datafilen {path} är tom: den innehåller ingenting, inte ens början av en datafil, \
         fast det finns säkerhetskopior av den. Det händer när en kopiering eller \
         synkronisering avbryts eller disken blir full. Återställ en säkerhetskopia. Filen \
         har inte ändrats."
    )]
    EmptyDataFile { path: PathBuf },

    /// A data file that is empty (0 bytes, or nothing but NUL bytes) with no backup to
    /// restore: never taken for a new file without the officer's say. The app asks this
    /// question; the answer is `Service::start_in_empty_file` or another file.
    #[error(
        "Filen {path} är tom ({}). Skapa ett nytt förbund i den, eller öppna en annan fil?",
        empty_size(*bytes)
    )]
    EmptyDataFileAsk { path: PathBuf, bytes: u64 },
}

impl DataFileError {
    /// A stable, machine-readable code. The UI and tests match on it; never reword it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotADatabase { .. } => "file_not_database",
            Self::ForeignDatabase { .. } => "file_foreign",
            Self::NewerSchema { .. } => "file_newer_schema",
            Self::Corrupt { .. } => "file_corrupt",
            Self::EmptyDataFile { .. } => "file_empty",
            Self::EmptyDataFileAsk { .. } => "file_empty_ask",
        }
    }
}
