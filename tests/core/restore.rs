//! Återställ and the backup folder: pick a backup, see what it holds, restore it atomically
//! after the current file is backed up; a damaged file is kept aside, never overwritten; the
//! officer can choose where backups go (issue 7, items 2–4).

use std::path::{Path, PathBuf};

use finsamkollen_core::backup::restore;
use finsamkollen_core::db::backups::FOLDER;
use finsamkollen_core::domain::historik::{HistorikFraga, HistorikOmfang};
use finsamkollen_core::domain::insats::Inriktning;
use finsamkollen_core::Service;
use tempfile::TempDir;

use crate::support::{
    clock, codes, file_with_forbund, insatser, listed, medel, new_forbund, new_insats, open,
    save_medel, temp_data_file, CreateWhenOpen,
};

/// A data file with a förbund, one insats and 2026's medel.
fn data_file() -> (TempDir, PathBuf, Service) {
    let (dir, path) = temp_data_file();
    let mut service = file_with_forbund(&path);
    add_insats(&mut service, "Steget vidare");
    save_medel(&mut service, medel(2026, "1 000 000", "", ""));
    (dir, path, service)
}

fn add_insats(service: &mut Service, namn: &str) {
    let input = new_insats(service, namn, Inriktning::Individinriktad);
    service.create_insats_when_open(input).expect("insats");
}

fn sha(path: &Path) -> Vec<u8> {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let bytes = std::fs::read(path).expect("read");
    let mut hasher = DefaultHasher::new();
    bytes.hash(&mut hasher);
    let mut out = hasher.finish().to_le_bytes().to_vec();
    out.extend((bytes.len() as u64).to_le_bytes());
    out
}

#[test]
fn restore_lists_each_backup_with_its_date_forbund_years_and_insatser() {
    let (_dir, path, service) = data_file();
    let made = service.backup_now().expect("backup");
    let list = listed(&path);
    assert_eq!(list.len(), 1);
    let kopia = &list[0];
    assert_eq!(kopia.path, made.path);
    assert_eq!(kopia.tidpunkt, made.tidpunkt);
    assert_eq!(kopia.forbund.as_deref(), Some(new_forbund().namn.as_str()));
    assert_eq!(kopia.years, [2026]);
    assert_eq!(kopia.insatser, 1);
    assert_eq!(kopia.fel, None);
    assert_eq!(kopia.anledning, None);
}

#[test]
fn restore_replaces_the_file_with_the_backup_after_backing_up_the_current_one() {
    let (_dir, path, mut service) = data_file();
    let made = service.backup_now().expect("backup");
    add_insats(&mut service, "Kompetenslyft");
    assert_eq!(insatser(&service), 2);

    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let prepared = restore::prepare(&path, &folders, Path::new(&made.path)).expect("prepare");
    let summary = prepared.summary().clone();
    let service = prepared
        .commit(Some(service), clock(), None)
        .expect("restore");
    assert_eq!(insatser(&service), 1, "the backup's content");
    // What came back, and from when, in the sentence the app shows.
    assert_eq!(summary.tidpunkt, made.tidpunkt);
    assert_eq!(
        (
            summary.forbund.as_deref(),
            summary.insatser,
            summary.years.clone()
        ),
        (Some(new_forbund().namn.as_str()), 1, vec![2026])
    );
    assert_eq!(
        summary.meddelande,
        format!(
            "Återställt från säkerhetskopian {}: {}, 1 insats, året 2026.",
            &made.tidpunkt[..16],
            new_forbund().namn
        )
    );

    // The file as it was before the restore is itself a backup now, holding both insatser.
    let list = listed(&path);
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].insatser, 2, "newest: the file before the restore");
    assert_eq!(list[1].path, made.path);

    // The restore is the newest entry of the förbund's history.
    let sida = service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Forbund,
            fore: None,
        })
        .expect("history");
    let name = Path::new(&made.path).file_name().expect("name");
    assert_eq!(
        sida.handlingar[0].handling,
        format!("Återställ från säkerhetskopia: {}", name.to_string_lossy())
    );
    drop(service);
    // Reopening gives the restored content: nothing of the old file leaked back in.
    assert_eq!(insatser(&open(&path)), 1);
}

#[test]
fn restore_of_a_damaged_file_keeps_the_damaged_file_aside_byte_for_byte() {
    let (dir, path, service) = data_file();
    let made = service.backup_now().expect("backup");
    drop(service);
    // Damage the file in the middle, past the header.
    let mut bytes = std::fs::read(&path).expect("read");
    let middle = bytes.len() / 2;
    bytes.truncate(middle);
    std::fs::write(&path, &bytes).expect("damage");
    let damaged = sha(&path);
    let error = Service::open(&path, clock()).expect_err("refused");
    assert!(codes(&error)[0].starts_with("file_"), "{error:?}");
    assert_eq!(sha(&path), damaged, "refusing changed nothing");

    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let prepared = restore::prepare(&path, &folders, Path::new(&made.path)).expect("prepare");
    let service = prepared.commit(None, clock(), None).expect("restore");
    assert_eq!(insatser(&service), 1);
    let aside: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains("forbund.db.skadad-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        sha(&aside[0]),
        damaged,
        "the damaged file is kept as it was"
    );
}

#[test]
fn restore_refuses_anything_but_a_whole_listed_backup_and_changes_nothing() {
    let (dir, path, service) = data_file();
    let made = service.backup_now().expect("backup");
    let before = insatser(&service);
    let folders = finsamkollen_core::db::backups::folders(&path, None);

    // A path that is not one of the file's backups (the UI cannot make Rust read any file).
    let elsewhere = dir.path().join("annan.db");
    std::fs::copy(&made.path, &elsewhere).expect("copy");
    let error = restore::prepare(&path, &folders, &elsewhere).expect_err("not listed");
    assert_eq!(codes(&error), ["not_found"]);

    // A damaged backup is listed with the reason and refused.
    let broken = Path::new(&made.path).with_file_name("forbund-2026-01-01-120000.db");
    std::fs::write(&broken, b"SQLite format 3\0 but not really").expect("write");
    let list = listed(&path);
    let shown = list
        .iter()
        .find(|k| Path::new(&k.path) == broken)
        .expect("listed");
    assert!(shown.fel.is_some());
    let error = restore::prepare(&path, &folders, &broken).expect_err("damaged");
    assert_eq!(codes(&error), ["backup_unusable"]);

    assert_eq!(insatser(&service), before);
    assert!(!PathBuf::from(format!("{}.återställs", path.display())).exists());
}

#[test]
fn restore_lists_the_copy_made_before_a_migration_with_its_reason() {
    let (_dir, path, service) = data_file();
    drop(service);
    let folder = path.parent().expect("dir").join(FOLDER);
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::copy(&path, folder.join("forbund-före-version-6.db")).expect("copy");
    let list = listed(&path);
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].anledning.as_deref(),
        Some("Före uppdatering till version 6")
    );
    assert_eq!(list[0].insatser, 1);
}

#[test]
fn backup_folder_can_be_changed_is_remembered_and_can_go_back_to_the_default() {
    let (dir, path, mut service) = data_file();
    let settings = dir.path().join("config").join("installningar.json");
    service.use_settings(&settings);
    let chosen = dir.path().join("Extern disk").join("Finsam");
    let lage = service
        .set_backup_folder(Some(chosen.clone()))
        .expect("folder");
    assert_eq!(lage.folder, chosen.display().to_string());
    assert!(!lage.standardmapp);
    let made = service.backup_now().expect("backup");
    assert!(Path::new(&made.path).starts_with(&chosen));
    drop(service);

    // Remembered after a restart, and the recovery screen finds those backups too.
    let mut service = open(&path);
    service.use_settings(&settings);
    assert_eq!(
        service.backup_state().expect("läge").folder,
        chosen.display().to_string()
    );
    let found = finsamkollen_core::db::backups::backups(
        &path,
        &finsamkollen_core::db::backups::folders(&path, Some(&settings)),
    );
    assert_eq!(found.len(), 1);

    let lage = service.set_backup_folder(None).expect("default");
    assert!(lage.standardmapp);
    assert!(lage.folder.ends_with(FOLDER));
}

#[test]
fn backup_folder_that_cannot_be_used_is_refused_beside_the_field_and_changes_nothing() {
    let (dir, _path, mut service) = data_file();
    let settings = dir.path().join("installningar.json");
    service.use_settings(&settings);
    let before = service.backup_state().expect("läge");
    let a_file = dir.path().join("fil.txt");
    std::fs::write(&a_file, "x").expect("file");
    for bad in [PathBuf::from("relativ/mapp"), a_file.join("under-en-fil")] {
        let error = service
            .set_backup_folder(Some(bad.clone()))
            .expect_err("refused");
        assert_eq!(codes(&error), ["backup_folder"], "{bad:?}");
        assert_eq!(error.field(), Some("backupFolder"));
    }
    assert_eq!(service.backup_state().expect("läge"), before);
    assert!(!settings.exists(), "nothing was saved");
}

#[test]
fn restore_says_what_a_backup_holds_in_the_same_words_in_the_list_and_after_the_restore() {
    let (_dir, path) = temp_data_file();
    let service = file_with_forbund(&path);
    service.backup_now().expect("backup");
    let namn = new_forbund().namn;
    let empty = listed(&path).remove(0);
    assert_eq!(empty.ar, "–");
    assert_eq!(
        empty.innehall,
        format!("{namn}, 0 insatser, inga år med uppgifter")
    );

    let (_dir, path, service) = data_file();
    service.backup_now().expect("backup");
    let kopia = listed(&path).remove(0);
    assert_eq!(kopia.ar, "2026");
    assert_eq!(kopia.innehall, format!("{namn}, 1 insats, året 2026"));
    drop(service);
    let folders = finsamkollen_core::db::backups::folders(&path, None);
    let prepared = restore::prepare(&path, &folders, Path::new(&kopia.path)).expect("prepare");
    assert_eq!(
        prepared.summary().meddelande,
        format!(
            "Återställt från säkerhetskopian {}: {}.",
            &kopia.tidpunkt[..16],
            kopia.innehall
        )
    );
}
