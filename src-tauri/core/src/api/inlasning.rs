//! "Läs in tidigare år" → "Läs in", with its backup. The backup is taken here because
//! `backup` is a layer beside `report`, which may not use it: the report step
//! (`Service::inlasning_verkstall`) checks everything first and calls the backup given
//! here only when it is about to write, so a refused read leaves no backup behind either.
//!
//! [`ValdArbetsbok`] is the workbook the officer chose, kept by the shell between the
//! wizard's steps together with the bytes it was read from; [`InlasningFil`] is what the
//! wizard shows of it.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::backup::trigger::Trigger;
use crate::error::CoreError;
use crate::ops::Service;
use crate::report::inlasning::{
    arbetsbok, falt_val, guess_mapping_at, varde, Arbetsbok, Blad, Cell, FaltVal, Filtyp,
    InlasningBegaran, InlasningSammanfattning, Mappning, MappningsForslag, MAX_FILE_BYTES,
};

/// Reads `bok` as `begaran` says into the open data file: refused (nothing written, no
/// backup) while the preview has a problem; otherwise a backup of the data file first
/// (none for a data file in memory), then one transaction, then (for the app's file)
/// another backup, which holds the read.
pub fn las_in(
    service: &mut Service,
    bok: &Arbetsbok,
    begaran: &InlasningBegaran,
) -> crate::Result<InlasningSammanfattning> {
    let summary = service.inlasning_verkstall(bok, begaran, |service| {
        if service.db().path().is_none() {
            return Ok(None);
        }
        Ok(Some(service.backup_now()?.path))
    })?;
    // The read is written: the app's file is backed up again, so the newest backup holds
    // it. A failure is the next save's or the close's to retry, not the read's refusal.
    if service.daily_backup() {
        let _ = service.backup_for(Trigger::Import);
    }
    Ok(summary)
}

/// How many of a sheet's first rows the wizard shows, to choose the header row among: the
/// rows the header is guessed in.
pub const FORSTA_RADER: usize = crate::report::inlasning::falt::HEADER_ROWS_SEARCHED;

/// The widest a shown cell's text is, in characters (a long description is cut with "…").
const CELL_CHARS: usize = 60;

/// The chosen workbook as the wizard's steps 1–4 show it: the file, each sheet with its
/// first rows and the proposed mapping, and the fields a column can be mapped to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InlasningFil {
    pub fil: String,
    /// What kind of file it is, in words ("Excel-arbetsbok (XLSX)").
    pub filtyp: String,
    pub blad: Vec<BladVy>,
    pub falt: Vec<FaltVal>,
}

/// One sheet as the wizard shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BladVy {
    pub namn: String,
    /// A hidden sheet, offered only behind "Visa dolda blad".
    pub dolt: bool,
    /// How many rows the sheet has, empty ones included.
    pub rader: u32,
    /// How many columns its widest row has.
    pub kolumner: u32,
    /// The first [`FORSTA_RADER`] rows, each cell as its text, every row as wide as
    /// `kolumner` (at most 60 columns).
    pub forsta: Vec<Vec<String>>,
    /// The proposed mapping: a saved one, or the guess.
    pub forslag: MappningsForslag,
}

/// The workbook the officer chose, kept between the wizard's steps with the bytes it was
/// read from, so the preview and "Läs in" read the same file, and a file changed on disk
/// since it was chosen is refused rather than read silently.
pub struct ValdArbetsbok {
    path: PathBuf,
    bytes: Vec<u8>,
    bok: Arbetsbok,
}

impl ValdArbetsbok {
    /// Reads the file at `path`: refused for its size before a byte of it is read, then by
    /// its content, each refusal its own Swedish sentence.
    pub fn read(path: &Path) -> crate::Result<Self> {
        let bytes = read_limited(path)?;
        let bok = arbetsbok::read_bytes(&file_name(path), &bytes)?;
        Ok(Self {
            path: path.to_owned(),
            bytes,
            bok,
        })
    }

    /// The workbook as read when it was chosen.
    pub fn arbetsbok(&self) -> &Arbetsbok {
        &self.bok
    }

    /// The workbook, after checking that the file on disk still holds the bytes it was read
    /// from: a file saved again (or replaced) since it was chosen is refused, so what is
    /// previewed is what is read in.
    pub fn unchanged(&self) -> crate::Result<&Arbetsbok> {
        match read_limited(&self.path) {
            Ok(bytes) if bytes == self.bytes => Ok(&self.bok),
            _ => Err(CoreError::Cell {
                field: "inlasning".to_owned(),
                code: "inlasning_fil_andrad",
                message: format!(
                    "Filen {} har ändrats eller flyttats sedan den valdes. Välj filen igen, så \
                     visas förhandsgranskningen av det den innehåller nu.",
                    self.bok.file_name
                ),
            }),
        }
    }

    /// What the wizard shows of it: every sheet (hidden ones marked) with its first rows
    /// and its proposed mapping.
    pub fn view(&self, service: &Service) -> InlasningFil {
        let forslag = service.inlasning_forslag(&self.bok, true);
        let blad = self
            .bok
            .blad
            .iter()
            .zip(forslag)
            .map(|(blad, forslag)| blad_vy(blad, forslag))
            .collect();
        InlasningFil {
            fil: self.bok.file_name.clone(),
            filtyp: filtyp_text(self.bok.filtyp).to_owned(),
            blad,
            falt: falt_val(),
        }
    }

    /// Step 3: the mapping guessed from the header row the officer chose (1 is the
    /// spreadsheet's first row).
    pub fn mapping_at(&self, blad: &str, rubrikrad: u32) -> crate::Result<Mappning> {
        let sheet = self
            .bok
            .blad
            .iter()
            .find(|b| b.name == blad)
            .ok_or_else(|| CoreError::NotFound {
                what: format!("Bladet ”{blad}”"),
            })?;
        let row = usize::try_from(rubrikrad.max(1) - 1).unwrap_or(0);
        Ok(guess_mapping_at(sheet, row))
    }
}

/// "Läs in" of the chosen workbook: refused when the file has changed since it was chosen,
/// else [`las_in`].
pub fn las_in_vald(
    service: &mut Service,
    vald: &ValdArbetsbok,
    begaran: &InlasningBegaran,
) -> crate::Result<InlasningSammanfattning> {
    las_in(service, vald.unchanged()?, begaran)
}

/// The file's bytes, refused by its size (from its metadata) before a byte is read.
fn read_limited(path: &Path) -> crate::Result<Vec<u8>> {
    let io = |source| CoreError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    if file.metadata().map_err(io)?.len() > MAX_FILE_BYTES {
        // The reader's own refusal, with the file's size; it reads nothing either.
        arbetsbok::read_file(path)?;
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    Ok(bytes)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn filtyp_text(filtyp: Filtyp) -> &'static str {
    match filtyp {
        Filtyp::Xlsx => "Excel-arbetsbok (XLSX)",
        Filtyp::Xls => "Äldre Excel-arbetsbok (XLS)",
        Filtyp::Ods => "LibreOffice-arbetsbok (ODS)",
        Filtyp::Csv => "Textfil med kolumner (CSV)",
    }
}

/// The widest sheet the wizard draws: columns past this are still read, only not shown.
const MAX_COLUMNS_SHOWN: usize = 60;

fn blad_vy(blad: &Blad, forslag: MappningsForslag) -> BladVy {
    let kolumner = blad.rows.iter().map(Vec::len).max().unwrap_or(0);
    let shown = kolumner.min(MAX_COLUMNS_SHOWN);
    let forsta = blad
        .rows
        .iter()
        .take(FORSTA_RADER)
        .map(|row| {
            (0..shown)
                .map(|col| row.get(col).map(cell_text).unwrap_or_default())
                .collect()
        })
        .collect();
    BladVy {
        namn: blad.name.clone(),
        dolt: blad.hidden,
        rader: u32::try_from(blad.rows.len()).unwrap_or(u32::MAX),
        kolumner: u32::try_from(kolumner).unwrap_or(u32::MAX),
        forsta,
        forslag,
    }
}

/// A cell as the officer typed it (a date as ÅÅÅÅ-MM-DD, an error value as itself), cut
/// to [`CELL_CHARS`].
fn cell_text(cell: &Cell) -> String {
    let text = match cell {
        Cell::Error(e) => e.clone(),
        other => varde::text(other).unwrap_or_default(),
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > CELL_CHARS {
        let cut: String = text.chars().take(CELL_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        text
    }
}
