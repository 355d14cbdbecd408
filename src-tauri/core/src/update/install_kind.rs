//! How this copy of Finsamkollen was installed, and what that means for updates. The build
//! marks the program with its package type (Tauri's bundle-type mark; for the Windows
//! installers `scripts/windows/mark-bundle-type`); the shell reads the mark and passes its
//! name here, and everything that follows from it is decided here:
//!
//! - a package the app can install over (`.deb`, `.rpm`, AppImage, the per-user NSIS
//!   installer) checks for updates when asked and installs them;
//! - the per-machine MSI belongs to the kommun's IT department, which deploys every new
//!   version itself (Intune, SCCM): the app never checks or installs, and "Uppdateringar"
//!   says who updates it;
//! - a copy from no package (a development build, a copied program file) may check, but
//!   cannot replace itself.

use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreError;

/// Name of the environment variable that sets the install kind in debug and test builds
/// (`msi`, `nsis`, `deb`, …, `none`), as the end-to-end tests cannot install an MSI.
pub const INSTALL_KIND_OVERRIDE_ENV: &str = "FINSAMKOLLEN_INSTALL_KIND";

/// The package this copy was installed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum InstallKind {
    Deb,
    Rpm,
    AppImage,
    /// The per-user Windows installer (`Finsamkollen-<version>-setup.exe`).
    Nsis,
    /// The per-machine Windows installer that IT departments deploy.
    Msi,
    /// No package: a development build or a copied program file.
    NoPackage,
}

impl InstallKind {
    /// The kind for a bundle type's name as Tauri writes it (`deb`, `rpm`, `appimage`,
    /// `nsis`, `msi`); no mark, or a package type this app is not shipped as, is `NoPackage`.
    pub fn from_bundle_type(name: Option<&str>) -> Self {
        match name.map(|n| n.trim().to_ascii_lowercase()).as_deref() {
            Some("deb") => Self::Deb,
            Some("rpm") => Self::Rpm,
            Some("appimage") => Self::AppImage,
            Some("nsis") => Self::Nsis,
            Some("msi") => Self::Msi,
            _ => Self::NoPackage,
        }
    }

    /// The kind for an override value such as `msi`; `None` or an empty value means no
    /// override (the program's own mark counts). The shell honours this only in debug
    /// builds, as it does the clock's override.
    pub fn from_override(value: Option<&str>) -> crate::Result<Option<Self>> {
        let Some(text) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        match Self::from_bundle_type(Some(text)) {
            Self::NoPackage if !text.eq_ignore_ascii_case("none") => {
                Err(CoreError::InstallKindOverride {
                    value: text.to_owned(),
                })
            }
            kind => Ok(Some(kind)),
        }
    }

    /// Whether the app may ask the update server at all. Not when IT deploys the versions.
    pub fn checks_for_updates(self) -> bool {
        self != Self::Msi
    }

    /// Whether the app can install a verified update over itself.
    pub fn installs_updates(self) -> bool {
        matches!(self, Self::Deb | Self::Rpm | Self::AppImage | Self::Nsis)
    }
}

/// What "Uppdateringar" shows before the officer asks anything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateState {
    pub install_kind: InstallKind,
    /// Whether "Sök efter uppdateringar" is offered.
    pub kan_soka: bool,
    /// The running version.
    pub nuvarande_version: String,
    /// Said instead of the button when the app does not look for updates itself.
    pub meddelande: Option<String>,
}

impl UpdateState {
    pub fn new(install_kind: InstallKind, nuvarande: &str) -> Self {
        let kan_soka = install_kind.checks_for_updates();
        Self {
            install_kind,
            kan_soka,
            nuvarande_version: nuvarande.to_owned(),
            meddelande: (!kan_soka).then(|| managed_by_it(nuvarande)),
        }
    }
}

/// The sentence for a copy that IT updates.
pub(super) fn managed_by_it(nuvarande: &str) -> String {
    format!("Uppdateringar sköts av er IT-avdelning. Installerad version: {nuvarande}.")
}
