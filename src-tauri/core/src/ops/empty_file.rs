//! An empty data file: 0 bytes, or nothing but NUL bytes, as a copy or sync that died, or
//! a full disk, leaves behind. It is never taken for a new file without the officer's say:
//! with a backup to restore it is refused (`DataFileError::EmptyDataFile`, the recovery
//! screen); without one the app asks (`DataFileError::EmptyDataFileAsk`), and the answer
//! "Skapa ett nytt förbund i den" is [`Service::start_in_empty_file`], which sets the empty
//! file aside as `… (tom)` before anything is written.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::Service;
use crate::clock::Clock;
use crate::error::CoreError;
#[cfg(doc)]
use crate::error::DataFileError;

/// How far a file of NUL bytes is read to tell it from a data file. A data file's first
/// byte is never NUL ("SQLite format 3"), so only a file of zeros is read this far.
const ZEROS_READ_AT_MOST: u64 = 64 * 1024 * 1024;

/// The size of the file at `path` when it is empty (0 bytes, or nothing but NUL bytes);
/// `None` for a file with content, a folder or no file. Only reads.
pub(crate) fn empty_size(path: &Path) -> Option<u64> {
    let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
    let len = meta.len();
    if len == 0 {
        return Some(0);
    }
    if len > ZEROS_READ_AT_MOST {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(ZEROS_READ_AT_MOST)
        .read_to_end(&mut bytes)
        .ok()?;
    bytes.iter().all(|b| *b == 0).then_some(len)
}

/// Where the empty file at `path` is set aside: `forbund.db (tom)`, or `forbund.db (tom 2)`
/// and onwards when an earlier one is still there.
pub fn aside_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (1..)
        .map(|n| {
            let suffix = if n == 1 {
                " (tom)".to_owned()
            } else {
                format!(" (tom {n})")
            };
            path.with_file_name(format!("{name}{suffix}"))
        })
        .find(|candidate| std::fs::symlink_metadata(candidate).is_err())
        .unwrap_or_else(|| path.with_file_name(format!("{name} (tom)")))
}

impl Service {
    /// "Skapa ett nytt förbund i den": the answer to [`DataFileError::EmptyDataFileAsk`]. The
    /// empty file is set aside as `… (tom)` first, then a new data file is made at `path`
    /// as `Service::open_app` makes one. A file that has content by now is opened as it
    /// is (or refused as any file is); a file with a backup to restore is refused, as at
    /// start. Without the daily backup: `Service::start_in_empty_file` (in `backup::open`)
    /// installs it.
    pub(crate) fn start_in_empty_file_without_backup(
        path: &Path,
        clock: Clock,
        settings_file: &Path,
    ) -> crate::Result<Self> {
        if empty_size(path).is_some() {
            super::refuse_empty(path, Some(settings_file), false)?;
            let aside = aside_path(path);
            crate::files::replace(path, &aside).map_err(|source| CoreError::Io {
                path: path.to_owned(),
                source,
            })?;
        }
        Self::open_app_without_backup(path, clock, settings_file)
    }
}
