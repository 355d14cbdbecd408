//! An empty data file with no backup to restore (issue 25, part 5): never opened as a new
//! file without the officer's say. The app asks; "Skapa ett nytt förbund i den" sets the
//! empty file aside as `… (tom)` before anything is written. Paths with å, ä, ö and spaces,
//! as an officer's folders have them, and run under Wine for Windows as well.

use std::path::{Path, PathBuf};

use finsamkollen_core::ops::empty_file::aside_path;
use finsamkollen_core::Service;

use super::{clock, emptied_after_a_backup};
use crate::support::names_in;

/// A folder as an officer's could be named, and the data file in it.
fn data_file(dir: &Path) -> (PathBuf, PathBuf) {
    let folder = dir.join("Samordningsförbund Åmål och Säffle");
    std::fs::create_dir_all(&folder).expect("folder");
    let path = folder.join("förbund ä ö.db");
    let settings = dir.join("inställningar.json");
    (path, settings)
}

#[test]
fn datafile_empty_without_a_backup_asks_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, settings) = data_file(dir.path());
    std::fs::write(&path, b"").expect("empty");
    // A backup that cannot be restored is no backup to offer.
    let backups = path
        .parent()
        .expect("folder")
        .join(finsamkollen_core::db::backups::FOLDER);
    std::fs::create_dir_all(&backups).expect("backups");
    std::fs::write(backups.join("förbund ä ö-2026-01-01-120000.db"), b"").expect("empty");
    let before = names_in(path.parent().expect("folder"));
    let error = Service::open_app(&path, clock(), &settings).expect_err("asked");
    assert_eq!(error.code(), "file_empty_ask");
    assert_eq!(
        error.to_string(),
        format!(
            "Filen {} är tom (0 byte). Skapa ett nytt förbund i den, eller öppna en annan fil?",
            path.display()
        )
    );
    assert_eq!(std::fs::metadata(&path).expect("still there").len(), 0);
    assert_eq!(names_in(path.parent().expect("folder")), before);
}

#[test]
fn datafile_a_new_forbund_in_the_empty_file_sets_it_aside_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, settings) = data_file(dir.path());
    std::fs::write(&path, b"").expect("empty");
    let aside = aside_path(&path);
    assert_eq!(
        aside.file_name().expect("name").to_string_lossy(),
        "förbund ä ö.db (tom)"
    );
    let mut service = Service::start_in_empty_file(&path, clock(), &settings).expect("new");
    assert_eq!(service.forbund().expect("read"), None);
    service
        .create_forbund(crate::support::new_forbund())
        .expect("Skapa förbund");
    drop(service);
    assert_eq!(std::fs::metadata(&aside).expect("set aside").len(), 0);
    let service = Service::open_app(&path, clock(), &settings).expect("the new file opens");
    assert!(service.forbund().expect("read").is_some());
    // A second empty file in its place is set aside beside the first.
    drop(service);
    std::fs::write(&path, b"").expect("emptied again");
    assert_eq!(
        aside_path(&path)
            .file_name()
            .expect("name")
            .to_string_lossy(),
        "förbund ä ö.db (tom 2)"
    );
}

#[test]
fn datafile_a_file_of_nul_bytes_is_empty_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, settings) = data_file(dir.path());
    std::fs::write(&path, vec![0u8; 4096]).expect("zeros");
    let error = Service::open_app(&path, clock(), &settings).expect_err("asked");
    assert_eq!(error.code(), "file_empty_ask");
    assert!(
        error
            .to_string()
            .contains("är tom (4 096 byte, bara nollor). Skapa ett nytt förbund i den"),
        "{error}"
    );
    Service::start_in_empty_file(&path, clock(), &settings).expect("new");
    assert_eq!(
        std::fs::read(aside_path(&path).with_file_name("förbund ä ö.db (tom)"))
            .expect("set aside")
            .len(),
        4096
    );
}

#[test]
fn datafile_empty_with_a_backup_is_refused_even_when_asked_to_start_afresh() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = emptied_after_a_backup(dir.path());
    let settings = dir.path().join("inställningar.json");
    let error = Service::start_in_empty_file(&path, clock(), &settings).expect_err("backups");
    assert_eq!(error.code(), "file_empty");
    assert_eq!(std::fs::metadata(&path).expect("untouched").len(), 0);
    assert!(!aside_path(&path)
        .with_file_name("forbund.db (tom)")
        .exists());
}

#[test]
fn datafile_a_test_or_tool_opening_a_file_of_0_bytes_still_gets_a_new_file() {
    // `Service::open` (tests, tools) has no officer to ask; only the app asks.
    let dir = tempfile::tempdir().expect("tempdir");
    let (path, _) = data_file(dir.path());
    std::fs::write(&path, b"").expect("empty");
    let service = Service::open(&path, clock()).expect("new");
    assert_eq!(service.forbund().expect("read"), None);
}
