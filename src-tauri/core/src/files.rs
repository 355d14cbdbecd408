//! The few file-system steps the data file's safety rests on (flush, replace, remove),
//! written once so they behave the same on Windows and on Linux.
//!
//! Windows differs in three ways that matter here:
//! - a file can only be flushed (`FlushFileBuffers`) through a handle opened for writing;
//! - a file that another handle holds without `FILE_SHARE_DELETE` (SQLite's own handles,
//!   Excel, and for a moment a virus scanner or the search indexer) can be neither renamed
//!   over nor deleted. Our own connections are always closed before such a step; the
//!   retries below only ride out the brief holds of other programs;
//! - a folder cannot be opened as a file, so it cannot be flushed; NTFS journals a rename
//!   itself.
//!
//! Layer: the lowest. Uses no other module of the core.

use std::io;
use std::path::Path;
use std::time::Duration;

/// How long a replace or remove keeps trying while another program holds the file.
#[cfg(windows)]
const RETRY_FOR: Duration = Duration::from_secs(3);
#[cfg(not(windows))]
const RETRY_FOR: Duration = Duration::ZERO;
const RETRY_EVERY: Duration = Duration::from_millis(50);

/// Flushes a whole file's content to disk.
pub fn sync_file(path: &Path) -> io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)?
        .sync_all()
}

/// Makes a rename in `dir` durable: on Unix the folder's entry is flushed; on Windows there
/// is nothing to do (see the module's comment).
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Renames `from` to `to`, replacing `to` if it exists, and makes the rename durable.
pub fn replace(from: &Path, to: &Path) -> io::Result<()> {
    retrying(|| std::fs::rename(from, to))?;
    if let Some(dir) = to.parent().filter(|p| !p.as_os_str().is_empty()) {
        sync_dir(dir);
    }
    Ok(())
}

/// Removes a file; a file that is not there is already removed.
pub fn remove(path: &Path) -> io::Result<()> {
    retrying(|| match std::fs::remove_file(path) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    })
}

/// Whether an error means another program holds the file (Windows' "access denied",
/// "sharing violation" and "lock violation").
pub fn is_held_by_another_program(error: &io::Error) -> bool {
    matches!(error.raw_os_error(), Some(5 | 32 | 33)) && cfg!(windows)
}

/// Why a file step failed, in the officer's words rather than the system's (which on a
/// Swedish Windows may even be in English).
pub fn orsak(error: &io::Error) -> String {
    use io::ErrorKind as Kind;
    if is_held_by_another_program(error) {
        // Windows says "access denied" both for a file another program holds and for a
        // missing permission, so the sentence names both.
        return "filen är öppen i ett annat program (till exempel Excel), skrivskyddad eller \
                så saknas behörighet. Stäng den där och försök igen."
            .to_owned();
    }
    match (error.kind(), error.raw_os_error()) {
        (Kind::NotFound, _) => "filen eller mappen finns inte.".to_owned(),
        (Kind::PermissionDenied, _) => "du har inte behörighet till filen eller mappen.".to_owned(),
        (Kind::StorageFull, _) => "disken är full.".to_owned(),
        (Kind::ReadOnlyFilesystem, _) => "disken går bara att läsa från.".to_owned(),
        (Kind::AlreadyExists, _) => "det finns redan en fil med det namnet.".to_owned(),
        (Kind::IsADirectory, _) => "det är en mapp, inte en fil.".to_owned(),
        (Kind::InvalidData, _) => "filen innehåller något som inte går att läsa.".to_owned(),
        // The system's own text may be English (and is on a Swedish Windows, at times);
        // its number is enough for whoever helps the officer.
        (_, Some(code)) => format!("oväntat fel från systemet (felkod {code})."),
        _ => "oväntat fel från systemet.".to_owned(),
    }
}

fn retrying(mut step: impl FnMut() -> io::Result<()>) -> io::Result<()> {
    let started = std::time::Instant::now();
    loop {
        match step() {
            Err(error) if is_held_by_another_program(&error) && started.elapsed() < RETRY_FOR => {
                std::thread::sleep(RETRY_EVERY);
            }
            result => return result,
        }
    }
}
