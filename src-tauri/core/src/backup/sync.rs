//! A data file in a cloud-synced or network folder. SQLite's locking and its write-ahead
//! log are not reliable on a network file system, and a sync client can copy the file
//! while it is half written: this is how local-first programs lose data. The officer is
//! told once, with the reason, and offered to move the file (`super::flytt`); the warning
//! can be dismissed for good ("Visa inte igen").

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use crate::location::{probe, sync_place, FolderFacts, SyncPlace};
use crate::ops::Service;
use crate::settings::Settings;

/// The warning shown at open when the data file is in a synced or network folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncWarning {
    pub plats: SyncPlace,
    /// E.g. "Datafilen ligger i en mapp som synkroniseras med OneDrive."
    pub meddelande: String,
    /// Why that matters, and what to do.
    pub varfor: String,
    /// The folder the data file is in.
    pub mapp: String,
}

/// Why a synced or network folder is no place for the data file.
pub const VARFOR: &str = "Finsamkollen skriver i datafilen medan du arbetar, och det \
    fungerar inte säkert i en nätverksmapp. Ett synkprogram kan dessutom kopiera filen medan \
    den är halvskriven. Då kan ändringar gå förlorade eller filen bli skadad. Flytta \
    datafilen till en mapp på den här datorn och låt säkerhetskopiorna ligga i den \
    synkroniserade mappen i stället: där gör synkroniseringen nytta.";

/// The warning for a data file in the folder `facts` describe; `None` for a local folder.
pub fn varning_for(facts: &FolderFacts) -> Option<SyncWarning> {
    let plats = sync_place(facts)?;
    Some(SyncWarning {
        meddelande: format!("Datafilen ligger i {}.", plats.beskrivning()),
        varfor: VARFOR.to_owned(),
        mapp: facts.path.clone(),
        plats,
    })
}

impl Service {
    /// The synced-folder warning for the open data file, unless the officer dismissed it.
    pub fn sync_warning(&self) -> crate::Result<Option<SyncWarning>> {
        self.sync_warning_with(probe)
    }

    /// As [`Self::sync_warning`], with the folder's facts from `facts` (tests and debug
    /// builds inject them).
    pub fn sync_warning_with(
        &self,
        facts: impl FnOnce(&Path) -> FolderFacts,
    ) -> crate::Result<Option<SyncWarning>> {
        let Some(data_file) = self.db().path() else {
            return Ok(None);
        };
        let dismissed = self
            .settings_file()
            .is_some_and(|file| Settings::load(file).sync_warning_dismissed(data_file));
        if dismissed {
            return Ok(None);
        }
        let folder = data_file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        Ok(varning_for(&facts(folder)))
    }

    /// "Visa inte igen": the warning is not shown again for this data file.
    pub fn dismiss_sync_warning(&mut self) -> crate::Result<()> {
        let data_file = self.data_file()?;
        let settings_file = self.required_settings_file()?;
        let mut settings = Settings::load(&settings_file);
        settings.dismiss_sync_warning(&data_file);
        settings.save(&settings_file)
    }
}
