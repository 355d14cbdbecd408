//! Which backups rotation keeps: the ten newest, the newest of each of the last 14 days
//! that have a backup, of each of the last 8 ISO weeks, and of every month
//! (`backup::retention::to_remove`, over the backups' times and today). An officer who
//! works on weekdays gets a backup an hour; one test runs the rule over real files.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use finsamkollen_core::backup::retention::{to_remove, KEEP_DAYS, KEEP_NEWEST, KEEP_WEEKS};
use finsamkollen_core::db::backups::{list, FOLDER, STAMP};
use finsamkollen_core::{Clock, Service};

use crate::support::{date, new_forbund, temp_data_file};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("time")
}

/// A backup each hour from `first_hour` to 16:00 on each of `weekdays` from `from` to
/// `to`, both included.
fn hourly(from: &str, to: &str, weekdays: &[Weekday], first_hour: u32) -> Vec<NaiveDateTime> {
    let (mut day, to) = (date(from), date(to));
    let mut times = Vec::new();
    while day <= to {
        if weekdays.contains(&day.weekday()) {
            times.extend((first_hour..=16).filter_map(|h| day.and_hms_opt(h, 0, 0)));
        }
        day += Duration::days(1);
    }
    times
}

const WORKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

/// Every working day from Monday 1 June 2026, 08:00–16:00, and Monday 7 December
/// 08:00–10:00: today, at ten.
fn working_half_year() -> Vec<NaiveDateTime> {
    let mut times = hourly("2026-06-01", "2026-12-04", &WORKDAYS, 8);
    times.extend(["2026-12-07 08:00", "2026-12-07 09:00", "2026-12-07 10:00"].map(at));
    times
}

/// What `working_half_year` keeps on 2026-12-07, newest first, tier by tier.
fn kept_on_7_december() -> Vec<NaiveDateTime> {
    let at_four = |days: &[&str]| days.iter().map(|d| at(&format!("{d} 16:00"))).collect();
    let newest_ten: Vec<NaiveDateTime> = ["10:00", "09:00", "08:00"]
        .iter()
        .map(|t| at(&format!("2026-12-07 {t}")))
        .chain((10..=16).rev().map(|h| at(&format!("2026-12-04 {h}:00"))))
        .collect();
    // The days with a backup after the two above, 14 in all: 3 December back to 18 November.
    let days: Vec<NaiveDateTime> = at_four(&[
        "2026-12-03",
        "2026-12-02",
        "2026-12-01",
        "2026-11-30",
        "2026-11-27",
        "2026-11-26",
        "2026-11-25",
        "2026-11-24",
        "2026-11-23",
        "2026-11-20",
        "2026-11-19",
        "2026-11-18",
    ]);
    // ISO weeks 43–50: the Fridays of weeks 43–46 (47–50 are kept above).
    let weeks: Vec<NaiveDateTime> =
        at_four(&["2026-11-13", "2026-11-06", "2026-10-30", "2026-10-23"]);
    // The newest of every month: September back to June (October's is week 44's Friday).
    let months: Vec<NaiveDateTime> =
        at_four(&["2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30"]);
    let mut kept: Vec<NaiveDateTime> = [newest_ten, days, weeks, months].concat();
    kept.sort_unstable_by(|a, b| b.cmp(a));
    kept
}

fn kept(times: &[NaiveDateTime], today: NaiveDate) -> Vec<NaiveDateTime> {
    let removed = to_remove(times, today);
    let mut kept: Vec<NaiveDateTime> = times
        .iter()
        .copied()
        .filter(|t| !removed.contains(t))
        .collect();
    kept.sort_unstable_by(|a, b| b.cmp(a));
    kept
}

#[test]
fn backup_retention_keeps_the_newest_ten_and_the_newest_of_14_days_8_weeks_and_each_month() {
    assert_eq!((KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS), (10, 14, 8));
    let times = working_half_year();
    assert_eq!(times.len(), 1218);
    assert_eq!(kept(&times, date("2026-12-07")), kept_on_7_december());
    // Given oldest first, the same backups go, named newest first.
    let mut oldest_first = times.clone();
    oldest_first.reverse();
    let removed = to_remove(&oldest_first, date("2026-12-07"));
    assert_eq!(removed.len(), 1218 - 30);
    assert!(removed.windows(2).all(|w| w[0] > w[1]), "newest first");
}

#[test]
fn backup_retention_weeks_count_back_from_today_and_a_months_newest_is_never_removed() {
    // Four weeks later with no backup since (a holiday): the 8 weeks up to today's now
    // begin on 16 November, so the Fridays of weeks 43, 45 and 46 go; week 44's Friday
    // stays, as October's newest.
    let times = working_half_year();
    let later = kept(&times, date("2027-01-04"));
    let now_removed: Vec<NaiveDateTime> = kept_on_7_december()
        .into_iter()
        .filter(|t| !later.contains(t))
        .collect();
    assert_eq!(
        now_removed,
        ["2026-11-13 16:00", "2026-11-06 16:00", "2026-10-23 16:00"].map(at)
    );
    assert!(later.contains(&at("2026-10-30 16:00")), "October's newest");
    // Every month's newest backup is kept, whatever today is.
    for today in ["2026-12-07", "2027-06-01", "2030-01-01"] {
        let kept = kept(&times, date(today));
        for month in 6..=12 {
            let newest = times
                .iter()
                .filter(|t| t.month() == month)
                .max()
                .expect("month");
            assert!(kept.contains(newest), "{newest} on {today}");
        }
    }
}

#[test]
fn backup_retention_days_are_the_days_that_have_a_backup() {
    // Working on Wednesdays only: the 14 newest Wednesdays keep their newest backup, 14
    // weeks back, further than the 8 weeks.
    let times = hourly("2026-07-01", "2026-12-02", &[Weekday::Wed], 9);
    let kept = kept(&times, date("2026-12-07"));
    let wednesdays: Vec<NaiveDateTime> = (0..14)
        .map(|w| at("2026-12-02 16:00") - Duration::weeks(w))
        .collect();
    assert!(wednesdays.iter().all(|w| kept.contains(w)), "{kept:?}");
    assert_eq!(wednesdays.last(), Some(&at("2026-09-02 16:00")));
    // Before them, only each month's newest: July and August.
    let older: Vec<NaiveDateTime> = kept
        .iter()
        .copied()
        .filter(|t| *t < at("2026-09-02 00:00"))
        .collect();
    assert_eq!(older, ["2026-08-26 16:00", "2026-07-29 16:00"].map(at));
    assert_eq!(kept.len(), 10 + 12 + 2);
}

#[test]
fn backup_retention_keeps_every_backup_while_there_are_ten_or_fewer() {
    let times = hourly("2026-12-07", "2026-12-07", &[Weekday::Mon], 7);
    assert_eq!(times.len(), 10);
    assert!(to_remove(&times, date("2026-12-07")).is_empty());
    assert!(to_remove(&[], date("2026-12-07")).is_empty());
}

#[test]
fn backup_retention_rotation_removes_the_files_no_tier_keeps() {
    let (dir, path) = temp_data_file();
    let folder = dir.path().join(FOLDER);
    std::fs::create_dir_all(&folder).expect("folder");
    let mut earlier = working_half_year();
    let ten = earlier.pop().expect("today at ten");
    for time in &earlier {
        let name = format!("forbund-{}.db", time.format(STAMP));
        std::fs::write(folder.join(name), b"").expect("an earlier backup");
    }
    let mut service = Service::open(&path, Clock::fixed_at(ten)).expect("open");
    service.create_forbund(new_forbund()).expect("förbund");
    let made = service.backup_now().expect("backup at ten");
    assert_eq!(made.tidpunkt, "2026-12-07 10:00:00");
    let left: Vec<NaiveDateTime> = list(&path, &folder).into_iter().map(|(t, _)| t).collect();
    assert_eq!(left, kept_on_7_december());
    let files = std::fs::read_dir(&folder).expect("folder").count();
    assert_eq!(files, 30, "nothing else is left in the folder");
}
