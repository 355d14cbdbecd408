//! Which backups rotation keeps. With a backup an hour while saves continue, the ten newest
//! cover only a working day or two, so older ones thin out in tiers: the newest of each
//! recent day that has a backup, of each recent ISO week, and of every month. [`to_remove`]
//! is the whole rule, over the backups' times and today, so it is tested without files.

use std::collections::HashSet;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

/// How many of the newest backups are always kept, whatever their day.
pub const KEEP_NEWEST: usize = 10;

/// How many of the most recent days that have a backup keep their newest one. Days
/// without a backup (a weekend, a holiday) do not use up the tier.
pub const KEEP_DAYS: usize = 14;

/// How many ISO weeks, today's and the ones before it, keep their newest backup.
pub const KEEP_WEEKS: i64 = 8;

/// The backups rotation removes, of those made at `times` (one time, one backup), seen on
/// `today`: every one except the newest [`KEEP_NEWEST`], the newest of each of the
/// [`KEEP_DAYS`] most recent days that have a backup, the newest of each of the last
/// [`KEEP_WEEKS`] ISO weeks (today's included), and the newest of every month, which is
/// never removed. Newest first.
pub fn to_remove(times: &[NaiveDateTime], today: NaiveDate) -> Vec<NaiveDateTime> {
    let mut newest_first = times.to_vec();
    newest_first.sort_unstable_by(|a, b| b.cmp(a));
    newest_first.dedup();
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let first_week = monday - Duration::weeks(KEEP_WEEKS - 1);
    let mut days = Vec::new();
    let mut weeks = HashSet::new();
    let mut months = HashSet::new();
    let mut keep = HashSet::new();
    // Newest first, so the first backup seen of a day, week or month is its newest.
    for (i, time) in newest_first.iter().enumerate() {
        let day = time.date();
        let new_day = days.last() != Some(&day);
        if new_day {
            days.push(day);
        }
        // Each tier notes its day, week and month even when an earlier tier keeps the
        // backup, so an older one in the same week or month is never taken for its newest.
        let newest_of_week = day >= first_week && weeks.insert(day.iso_week());
        let newest_of_month = months.insert((day.year(), day.month()));
        let newest_of_day = new_day && days.len() <= KEEP_DAYS;
        if i < KEEP_NEWEST || newest_of_day || newest_of_week || newest_of_month {
            keep.insert(*time);
        }
    }
    newest_first.retain(|time| !keep.contains(time));
    newest_first
}
