//! "Mina förbund" (issue 23, part 3): the data files the app has opened, remembered in the
//! settings file with the förbund's name as last seen and when each was last opened, most
//! recent first. A file that has been moved or deleted is listed as missing and cannot be
//! opened; it leaves the list only when the officer says so, and no file is ever touched.
//! Paths are compared as the platform does: case-sensitively on Linux, case-insensitively
//! on Windows (these tests also run as Windows binaries under Wine).

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use finsamkollen_core::backup::move_data_file::prepare_move;
use finsamkollen_core::backup::restore;
use finsamkollen_core::db::backups;
use finsamkollen_core::ops::mina_forbund::{forget_recent_file, recent_files};
use finsamkollen_core::ops::ForbundPageSave;
use finsamkollen_core::settings::{same_file, Settings, RECENT_FILES_MAX};
use finsamkollen_core::Service;
use tempfile::TempDir;

use crate::support::{clock, date, new_forbund, save_with_roles, update_of, usual_roles};

fn at(minute: u32) -> NaiveDateTime {
    date("2026-11-24")
        .and_hms_opt(9, minute, 0)
        .expect("a time of day")
}

/// A temporary home with the officer's folder in it, named the way officers' are.
fn home() -> (TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("Åsa Öberg").join("Förbund 2026");
    std::fs::create_dir_all(&folder).expect("folder");
    let settings = dir.path().join("installningar.json");
    (dir, folder, settings)
}

fn paths(settings: &Settings) -> Vec<PathBuf> {
    settings
        .recent_files()
        .iter()
        .map(|f| f.path.clone())
        .collect()
}

#[test]
fn mina_forbund_remembers_the_most_recently_opened_file_first() {
    let (_dir, folder, _) = home();
    let (a, b) = (folder.join("väst.db"), folder.join("öst.db"));
    let mut settings = Settings::default();
    settings.remember_file(&a, Some("Finsam Väst"), at(1));
    settings.remember_file(&b, Some("Finsam Öst"), at(2));
    assert_eq!(paths(&settings), [b.clone(), a.clone()]);
    settings.remember_file(&a, Some("Finsam Väst"), at(3));
    assert_eq!(paths(&settings), [a.clone(), b], "reopened, not duplicated");
    assert_eq!(settings.recent_files()[0].opened, at(3));
}

#[test]
fn mina_forbund_an_ordinary_start_writes_no_settings() {
    let (_dir, folder, settings_file) = home();
    let a = folder.join("väst.db");
    let mut settings = Settings::default();
    assert!(settings.remember_file(&a, Some("Finsam Väst"), at(1)));
    assert!(
        !settings.remember_file(&a, Some("Finsam Väst"), at(40)),
        "first already, same name, same day: nothing to write"
    );
    assert_eq!(settings.recent_files()[0].opened, at(1));
    assert!(settings.remember_file(&a, Some("Finsam Väst, nytt namn"), at(41)));
    let next_day = date("2026-11-25").and_hms_opt(8, 0, 0).expect("time");
    assert!(settings.remember_file(&a, Some("Finsam Väst, nytt namn"), next_day));
    assert_eq!(settings.recent_files()[0].opened, next_day);

    // Through the app's own open: the second start that day leaves the file as it was.
    let path = folder.join("öst.db");
    drop(Service::open_app(&path, clock(), &settings_file).expect("open"));
    let written = std::fs::metadata(&settings_file)
        .expect("settings")
        .modified()
        .expect("mtime");
    let text = std::fs::read(&settings_file).expect("read");
    std::thread::sleep(std::time::Duration::from_millis(20));
    drop(Service::open_app(&path, clock(), &settings_file).expect("again"));
    assert_eq!(std::fs::read(&settings_file).expect("read"), text);
    assert_eq!(
        std::fs::metadata(&settings_file)
            .expect("settings")
            .modified()
            .expect("mtime"),
        written,
        "not written again"
    );
}

#[test]
fn mina_forbund_keeps_the_forbund_name_as_last_seen() {
    let (_dir, folder, _) = home();
    let a = folder.join("väst.db");
    let mut settings = Settings::default();
    settings.remember_file(&a, None, at(1));
    assert_eq!(settings.recent_files()[0].forbund, None, "no förbund yet");
    settings.remember_file(&a, Some("Finsam Väst"), at(2));
    assert_eq!(settings.recent_files().len(), 1);
    assert_eq!(
        settings.recent_files()[0].forbund.as_deref(),
        Some("Finsam Väst")
    );
}

#[test]
fn mina_forbund_keeps_the_twelve_most_recent_files() {
    let (_dir, folder, _) = home();
    let mut settings = Settings::default();
    for n in 0..RECENT_FILES_MAX + 3 {
        let minute = u32::try_from(n).expect("small");
        settings.remember_file(&folder.join(format!("f{n}.db")), None, at(minute));
    }
    let kept = paths(&settings);
    assert_eq!(kept.len(), RECENT_FILES_MAX);
    assert_eq!(
        kept[0],
        folder.join(format!("f{}.db", RECENT_FILES_MAX + 2))
    );
    assert_eq!(
        kept[RECENT_FILES_MAX - 1],
        folder.join("f3.db"),
        "the oldest went"
    );
}

#[test]
fn mina_forbund_one_file_reached_by_two_paths_is_listed_once() {
    let (_dir, folder, _) = home();
    std::fs::create_dir_all(folder.join("Arkiv")).expect("subfolder");
    let a = folder.join("väst.db");
    std::fs::write(&a, b"").expect("file");
    let round_about = folder.join("Arkiv").join("..").join("väst.db");
    assert!(same_file(&a, &round_about));
    let mut settings = Settings::default();
    settings.remember_file(&a, None, at(1));
    settings.remember_file(&round_about, None, at(2));
    assert_eq!(settings.recent_files().len(), 1);
    // The same for a file that is gone: compared through its folder.
    let gone = folder.join("borta.db");
    assert!(same_file(
        &gone,
        &folder.join("Arkiv").join("..").join("borta.db")
    ));
}

/// What "the same file" means depends on the platform: NTFS names are case-insensitive,
/// Linux names are not, so `Väst.db` and `väst.db` are two files there.
#[test]
fn mina_forbund_windows_compares_names_case_insensitively_linux_does_not() {
    let (_dir, folder, _) = home();
    let lower = folder.join("väst.db");
    let upper = folder.join("VÄST.db");
    std::fs::write(&lower, b"a").expect("file");
    let mut settings = Settings::default();
    settings.remember_file(&lower, None, at(1));
    if cfg!(windows) {
        assert!(same_file(&lower, &upper), "one file on Windows");
        settings.remember_file(&upper, None, at(2));
        assert_eq!(settings.recent_files().len(), 1);
        let upper_folder = PathBuf::from(folder.display().to_string().to_uppercase());
        assert!(same_file(&lower, &upper_folder.join("väst.db")));
    } else {
        std::fs::write(&upper, b"b").expect("another file");
        assert!(!same_file(&lower, &upper), "two files on Linux");
        settings.remember_file(&upper, None, at(2));
        assert_eq!(settings.recent_files().len(), 2);
    }
}

#[test]
fn mina_forbund_paths_with_a_o_and_spaces_survive_the_settings_file() {
    let (_dir, folder, settings_file) = home();
    let a = folder.join("Samordningsförbundet Älvsborg.db");
    std::fs::write(&a, b"").expect("file");
    let mut settings = Settings::default();
    settings.remember_file(&a, Some("Samordningsförbundet Älvsborg"), at(1));
    settings.save(&settings_file).expect("saved");
    let read = Settings::load(&settings_file);
    assert_eq!(read, settings);
    let rows = read.recent_file_rows(Some(&a));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].file_name, "Samordningsförbundet Älvsborg.db");
    assert_eq!(PathBuf::from(&rows[0].folder), folder);
    assert_eq!(PathBuf::from(&rows[0].path), a);
    assert!(rows[0].open);
    assert!(!rows[0].missing);
}

#[test]
fn mina_forbund_a_deleted_file_is_listed_as_missing_until_the_officer_removes_it() {
    let (_dir, folder, settings_file) = home();
    let open = folder.join("väst.db");
    let gone = folder.join("öst.db");
    drop(Service::open_app(&gone, clock(), &settings_file).expect("open öst"));
    drop(Service::open_app(&open, clock(), &settings_file).expect("open väst"));
    std::fs::remove_file(&gone).expect("deleted by someone else");

    let rows = recent_files(&settings_file, &open);
    let names: Vec<(&str, bool, bool)> = rows
        .iter()
        .map(|r| (r.file_name.as_str(), r.open, r.missing))
        .collect();
    assert_eq!(names, [("väst.db", true, false), ("öst.db", false, true)]);

    // It cannot be opened, and trying does not make a new file in its place.
    let error = Service::open_recent(&gone, clock(), &settings_file).expect_err("missing");
    assert_eq!(error.code(), "file_missing");
    assert!(error.to_string().starts_with("Filen finns inte längre på "));
    assert!(!gone.exists());
    assert_eq!(recent_files(&settings_file, &open).len(), 2, "still listed");

    // "Ta bort från listan".
    let rows = forget_recent_file(&settings_file, &gone, &open).expect("forgotten");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].file_name, "väst.db");
}

#[test]
fn mina_forbund_opens_only_the_files_it_lists() {
    let (_dir, folder, settings_file) = home();
    let listed = folder.join("väst.db");
    let other = folder.join("öst.db");
    drop(Service::open(&other, clock()).expect("a data file opened elsewhere"));
    drop(Service::open_app(&listed, clock(), &settings_file).expect("open väst"));
    let error = Service::open_recent(&other, clock(), &settings_file).expect_err("not listed");
    assert_eq!(error.code(), "file_not_remembered");
    let service = Service::open_recent(&listed, clock(), &settings_file).expect("listed");
    assert_eq!(service.data_file_path(), Some(listed.as_path()));
}

#[test]
fn mina_forbund_removing_a_file_from_the_list_never_touches_the_file() {
    let (_dir, folder, settings_file) = home();
    let open = folder.join("väst.db");
    let other = folder.join("öst.db");
    drop(Service::open_app(&other, clock(), &settings_file).expect("open öst"));
    drop(Service::open_app(&open, clock(), &settings_file).expect("open väst"));
    let bytes = std::fs::read(&other).expect("read");
    let rows = forget_recent_file(&settings_file, &other, &open).expect("forgotten");
    assert_eq!(rows.len(), 1);
    assert_eq!(std::fs::read(&other).expect("still there"), bytes);
    // The open file stays on the list.
    let rows = forget_recent_file(&settings_file, &open, &open).expect("answered");
    assert_eq!(rows.len(), 1);
    assert!(rows[0].open);
}

#[test]
fn mina_forbund_every_open_create_and_rename_is_remembered_with_the_name() {
    let (_dir, folder, settings_file) = home();
    let path = folder.join("väst.db");
    let mut service = Service::open_app(&path, clock(), &settings_file).expect("open");
    let names = || -> Vec<Option<String>> {
        Settings::load(&settings_file)
            .recent_files()
            .iter()
            .map(|f| f.forbund.clone())
            .collect()
    };
    assert_eq!(names(), [None], "a new file, no förbund yet");
    service.create_forbund(new_forbund()).expect("created");
    assert_eq!(
        names(),
        [Some("Samordningsförbundet Västra Fyrbodal".to_owned())]
    );
    let mut forbund = update_of(&service.forbund().expect("read").expect("exists"));
    forbund.namn = "Finsam Väst".into();
    service
        .save_forbund_page(ForbundPageSave {
            forbund,
            ..save_with_roles(&service, usual_roles(&service))
        })
        .expect("renamed");
    assert_eq!(names(), [Some("Finsam Väst".to_owned())]);
    drop(service);
    drop(Service::open_app(&path, clock(), &settings_file).expect("again"));
    assert_eq!(names(), [Some("Finsam Väst".to_owned())], "still one entry");
}

#[test]
fn mina_forbund_names_the_forbund_a_restored_file_holds() {
    let (_dir, folder, settings_file) = home();
    let path = folder.join("väst.db");
    let mut service = Service::open_app(&path, clock(), &settings_file).expect("open");
    service.create_forbund(new_forbund()).expect("created");
    let made = service.backup_now().expect("backup");
    let mut forbund = update_of(&service.forbund().expect("read").expect("exists"));
    forbund.namn = "Finsam Väst".into();
    service
        .save_forbund_page(ForbundPageSave {
            forbund,
            ..save_with_roles(&service, usual_roles(&service))
        })
        .expect("renamed");
    let folders = backups::folders(&path, Some(&settings_file));
    let prepared = restore::prepare(&path, &folders, Path::new(&made.path)).expect("prepare");
    drop(
        prepared
            .commit(Some(service), clock(), Some(&settings_file))
            .expect("restored"),
    );
    let files = Settings::load(&settings_file).recent_files().to_vec();
    assert_eq!(files.len(), 1);
    assert_eq!(
        files[0].forbund.as_deref(),
        Some("Samordningsförbundet Västra Fyrbodal")
    );
}

#[test]
fn mina_forbund_a_moved_file_keeps_its_place_under_its_new_path() {
    let (dir, folder, settings_file) = home();
    let from = folder.join("väst.db");
    let mut service = Service::open_app(&from, clock(), &settings_file).expect("open");
    service.create_forbund(new_forbund()).expect("created");
    let to_folder = dir.path().join("Lokalt");
    std::fs::create_dir_all(&to_folder).expect("folder");
    let prepared = prepare_move(&service, &to_folder, false).expect("prepared");
    let (_moved, _) = prepared
        .commit(service, clock(), &settings_file)
        .expect("moved");
    let files = Settings::load(&settings_file).recent_files().to_vec();
    assert_eq!(files.len(), 1, "the old path is not left behind as missing");
    assert!(same_file(&files[0].path, &to_folder.join("väst.db")));
    assert_eq!(
        files[0].forbund.as_deref(),
        Some("Samordningsförbundet Västra Fyrbodal")
    );
}

#[test]
fn mina_forbund_a_new_forbund_gets_a_new_file_and_never_an_existing_one() {
    let (_dir, folder, settings_file) = home();
    let taken = folder.join("öst.db");
    std::fs::write(&taken, b"someone's file").expect("file");
    let error = Service::create_data_file(&taken, clock(), &settings_file).expect_err("refused");
    assert_eq!(error.code(), "new_file_exists");
    assert_eq!(std::fs::read(&taken).expect("read"), b"someone's file");
    assert!(Settings::load(&settings_file).recent_files().is_empty());

    let new = folder.join("Nytt förbund.db");
    let service = Service::create_data_file(&new, clock(), &settings_file).expect("created");
    assert_eq!(
        service.forbund().expect("read"),
        None,
        "Skapa förbund follows"
    );
    let files = Settings::load(&settings_file).recent_files().to_vec();
    assert_eq!(files.len(), 1);
    assert!(same_file(&files[0].path, &new));
}

#[test]
fn mina_forbund_a_file_opened_without_a_settings_file_is_not_remembered() {
    let (_dir, folder, settings_file) = home();
    let path: &Path = &folder.join("väst.db");
    drop(Service::open(path, clock()).expect("open"));
    assert!(!settings_file.exists());
}
