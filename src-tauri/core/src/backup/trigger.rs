//! When a backup is made (issue 27): the day's first start, a save when the newest backup
//! is from another day or an hour old, the app's close after saves since the newest
//! backup, and the end of an import or a restore. [`due`] is the whole rule, without files
//! or a clock, so it is tested on its own; the shell only asks [`Service::backup_for`].

use chrono::{Duration, NaiveDateTime, Timelike};

use super::Backup;
use crate::db::backups::list;
use crate::ops::Service;

/// What asks for a backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The app starts.
    Start,
    /// A save has just been written.
    Save,
    /// The window closes.
    Close,
    /// An import ("Importera årsrapporter", "Läs in tidigare år") has been written.
    Import,
    /// A restore has put a backup in place of the data file.
    Restore,
}

/// While saves continue, at most one backup this often.
pub fn save_interval() -> Duration {
    Duration::hours(1)
}

/// Whether `trigger` makes a backup at `now`, given the newest backup's time and the last
/// save's. Times are compared to the second, as backups are named: a save in the second a
/// backup was made counts as after it, so a close then backs up once more rather than
/// leaving the save out.
pub fn due(
    trigger: Trigger,
    now: NaiveDateTime,
    newest_backup: Option<NaiveDateTime>,
    last_save: Option<NaiveDateTime>,
) -> bool {
    let not_today = newest_backup.is_none_or(|b| b.date() != now.date());
    match trigger {
        Trigger::Start => not_today,
        Trigger::Save => not_today || newest_backup.is_some_and(|b| now - b >= save_interval()),
        Trigger::Close => last_save.is_some_and(|saved| {
            newest_backup.is_none_or(|b| saved.with_nanosecond(0).unwrap_or(saved) >= b)
        }),
        Trigger::Import | Trigger::Restore => true,
    }
}

/// What the officer is told when the backup at closing fails. The window closes anyway:
/// the saves are in the data file, only their copy is missing.
pub fn close_notice(reason: &str) -> String {
    format!(
        "Säkerhetskopian kunde inte göras när Finsamkollen stängdes: {reason}. Det du har \
         sparat finns kvar i datafilen. Öppna Finsamkollen och välj Inställningar → Dina \
         data → \"Säkerhetskopiera nu\" när säkerhetskopiornas mapp går att nå igen."
    )
}

impl Service {
    /// A backup if `trigger` makes one due now (see [`due`]); none for a file with no
    /// förbund yet, which holds nothing to keep.
    pub fn backup_for(&mut self, trigger: Trigger) -> crate::Result<Option<Backup>> {
        let newest = list(&self.data_file()?, &self.backup_folder()?)
            .first()
            .map(|(time, _)| *time);
        self.known_backup = newest;
        if !due(trigger, self.clock().now(), newest, self.last_save) || self.forbund()?.is_none() {
            return Ok(None);
        }
        let made = self.backup_now()?;
        self.known_backup = NaiveDateTime::parse_from_str(&made.tidpunkt, "%Y-%m-%d %H:%M:%S").ok();
        // Every save so far is in it: saves and backups take turns on this one service.
        self.last_save = None;
        Ok(Some(made))
    }

    /// Saves make backups from now on: [`Self::backup_after_save`] runs after each write
    /// the data file acknowledges. The use cases' write path records the save and runs what
    /// is installed; the decision to back up is this layer's, so `ops` never calls `backup`.
    pub(crate) fn enable_daily_backup(&mut self) {
        self.set_after_write(Self::backup_after_save);
    }

    /// Whether saves make backups: the app's data file, not an import replaying history
    /// nor a test's scratch file.
    pub(crate) fn daily_backup(&self) -> bool {
        self.has_after_write()
    }

    /// After a save (which `ops` has remembered for the close): a backup is made when the
    /// newest is from another day or an hour old. The newest known backup is kept in
    /// memory, so saves within the hour list no folder. The save itself has succeeded: a
    /// backup that fails is tried again at the next save, never turned into a refusal.
    fn backup_after_save(&mut self) {
        let now = self.clock().now();
        if self.known_backup.is_some() && !due(Trigger::Save, now, self.known_backup, None) {
            return;
        }
        let _ = self.backup_for(Trigger::Save);
    }
}
