//! Looks at a data file before it is opened for writing. Everything here reads only, so a
//! refused file stays byte for byte as it was.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::{Db, APPLICATION_ID};
use crate::error::CoreError;
use crate::error::DataFileError;

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Ok when `path` is missing, empty, an empty SQLite database, or a Finsamkollen file this
/// build can migrate (with the file's schema version, if it has one); otherwise the reason
/// it must not be touched.
pub(crate) fn ensure_openable(path: &Path) -> crate::Result<Option<i64>> {
    let io = |source| CoreError::Io {
        path: path.to_owned(),
        source,
    };
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(io(error)),
    };
    if file.metadata().map_err(io)?.len() == 0 {
        return Ok(None);
    }
    let mut header = [0u8; 16];
    if file.read_exact(&mut header).is_err() || &header != SQLITE_HEADER {
        return Err(CoreError::from(DataFileError::NotADatabase {
            path: path.to_owned(),
        }));
    }
    drop(file);
    inspect(path).map_err(|error| match error {
        CoreError::Database(sqlite) => classify(path, sqlite),
        other => other,
    })
}

/// Reads the file's identity and schema version through a read-only connection.
fn inspect(path: &Path) -> crate::Result<Option<i64>> {
    let conn = open_read_only(path)?;
    let application_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if application_id == 0 && objects == 0 {
        return Ok(None);
    }
    if application_id != APPLICATION_ID {
        return Err(CoreError::from(DataFileError::ForeignDatabase {
            path: path.to_owned(),
        }));
    }
    // A damaged page is found here, before anything is written to the file.
    let check: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(CoreError::from(DataFileError::Corrupt {
            path: path.to_owned(),
            detail: check,
        }));
    }
    let has_history: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'refinery_schema_history')",
        [],
        |r| r.get(0),
    )?;
    if !has_history {
        return Ok(None);
    }
    let file_version: Option<i64> = conn
        .query_row(
            "SELECT max(version) FROM refinery_schema_history",
            [],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let app_version = Db::schema_version();
    match file_version {
        Some(file_version) if file_version > app_version => {
            Err(CoreError::from(DataFileError::NewerSchema {
                path: path.to_owned(),
                file_version,
                app_version,
            }))
        }
        version => Ok(version),
    }
}

/// A read-only connection that leaves no trace. Even a read-only open of a WAL database
/// creates `-wal` and `-shm` side files, so when no `-wal` exists (the file was closed
/// cleanly) the file is opened as `immutable`, which creates nothing. With a `-wal` present
/// its content is needed, and SQLite's own read-only mode is used.
pub(crate) fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if Path::new(&wal).exists() {
        return Connection::open_with_flags(path, flags);
    }
    let escaped: String = path
        .to_string_lossy()
        .chars()
        .map(|c| match c {
            '%' => "%25".to_owned(),
            '?' => "%3f".to_owned(),
            '#' => "%23".to_owned(),
            c => c.to_string(),
        })
        .collect();
    Connection::open_with_flags(
        format!("file:{escaped}?immutable=1"),
        flags | OpenFlags::SQLITE_OPEN_URI,
    )
}

/// A file with SQLite's header that SQLite cannot read is damaged, or not a database after
/// all.
fn classify(path: &Path, error: rusqlite::Error) -> CoreError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => CoreError::from(DataFileError::NotADatabase {
            path: path.to_owned(),
        }),
        _ => CoreError::from(DataFileError::Corrupt {
            path: path.to_owned(),
            detail: error.to_string(),
        }),
    }
}
