//! Builds a large, realistic data file for benchmarks and start-up measurements, fully
//! determined by its seed (see docs/benchmarks.md). Not part of the app.
//!
//! `finsamkollen-dataset --seed 1 --years 20 --insatser 500 --out prov.db`
//!
//! `--xlsx <file.xlsx>` also exports the last year's report as a workbook, for
//! `scripts/xlsx-print-check`. `--historik-xlsx <file.xlsx>` also writes the whole history
//! as one workbook in the import template's layout, and `--forbund-only` makes a file with
//! the förbund alone (no insatser, no figures) to read it into
//! (`scripts/bench-inlasning-minne`).

use std::path::PathBuf;

const USAGE: &str =
    "usage: finsamkollen-dataset [--seed N] [--years N] [--insatser N] --out <file.db> \
     [--xlsx <file.xlsx>] [--historik-xlsx <file.xlsx>] [--forbund-only]";

struct Args {
    seed: u64,
    years: u32,
    insatser: usize,
    out: PathBuf,
    xlsx: Option<PathBuf>,
    historik: Option<PathBuf>,
    forbund_only: bool,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut seed, mut years, mut insatser, mut out, mut xlsx) = (1, 20, 500, None, None);
    let (mut historik, mut forbund_only) = (None, false);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--years" => years = value()?.parse().map_err(|e| format!("--years: {e}"))?,
            "--insatser" => insatser = value()?.parse().map_err(|e| format!("--insatser: {e}"))?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--xlsx" => xlsx = Some(PathBuf::from(value()?)),
            "--historik-xlsx" => historik = Some(PathBuf::from(value()?)),
            "--forbund-only" => forbund_only = true,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let out = out.ok_or("--out is required")?;
    Ok(Args {
        seed,
        years,
        insatser,
        out,
        xlsx,
        historik,
        forbund_only,
    })
}

fn main() {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            std::process::exit(2);
        }
    };
    let started = std::time::Instant::now();
    if args.forbund_only {
        if let Err(error) = finsamkollen_bench::generate_forbund(&args.out, args.years) {
            eprintln!("finsamkollen-dataset: {error}");
            std::process::exit(1);
        }
        println!("{}: the förbund only", args.out.display());
        return;
    }
    match finsamkollen_bench::generate(&args.out, args.seed, args.years, args.insatser) {
        Ok(s) => println!(
            "{}: {}–{} ({} insatser; largest year {} with {} insatser), today {}, in {:.1} s",
            args.out.display(),
            s.first_year,
            s.last_year,
            s.insatser,
            s.largest_year,
            s.largest_year_insatser,
            s.today,
            started.elapsed().as_secs_f64()
        ),
        Err(error) => {
            eprintln!("finsamkollen-dataset: {error}");
            std::process::exit(1);
        }
    }
    if let Some(xlsx) = &args.xlsx {
        if let Err(error) = export_xlsx(&args.out, xlsx) {
            eprintln!("finsamkollen-dataset: {error}");
            std::process::exit(1);
        }
        println!(
            "{}: årsrapport {}",
            xlsx.display(),
            finsamkollen_bench::LAST_YEAR
        );
    }
    if let Some(historik) = &args.historik {
        let written = finsamkollen_bench::historik_xlsx(&args.out).and_then(|(bytes, size)| {
            std::fs::write(historik, &bytes)
                .map(|()| size)
                .map_err(|source| finsamkollen_core::CoreError::Io {
                    path: historik.clone(),
                    source,
                })
        });
        match written {
            Ok(size) => println!(
                "{}: history workbook, {} insatser, {} figure rows, {} cells",
                historik.display(),
                size.insatser,
                size.siffror_rader,
                size.celler
            ),
            Err(error) => {
                eprintln!("finsamkollen-dataset: {error}");
                std::process::exit(1);
            }
        }
    }
}

/// The last generated year's report as a workbook, with the generated file's "today".
fn export_xlsx(db: &std::path::Path, xlsx: &std::path::Path) -> finsamkollen_core::Result<()> {
    use finsamkollen_bench as dataset;
    use finsamkollen_core::{Clock, Service};
    let mut service = Service::open(db, Clock::fixed(dataset::today()))?;
    service.export_xlsx(dataset::LAST_YEAR, xlsx)?;
    Ok(())
}
