//! The file sequences that Windows treats differently (issue 13), in a folder named the way
//! an officer's are: `Åsa Öberg\Dokument\Förbund 2026\finsamkollen.db`. Each test runs on
//! Linux and, in CI, as a Windows binary under Wine, where a file that is open cannot be
//! renamed over or deleted, exactly as on Windows.

use std::path::{Path, PathBuf};

use finsamkollen_core::backup::restore;
use finsamkollen_core::domain::arkiv::ReportFormat;
use finsamkollen_core::domain::insats::Inriktning;
use finsamkollen_core::report::import::{import_reports, ImportFile};
use finsamkollen_core::{files, CoreError, Service};
use tempfile::TempDir;

use crate::support::{clock, file_with_forbund, insatser, names_in, new_insats, CreateWhenOpen};

/// A temporary home with the officer's folder in it (not created yet).
fn officers_folder() -> (TempDir, PathBuf) {
    let home = tempfile::tempdir().expect("tempdir");
    let folder = home
        .path()
        .join("Åsa Öberg")
        .join("Dokument")
        .join("Förbund 2026");
    (home, folder)
}

fn with_forbund(path: &Path) -> Service {
    let mut service = file_with_forbund(path);
    let input = new_insats(&service, "Steget vidare", Inriktning::Individinriktad);
    service.create_insats_when_open(input).expect("insats");
    service
}

#[test]
fn windows_a_new_data_file_is_made_in_a_folder_with_a_o_and_spaces_in_its_name() {
    let (_home, folder) = officers_folder();
    let path = folder.join("finsamkollen.db");
    let service = with_forbund(&path);
    drop(service);
    assert_eq!(names_in(&folder), ["finsamkollen.db"]);
    let again = Service::open(&path, clock()).expect("reopen");
    assert_eq!(insatser(&again), 1);
}

#[test]
fn windows_restore_closes_the_open_file_before_it_takes_its_place() {
    let (_home, folder) = officers_folder();
    let path = folder.join("finsamkollen.db");
    let mut service = with_forbund(&path);
    let made = service.backup_now().expect("backup");
    let input = new_insats(&service, "Kompetenslyft", Inriktning::Individinriktad);
    service
        .create_insats_when_open(input)
        .expect("second insats");

    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let prepared = restore::prepare(&path, &folders, Path::new(&made.path)).expect("prepare");
    let service = prepared
        .commit(Some(service), clock(), None)
        .expect("restore while the file was open");
    assert_eq!(insatser(&service), 1);
    drop(service);
    assert_eq!(
        names_in(&folder),
        ["Säkerhetskopior", "finsamkollen.db"],
        "no copy or side file left behind"
    );
}

#[test]
fn windows_a_damaged_file_is_renamed_aside_and_the_backup_takes_its_place() {
    let (_home, folder) = officers_folder();
    let path = folder.join("finsamkollen.db");
    let service = with_forbund(&path);
    let made = service.backup_now().expect("backup");
    drop(service);
    let bytes = std::fs::read(&path).expect("read");
    std::fs::write(&path, &bytes[..bytes.len() / 2]).expect("damage");
    let damaged = std::fs::read(&path).expect("read damaged");
    Service::open(&path, clock()).expect_err("a damaged file is refused");

    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let prepared = restore::prepare(&path, &folders, Path::new(&made.path)).expect("prepare");
    let service = prepared.commit(None, clock(), None).expect("restore");
    assert_eq!(insatser(&service), 1);
    let aside: Vec<String> = names_in(&folder)
        .into_iter()
        .filter(|n| n.starts_with("finsamkollen.db.skadad-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(folder.join(&aside[0])).expect("aside"),
        damaged
    );
}

#[test]
fn windows_import_builds_the_new_file_beside_and_renames_it_into_place() {
    let (_home, folder) = officers_folder();
    let mut service = with_forbund(&folder.join("finsamkollen.db"));
    let report = folder.join("årsrapport 2026.json");
    service
        .export_report(2026, ReportFormat::Json, &report)
        .expect("export");
    let text = std::fs::read_to_string(&report).expect("read report");

    let target = folder.join("Nytt förbund").join("importerad fil.db");
    std::fs::create_dir_all(target.parent().expect("parent")).expect("folder");
    let file = ImportFile {
        name: "årsrapport 2026.json".into(),
        text,
    };
    import_reports(&[file], &target).expect("import");
    assert_eq!(
        names_in(target.parent().expect("parent")),
        ["importerad fil.db"]
    );
    let imported = Service::open(&target, clock()).expect("open the imported file");
    assert_eq!(insatser(&imported), 1);
}

/// An open SQLite connection holds its file without FILE_SHARE_DELETE: Windows refuses to
/// replace it, which is why every replace in the core closes its connections first. Linux
/// allows it. The refusal is worded for the officer.
#[test]
fn windows_an_open_data_file_cannot_be_replaced_and_the_refusal_is_in_swedish() {
    let (_home, folder) = officers_folder();
    let path = folder.join("finsamkollen.db");
    let service = with_forbund(&path);
    let other = folder.join("annan.db");
    std::fs::write(&other, b"x").expect("other");
    let result = files::replace(&other, &path);
    if cfg!(windows) {
        let error = result.expect_err("Windows refuses to replace an open file");
        assert!(files::is_held_by_another_program(&error), "{error:?}");
        let message = CoreError::Io {
            path: path.clone(),
            source: error,
        }
        .to_string();
        assert!(
            message.contains("öppen i ett annat program"),
            "in the officer's words: {message}"
        );
        assert_eq!(insatser(&service), 1, "the open file is untouched");
    } else {
        result.expect("Linux replaces an open file");
    }
}

/// Exporting over last year's workbook while it is open in Excel: on Windows the export is
/// refused with a Swedish sentence and the open file is left as it was.
#[test]
fn windows_export_over_a_file_open_in_another_program() {
    let (_home, folder) = officers_folder();
    let mut service = with_forbund(&folder.join("finsamkollen.db"));
    let target = folder.join("arsrapport-2026.json");
    std::fs::write(&target, b"gammal").expect("old export");
    let holder = hold(&target);
    let result = service.export_report(2026, ReportFormat::Json, &target);
    drop(holder);
    if cfg!(windows) {
        let error = result.expect_err("refused while held");
        assert!(
            error.to_string().contains("Stäng den där och försök igen"),
            "{error}"
        );
        assert_eq!(std::fs::read(&target).expect("read"), b"gammal");
        let left = names_in(&folder);
        assert!(
            left.iter().all(|n| !n.starts_with(".tmp")),
            "no temporary file left: {left:?}"
        );
    } else {
        result.expect("Linux replaces a file another program has open");
    }
}

/// A virus scanner or the search indexer holds a new file for a moment: a replace waits
/// that out instead of failing.
#[test]
fn windows_a_brief_hold_by_another_program_is_waited_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let from = dir.path().join("ny.json");
    let to = dir.path().join("målet.json");
    std::fs::write(&from, b"ny").expect("from");
    std::fs::write(&to, b"gammal").expect("to");
    let holder = hold(&to);
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        drop(holder);
    });
    files::replace(&from, &to).expect("replaced once released");
    release.join().expect("thread");
    assert_eq!(std::fs::read(&to).expect("read"), b"ny");
}

/// Opens `path` the way Excel does on Windows: sharing nothing, so it can be neither
/// replaced nor deleted while held. On Linux an open file blocks neither.
fn hold(path: &Path) -> std::fs::File {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(windows)]
    std::os::windows::fs::OpenOptionsExt::share_mode(&mut options, 0);
    options.open(path).expect("hold")
}
