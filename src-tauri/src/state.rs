//! The app's state: the open data file, or the reason it could not be opened. A refused file
//! does not stop the app: the UI shows the reason in Swedish, and the file stays untouched.

use std::path::Path;
use std::sync::Mutex;

use finsamkollen_core::api::AppError;
use finsamkollen_core::{Clock, Service};

use crate::config::Config;

pub struct AppState {
    service: Mutex<Result<Service, AppError>>,
    clock: Clock,
}

impl AppState {
    pub fn open(config: &Config) -> Self {
        let service =
            Service::open(&config.data_file, config.clock.clone()).map_err(AppError::from);
        // The day's first start makes a backup; failing to make one must not stop the app.
        if let Ok(service) = &service {
            if let Err(error) = service.backup_if_due() {
                eprintln!("finsamkollen: säkerhetskopian kunde inte göras: {error}");
            }
        }
        Self {
            service: Mutex::new(service),
            clock: config.clock.clone(),
        }
    }

    /// Opens another data file (after an import) in place of the current one.
    pub fn switch_to(&self, path: &Path) -> Result<(), AppError> {
        let service = Service::open(path, self.clock.clone()).map_err(AppError::from)?;
        *self
            .service
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Ok(service);
        Ok(())
    }

    /// Runs one use case on the open data file. Commands are one call to this.
    pub fn with<T>(
        &self,
        use_case: impl FnOnce(&mut Service) -> finsamkollen_core::Result<T>,
    ) -> Result<T, AppError> {
        // A panic in an earlier command poisons the lock, but every write is a transaction,
        // so the data is consistent and the service can be used on.
        let mut guard = self
            .service
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match guard.as_mut() {
            Ok(service) => use_case(service).map_err(AppError::from),
            Err(error) => Err(error.clone()),
        }
    }
}
