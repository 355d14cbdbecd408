//! "Flytta datafilen" (issue 14, item 6): a data file in a synced folder moves to a folder
//! on this computer only when asked, through a checked copy; the old file goes, the backups
//! can stay in the synced folder, and the next start finds the file where it went. A
//! refused move changes nothing.

use std::path::{Path, PathBuf};

use finsamkollen_core::backup::move_data_file::prepare_move;
use finsamkollen_core::db::backups::FOLDER;
use finsamkollen_core::domain::insats::Inriktning;
use finsamkollen_core::settings::Settings;
use finsamkollen_core::Service;
use tempfile::TempDir;

use crate::support::{clock, codes, insatser, new_forbund, new_insats, CreateWhenOpen};

/// A data file with a förbund and one insats in `<tmp>/OneDrive/forbund.db`.
fn in_onedrive() -> (TempDir, PathBuf, PathBuf, Service) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("OneDrive").join("forbund.db");
    let settings = dir.path().join("installningar.json");
    let mut service = Service::open_app(&path, clock(), &settings).expect("open");
    service.create_forbund(new_forbund()).expect("förbund");
    let input = new_insats(&service, "Steget vidare", Inriktning::Individinriktad);
    service.create_insats_when_open(input).expect("insats");
    (dir, path, settings, service)
}

#[test]
fn move_copies_checks_switches_and_keeps_backups_in_the_synced_folder() {
    let (dir, from, settings, service) = in_onedrive();
    let local = dir.path().join("Lokal");
    let backups = dir.path().join("OneDrive").join(FOLDER);
    let made_before = finsamkollen_core::db::backups::list(&from, &backups).len();
    let prepared = prepare_move(&service, &local, true).expect("prepare");
    let to = local.join("forbund.db");
    assert_eq!(prepared.to(), to);
    assert!(from.exists(), "nothing is removed before the switch");
    let (moved, said) = prepared.commit(service, clock(), &settings).expect("move");

    assert_eq!(insatser(&moved), 1);
    assert_eq!(moved.data_file_path(), Some(to.as_path()));
    assert!(!from.exists(), "the old file is gone");
    for suffix in ["-wal", "-shm"] {
        assert!(!Path::new(&format!("{}{suffix}", from.display())).exists());
    }
    // The backups stay in the synced folder, and the moved file's first one is there.
    assert_eq!(moved.backup_folder().expect("folder"), backups);
    let listed = finsamkollen_core::db::backups::list(&to, &backups);
    assert_eq!(listed.len(), made_before + 1);
    // Raw SQL: the backup read read-only, as opening it with the core could write to it.
    let newest = rusqlite::Connection::open_with_flags(
        &listed[0].1,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .expect("backup");
    let count: i64 = newest
        .query_row("SELECT count(*) FROM insats", [], |r| r.get(0))
        .expect("count");
    assert_eq!(count, 1);
    assert_eq!(
        said.meddelande,
        format!(
            "Datafilen är flyttad till {}. Säkerhetskopiorna sparas i {}.",
            to.display(),
            backups.display()
        )
    );
    // The next start on the old path opens the moved file.
    assert_eq!(Settings::load(&settings).moved_to(&from), Some(to.clone()));
    drop(moved);
    let reopened = Service::open_app(&to, clock(), &settings).expect("reopen");
    assert_eq!(insatser(&reopened), 1);
}

#[test]
fn move_without_keeping_backups_in_the_synced_folder_keeps_the_chosen_folder() {
    let (dir, _from, settings, mut service) = in_onedrive();
    let usb = dir.path().join("USB");
    service.set_backup_folder(Some(usb.clone())).expect("usb");
    let local = dir.path().join("Lokal");
    let prepared = prepare_move(&service, &local, false).expect("prepare");
    let (moved, _) = prepared.commit(service, clock(), &settings).expect("move");
    assert_eq!(moved.backup_folder().expect("folder"), usb);
}

#[test]
fn move_is_refused_and_changes_nothing_when_the_folder_is_no_better_or_taken() {
    let (dir, from, _settings, mut service) = in_onedrive();
    let before = std::fs::read(&from).expect("read");
    let refused = |service: &Service, folder: &Path| {
        let error = prepare_move(service, folder, true).expect_err("refused");
        assert_eq!(codes(&error), ["file_move"]);
        error.to_string()
    };
    let message = refused(&service, &dir.path().join("Dropbox"));
    assert!(
        message.contains("också en mapp som synkroniseras med Dropbox"),
        "{message}"
    );
    assert!(
        message.ends_with("Datafilen har inte ändrats."),
        "{message}"
    );
    let message = refused(&service, from.parent().expect("folder"));
    assert!(message.contains("ligger redan där"), "{message}");
    let taken = dir.path().join("Upptagen");
    std::fs::create_dir_all(&taken).expect("mkdir");
    std::fs::write(taken.join("forbund.db"), b"annat").expect("write");
    let message = refused(&service, &taken);
    assert!(
        message.contains("redan en fil som heter forbund.db"),
        "{message}"
    );
    assert_eq!(
        std::fs::read(taken.join("forbund.db")).expect("read"),
        b"annat"
    );
    let message = refused(&service, Path::new("relativ"));
    assert!(message.contains("hela sökvägen"), "{message}");
    // The file is as it was and still in use.
    let input = new_insats(&service, "Kompetenslyft", Inriktning::Individinriktad);
    service
        .create_insats_when_open(input)
        .expect("still usable");
    assert_eq!(insatser(&service), 2);
    drop(service);
    assert!(std::fs::read(&from).expect("read").len() >= before.len());
    assert!(std::fs::read_dir(dir.path().join("Upptagen"))
        .expect("dir")
        .flatten()
        .all(|e| !e.file_name().to_string_lossy().contains("flyttas")));
}

#[test]
fn moved_to_follows_moves_only_to_files_that_exist() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (a, b, c) = (
        dir.path().join("a.db"),
        dir.path().join("b.db"),
        dir.path().join("c.db"),
    );
    let mut settings = Settings::default();
    settings.set_moved(&a, &b);
    assert_eq!(settings.moved_to(&a), None, "b does not exist");
    std::fs::write(&b, b"").expect("b");
    assert_eq!(settings.moved_to(&a), Some(b.clone()));
    settings.set_moved(&b, &c);
    std::fs::write(&c, b"").expect("c");
    assert_eq!(settings.moved_to(&a), Some(c.clone()));
    // Moved back: a is the file again, and b's way leads there.
    settings.set_moved(&c, &a);
    std::fs::write(&a, b"").expect("a");
    assert_eq!(settings.moved_to(&a), None);
    assert_eq!(settings.moved_to(&b), Some(a.clone()));
}
