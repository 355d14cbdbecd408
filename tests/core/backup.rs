//! Säkerhetskopior: consistent copies beside the data file, made once a day and before a
//! migration changes the file. Which of them are kept is tested in `backup_retention`.

use finsamkollen_core::db::backups::FOLDER;
use finsamkollen_core::db::Db;
use finsamkollen_core::{Clock, Service};
use rusqlite::Connection;

use crate::support::{
    date, file_with_forbund, medel, new_forbund, open, save_medel, temp_data_file,
};

#[test]
fn backup_now_makes_a_readable_copy_beside_the_data_file() {
    let (_dir, path) = temp_data_file();
    let service = file_with_forbund(&path);
    let made = service.backup_now().expect("backup");
    assert!(made.path.contains(FOLDER), "{}", made.path);
    assert!(made.tidpunkt.starts_with("2026-11-24 "));
    assert!(made.storlek > 0);
    let copy = open(std::path::Path::new(&made.path));
    assert_eq!(
        copy.forbund()
            .expect("read")
            .expect("förbund in the copy")
            .namn,
        new_forbund().namn
    );
    let lage = service.backup_state().expect("läge");
    assert_eq!(lage.antal, 1);
    assert_eq!(lage.senaste, Some(made));
}

#[test]
fn backup_if_due_makes_one_backup_a_day_and_none_for_an_empty_file() {
    let (_dir, path) = temp_data_file();
    let mut service = open(&path);
    assert_eq!(
        service.backup_if_due().expect("empty"),
        None,
        "nothing to keep yet"
    );
    service.create_forbund(new_forbund()).expect("förbund");
    assert!(service.backup_if_due().expect("first").is_some());
    assert_eq!(
        service.backup_if_due().expect("second"),
        None,
        "already done today"
    );
}

#[test]
fn backup_is_made_before_a_migration_changes_the_file() {
    let (dir, path) = temp_data_file();
    drop(file_with_forbund(&path));
    let latest = Db::schema_version();
    let previous = {
        // Raw SQL: make the file look like one written before the newest migration (V8, the
        // kommuner's official names), which may run again on a file it has migrated.
        let conn = Connection::open(&path).expect("open");
        conn.execute_batch(&format!(
            "DELETE FROM refinery_schema_history WHERE version = {latest};"
        ))
        .expect("older file");
        conn.query_row(
            "SELECT max(version) FROM refinery_schema_history",
            [],
            |r| r.get::<_, i64>(0),
        )
        .expect("older version")
    };
    let service = open(&path);
    let backup_path = dir
        .path()
        .join(FOLDER)
        .join(format!("forbund-före-version-{latest}.db"));
    assert!(backup_path.exists(), "backup before migrating");
    // Raw SQL: the backup's schema version, read from the copy without migrating it.
    let old = Connection::open(&backup_path).expect("backup");
    let version: i64 = old
        .query_row(
            "SELECT max(version) FROM refinery_schema_history",
            [],
            |r| r.get(0),
        )
        .expect("version");
    assert_eq!(version, previous, "the backup is the file as it was");
    assert!(service.exports(2026).is_ok(), "the file itself is migrated");
}

#[test]
fn backup_is_made_after_the_first_save_of_each_day() {
    let (dir, path) = temp_data_file();
    let settings = dir.path().join("installningar.json");
    let mut service =
        Service::open_app(&path, Clock::fixed(date("2026-11-24")), &settings).expect("open");
    let antal = |service: &Service| service.backup_state().expect("läge").antal;
    assert_eq!(antal(&service), 0, "a new file: nothing to keep yet");

    // The first day: the officer creates the förbund and works on. The first save makes
    // a backup; later saves that day make none.
    service.create_forbund(new_forbund()).expect("förbund");
    assert_eq!(antal(&service), 1);
    let senaste = service
        .backup_state()
        .expect("läge")
        .senaste
        .expect("backup");
    assert!(senaste.tidpunkt.starts_with("2026-11-24 "), "{senaste:?}");
    save_medel(&mut service, medel(2026, "1 000 000", "", ""));
    save_medel(&mut service, medel(2026, "1 200 000", "", ""));
    assert_eq!(
        antal(&service),
        1,
        "the second save the same day makes none"
    );

    // The next day's first save makes one (the app left running overnight).
    service.set_clock(Clock::fixed(date("2026-11-25")));
    save_medel(&mut service, medel(2026, "1 300 000", "", ""));
    let lage = service.backup_state().expect("läge");
    assert_eq!(lage.antal, 2);
    assert!(lage
        .senaste
        .expect("backup")
        .tidpunkt
        .starts_with("2026-11-25 "));
    save_medel(&mut service, medel(2026, "1 400 000", "", ""));
    assert_eq!(antal(&service), 2);
}

#[test]
fn backup_after_a_save_is_only_made_for_the_apps_data_file() {
    // An import or a tool replaying history opens the file without the app's settings:
    // no backup per replayed day.
    let (_dir, path) = temp_data_file();
    let mut service = file_with_forbund(&path);
    save_medel(&mut service, medel(2026, "1 000 000", "", ""));
    assert_eq!(
        finsamkollen_core::db::backups::list(
            &path,
            &finsamkollen_core::db::backups::folder_for(&path)
        )
        .len(),
        0
    );
}

#[test]
fn backup_that_fails_after_a_save_leaves_the_save_and_is_tried_at_the_next() {
    let (dir, path) = temp_data_file();
    let settings = dir.path().join("installningar.json");
    let usb = dir.path().join("usb");
    let mut service =
        Service::open_app(&path, Clock::fixed(date("2026-11-24")), &settings).expect("open");
    service
        .set_backup_folder(Some(usb.clone()))
        .expect("folder");
    // The USB disk is gone: a file stands where the folder was.
    std::fs::remove_dir_all(&usb).expect("remove");
    std::fs::write(&usb, b"").expect("file");
    service
        .create_forbund(new_forbund())
        .expect("the save stands");
    assert!(service.forbund().expect("read").is_some());
    assert_eq!(service.backup_state().expect("läge").antal, 0);
    // Back again: the next save makes the day's backup.
    std::fs::remove_file(&usb).expect("remove");
    save_medel(&mut service, medel(2026, "1 000 000", "", ""));
    assert_eq!(service.backup_state().expect("läge").antal, 1);
}
