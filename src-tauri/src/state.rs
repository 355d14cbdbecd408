//! The app's state: the open data file, or the reason it could not be opened. A refused file
//! does not stop the app: the UI shows the recovery screen, and the file stays untouched.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use finsamkollen_core::api::inlasning::{self, InlasningFil, ValdArbetsbok};
use finsamkollen_core::api::AppError;
use finsamkollen_core::backup::move_data_file::{self, DataFileMoved};
use finsamkollen_core::backup::restore::{self, Restored};
use finsamkollen_core::backup::sync::SyncWarning;
use finsamkollen_core::backup::trigger::{self, Trigger};
use finsamkollen_core::db::backups::{self, BackupFile};
use finsamkollen_core::location::{self, FolderFacts};
use finsamkollen_core::ops::mina_forbund;
use finsamkollen_core::report::inlasning::{
    Forhandsvisning, InlasningBegaran, InlasningSammanfattning, Mappning,
};
use finsamkollen_core::settings::{RecentFileRow, Settings};
use finsamkollen_core::{Clock, CoreError, Service};

use crate::config::Config;

pub struct AppState {
    inner: Mutex<Inner>,
    clock: Clock,
    settings_file: PathBuf,
    /// The injected file-system type of the data file's folder (debug builds only).
    fs_type: Option<String>,
    /// Whether a screen has unsaved changes (see `close_guard`).
    unsaved: AtomicBool,
    /// The workbook chosen in "Läs in tidigare år", kept between the wizard's steps so the
    /// UI never sends a path or a file's bytes.
    inlasning: Mutex<Option<ValdArbetsbok>>,
}

struct Inner {
    data_file: PathBuf,
    service: Result<Service, AppError>,
}

/// What the state holds while no data file is open (start-up, mid-restore).
fn no_file() -> AppError {
    AppError::from(CoreError::NotFound {
        what: "Datafilen".to_owned(),
    })
}

impl AppState {
    pub fn open(config: &Config) -> Self {
        // A data file moved with "Flytta datafilen" is opened where it went.
        let data_file = Settings::load(&config.settings_file)
            .moved_to(&config.data_file)
            .unwrap_or_else(|| config.data_file.clone());
        let state = Self {
            inner: Mutex::new(Inner {
                data_file: data_file.clone(),
                service: Err(no_file()),
            }),
            clock: config.clock.clone(),
            settings_file: config.settings_file.clone(),
            fs_type: config.fs_type.clone(),
            unsaved: AtomicBool::new(false),
            inlasning: Mutex::new(None),
        };
        let mut service = state.open_service(&data_file);
        // The day's first start makes a backup; failing to make one must not stop the app.
        if let Ok(service) = &mut service {
            if let Err(error) = service.backup_for(Trigger::Start) {
                eprintln!("finsamkollen: säkerhetskopian kunde inte göras: {error}");
            }
        }
        state.lock().service = service;
        state
    }

    fn open_service(&self, path: &Path) -> Result<Service, AppError> {
        Service::open_app(path, self.clock.clone(), &self.settings_file).map_err(AppError::from)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic in an earlier command poisons the lock, but every write is a transaction,
        // so the data is consistent and the service can be used on.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Opens another data file (after an import, or "Öppna en annan fil") in place of the
    /// current one. A refused file changes nothing; an empty one is asked about.
    pub fn switch_to(&self, path: &Path) -> Result<(), AppError> {
        let opened = self.open_service(path);
        self.take_or_ask(path, opened)
    }

    /// Opens a file from "Mina förbund" in place of the current one; a file that is gone
    /// (or refused) changes nothing; an empty one is asked about.
    pub fn open_recent(&self, path: &Path) -> Result<(), AppError> {
        let opened = Service::open_recent(path, self.clock.clone(), &self.settings_file);
        self.take_or_ask(path, opened.map_err(AppError::from))
    }

    /// The file just opened takes the current one's place. An empty file with no backup
    /// (`file_empty_ask`) takes it too, as the question: the recovery screen then asks it
    /// as at start-up, and "Skapa ett nytt förbund i den" works on that file. Nothing is
    /// written to it. Any other refusal leaves the current file open.
    fn take_or_ask(&self, path: &Path, opened: Result<Service, AppError>) -> Result<(), AppError> {
        match opened {
            Ok(service) => {
                self.replace(path, service);
                Ok(())
            }
            Err(question) if question.code == "file_empty_ask" => {
                let mut inner = self.lock();
                inner.data_file = path.to_owned();
                inner.service = Err(question);
                Ok(())
            }
            Err(refused) => Err(refused),
        }
    }

    /// "Nytt förbund …": a new, empty data file at `path` takes the current one's place;
    /// an existing file there is refused and left alone.
    pub fn create_data_file(&self, path: &Path) -> Result<(), AppError> {
        let service = Service::create_data_file(path, self.clock.clone(), &self.settings_file)?;
        self.replace(path, service);
        Ok(())
    }

    /// "Skapa ett nytt förbund i den": the answer to the question about the empty data file
    /// (`file_empty_ask`). The core sets the empty file aside as `… (tom)` before it makes
    /// a new one in its place; a file that is no longer empty is opened as it is.
    pub fn start_in_empty_file(&self) -> Result<(), AppError> {
        let path = self.lock().data_file.clone();
        let service = Service::start_in_empty_file(&path, self.clock.clone(), &self.settings_file)?;
        self.replace(&path, service);
        Ok(())
    }

    fn replace(&self, path: &Path, service: Service) {
        let mut inner = self.lock();
        inner.data_file = path.to_owned();
        inner.service = Ok(service);
    }

    /// "Mina förbund": the remembered data files, the open one marked. Works on the
    /// recovery screen too, so the officer can go to another förbund from there.
    pub fn recent_files(&self) -> Vec<RecentFileRow> {
        mina_forbund::recent_files(&self.settings_file, &self.lock().data_file)
    }

    /// "Ta bort från listan": forgets a remembered file; the file itself is not touched.
    pub fn forget_recent_file(&self, path: &Path) -> Result<Vec<RecentFileRow>, AppError> {
        let open = self.lock().data_file.clone();
        mina_forbund::forget_recent_file(&self.settings_file, path, &open).map_err(AppError::from)
    }

    /// Runs one use case on the open data file. Commands are one call to this.
    pub fn with<T>(
        &self,
        use_case: impl FnOnce(&mut Service) -> finsamkollen_core::Result<T>,
    ) -> Result<T, AppError> {
        match &mut self.lock().service {
            Ok(service) => use_case(service).map_err(AppError::from),
            Err(error) => Err(error.clone()),
        }
    }

    pub fn set_unsaved(&self, unsaved: bool) {
        self.unsaved.store(unsaved, Ordering::SeqCst);
    }

    pub fn unsaved(&self) -> bool {
        self.unsaved.load(Ordering::SeqCst)
    }

    /// The warning about a data file in a synced or network folder, unless dismissed.
    pub fn sync_warning(&self) -> Result<Option<SyncWarning>, AppError> {
        match &self.fs_type {
            None => self.with(|service| service.sync_warning()),
            Some(fs_type) => self.with(|service| {
                service.sync_warning_with(|folder| FolderFacts {
                    fs_type: Some(fs_type.clone()),
                    ..location::probe(folder)
                })
            }),
        }
    }

    /// "Flytta datafilen": a checked copy in `folder` takes over from the open file, which
    /// is then closed and removed. A refused move changes nothing.
    pub fn move_data_file(
        &self,
        folder: &Path,
        backups_in_old_folder: bool,
    ) -> Result<DataFileMoved, AppError> {
        let mut inner = self.lock();
        let prepared = match &inner.service {
            Ok(service) => move_data_file::prepare_move(service, folder, backups_in_old_folder)?,
            Err(error) => return Err(error.clone()),
        };
        let to = prepared.to().to_owned();
        let Ok(current) = std::mem::replace(&mut inner.service, Err(no_file())) else {
            return Err(no_file());
        };
        match prepared.commit(current, self.clock.clone(), &self.settings_file) {
            Ok((service, moved)) => {
                inner.data_file = to;
                inner.service = Ok(service);
                Ok(moved)
            }
            Err(error) => {
                // The checked copy is whole: the app goes on with it, or with the old file
                // if the settings could not be saved.
                let path = if Settings::load(&self.settings_file).moved_to(&inner.data_file)
                    == Some(to.clone())
                {
                    to
                } else {
                    inner.data_file.clone()
                };
                inner.service = self.open_service(&path);
                inner.data_file = path;
                Err(error.into())
            }
        }
    }

    /// A backup of the open data file before something replaces it (an import); nothing to
    /// do when no file is open.
    pub fn backup_if_open(&self) -> Result<(), AppError> {
        match &self.lock().service {
            Ok(service) => service.backup_now().map(drop).map_err(AppError::from),
            Err(_) => Ok(()),
        }
    }

    /// A backup when `trigger` makes one due (see `backup::trigger`); nothing to do when no
    /// file is open. The error is the officer's notice, in Swedish.
    pub fn backup_for(&self, trigger: Trigger) -> Result<(), String> {
        match &mut self.lock().service {
            Ok(service) => service
                .backup_for(trigger)
                .map(drop)
                .map_err(|error| AppError::from(error).message),
            Err(_) => Ok(()),
        }
    }

    /// The backup at closing, after saves since the newest backup: `Some(notice)` when it
    /// failed, for the officer to be told while the window closes anyway.
    pub fn backup_on_close(&self) -> Option<String> {
        self.backup_for(Trigger::Close)
            .err()
            .map(|reason| trigger::close_notice(reason.trim_end_matches('.')))
    }

    /// The data file's backups with what each holds; works when the file cannot be opened.
    pub fn backups(&self) -> Vec<BackupFile> {
        let inner = self.lock();
        backups::of(&inner.data_file, Some(&self.settings_file))
    }

    /// "Återställ": the backup is copied and checked first; then a working data file is
    /// backed up and a damaged one kept aside, and the copy takes the file's place.
    pub fn restore(&self, backup: &Path) -> Result<Restored, AppError> {
        let mut inner = self.lock();
        let data_file = inner.data_file.clone();
        let folders = backups::folders(&data_file, Some(&self.settings_file));
        let prepared = restore::prepare(&data_file, &folders, backup)?;
        let summary = prepared.summary().clone();
        let current = std::mem::replace(&mut inner.service, Err(no_file())).ok();
        match prepared.commit(current, self.clock.clone(), Some(&self.settings_file)) {
            Ok(service) => {
                inner.service = Ok(service);
                Ok(summary)
            }
            Err(error) => {
                // Whatever happened, the app goes on with what the file's name now holds.
                inner.service = self.open_service(&data_file);
                Err(error.into())
            }
        }
    }

    /// "Läs in tidigare år", step 1: reads the chosen workbook and keeps it for the next
    /// steps. A refused file drops the one chosen before, so no step reads a stale file.
    pub fn choose_workbook(&self, path: &Path) -> Result<InlasningFil, AppError> {
        let mut chosen = self.workbook();
        *chosen = None;
        let vald = ValdArbetsbok::read(path)?;
        let view = self.with(|service| Ok(vald.view(service)))?;
        *chosen = Some(vald);
        Ok(view)
    }

    /// Runs `step` on the chosen workbook and the open data file.
    pub fn with_workbook<T>(
        &self,
        step: impl FnOnce(&ValdArbetsbok, &mut Service) -> finsamkollen_core::Result<T>,
    ) -> Result<T, AppError> {
        let chosen = self.workbook();
        let Some(vald) = chosen.as_ref() else {
            return Err(AppError::from(CoreError::Cell {
                field: "inlasning".to_owned(),
                code: "inlasning_ingen_fil",
                message: "Ingen arbetsbok är vald. Välj filen igen.".to_owned(),
            }));
        };
        self.with(|service| step(vald, service))
    }

    /// Step 3: the mapping guessed from the header row the officer chose.
    pub fn inlasning_mappning(&self, blad: &str, rubrikrad: u32) -> Result<Mappning, AppError> {
        self.with_workbook(|vald, _| vald.mapping_at(blad, rubrikrad))
    }

    /// Step 4's "Spara mappningen".
    pub fn save_inlasning_mappning(&self, mappning: &Mappning, namn: &str) -> Result<(), AppError> {
        self.with_workbook(|vald, service| {
            service.spara_inlasning_mappning(vald.arbetsbok(), mappning, namn)
        })
    }

    /// Step 5, the preview, of the file as it is on disk now.
    pub fn inlasning_forhandsvisning(
        &self,
        begaran: &InlasningBegaran,
    ) -> Result<Forhandsvisning, AppError> {
        self.with_workbook(|vald, service| {
            service.inlasning_forhandsvisning(vald.unchanged()?, begaran)
        })
    }

    /// "Läs in": the chosen workbook, unchanged since it was chosen, read into the data
    /// file after a backup.
    pub fn apply_inlasning(
        &self,
        begaran: &InlasningBegaran,
    ) -> Result<InlasningSammanfattning, AppError> {
        self.with_workbook(|vald, service| inlasning::las_in_vald(service, vald, begaran))
    }

    fn workbook(&self) -> MutexGuard<'_, Option<ValdArbetsbok>> {
        self.inlasning
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
