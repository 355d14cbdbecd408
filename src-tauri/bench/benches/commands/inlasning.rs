//! "Läs in tidigare år" (issue 23) on the 20-year file's whole history: the workbook an
//! officer would bring on day one, in the import template's layout (the insats register,
//! figures per insats and year, medel per year: `finsamkollen_bench::historik_xlsx`), read
//! into a data file that has the same förbund but no insatser and no figures, so every
//! cell is new. Each step beside a baseline that only opens the workbook with calamine
//! (the crate the reader uses) and visits every cell, converting nothing.

use std::hint::black_box;
use std::io::Cursor;
use std::path::Path;

use calamine::{Reader, Xlsx};
use criterion::{BatchSize, Criterion};
use finsamkollen_bench as dataset;
use finsamkollen_core::api::inlasning::las_in;
use finsamkollen_core::report::inlasning::{arbetsbok, Arbetsbok, InlasningBegaran};
use finsamkollen_core::Service;

use crate::{configure_group, service};

const FILE_NAME: &str = "historik.xlsx";

/// The baseline: the workbook opened with calamine and every cell of every sheet visited.
pub fn raw_read(bytes: &[u8]) -> usize {
    let mut xlsx: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("xlsx");
    let mut cells = 0;
    for name in xlsx.sheet_names() {
        let mut reader = xlsx.worksheet_cells_reader(&name).expect("sheet");
        while let Some(cell) = reader.next_cell().expect("cell") {
            black_box(cell.get_value());
            cells += 1;
        }
    }
    cells
}

/// What the wizard does up to its preview: read the file, guess each sheet's mapping
/// (step 4's proposal), and the preview of reading every sheet as guessed.
pub fn read_guess_preview(svc: &Service, bytes: &[u8]) -> usize {
    let bok = arbetsbok::read_bytes(FILE_NAME, bytes).expect("read");
    let begaran = guessed(svc, &bok);
    let preview = svc
        .inlasning_forhandsvisning(&bok, &begaran)
        .expect("preview");
    preview.rader.len()
}

/// Every sheet mapped as guessed, nothing excluded or replaced.
pub fn guessed(svc: &Service, bok: &Arbetsbok) -> InlasningBegaran {
    InlasningBegaran {
        mappningar: svc
            .inlasning_forslag(bok, false)
            .into_iter()
            .map(|f| f.mappning)
            .collect(),
        undantagna: Vec::new(),
        ersatt: Vec::new(),
    }
}

/// A fresh copy of the empty förbund's file in its own folder (the backup goes beside it).
fn fresh(template: &Path) -> (tempfile::TempDir, Service) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("forbund.db");
    std::fs::copy(template, &path).expect("copy");
    let svc = service(&path);
    (dir, svc)
}

pub fn benches(c: &mut Criterion, twenty: &Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (bytes, size) = dataset::historik_xlsx(twenty).expect("history workbook");
    let template = dir.path().join("forbund.db");
    dataset::generate_forbund(&template, crate::YEARS).expect("förbund file");
    let svc = service(&template);
    let bok = arbetsbok::read_bytes(FILE_NAME, &bytes).expect("read");
    let begaran = guessed(&svc, &bok);
    let preview = svc
        .inlasning_forhandsvisning(&bok, &begaran)
        .expect("preview");
    assert!(
        preview.kan_lasas_in,
        "{:?}",
        &preview.problem[..3.min(preview.problem.len())]
    );
    eprintln!(
        "inlasning: {} bytes, {} insatser, {} figure rows, {} medel rows, {} cells, \
         {} calamine cells; the preview: {} new insatser, {} cells to write in {} years",
        bytes.len(),
        size.insatser,
        size.siffror_rader,
        size.medel_rader,
        size.celler,
        raw_read(&bytes),
        preview.insatser_nya.len(),
        preview.celler,
        preview.ar.len(),
    );

    let mut group = c.benchmark_group("inlasning");
    configure_group(&mut group);
    group.sample_size(10);
    group.bench_function("baseline", |b| b.iter(|| raw_read(&bytes)));
    group.bench_function("read", |b| {
        b.iter(|| arbetsbok::read_bytes(FILE_NAME, &bytes).expect("read"))
    });
    group.bench_function("preview", |b| {
        b.iter(|| {
            svc.inlasning_forhandsvisning(&bok, &begaran)
                .expect("preview")
        })
    });
    group.bench_function("read_guess_preview", |b| {
        b.iter(|| read_guess_preview(&svc, &bytes))
    });
    group.bench_function("apply", |b| {
        b.iter_batched_ref(
            || fresh(&template),
            |(_, svc)| las_in(svc, &bok, &begaran).expect("apply"),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("apply_without_backup", |b| {
        b.iter_batched_ref(
            || fresh(&template),
            |(_, svc)| {
                svc.inlasning_verkstall(&bok, &begaran, |_| Ok(None))
                    .expect("apply")
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}
