//! The data file: one SQLite file per förbund. Opening refuses anything that is not ours
//! or is newer than this build before writing a single byte; then the connection is set up
//! once (WAL, foreign keys, synchronous=FULL) and pending migrations run in one transaction.
//! Reads go through [`Db::conn`]; every write goes through [`Db::write`].
//!
//! Layer: may use `crate::{rules, domain, error, money, files, settings}`; never the use
//! cases (`ops`) or what is built on them.

pub mod arkiv;
pub mod backups;
pub mod budget;
pub mod eget_kapital;
pub(crate) mod file;
pub mod forbund;
pub mod historik;
pub mod inmatning;
pub mod insats;
pub mod medel;
pub mod omrade;
pub mod organisation;
pub mod oversikt;
pub mod referens;
pub mod registrering;
pub mod uppdrag;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction, TransactionBehavior};

use crate::error::CoreError;
pub use historik::Handling;

/// SQLite `application_id` of a Finsamkollen data file: the bytes "FSKL".
pub const APPLICATION_ID: i32 = 0x4653_4B4C;

mod embedded {
    refinery::embed_migrations!("../../migrations");
}

/// An open, migrated data file.
#[derive(Debug)]
pub struct Db {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Db {
    /// Opens (or creates) the data file at `path` and brings its schema up to date. A file
    /// that is not a SQLite database, belongs to another program, is damaged, or was written
    /// by a newer Finsamkollen is refused and left untouched.
    pub fn open(path: &Path) -> crate::Result<Self> {
        let version = file::ensure_openable(path)?;
        // Keep the file as it was before a migration changes it.
        if version.is_some_and(|v| v < Self::schema_version()) {
            backups::backup_before_migration(path, Self::schema_version())?;
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| CoreError::Io {
                path: parent.to_owned(),
                source,
            })?;
        }
        let is_new = std::fs::metadata(path).map_or(true, |m| m.len() == 0);
        if is_new {
            Self::create(path)?;
        }
        let conn = Connection::open(path)?;
        Self::configure(conn, Some(path.to_owned()))
    }

    /// A new data file is built under a temporary name and renamed into place once it is
    /// migrated, so a crash while creating it never leaves a half-made file behind that the
    /// next start would refuse.
    fn create(path: &Path) -> crate::Result<()> {
        build_beside(path, "skapas", |building| {
            drop(Self::configure(Connection::open(building)?, None)?);
            Ok(())
        })
    }

    /// A fresh, migrated database in memory: the same schema and rules, for tests.
    pub fn open_in_memory() -> crate::Result<Self> {
        Self::configure(Connection::open_in_memory()?, None)
    }

    fn configure(mut conn: Connection, path: Option<PathBuf>) -> crate::Result<Self> {
        // WAL keeps readers and the writer apart; FULL makes every commit durable on power
        // loss, which matters more here than write speed.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "trusted_schema", "OFF")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // The core caches about forty statements; rusqlite's default of 16 would evict them
        // in turn within one report, preparing each again (docs/benchmarks.md).
        conn.set_prepared_statement_cache_capacity(64);
        embedded::migrations::runner()
            .set_grouped(true)
            .set_abort_divergent(true)
            .set_abort_missing(true)
            .run(&mut conn)?;
        Ok(Self { conn, path })
    }

    /// The newest schema version this build knows.
    pub fn schema_version() -> i64 {
        embedded::migrations::runner()
            .get_migrations()
            .iter()
            .map(|m| i64::from(m.version()))
            .max()
            .unwrap_or(0)
    }

    /// The file's path; `None` for an in-memory database.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The connection, for reads.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `work` in one IMMEDIATE transaction: it commits only if `work` succeeds, so a
    /// refused save leaves the file exactly as it was. Every change `work` makes is recorded
    /// in the history under `handling` (the schema's triggers do the recording).
    pub fn write<T>(
        &mut self,
        handling: &Handling,
        work: impl FnOnce(&Transaction<'_>) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        historik::begin(&tx, handling)?;
        let value = work(&tx)?;
        historik::end(&tx)?;
        tx.commit()?;
        Ok(value)
    }
}

/// The side files SQLite may keep beside a data file.
pub(crate) const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Removes a data file and its side files, if any. Every connection to it must be closed:
/// Windows refuses to delete an open file.
pub(crate) fn remove_with_side_files(path: &Path) {
    for suffix in std::iter::once("").chain(SIDE_FILES) {
        let _ = crate::files::remove(Path::new(&format!("{}{suffix}", path.display())));
    }
}

/// Builds a file under the temporary name `<path>.<suffix>` and renames it to `path` only
/// when `build` succeeds, so `path` never holds a half-made file; a failed build leaves
/// nothing behind.
pub fn build_beside<T>(
    path: &Path,
    suffix: &str,
    build: impl FnOnce(&Path) -> crate::Result<T>,
) -> crate::Result<T> {
    let building = PathBuf::from(format!("{}.{suffix}", path.display()));
    remove_with_side_files(&building);
    match build(&building) {
        Ok(value) => {
            crate::files::replace(&building, path).map_err(|source| CoreError::Io {
                path: path.to_owned(),
                source,
            })?;
            Ok(value)
        }
        Err(error) => {
            remove_with_side_files(&building);
            Err(error)
        }
    }
}
