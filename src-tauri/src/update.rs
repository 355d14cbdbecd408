//! Signed updates, driven from Rust through `tauri-plugin-updater`: the UI only calls the
//! app's own `check_for_update` and `install_update` commands and has no updater permission.
//!
//! - The endpoint and the public key are in `tauri.conf.json` (`plugins.updater`); release
//!   builds use nothing else. Nothing is checked at start: only when the officer asks, so an
//!   offline machine never sees an error at start-up.
//! - A check downloads the new version's package at once and verifies its signature (and the
//!   version it was signed for, `requireSignedVersion`) before the version is offered; a
//!   package that does not verify is never offered, let alone installed.
//! - "Installera" installs the package verified by the check (the plugin verifies it again)
//!   through the package manager the app was installed with (`.deb`/`.rpm`, which asks for
//!   the administrator password). A copy not installed from a package cannot replace itself.
//! - How the copy was installed is the package-type mark the build wrote into the program
//!   (`tauri::utils::platform::bundle_type`); the core decides what follows from it
//!   (`finsamkollen_core::update::InstallKind`). A copy installed by the MSI never asks the
//!   server or installs anything: the kommun's IT department deploys the versions.
//! - Debug builds only: `FINSAMKOLLEN_UPDATE_ENDPOINT` and `FINSAMKOLLEN_UPDATE_PUBKEY` point
//!   the check at a test server and key, `FINSAMKOLLEN_UPDATE_DRY_RUN=1` makes
//!   "Installera" stop after verifying, so end-to-end tests never replace the program, and
//!   `FINSAMKOLLEN_INSTALL_KIND=msi` (or `nsis`, `deb`, …) stands in for the mark.

use std::sync::Mutex;
use std::time::Duration;

use finsamkollen_core::update::{InstallKind, NewVersion, UpdateAnswer, UpdateState};
use tauri::{AppHandle, Manager, Runtime, Url};
use tauri_plugin_updater::{Error, Update, UpdaterExt};

// Test overrides, read by debug builds only (release builds must not know them).
#[cfg(debug_assertions)]
pub const ENDPOINT_ENV: &str = "FINSAMKOLLEN_UPDATE_ENDPOINT";
#[cfg(debug_assertions)]
pub const PUBKEY_ENV: &str = "FINSAMKOLLEN_UPDATE_PUBKEY";
#[cfg(debug_assertions)]
pub const DRY_RUN_ENV: &str = "FINSAMKOLLEN_UPDATE_DRY_RUN";

/// How long a check may wait for the server, and a download for its package.
const CHECK_TIMEOUT: Duration = Duration::from_secs(20);
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(600);

/// Overrides of the configured endpoint and key. Always empty in release builds.
#[derive(Clone, Debug, Default)]
pub struct UpdateSettings {
    pub endpoint: Option<Url>,
    pub pubkey: Option<String>,
    /// "Installera" verifies the package again and stops there.
    pub dry_run: bool,
    /// How the copy counts as installed, instead of the program's own mark.
    pub install_kind: Option<InstallKind>,
    /// Tests only: look up another platform's entry in `latest.json` (`windows-x86_64`).
    #[cfg(test)]
    pub platform: Option<String>,
}

impl UpdateSettings {
    /// The overrides from the environment, honoured only by debug builds.
    #[cfg(debug_assertions)]
    pub fn from_env() -> Result<Self, String> {
        let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
        let endpoint = var(ENDPOINT_ENV)
            .map(|url| url.parse().map_err(|e| format!("{ENDPOINT_ENV}: {e}")))
            .transpose()?;
        Ok(Self {
            endpoint,
            pubkey: var(PUBKEY_ENV),
            dry_run: var(DRY_RUN_ENV).is_some_and(|v| v != "0"),
            install_kind: InstallKind::from_override(
                var(finsamkollen_core::update::INSTALL_KIND_OVERRIDE_ENV).as_deref(),
            )
            .map_err(|e| e.to_string())?,
            #[cfg(test)]
            platform: None,
        })
    }

    /// Release builds take the endpoint and key from the configuration only.
    #[cfg(not(debug_assertions))]
    pub fn from_env() -> Result<Self, String> {
        Ok(Self::default())
    }
}

/// The update found by the last check, with its verified package, kept for "Installera".
#[derive(Default)]
struct Pending(Mutex<Option<(Update, Vec<u8>)>>);

impl Pending {
    fn replace(&self, value: Option<(Update, Vec<u8>)>) -> Option<(Update, Vec<u8>)> {
        let mut guard = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        std::mem::replace(&mut *guard, value)
    }
}

/// Adds the updater plugin (configured from `plugins.updater`) and the state the two
/// commands use. The app and the updater tests build through this one function.
pub fn setup<R: Runtime>(
    builder: tauri::Builder<R>,
    settings: UpdateSettings,
) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(settings)
        .manage(Pending::default())
}

fn current_version<R: Runtime>(app: &AppHandle<R>) -> String {
    app.package_info().version.to_string()
}

/// How this copy was installed: the package-type mark in the program, unless a debug
/// build's override says otherwise.
fn install_kind(settings: &UpdateSettings) -> InstallKind {
    settings.install_kind.unwrap_or_else(|| {
        let mark = tauri::utils::platform::bundle_type().map(|kind| kind.to_string());
        InstallKind::from_bundle_type(mark.as_deref())
    })
}

/// What "Uppdateringar" shows before the officer asks anything.
pub fn state<R: Runtime>(app: &AppHandle<R>) -> UpdateState {
    UpdateState::new(
        install_kind(&app.state::<UpdateSettings>()),
        &current_version(app),
    )
}

/// "Sök efter uppdateringar": asks the server, and when it announces a newer version,
/// downloads and verifies the package before offering it.
pub async fn check<R: Runtime>(app: &AppHandle<R>) -> UpdateAnswer {
    let nuvarande = current_version(app);
    let settings = app.state::<UpdateSettings>();
    let pending = app.state::<Pending>();
    pending.replace(None);
    let kind = install_kind(&settings);
    if !kind.checks_for_updates() {
        return UpdateAnswer::skots_av_it(&nuvarande);
    }

    let mut builder = app.updater_builder().timeout(CHECK_TIMEOUT);
    if let Some(pubkey) = &settings.pubkey {
        builder = builder.pubkey(pubkey);
    }
    #[cfg(test)]
    if let Some(platform) = &settings.platform {
        builder = builder.target(platform);
    }
    if let Some(endpoint) = &settings.endpoint {
        builder = match builder.endpoints(vec![endpoint.clone()]) {
            Ok(builder) => builder,
            Err(error) => return outcome(&nuvarande, None, &error),
        };
    }
    let update = match builder.build() {
        Ok(updater) => updater.check().await,
        Err(error) => Err(error),
    };
    let mut update = match update {
        Ok(Some(update)) => update,
        Ok(None) => return UpdateAnswer::senaste(&nuvarande),
        Err(error) => return outcome(&nuvarande, None, &error),
    };
    let ny = ny_version(&update);
    update.timeout = Some(DOWNLOAD_TIMEOUT);
    // `download` verifies the signature (and the signed version) before returning the bytes.
    match update.download(|_, _| {}, || {}).await {
        Ok(bytes) => {
            pending.replace(Some((update, bytes)));
            UpdateAnswer::ny_version(&nuvarande, ny, settings.dry_run || kind.installs_updates())
        }
        Err(error) => outcome(&nuvarande, Some(ny), &error),
    }
}

/// "Installera": installs the package the last check verified. The plugin verifies it
/// again first; the new version runs from the next start.
pub async fn install<R: Runtime>(app: &AppHandle<R>) -> UpdateAnswer {
    let nuvarande = current_version(app);
    let settings = app.state::<UpdateSettings>();
    let (dry_run, kind) = (settings.dry_run, install_kind(&settings));
    if !kind.checks_for_updates() {
        return UpdateAnswer::skots_av_it(&nuvarande);
    }
    let Some((update, bytes)) = app.state::<Pending>().replace(None) else {
        return UpdateAnswer::inget_att_installera(&nuvarande);
    };
    let ny = ny_version(&update);
    if dry_run {
        return match update.verify(&bytes) {
            Ok(()) => UpdateAnswer::provad(&nuvarande, ny),
            Err(error) => outcome(&nuvarande, Some(ny), &error),
        };
    }
    if !kind.installs_updates() {
        return UpdateAnswer::ny_version(&nuvarande, ny, false);
    }
    // Installing runs the package manager and waits for the password prompt: off the
    // async runtime's threads.
    let installed = tauri::async_runtime::spawn_blocking(move || update.install(&bytes)).await;
    let failure = match installed {
        Ok(Ok(())) => return UpdateAnswer::installerad(&nuvarande, ny),
        Ok(Err(error)) if is_verification(&error) => return outcome(&nuvarande, Some(ny), &error),
        Ok(Err(error)) => error.to_string(),
        Err(error) => error.to_string(),
    };
    eprintln!("finsamkollen: uppdateringen installerades inte: {failure}");
    UpdateAnswer::installation_misslyckades(&nuvarande, ny)
}

fn ny_version(update: &Update) -> NewVersion {
    NewVersion {
        version: update.version.clone(),
        // `time::Date` displays as ÅÅÅÅ-MM-DD.
        datum: update.date.map(|d| d.date().to_string()),
        anteckningar: update.body.clone(),
    }
}

/// Errors that mean the package or its signature cannot be trusted.
fn is_verification(error: &Error) -> bool {
    matches!(
        error,
        Error::Minisign(_)
            | Error::Base64(_)
            | Error::SignatureUtf8(_)
            | Error::SignedVersionMismatch { .. }
            | Error::MissingSignedVersion
            | Error::InvalidUpdaterFormat
    )
}

/// A failed check or download, in the officer's words. The technical reason goes to the
/// log (stderr); the officer gets a calm sentence, never an error dialog.
fn outcome(nuvarande: &str, ny: Option<NewVersion>, error: &Error) -> UpdateAnswer {
    eprintln!("finsamkollen: uppdateringskontrollen: {error}");
    if is_verification(error) {
        return UpdateAnswer::ej_verifierad(nuvarande, ny);
    }
    match error {
        Error::Reqwest(e) if e.is_decode() => UpdateAnswer::olasbart_svar(nuvarande),
        Error::Reqwest(_) | Error::Network(_) | Error::ReleaseNotFound => {
            UpdateAnswer::offline(nuvarande)
        }
        _ => UpdateAnswer::olasbart_svar(nuvarande),
    }
}

// A unit-test module rather than an integration test: an integration test would make
// `cargo test` rebuild target/debug/finsamkollen as a development binary, over the one
// `tauri build --debug` made for the end-to-end tests.
#[cfg(test)]
mod tests;
