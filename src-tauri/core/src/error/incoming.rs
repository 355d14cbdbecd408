//! Refusals of a file brought in from outside: an årsrapport to import (`report::import`)
//! or the workbook "Läs in tidigare år" reads (`report::inlasning::arbetsbok`). Each is a
//! [`CoreError::Incoming`], with its own stable code; none concerns a form field.

use std::path::PathBuf;

use super::words::{megabytes, prefix, tusental, vid};
#[cfg(doc)]
use super::CoreError;

/// A file from outside that the core will not read in. The `Display` text is the Swedish
/// message shown to the officer.
#[derive(Debug, thiserror::Error)]
pub enum IncomingFileError {
    /// `path` is where in the file (a JSON path such as `medel.samverkansparterna`), or
    /// empty when the problem is the whole file.
    #[error("{}{}. Ingen datafil skapades.", prefix(file), vid(message, path))]
    Import {
        file: String,
        path: String,
        message: String,
    },

    #[error(
        "{file} är {} stor och läses inte: en årsrapport från Finsamkollen är sällan större än \
         50 kB, och en fil över {} kan inte vara en. Ingen datafil skapades.",
        megabytes(*size),
        megabytes(*limit)
    )]
    ImportTooLarge { file: String, size: u64, limit: u64 },

    #[error("Det finns redan en fil {path}. Importen skapar alltid en ny datafil.")]
    ImportTargetExists { path: PathBuf },

    // --- "Läs in tidigare år": the workbook itself (report::inlasning::arbetsbok) ------
    #[error(
        "{file} är större än {} ({}) och kan inte läsas in. Spara de blad som ska läsas in \
         i en egen, mindre arbetsbok och välj den i stället.",
        megabytes(*limit),
        megabytes(*size)
    )]
    ArbetsbokTooLarge { file: String, size: u64, limit: u64 },

    #[error(
        "{file} har fler än {} rader och kan inte läsas in. Spara de rader som ska läsas in \
         i en egen arbetsbok och välj den i stället.",
        tusental(*limit as u64)
    )]
    ArbetsbokTooManyRows { file: String, limit: usize },

    /// Rows that reach far to the right: a sheet is read as a grid, so its width counts too.
    #[error(
        "{file} är för stor för att läsas in: bladen sträcker sig över fler än {} celler. \
         Kopiera tabellen som ska läsas in till en ny arbetsbok och välj den i stället.",
        tusental(*limit as u64)
    )]
    ArbetsbokTooManyCells { file: String, limit: usize },

    #[error(
        "{file} är skyddad med lösenord och kan inte läsas in. Öppna den i Excel eller \
         LibreOffice, ta bort lösenordet, spara den och välj den igen."
    )]
    ArbetsbokPassword { file: String },

    /// `detail` is the reader's own account (English, technical), for a support case
    /// ([`CoreError::technical_detail`]); the officer reads the sentence.
    #[error(
        "{file} är skadad: en del av filen går inte att läsa. Öppna den i Excel eller \
         LibreOffice och spara den på nytt, eller välj en annan kopia av den."
    )]
    ArbetsbokDamaged { file: String, detail: String },

    /// `what` says what the file is instead ("är en PDF-fil, inte en arbetsbok,", the
    /// comma before "och" its own).
    #[error(
        "{file} {what} och kan inte läsas in. Välj en arbetsbok sparad i Excel (.xlsx eller \
         .xls) eller LibreOffice (.ods), eller en CSV-fil."
    )]
    ArbetsbokNotWorkbook { file: String, what: &'static str },
}

impl IncomingFileError {
    /// A stable, machine-readable code. The UI and tests match on it; never reword it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Import { .. } => "import_refused",
            Self::ImportTooLarge { .. } => "import_too_large",
            Self::ImportTargetExists { .. } => "import_target_exists",
            Self::ArbetsbokTooLarge { .. } => "arbetsbok_too_large",
            Self::ArbetsbokTooManyRows { .. } => "arbetsbok_too_many_rows",
            Self::ArbetsbokTooManyCells { .. } => "arbetsbok_too_many_cells",
            Self::ArbetsbokPassword { .. } => "arbetsbok_password",
            Self::ArbetsbokDamaged { .. } => "arbetsbok_damaged",
            Self::ArbetsbokNotWorkbook { .. } => "arbetsbok_not_workbook",
        }
    }
}
