//! The refusals of "Mina förbund" (`ops::mina_forbund`): a remembered file that is gone,
//! a file the list does not hold, and a new förbund's file where one already is. Each is a
//! [`CoreError::MinaForbund`], with its own stable code.

use std::path::PathBuf;

#[cfg(doc)]
use super::CoreError;

/// A data file "Mina förbund" will not open or make. The `Display` text is the Swedish
/// message shown to the officer.
#[derive(Debug, thiserror::Error)]
pub enum MinaForbundError {
    /// A file in "Mina förbund" that has been moved or deleted.
    #[error(
        "Filen finns inte längre på {path}. Den kan ha flyttats eller tagits bort. Välj \
         ”Öppna en annan fil …” om du vet var den finns nu."
    )]
    DataFileMissing { path: PathBuf },

    /// The menu opens only the files it lists; any other goes through "Öppna en annan fil".
    #[error(
        "Filen {path} finns inte i Mina förbund. Välj ”Öppna en annan fil …” för att öppna \
         den."
    )]
    NotRemembered { path: PathBuf },

    /// "Nytt förbund …" always makes a new file; it never opens or overwrites one.
    #[error(
        "Det finns redan en fil {path}. Ett nytt förbund får alltid en ny datafil: välj ett \
         annat namn. Filen har inte ändrats."
    )]
    NewFileExists { path: PathBuf },
}

impl MinaForbundError {
    /// A stable, machine-readable code. The UI and tests match on it; never reword it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::DataFileMissing { .. } => "file_missing",
            Self::NotRemembered { .. } => "file_not_remembered",
            Self::NewFileExists { .. } => "new_file_exists",
        }
    }
}
