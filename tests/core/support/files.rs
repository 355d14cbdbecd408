//! Test support: data files and what is written beside them — a file with an insats, its
//! backups, a folder's names, and the exported reports read back as text.

use std::path::{Path, PathBuf};

use finsamkollen_core::db::backups::{self, BackupFile};
use finsamkollen_core::Service;
use tempfile::TempDir;

use super::insatser::insats_with_dates;
use super::service::{new_forbund, open, service_at};

/// A fresh temporary folder and the path of a data file in it (`forbund.db`, not created
/// yet); the folder goes when the returned guard does.
pub fn temp_data_file() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("forbund.db");
    (dir, path)
}

/// The data file at `path` (created on first open) on the usual day, with the förbund from
/// [`new_forbund`].
pub fn file_with_forbund(path: &Path) -> Service {
    let mut service = open(path);
    service.create_forbund(new_forbund()).expect("förbund");
    service
}

/// A data file at `path` created on `today` with the förbund and an ongoing individinriktad
/// insats "Steget vidare" from 2024-03-01; the insats's id.
pub fn file_with_insats(path: &Path, today: &str) -> i64 {
    let mut service = service_at(path, today);
    service.create_forbund(new_forbund()).expect("förbund");
    insats_with_dates(&mut service, "Steget vidare", "2024-03-01", "")
}

/// Every backup of the data file at `path`, newest first, with what each holds.
pub fn listed(path: &Path) -> Vec<BackupFile> {
    backups::backups(path, &backups::folders(path, None))
}

/// The names in `folder`, sorted, to show nothing was left half-made beside a file.
pub fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Year `year`'s JSON report as the export writes it.
pub fn exported(service: &mut Service, year: i32) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("r.json");
    service.export_json(year, &path).expect("export");
    std::fs::read_to_string(path).expect("read")
}

/// The styrelserapport of `year` as one line of text, a no-break space read as a space, for
/// assertions. With `FINSAMKOLLEN_PDF_OUT` set, a copy named `keep_as` is kept there to look
/// at as pictures.
pub fn styrelserapport_text(service: &mut Service, year: i32, keep_as: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(format!("styrelserapport-{year}.pdf"));
    service.export_pdf(year, &path).expect("PDF");
    if let Some(out) = std::env::var_os("FINSAMKOLLEN_PDF_OUT") {
        std::fs::copy(&path, Path::new(&out).join(keep_as)).expect("keep a copy to look at");
    }
    pdf_extract::extract_text_from_mem(&std::fs::read(&path).expect("read"))
        .expect("PDF text")
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
