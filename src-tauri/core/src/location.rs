//! Where a folder lives: on the same disk as another one, or in a synced or network folder
//! (OneDrive, SharePoint, Dropbox, Google Drive, a kommun's network drive).
//!
//! The decisions are pure functions over [`FolderFacts`], so every case is tested with
//! injected facts; [`probe`] gathers the real facts and decides nothing:
//! - Unix: the device number (`st_dev`) and, on Linux, the file-system type of the mount
//!   the folder is on, from `/proc/self/mountinfo`;
//! - Windows: the drive or share of the canonical path. `std::fs::canonicalize` asks
//!   Windows for the final path (`GetFinalPathNameByHandleW`), which turns a mapped network
//!   drive (`Z:`) into `\\?\UNC\server\share`, so a network folder shows as a share without
//!   `GetDriveTypeW`, which would need `unsafe` (the workspace forbids it); and the sync
//!   folders the OneDrive client announces in `%OneDrive%`, `%OneDriveCommercial%` and
//!   `%OneDriveConsumer%`.
//!
//! Layer: a foundation. Uses no other module of the core.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

/// The environment variables in which the OneDrive client names its sync folders.
pub const ONEDRIVE_ENV: [&str; 3] = ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"];

/// The disk a folder is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Volume {
    /// Unix: the device number of the file system (`st_dev`).
    Device(u64),
    /// Windows: the drive (`c:`) or share (`\\server\share`), in lower case.
    Root(String),
}

/// What is known about one folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FolderFacts {
    /// The folder, canonical where it could be resolved.
    pub path: String,
    pub volume: Option<Volume>,
    /// Linux: the file-system type of its mount, e.g. `ext4`, `nfs4`, `fuse.rclone`.
    pub fs_type: Option<String>,
    /// The folders a sync client keeps in step with the cloud (`%OneDrive%` and the like).
    pub sync_roots: Vec<String>,
}

/// Why a folder is not a safe home for the data file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "typ")]
pub enum SyncPlace {
    /// A folder a sync client copies to the cloud, e.g. "OneDrive" or "Dropbox".
    Moln { tjanst: String },
    /// A network file system or share, e.g. "nfs4" or `\\server\share`.
    Natverk { vad: String },
}

impl SyncPlace {
    /// Where the file is, in the officer's words: "en OneDrive-mapp", "en nätverksmapp".
    pub fn beskrivning(&self) -> String {
        match self {
            Self::Moln { tjanst } => format!("en mapp som synkroniseras med {tjanst}"),
            Self::Natverk { vad } => format!("en nätverksmapp ({vad})"),
        }
    }
}

/// Whether two folders are on the same disk. Unknown counts as not the same: the notice
/// would otherwise cry wolf where nothing is known.
pub fn same_disk(a: &FolderFacts, b: &FolderFacts) -> bool {
    matches!((&a.volume, &b.volume), (Some(x), Some(y)) if x == y)
}

/// Network file systems, and FUSE file systems that reach a server or a cloud.
const NETWORK_FS: [&str; 11] = [
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "afs",
    "ceph",
    "davfs",
    "glusterfs",
    "lustre",
];
const NETWORK_FUSE: [&str; 9] = [
    "sshfs",
    "rclone",
    "davfs2",
    "gvfsd-fuse",
    "s3fs",
    "glusterfs",
    "onedriver",
    "google-drive-ocamlfuse",
    "ceph",
];

/// The cloud service a folder name belongs to, for the names sync clients give their
/// folders: `OneDrive`, `OneDrive - Kommunen` (work or school accounts), SharePoint
/// libraries, `Dropbox` (also `Dropbox (Team)`), Google Drive's `My Drive` or `Min enhet`,
/// iCloud Drive, Nextcloud and ownCloud.
fn cloud_service_of(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    if lower == "onedrive" || lower.starts_with("onedrive - ") || lower.starts_with("onedrive-") {
        Some("OneDrive")
    } else if lower.contains("sharepoint") {
        Some("SharePoint")
    } else if lower == "dropbox" || lower.starts_with("dropbox (") {
        Some("Dropbox")
    } else if ["google drive", "googledrive", "my drive", "min enhet"].contains(&lower.as_str()) {
        Some("Google Drive")
    } else if lower == "icloud drive" || lower == "iclouddrive" {
        Some("iCloud Drive")
    } else if lower == "nextcloud" || lower == "owncloud" {
        Some(if lower == "nextcloud" {
            "Nextcloud"
        } else {
            "ownCloud"
        })
    } else {
        None
    }
}

/// The path's parts, whichever separator it uses, without Windows' `\\?\` prefix.
fn components(path: &str) -> Vec<&str> {
    let plain = path.strip_prefix(r"\\?\").unwrap_or(path);
    plain.split(['/', '\\']).filter(|c| !c.is_empty()).collect()
}

/// Whether `path` lies in `root` (compared part by part, ignoring case: Windows paths).
fn lies_in(path: &str, root: &str) -> bool {
    let (path, root) = (components(path), components(root));
    !root.is_empty()
        && root.len() <= path.len()
        && root
            .iter()
            .zip(&path)
            .all(|(r, p)| r.to_lowercase() == p.to_lowercase())
}

/// Whether a folder is in a cloud-synced or network place, and which.
pub fn sync_place(facts: &FolderFacts) -> Option<SyncPlace> {
    if let Some(share) = windows_share(&facts.path) {
        return Some(SyncPlace::Natverk { vad: share });
    }
    if let Some(fs) = facts.fs_type.as_deref() {
        let fuse = fs.strip_prefix("fuse.");
        let network = match fuse {
            Some(sub) => NETWORK_FUSE.contains(&sub),
            None => NETWORK_FS.contains(&fs),
        };
        if network {
            return Some(SyncPlace::Natverk {
                vad: fuse.unwrap_or(fs).to_owned(),
            });
        }
    }
    for root in &facts.sync_roots {
        if lies_in(&facts.path, root) {
            let name = components(root).last().copied().unwrap_or_default();
            let tjanst = cloud_service_of(name).unwrap_or("OneDrive");
            return Some(SyncPlace::Moln {
                tjanst: tjanst.to_owned(),
            });
        }
    }
    components(&facts.path)
        .into_iter()
        .find_map(cloud_service_of)
        .map(|tjanst| SyncPlace::Moln {
            tjanst: tjanst.to_owned(),
        })
}

/// `\\server\share` when a Windows path is on a network share (also in its `\\?\UNC\` form).
fn windows_share(path: &str) -> Option<String> {
    let rest = path.strip_prefix(r"\\?\UNC\").or_else(|| {
        path.strip_prefix(r"\\")
            .filter(|r| !r.starts_with(['?', '.']))
    })?;
    let mut parts = rest.split('\\').filter(|p| !p.is_empty());
    let server = parts.next()?;
    let share = parts.next()?;
    Some(format!(r"\\{server}\{share}"))
}

/// The drive (`c:`) or share (`\\server\share`) of a Windows path, in lower case.
pub fn windows_root(path: &str) -> Option<String> {
    if let Some(share) = windows_share(path) {
        return Some(share.to_lowercase());
    }
    let rest = path.strip_prefix(r"\\?\").unwrap_or(path);
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), Some(':')) if letter.is_ascii_alphabetic() => {
            Some(format!("{}:", letter.to_ascii_lowercase()))
        }
        _ => None,
    }
}

/// The file-system type of the mount `path` is on, from the text of
/// `/proc/self/mountinfo`: the longest mount point that holds the path, the later of two
/// alike (a later mount hides an earlier one).
pub fn fs_type_in_mountinfo(mountinfo: &str, path: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for line in mountinfo.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let Some(mount_point) = fields.get(4) else {
            continue;
        };
        let Some(separator) = fields.iter().position(|f| *f == "-") else {
            continue;
        };
        let Some(fs_type) = fields.get(separator + 1) else {
            continue;
        };
        let mount_point = unescape_mountinfo(mount_point);
        let holds = mount_point == "/" || (path.starts_with('/') && lies_in(path, &mount_point));
        let depth = components(&mount_point).len();
        if holds && best.as_ref().is_none_or(|(d, _)| depth >= *d) {
            best = Some((depth, (*fs_type).to_owned()));
        }
    }
    best.map(|(_, fs)| fs)
}

/// mountinfo writes a space, tab, newline and backslash in a path as `\040`, `\011`,
/// `\012` and `\134`.
fn unescape_mountinfo(text: &str) -> String {
    text.replace(r"\040", " ")
        .replace(r"\011", "\t")
        .replace(r"\012", "\n")
        .replace(r"\134", "\\")
}

/// The nearest folder of `path` that exists: a backup folder is made at the first backup.
fn existing(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    absolute
        .ancestors()
        .find(|p| p.exists())
        .and_then(|p| p.canonicalize().ok())
}

/// The real facts about `folder` (see the module's comment). Only reads.
pub fn probe(folder: &Path) -> FolderFacts {
    let Some(canonical) = existing(folder) else {
        return FolderFacts {
            path: folder.display().to_string(),
            ..FolderFacts::default()
        };
    };
    let path = canonical.display().to_string();
    #[cfg(unix)]
    let volume = {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(&canonical)
            .ok()
            .map(|m| Volume::Device(m.dev()))
    };
    #[cfg(not(unix))]
    let volume = windows_root(&path).map(Volume::Root);
    let fs_type = std::fs::read_to_string("/proc/self/mountinfo")
        .ok()
        .and_then(|text| fs_type_in_mountinfo(&text, &path));
    let sync_roots = ONEDRIVE_ENV
        .iter()
        .filter_map(std::env::var_os)
        .filter(|v| !v.is_empty())
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    FolderFacts {
        path,
        volume,
        fs_type,
        sync_roots,
    }
}
