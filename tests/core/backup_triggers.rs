//! When backups are made (issue 27): the day's first start, a save when the newest backup
//! is from another day or an hour old, the close after saves since the newest backup, and
//! the end of an import or a restore. Each trigger is tested through the app's service
//! (`open_app`) with the clock fixed to the second.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use finsamkollen_core::backup::restore;
use finsamkollen_core::backup::trigger::{close_notice, due, Trigger};
use finsamkollen_core::db::backups::{self};
use finsamkollen_core::domain::insats::Inriktning;
use finsamkollen_core::{Clock, Service};
use tempfile::TempDir;

use crate::support::{listed, new_forbund, new_insats};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").expect("time")
}

fn clock_at(text: &str) -> Clock {
    Clock::fixed_at(at(text))
}

/// The app's data file, opened at `time`, with its settings file beside it.
fn open_app(dir: &TempDir, time: &str) -> Service {
    Service::open_app(
        &dir.path().join("forbund.db"),
        clock_at(time),
        &dir.path().join("installningar.json"),
    )
    .expect("open")
}

fn data_file(dir: &TempDir) -> PathBuf {
    dir.path().join("forbund.db")
}

/// A save: a new insats starting in the open year 2026.
fn save_insats(service: &mut Service, namn: &str) {
    let input = finsamkollen_core::domain::insats::NewInsats {
        startdatum: "2026-03-01".into(),
        ..new_insats(service, namn, Inriktning::Individinriktad)
    };
    service.create_insats(input).expect("insats");
}

#[test]
fn backup_trigger_rule_for_each_trigger() {
    let now = at("2026-11-24 15:00:00");
    let today_9 = Some(at("2026-11-24 09:00:00"));
    let today_1430 = Some(at("2026-11-24 14:30:00"));
    let yesterday = Some(at("2026-11-23 17:00:00"));
    let saved_1450 = Some(at("2026-11-24 14:50:00"));
    // Start: once a day.
    assert!(due(Trigger::Start, now, None, None));
    assert!(due(Trigger::Start, now, yesterday, None));
    assert!(!due(Trigger::Start, now, today_9, None));
    // Save: the day's first, then at most one an hour.
    assert!(due(Trigger::Save, now, yesterday, saved_1450));
    assert!(due(Trigger::Save, now, today_9, saved_1450));
    assert!(!due(Trigger::Save, now, today_1430, saved_1450));
    assert!(due(
        Trigger::Save,
        at("2026-11-24 15:30:00"),
        today_1430,
        saved_1450
    ));
    // Close: only after a save since the newest backup, the same second included.
    assert!(due(Trigger::Close, now, today_1430, saved_1450));
    assert!(!due(Trigger::Close, now, today_1430, None));
    assert!(!due(
        Trigger::Close,
        now,
        Some(at("2026-11-24 14:55:00")),
        saved_1450
    ));
    assert!(due(
        Trigger::Close,
        now,
        saved_1450,
        Some(at("2026-11-24 14:50:00") + chrono::Duration::milliseconds(400))
    ));
    assert!(due(Trigger::Close, now, None, saved_1450));
    // Import and restore: always.
    assert!(due(Trigger::Import, now, today_1430, None));
    assert!(due(Trigger::Restore, now, today_1430, None));
}

#[test]
fn backup_trigger_start_makes_one_on_the_days_first_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut service = open_app(&dir, "2026-11-23 09:00:00");
    assert_eq!(
        service.backup_for(Trigger::Start).expect("empty"),
        None,
        "an empty file has nothing to keep"
    );
    service.create_forbund(new_forbund()).expect("förbund");
    drop(service);
    let mut service = open_app(&dir, "2026-11-24 08:00:00");
    let made = service.backup_for(Trigger::Start).expect("start");
    assert_eq!(made.expect("a backup").tidpunkt, "2026-11-24 08:00:00");
    let mut again = open_app(&dir, "2026-11-24 13:00:00");
    assert_eq!(again.backup_for(Trigger::Start).expect("again"), None);
}

#[test]
fn backup_trigger_save_makes_one_an_hour_while_saves_continue() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = data_file(&dir);
    let mut service = open_app(&dir, "2026-11-24 09:00:00");
    // The day's first save (the förbund) makes the first backup.
    service.create_forbund(new_forbund()).expect("förbund");
    assert_eq!(listed(&path).len(), 1);
    service.set_clock(clock_at("2026-11-24 09:40:00"));
    save_insats(&mut service, "Steget vidare");
    assert_eq!(listed(&path).len(), 1, "within the hour: no backup");
    service.set_clock(clock_at("2026-11-24 10:00:00"));
    save_insats(&mut service, "Kompetenslyft");
    let list = listed(&path);
    assert_eq!(list.len(), 2, "an hour after the newest: a backup");
    assert_eq!(list[0].tidpunkt, "2026-11-24 10:00:00");
    assert_eq!(list[0].insatser, 2, "it holds the save that made it");
    service.set_clock(clock_at("2026-11-24 10:59:59"));
    save_insats(&mut service, "Arbetsträning");
    assert_eq!(listed(&path).len(), 2);
}

#[test]
fn backup_trigger_close_keeps_the_saves_since_the_newest_backup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = data_file(&dir);
    let mut service = open_app(&dir, "2026-11-24 09:00:00");
    service.create_forbund(new_forbund()).expect("förbund");
    service.set_clock(clock_at("2026-11-24 09:20:00"));
    save_insats(&mut service, "Steget vidare");
    service.set_clock(clock_at("2026-11-24 17:05:00"));
    let made = service.backup_for(Trigger::Close).expect("close");
    assert_eq!(made.expect("a backup").tidpunkt, "2026-11-24 17:05:00");
    let list = listed(&path);
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0].insatser, 1,
        "the newest backup holds the day's work"
    );
    assert_eq!(
        service.backup_for(Trigger::Close).expect("again"),
        None,
        "nothing saved since"
    );
    drop(service);
    // A session that only looked makes none at closing.
    let mut reader = open_app(&dir, "2026-11-24 18:00:00");
    assert_eq!(reader.backup_for(Trigger::Close).expect("looked"), None);
    assert_eq!(listed(&path).len(), 2);
}

#[test]
fn backup_trigger_close_notice_says_the_saves_are_in_the_data_file() {
    let notice = close_notice("mappen finns inte");
    assert!(notice.starts_with(
        "Säkerhetskopian kunde inte göras när Finsamkollen stängdes: mappen finns inte."
    ));
    assert!(notice.contains("Det du har sparat finns kvar i datafilen."));
}

#[test]
fn backup_trigger_restore_backs_up_the_restored_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = data_file(&dir);
    let mut service = open_app(&dir, "2026-11-24 09:00:00");
    service.create_forbund(new_forbund()).expect("förbund");
    let first = listed(&path)[0].clone();
    service.set_clock(clock_at("2026-11-24 09:10:00"));
    save_insats(&mut service, "Steget vidare");
    let folders = backups::folders(&path, Some(&dir.path().join("installningar.json")));
    let prepared = restore::prepare(&path, &folders, Path::new(&first.path)).expect("prepare");
    let restored = prepared
        .commit(
            Some(service),
            clock_at("2026-11-24 09:15:00"),
            Some(&dir.path().join("installningar.json")),
        )
        .expect("restore");
    let list = listed(&path);
    // The restored file (no insats), the file before the restore (one), the first backup.
    assert_eq!(list.len(), 3);
    assert_eq!(
        (list[0].insatser, list[1].insatser, list[2].insatser),
        (0, 1, 0)
    );
    assert_eq!(list[2].path, first.path);
    drop(restored);
}

#[test]
fn backup_trigger_import_is_always_due_for_the_apps_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = data_file(&dir);
    let mut service = open_app(&dir, "2026-11-24 09:00:00");
    service.create_forbund(new_forbund()).expect("förbund");
    service.set_clock(clock_at("2026-11-24 09:01:00"));
    let made = service.backup_for(Trigger::Import).expect("import");
    assert_eq!(made.expect("a backup").tidpunkt, "2026-11-24 09:01:00");
    assert_eq!(listed(&path).len(), 2);
}
