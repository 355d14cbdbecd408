//! Where the data file and its backups live (issue 14, items 5 and 6): the same disk, or a
//! synced or network folder, decided from injected file-system facts; and the warning about
//! a synced folder, shown once.

use finsamkollen_core::backup::sync::varning_for;
use finsamkollen_core::backup::{samma_disk, SAMMA_DISK};
use finsamkollen_core::location::{
    fs_type_in_mountinfo, probe, same_disk, sync_place, windows_root, FolderFacts, SyncPlace,
    Volume,
};
use finsamkollen_core::{Clock, Service};

use crate::support::{date, new_forbund, temp_data_file};

fn folder(path: &str, volume: Option<Volume>) -> FolderFacts {
    FolderFacts {
        path: path.to_owned(),
        volume,
        ..FolderFacts::default()
    }
}

fn with_fs(path: &str, fs_type: &str) -> FolderFacts {
    FolderFacts {
        path: path.to_owned(),
        fs_type: Some(fs_type.to_owned()),
        ..FolderFacts::default()
    }
}

fn moln(tjanst: &str) -> Option<SyncPlace> {
    Some(SyncPlace::Moln {
        tjanst: tjanst.to_owned(),
    })
}

fn natverk(vad: &str) -> Option<SyncPlace> {
    Some(SyncPlace::Natverk {
        vad: vad.to_owned(),
    })
}

#[test]
fn same_disk_compares_the_device_or_the_drive_and_unknown_is_not_the_same() {
    let dev = |n| Some(Volume::Device(n));
    assert!(same_disk(
        &folder("/home/a", dev(2049)),
        &folder("/home/a/S", dev(2049))
    ));
    assert!(!same_disk(
        &folder("/home/a", dev(2049)),
        &folder("/media/usb", dev(2065))
    ));
    let root = |p: &str| windows_root(p).map(Volume::Root);
    assert!(same_disk(
        &folder("", root(r"C:\Users\a\AppData\Local\Finsamkollen")),
        &folder("", root(r"\\?\c:\Users\a\Säkerhetskopior"))
    ));
    assert!(!same_disk(
        &folder("", root(r"C:\Users\a")),
        &folder("", root(r"E:\Säkerhetskopior"))
    ));
    assert!(!same_disk(
        &folder("", root(r"C:\Users\a")),
        &folder("", root(r"\\?\UNC\filserver\hem\a"))
    ));
    assert!(!same_disk(&folder("/a", None), &folder("/b", None)));
}

#[test]
fn windows_root_is_the_drive_or_the_share_in_lower_case() {
    assert_eq!(windows_root(r"C:\Users").as_deref(), Some("c:"));
    assert_eq!(windows_root(r"\\?\D:\Data").as_deref(), Some("d:"));
    assert_eq!(
        windows_root(r"\\?\UNC\Filserver\Hem\a").as_deref(),
        Some(r"\\filserver\hem")
    );
    assert_eq!(
        windows_root(r"\\filserver\hem\a").as_deref(),
        Some(r"\\filserver\hem")
    );
    assert_eq!(windows_root("/home/a"), None);
}

#[test]
fn same_disk_notice_unless_the_backups_are_elsewhere_or_synced() {
    let dev = |n| Some(Volume::Device(n));
    let data = folder("/home/a/.local/share/finsamkollen", dev(2049));
    let beside = folder(
        "/home/a/.local/share/finsamkollen/Säkerhetskopior",
        dev(2049),
    );
    assert_eq!(samma_disk(&data, &beside).as_deref(), Some(SAMMA_DISK));
    assert!(SAMMA_DISK.contains("stulen") && SAMMA_DISK.contains("USB-minne"));
    let usb = folder("/media/a/USB", dev(2065));
    assert_eq!(samma_disk(&data, &usb), None);
    // A OneDrive folder on the same disk keeps a copy off the computer.
    let onedrive = folder("/home/a/OneDrive/Finsam", dev(2049));
    assert_eq!(samma_disk(&data, &onedrive), None);
}

#[test]
fn synced_folder_on_windows_by_drive_share_and_known_sync_folder_names() {
    // A mapped network drive canonicalizes to its share.
    assert_eq!(
        sync_place(&folder(r"\\?\UNC\kommun.local\hem$\anna", None)),
        natverk(r"\\kommun.local\hem$")
    );
    assert_eq!(
        sync_place(&folder(r"\\filserver\finsam", None)),
        natverk(r"\\filserver\finsam")
    );
    assert_eq!(
        sync_place(&folder(r"\\?\C:\Users\anna\OneDrive\Dokument", None)),
        moln("OneDrive")
    );
    assert_eq!(
        sync_place(&folder(
            r"C:\Users\anna\OneDrive - Kalix kommun\Finsam",
            None
        )),
        moln("OneDrive")
    );
    assert_eq!(
        sync_place(&folder(
            r"C:\Users\anna\Kalix kommun\Finsam - SharePoint",
            None
        )),
        moln("SharePoint")
    );
    assert_eq!(
        sync_place(&folder(r"C:\Users\anna\Dropbox (Förbundet)\Data", None)),
        moln("Dropbox")
    );
    assert_eq!(
        sync_place(&folder(r"G:\Min enhet\Finsam", None)),
        moln("Google Drive")
    );
    // The folder %OneDriveCommercial% names, whatever it is called.
    let mut facts = folder(r"\\?\C:\Users\anna\Kalix kommun\Finsam", None);
    facts.sync_roots = vec![r"C:\Users\anna\Kalix kommun".to_owned()];
    assert_eq!(sync_place(&facts), moln("OneDrive"));
    // Local folders.
    assert_eq!(
        sync_place(&folder(
            r"\\?\C:\Users\anna\AppData\Local\Finsamkollen",
            None
        )),
        None
    );
    facts.path = r"C:\Users\anna\Dokument".to_owned();
    assert_eq!(sync_place(&facts), None);
    assert_eq!(sync_place(&folder(r"C:\Data\OneDriveBackup", None)), None);
}

#[test]
fn synced_folder_on_linux_by_file_system_type() {
    for (fs, vad) in [
        ("nfs", "nfs"),
        ("nfs4", "nfs4"),
        ("cifs", "cifs"),
        ("smb3", "smb3"),
        ("fuse.sshfs", "sshfs"),
        ("fuse.rclone", "rclone"),
        ("fuse.gvfsd-fuse", "gvfsd-fuse"),
        ("davfs", "davfs"),
    ] {
        assert_eq!(sync_place(&with_fs("/home/anna", fs)), natverk(vad), "{fs}");
    }
    for fs in ["ext4", "btrfs", "xfs", "tmpfs", "fuse.gocryptfs", "overlay"] {
        assert_eq!(sync_place(&with_fs("/home/anna", fs)), None, "{fs}");
    }
    assert_eq!(
        sync_place(&with_fs("/home/anna/Dropbox/finsam", "ext4")),
        moln("Dropbox")
    );
}

const MOUNTINFO: &str = "\
22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
25 22 0:22 / /tmp rw,nosuid shared:5 - tmpfs tmpfs rw
40 22 0:45 / /home/anna/Filserver\\040Finsam rw,relatime shared:30 - cifs //fs/finsam rw
41 22 0:46 / /home/anna/moln rw shared:31 - fuse.rclone onedrive: rw,user_id=1000
42 41 0:47 / /home/anna/moln/lokal rw shared:32 - ext4 /dev/sdb1 rw
";

#[test]
fn mountinfo_gives_the_file_system_of_the_deepest_mount_holding_the_path() {
    let fs = |path: &str| fs_type_in_mountinfo(MOUNTINFO, path);
    assert_eq!(fs("/home/anna/finsam.db").as_deref(), Some("ext4"));
    assert_eq!(fs("/tmp/x").as_deref(), Some("tmpfs"));
    assert_eq!(
        fs("/tmpx/y").as_deref(),
        Some("ext4"),
        "a prefix is not a folder"
    );
    assert_eq!(
        fs("/home/anna/Filserver Finsam/data").as_deref(),
        Some("cifs")
    );
    assert_eq!(fs("/home/anna/moln/Finsam").as_deref(), Some("fuse.rclone"));
    assert_eq!(fs("/home/anna/moln/lokal/a").as_deref(), Some("ext4"));
    assert_eq!(fs_type_in_mountinfo("", "/home"), None);
}

#[test]
fn probe_reads_the_real_folder_without_deciding() {
    let dir = tempfile::tempdir().expect("tempdir");
    let facts = probe(dir.path());
    assert!(facts.volume.is_some(), "{facts:?}");
    // A folder not made yet (the first backup makes it) is on its parent's disk.
    let later = probe(&dir.path().join("Säkerhetskopior"));
    assert!(same_disk(&facts, &later));
}

#[test]
fn synced_folder_warning_says_where_and_why() {
    let varning =
        varning_for(&folder(r"C:\Users\anna\OneDrive - Kalix kommun", None)).expect("warning");
    assert_eq!(
        varning.meddelande,
        "Datafilen ligger i en mapp som synkroniseras med OneDrive."
    );
    assert!(varning.varfor.contains("halvskriven"), "{}", varning.varfor);
    // The officer reads this: no database jargon.
    assert!(!varning.varfor.contains("SQLite"), "{}", varning.varfor);
    assert!(
        varning.varfor.contains("nätverksmapp"),
        "{}",
        varning.varfor
    );
    let natverk = varning_for(&with_fs("/home/anna", "nfs4")).expect("warning");
    assert_eq!(
        natverk.meddelande,
        "Datafilen ligger i en nätverksmapp (nfs4)."
    );
    assert_eq!(varning_for(&with_fs("/home/anna", "ext4")), None);
}

#[test]
fn synced_folder_warning_is_shown_until_dismissed_for_that_data_file() {
    let (dir, path) = temp_data_file();
    let settings = dir.path().join("installningar.json");
    let mut service =
        Service::open_app(&path, Clock::fixed(date("2026-11-24")), &settings).expect("open");
    service.create_forbund(new_forbund()).expect("förbund");
    let on_nfs = |_: &std::path::Path| with_fs("/home/anna", "nfs4");
    assert!(service.sync_warning_with(on_nfs).expect("check").is_some());
    service.dismiss_sync_warning().expect("dismiss");
    assert_eq!(service.sync_warning_with(on_nfs).expect("check"), None);
    drop(service);
    // Remembered across starts, for this file only.
    let service =
        Service::open_app(&path, Clock::fixed(date("2026-11-25")), &settings).expect("open");
    assert_eq!(service.sync_warning_with(on_nfs).expect("check"), None);
    let other = dir.path().join("annat.db");
    let service =
        Service::open_app(&other, Clock::fixed(date("2026-11-25")), &settings).expect("open");
    assert!(service.sync_warning_with(on_nfs).expect("check").is_some());
}
