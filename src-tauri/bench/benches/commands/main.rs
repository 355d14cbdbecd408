//! Benchmarks of the core's commands on a generated 20-year data file (issue 8), each beside
//! a baseline in the same run: the SQL statements the command needs, run through rusqlite
//! directly with no rule, model or rendering around them. The ratio command/baseline is
//! what the overhead of the core costs; the target is at most 2×. Also the year view on a
//! 1-year file against the 20-year file (target ≤ 1.2×: cost must not grow with history).
//!
//! `cargo bench -p finsamkollen-bench --bench commands` (or `scripts/bench`); the table of
//! ratios is printed at the end, from criterion's own estimates. See docs/benchmarks.md.

mod inlasning;
mod raw;
mod raw_report;
mod raw_write;
mod summary;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use criterion::{BatchSize, Criterion};
use finsamkollen_bench as dataset;
use finsamkollen_core::domain::arkiv::ReportFormat;
use finsamkollen_core::domain::organisation::OrganisationSearch;
use finsamkollen_core::{Clock, Service};

use raw::*;
use raw_report::*;
use raw_write::*;

/// The seed of the benchmark file; any fixed seed would do.
const SEED: u64 = 1;
const YEARS: u32 = 20;
const INSATSER: usize = 500;

/// The generated files the benchmarks run on.
struct Files {
    _dir: tempfile::TempDir,
    twenty: PathBuf,
    one: PathBuf,
    /// The last generated year; every per-year benchmark uses it.
    year: i32,
}

fn generate() -> Files {
    let dir = tempfile::tempdir().expect("temp dir");
    let twenty = dir.path().join("20-ar.db");
    let summary = dataset::generate(&twenty, SEED, YEARS, INSATSER).expect("20-year file");
    // Every per-year benchmark uses the last generated year, the one an officer reports in
    // March. A 1-year file whose only year has as many insatser as that year has in the
    // 20-year file: the two year views show the same rows, only the history differs.
    let year = dataset::LAST_YEAR;
    let rows = Service::open(&twenty, Clock::fixed(dataset::today()))
        .and_then(|s| s.year_view(year))
        .expect("the last year's view")
        .rader
        .len()
        - 1;
    let one = dir.path().join("1-ar.db");
    let small = dataset::generate(&one, SEED, 1, rows).expect("1-year file");
    assert_eq!(small.largest_year, year);
    assert_eq!(small.largest_year_insatser, rows);
    eprintln!(
        "data: {} years, {} insatser; year {} has {} insatser (1-year file: {})",
        YEARS, summary.insatser, year, rows, small.insatser
    );
    Files {
        _dir: dir,
        twenty,
        one,
        year,
    }
}

fn service(path: &Path) -> Service {
    Service::open(path, Clock::fixed(dataset::today())).expect("open service")
}

fn configure_group(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
}

fn benches(c: &mut Criterion, files: &Files) {
    let year = files.year;

    let mut group = c.benchmark_group("open");
    configure_group(&mut group);
    group.bench_function("command", |b| b.iter(|| service(&files.twenty)));
    group.bench_function("baseline", |b| b.iter(|| raw_open(&files.twenty)));
    group.finish();

    let svc = service(&files.twenty);
    let conn = raw(&files.twenty);

    let mut group = c.benchmark_group("start_page");
    configure_group(&mut group);
    group.bench_function("command", |b| {
        b.iter(|| svc.start_page(None).expect("start page"))
    });
    group.bench_function("baseline", |b| b.iter(|| raw_start_page(&conn, year)));
    group.finish();

    let mut group = c.benchmark_group("year_view");
    configure_group(&mut group);
    group.bench_function("command", |b| {
        b.iter(|| svc.year_view(year).expect("year view"))
    });
    group.bench_function("baseline", |b| b.iter(|| raw_year_view(&conn, year)));
    group.finish();

    let one = service(&files.one);
    let mut group = c.benchmark_group("year_view_history");
    configure_group(&mut group);
    group.bench_function("1_year", |b| {
        b.iter(|| one.year_view(year).expect("year view"))
    });
    group.bench_function("20_years", |b| {
        b.iter(|| svc.year_view(year).expect("year view"))
    });
    group.finish();
    drop(one);

    // "Alla år" with 20 years behind it, beside the one year view: the overview is one
    // call that reads each table once, so it should cost about what a year view costs.
    let mut group = c.benchmark_group("all_years");
    configure_group(&mut group);
    group.bench_function("command", |b| b.iter(|| svc.all_years().expect("alla år")));
    group.bench_function("year_view", |b| {
        b.iter(|| svc.year_view(year).expect("year view"))
    });
    group.finish();

    let mut group = c.benchmark_group("kontroll");
    configure_group(&mut group);
    group.bench_function("command", |b| {
        b.iter(|| svc.forhandskontroll(year).expect("check"))
    });
    group.bench_function("baseline", |b| b.iter(|| raw_kontroll(&conn, year)));
    group.finish();

    let detail_id = svc
        .year_view(year)
        .expect("year view")
        .rader
        .iter()
        .find(|r| r.har_deltagare)
        .and_then(|r| r.insats_id)
        .expect("an insats with follow-up");
    let mut group = c.benchmark_group("insats_detail");
    configure_group(&mut group);
    group.bench_function("command", |b| {
        b.iter(|| svc.insats(detail_id).expect("insats"))
    });
    group.bench_function("baseline", |b| {
        b.iter(|| raw_insats_detail(&conn, detail_id))
    });
    group.finish();

    let mut group = c.benchmark_group("organisation_search");
    configure_group(&mut group);
    group.bench_function("command", |b| {
        b.iter(|| {
            svc.search_organisationer(OrganisationSearch {
                typ: None,
                namn: "*berg*".into(),
            })
            .expect("search")
        })
    });
    group.bench_function("baseline", |b| b.iter(|| raw_organisations(&conn)));
    group.finish();
    drop(svc);
    drop(conn);

    // Writes last, each on its own copy of the file, so the reads above see the file as
    // generated.
    let mut svc = service(&files.twenty);
    let mut conn = raw(&files.twenty);
    let input = full_year_input(&svc, year);
    let mut group = c.benchmark_group("grid_save");
    configure_group(&mut group);
    group.sample_size(30);
    group.bench_function("command", |b| {
        b.iter_batched(
            || input.clone(),
            |input| svc.save_budget(input).expect("save"),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("baseline", |b| b.iter(|| raw_save_year(&mut conn, &input)));
    group.finish();

    let out = tempfile::tempdir().expect("export dir");
    for format in [ReportFormat::Json, ReportFormat::Xlsx] {
        let path = out.path().join(format.file_name(year));
        svc.export_report(year, format, &path).expect("export");
        let size = std::fs::metadata(&path).expect("exported").len();
        let bytes = vec![b' '; usize::try_from(size).expect("size")];
        let raw_path = out.path().join(format!("raw-{}", format.file_name(year)));
        let mut group = c.benchmark_group(format!("export_{}", format.extension()));
        configure_group(&mut group);
        group.sample_size(30);
        group.bench_function("command", |b| {
            b.iter(|| svc.export_report(year, format, &path).expect("export"))
        });
        group.bench_function("baseline", |b| {
            b.iter(|| {
                let n = raw_report(&conn, year);
                raw_write_report(&mut conn, year, format.extension(), &bytes, &raw_path);
                n
            })
        });
        group.finish();
    }

    // The styrelserapport: the year's report, every year's figures, and the PDF drawn and
    // written. No raw baseline: the drawing is the work.
    let path = out.path().join(ReportFormat::Pdf.file_name(year));
    let mut group = c.benchmark_group("export_pdf");
    configure_group(&mut group);
    group.sample_size(20);
    group.bench_function("command", |b| {
        b.iter(|| svc.export_pdf(year, &path).expect("export"))
    });
    group.finish();
}

fn main() {
    let started = SystemTime::now();
    let mut criterion = Criterion::default().configure_from_args();
    let files = generate();
    benches(&mut criterion, &files);
    inlasning::benches(&mut criterion, &files.twenty);
    criterion.final_summary();
    summary::summary(started);
}
