//! Creating and opening the data file.

use super::*;
use crate::support::{clock, file_with_forbund};

#[test]
fn datafile_is_created_with_wal_foreign_keys_and_full_sync() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nested").join("forbund.finsam");
    let db = Db::open(&path).expect("created");
    assert!(path.exists());
    let conn = db.conn();
    let pragma = |name: &str| -> String {
        conn.pragma_query_value(None, name, |r| r.get::<_, rusqlite::types::Value>(0))
            .map(|v| format!("{v:?}"))
            .expect(name)
    };
    assert_eq!(pragma("journal_mode"), "Text(\"wal\")");
    assert_eq!(pragma("foreign_keys"), "Integer(1)");
    assert_eq!(pragma("synchronous"), "Integer(2)", "FULL");
    assert_eq!(
        pragma("application_id"),
        format!("Integer({APPLICATION_ID})")
    );
    let version: i64 = conn
        .query_row(
            "SELECT max(version) FROM refinery_schema_history",
            [],
            |r| r.get(0),
        )
        .expect("history");
    assert_eq!(version, Db::schema_version());
}

#[test]
fn datafile_keeps_the_forbund_across_restarts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("forbund.finsam");
    drop(file_with_forbund(&path));
    let service = Service::open(&path, clock()).expect("reopen");
    let forbund = service.forbund().expect("read").expect("persisted");
    assert_eq!(forbund.organisationsnummer, "222000-1354");
}

#[test]
fn datafile_empty_file_is_initialised() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("empty.finsam");
    std::fs::write(&path, b"").expect("write");
    let service = Service::open(&path, clock()).expect("an empty file is a new file");
    assert_eq!(service.forbund().expect("read"), None);
}

#[test]
fn datafile_that_is_not_a_database_is_refused_and_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, bytes) in [
        ("budget.xlsx", b"PK\x03\x04 not a database at all".to_vec()),
        (
            "anteckning.txt",
            "Medel 2025: 1 234 567 kr\n".as_bytes().to_vec(),
        ),
        ("kort", b"SQLite".to_vec()),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        let before = snapshot(&path);
        let error = Service::open(&path, clock()).expect_err(name);
        assert_eq!(error.code(), "file_not_database", "{name}");
        assert!(error.to_string().contains("Filen har inte ändrats"));
        // The officer reads this sentence: no database jargon.
        assert!(!error.to_string().contains("SQLite"), "{error}");
        assert_eq!(snapshot(&path), before, "{name} must be byte-identical");
    }
}

#[test]
fn datafile_with_sqlite_header_but_garbage_is_refused_and_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("trasig.finsam");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend(std::iter::repeat_n(0xA5u8, 4096));
    std::fs::write(&path, &bytes).expect("write");
    let before = snapshot(&path);
    let error = Service::open(&path, clock()).expect_err("garbage");
    assert!(
        ["file_not_database", "file_corrupt"].contains(&error.code()),
        "{}",
        error.code()
    );
    assert_eq!(snapshot(&path), before);
}

#[test]
fn datafile_from_another_program_is_refused_and_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("annat.sqlite");
    {
        // Raw SQL: another program's SQLite file, which the core must refuse untouched.
        let conn = Connection::open(&path).expect("create");
        conn.execute_batch("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT);")
            .expect("schema");
    }
    let before = snapshot(&path);
    let error = Service::open(&path, clock()).expect_err("foreign");
    assert_eq!(error.code(), "file_foreign");
    assert_eq!(snapshot(&path), before);
}

#[test]
fn datafile_from_a_newer_schema_is_refused_and_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("nyare.finsam");
    drop(file_with_forbund(&path));
    {
        // Raw SQL: pretend a later Finsamkollen added a migration this build does not know.
        let conn = Connection::open(&path).expect("open");
        conn.execute(
            "INSERT INTO refinery_schema_history (version, name, applied_on, checksum)
             VALUES (?1, 'from_the_future', '2030-01-01T00:00:00Z', '0')",
            [Db::schema_version() + 1],
        )
        .expect("future migration");
    }
    let before = snapshot(&path);
    let error = Service::open(&path, clock()).expect_err("newer schema");
    assert_eq!(error.code(), "file_newer_schema");
    let message = error.to_string();
    assert!(
        message.contains("nyare version av Finsamkollen"),
        "{message}"
    );
    assert!(message.contains("Filen har inte ändrats"), "{message}");
    assert_eq!(snapshot(&path), before);
}

#[test]
fn datafile_missing_directory_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a").join("b").join("c.finsam");
    Db::open(&path).expect("created with parents");
    assert!(path.exists());
}

#[test]
fn datafile_with_a_damaged_page_is_refused_and_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("skadad.finsam");
    {
        let service = file_with_forbund(&path);
        for i in 0..200 {
            // Raw SQL: many rows fast, to build a file that is then damaged on purpose.
            service
                .raw_db()
                .conn()
                .execute(
                    "INSERT INTO medel (ar, samverkansparterna) VALUES (?1, 1000)",
                    [2004 + (i % 190)],
                )
                .ok();
        }
        // Scribble over the medel table's own page, past the header: a page that holds
        // rows, which the check must read, wherever the schema puts it.
        // Raw SQL: the table's page in the file, to damage exactly that page.
        let (root, page_size): (i64, i64) = service
            .raw_db()
            .conn()
            .query_row(
                "SELECT rootpage, (SELECT page_size FROM pragma_page_size())
                 FROM sqlite_schema WHERE name = 'medel'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("the medel table's page");
        drop(service);
        let mut bytes = std::fs::read(&path).expect("read");
        let start = usize::try_from((root - 1) * page_size + 100).expect("offset");
        for b in &mut bytes[start..start + 2048] {
            *b = 0xA5;
        }
        std::fs::write(&path, &bytes).expect("write");
    }
    let before = snapshot(&path);
    let error = Service::open(&path, clock()).expect_err("damaged");
    assert!(
        ["file_corrupt", "file_not_database"].contains(&error.code()),
        "{}",
        error.code()
    );
    assert!(error.to_string().contains("Filen har inte ändrats"));
    assert_eq!(snapshot(&path), before);
}
