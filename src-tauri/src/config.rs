//! Where the data file is and what "today" is, from the command line and environment.
//!
//! - `--data-file <path>` or `FINSAMKOLLEN_DATA_FILE`: another data file (tests use it);
//!   otherwise `finsamkollen.db` in the platform's data directory.
//! - `FINSAMKOLLEN_SETTINGS_FILE`: another settings file (tests use it); otherwise
//!   `installningar.json` in the platform's config directory.
//! - `FINSAMKOLLEN_TODAY=ÅÅÅÅ-MM-DD`: fixes "today", honoured only in debug builds so that a
//!   released app always uses the real date.

use std::path::PathBuf;

use finsamkollen_core::Clock;

pub const DATA_FILE_ENV: &str = "FINSAMKOLLEN_DATA_FILE";
const DATA_FILE_NAME: &str = "finsamkollen.db";
const SETTINGS_ENV: &str = "FINSAMKOLLEN_SETTINGS_FILE";
const SETTINGS_FILE_NAME: &str = "installningar.json";

#[derive(Debug)]
pub struct Config {
    pub data_file: PathBuf,
    /// The officer's settings outside the data file (the chosen backup folder).
    pub settings_file: PathBuf,
    pub clock: Clock,
    /// Overrides of the update server and key (debug builds only).
    pub update: crate::update::UpdateSettings,
    /// `FINSAMKOLLEN_FS_TYPE`: the file-system type the data file's folder is taken to
    /// have, e.g. `nfs4` (debug builds only: end-to-end tests cannot mount a network share).
    pub fs_type: Option<String>,
}

impl Config {
    pub fn from_env() -> Result<Self, String> {
        Ok(Self {
            data_file: data_file(std::env::args().skip(1), std::env::var_os(DATA_FILE_ENV))?,
            settings_file: settings_file(std::env::var_os(SETTINGS_ENV))?,
            clock: clock()?,
            update: crate::update::UpdateSettings::from_env()?,
            fs_type: fs_type(),
        })
    }
}

/// The data file from `--data-file`, else the environment, else the platform default.
fn data_file(
    mut args: impl Iterator<Item = String>,
    env: Option<std::ffi::OsString>,
) -> Result<PathBuf, String> {
    while let Some(arg) = args.next() {
        if let Some(value) = arg.strip_prefix("--data-file=") {
            return Ok(PathBuf::from(value));
        }
        if arg == "--data-file" {
            return args
                .next()
                .map(PathBuf::from)
                .ok_or_else(|| "--data-file behöver en sökväg".to_owned());
        }
    }
    if let Some(path) = env.filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    default_folders()
        .map(|folders| folders.data.join(DATA_FILE_NAME))
        .ok_or_else(|| "hittar ingen datamapp för användaren (HOME saknas?)".to_owned())
}

/// The settings file from the environment, else the platform's config directory.
fn settings_file(env: Option<std::ffi::OsString>) -> Result<PathBuf, String> {
    if let Some(path) = env.filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    default_folders()
        .map(|folders| folders.settings.join(SETTINGS_FILE_NAME))
        .ok_or_else(|| "hittar ingen inställningsmapp för användaren (HOME saknas?)".to_owned())
}

/// The app's own folder for the data file on this computer (where "Flytta datafilen"
/// suggests moving it).
pub fn default_data_folder() -> Option<PathBuf> {
    default_folders().map(|folders| folders.data)
}

/// Where the data file (with its `Säkerhetskopior` beside it) and the settings live.
struct Folders {
    data: PathBuf,
    settings: PathBuf,
}

/// Windows: both in `%LOCALAPPDATA%\Finsamkollen`. Not the roaming `%APPDATA%`: kommun IT
/// often redirects it to a network share, and a SQLite file in WAL mode must not live on
/// one. The officer can still send backups to a network folder ("Byt mapp …"). The folder
/// is the signed-in user's, never derived from where the program is: the per-user installer
/// puts it in `%LOCALAPPDATA%\Programs\Finsamkollen`, the MSI for the whole computer in
/// `Program Files\Finsamkollen`, and neither uninstaller touches this folder.
#[cfg(windows)]
fn default_folders() -> Option<Folders> {
    let folder = directories::BaseDirs::new()?
        .data_local_dir()
        .join("Finsamkollen");
    Some(Folders {
        data: folder.clone(),
        settings: folder,
    })
}

/// Linux: `~/.local/share/finsamkollen` and `~/.config/finsamkollen` (XDG); macOS:
/// `~/Library/Application Support/se.Finsamkollen.Finsamkollen` for both.
#[cfg(not(windows))]
fn default_folders() -> Option<Folders> {
    let dirs = directories::ProjectDirs::from("se", "Finsamkollen", "Finsamkollen")?;
    Some(Folders {
        data: dirs.data_dir().to_owned(),
        settings: dirs.config_dir().to_owned(),
    })
}

#[cfg(debug_assertions)]
fn fs_type() -> Option<String> {
    std::env::var("FINSAMKOLLEN_FS_TYPE")
        .ok()
        .filter(|v| !v.is_empty())
}

#[cfg(not(debug_assertions))]
fn fs_type() -> Option<String> {
    None
}

#[cfg(debug_assertions)]
fn clock() -> Result<Clock, String> {
    let value = std::env::var(finsamkollen_core::clock::TODAY_OVERRIDE_ENV).ok();
    Clock::from_override(value.as_deref()).map_err(|e| e.to_string())
}

#[cfg(not(debug_assertions))]
fn clock() -> Result<Clock, String> {
    Ok(Clock::system())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A command line for tests.
    pub(crate) fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter()
            .map(|s| (*s).to_owned())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn data_file_option_wins_over_environment() {
        let path = data_file(
            args(&["--data-file", "/tmp/a.db"]),
            Some("/tmp/b.db".into()),
        );
        assert_eq!(path, Ok(PathBuf::from("/tmp/a.db")));
        let path = data_file(args(&["--data-file=/tmp/c.db"]), None);
        assert_eq!(path, Ok(PathBuf::from("/tmp/c.db")));
    }

    #[test]
    fn data_file_from_environment_then_default() {
        let path = data_file(args(&[]), Some("/tmp/b.db".into()));
        assert_eq!(path, Ok(PathBuf::from("/tmp/b.db")));
        let default = data_file(args(&[]), None).expect("default");
        assert!(default.ends_with(DATA_FILE_NAME));
    }

    #[test]
    fn data_file_option_without_value_is_an_error() {
        assert!(data_file(args(&["--data-file"]), None).is_err());
    }
}
