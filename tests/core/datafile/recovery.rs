//! Empty, damaged and failed data files.

use super::*;
use crate::support::{clock, file_with_forbund, temp_data_file};

#[test]
fn datafile_empty_with_a_backup_is_refused_as_empty_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = emptied_after_a_backup(dir.path());
    let settings = dir.path().join("installningar.json");
    let before = snapshot(&path);
    for error in [
        Service::open(&path, clock()).expect_err("empty, with a backup"),
        Service::open_app(&path, clock(), &settings).expect_err("the app's open too"),
    ] {
        assert_eq!(error.code(), "file_empty");
        assert_eq!(
            error.to_string(),
            format!(
                "Datafilen {} är tom: den innehåller ingenting, inte ens början av en \
                 datafil, fast det finns säkerhetskopior av den. Det händer när en kopiering \
                 eller synkronisering avbryts eller disken blir full. Återställ en \
                 säkerhetskopia. Filen har inte ändrats.",
                path.display()
            )
        );
        assert_eq!(
            snapshot(&path),
            before,
            "not a byte written, no side file made"
        );
    }
    assert!(!settings.exists());
}

#[test]
fn datafile_empty_with_a_backup_only_in_the_chosen_folder_is_refused_by_the_app() {
    let (dir, path) = temp_data_file();
    let settings = dir.path().join("installningar.json");
    let chosen = dir.path().join("USB-minne");
    {
        let mut service = Service::open_app(&path, clock(), &settings).expect("create");
        service.create_forbund(new_forbund()).expect("förbund");
        service
            .set_backup_folder(Some(chosen.clone()))
            .expect("folder");
        service.backup_now().expect("backup");
    }
    std::fs::File::create(&path).expect("truncate to 0 bytes");
    let before = snapshot(&path);
    let error = Service::open_app(&path, clock(), &settings).expect_err("the chosen folder");
    assert_eq!(error.code(), "file_empty");
    assert_eq!(snapshot(&path), before);
}

#[test]
fn datafile_empty_is_kept_aside_when_a_backup_is_restored() {
    use finsamkollen_core::backup::restore;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = emptied_after_a_backup(dir.path());
    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let kopior = finsamkollen_core::db::backups::backups(&path, &folders);
    assert_eq!(kopior.len(), 1);
    let prepared = restore::prepare(&path, &folders, Path::new(&kopior[0].path)).expect("prepare");
    let service = prepared.commit(None, clock(), None).expect("restore");
    assert_eq!(
        service.forbund().expect("read").map(|f| f.namn),
        Some(new_forbund().namn)
    );
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("forbund.db.skadad-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        aside[0].metadata().expect("meta").len(),
        0,
        "kept as it was"
    );
}

// --- Plain Swedish for damage (issue 14, item 4) -----------------------------------------

#[test]
fn datafile_damage_is_told_in_swedish_and_sqlites_words_are_kept_apart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("skadad.finsam");
    drop(file_with_forbund(&path));
    // Page 3 (a table's root) overwritten: SQLite says "*** in database main *** Tree 3
    // page 3: btreeInitPage() returns error code 11" or "database disk image is malformed".
    let mut bytes = std::fs::read(&path).expect("read");
    let page = u16::from_be_bytes([bytes[16], bytes[17]]) as usize;
    for b in &mut bytes[2 * page..3 * page] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).expect("write");
    let error = Service::open(&path, clock()).expect_err("damaged");
    assert_eq!(error.code(), "file_corrupt", "{error:?}");
    assert_eq!(
        error.to_string(),
        format!(
            "Datafilen {} är skadad: en del av filen går inte att läsa, så den kan inte \
             öppnas. Filen har inte ändrats.",
            path.display()
        )
    );
    let detail = error.technical_detail().expect("SQLite's account");
    assert!(!detail.is_empty());
    assert!(!error.to_string().contains(&detail));
}

#[test]
fn datafile_errors_from_sqlite_read_as_swedish_sentences() {
    use finsamkollen_core::CoreError;
    use rusqlite::ffi;
    let sqlite = |code: i32, text: &str| {
        CoreError::Database(rusqlite::Error::SqliteFailure(
            ffi::Error::new(code),
            Some(text.to_owned()),
        ))
    };
    for (error, expected) in [
        (
            sqlite(ffi::SQLITE_CORRUPT, "database disk image is malformed"),
            "Datafilen är skadad: en del av filen går inte att läsa. Återställ en \
             säkerhetskopia under Inställningar → Dina data. Inget sparades.",
        ),
        (
            sqlite(
                ffi::SQLITE_CORRUPT,
                "*** in database main *** Tree 3 page 3: btreeInitPage() returns error code 11",
            ),
            "Datafilen är skadad: en del av filen går inte att läsa. Återställ en \
             säkerhetskopia under Inställningar → Dina data. Inget sparades.",
        ),
        (
            sqlite(ffi::SQLITE_FULL, "database or disk is full"),
            "Disken är full. Frigör utrymme och försök igen. Inget sparades.",
        ),
        (
            sqlite(ffi::SQLITE_BUSY, "database is locked"),
            "Datafilen används av ett annat program just nu. Försök igen om en stund. Inget \
             sparades.",
        ),
        (
            sqlite(ffi::SQLITE_READONLY, "attempt to write a readonly database"),
            "Datafilen går bara att läsa: den är skrivskyddad eller ligger på en disk som bara \
             går att läsa från. Inget sparades.",
        ),
        (
            sqlite(ffi::SQLITE_IOERR, "disk I/O error"),
            "Datafilen kunde inte läsas eller skrivas: disken svarade med ett fel. \
             Kontrollera att disken eller nätverksmappen är ansluten. Inget sparades.",
        ),
        (
            sqlite(ffi::SQLITE_MISMATCH, "datatype mismatch"),
            "Ett oväntat fel uppstod i datafilen (felkod 20). Inget sparades.",
        ),
        (
            CoreError::Database(rusqlite::Error::QueryReturnedNoRows),
            "Ett oväntat fel uppstod när datafilen lästes eller skrevs. Inget sparades.",
        ),
    ] {
        assert_eq!(error.code(), "database");
        assert_eq!(error.to_string(), expected);
        assert!(error.technical_detail().is_some());
    }
}

#[test]
fn datafile_migration_that_fails_is_told_in_swedish() {
    let (_dir, path) = temp_data_file();
    drop(Db::open(&path).expect("create"));
    // Raw SQL: a migration this build knows, recorded in the file with another checksum: the file
    // was updated by a build this one does not know.
    {
        let conn = Connection::open(&path).expect("open");
        conn.execute(
            "UPDATE refinery_schema_history SET checksum = '1' WHERE version = 1",
            [],
        )
        .expect("diverge");
    }
    let error = Service::open(&path, clock()).expect_err("divergent");
    assert_eq!(error.code(), "migration");
    assert_eq!(
        error.to_string(),
        "Datafilen kunde inte uppdateras till den här versionen av Finsamkollen, så inget i \
         den ändrades. Datafilen har uppdaterats av en version av Finsamkollen som den här \
         versionen inte känner till."
    );
}
