//! "Läs in tidigare år" once, as the app does it, for measuring its peak memory under
//! `/usr/bin/time -v` (`scripts/bench-inlasning-minne`, docs/benchmarks.md). Not part of
//! the app.
//!
//! `finsamkollen-inlasning --bok historik.xlsx --data forbund.db [--steg STEG]`
//!
//! STEG says how far to go, so each step's share of the peak can be told apart:
//! `oppna` (only open the data file), `las` (and read the workbook), `forhands` (and guess
//! the mapping and make the preview), `alla` (and read it in with its backup; the default).
//! The data file is changed by `alla`: give it a copy.

use std::path::PathBuf;
use std::time::Instant;

use finsamkollen_bench as dataset;
use finsamkollen_core::api::inlasning::las_in;
use finsamkollen_core::report::inlasning::{arbetsbok, InlasningBegaran};
use finsamkollen_core::{Clock, Service};

const USAGE: &str = "usage: finsamkollen-inlasning --bok <file.xlsx> --data <file.db> \
                     [--steg oppna|las|forhands|alla]";

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Steg {
    Oppna,
    Las,
    Forhands,
    Alla,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<(PathBuf, PathBuf, Steg), String> {
    let (mut bok, mut data, mut steg) = (None, None, Steg::Alla);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--bok" => bok = Some(PathBuf::from(value()?)),
            "--data" => data = Some(PathBuf::from(value()?)),
            "--steg" => {
                steg = match value()?.as_str() {
                    "oppna" => Steg::Oppna,
                    "las" => Steg::Las,
                    "forhands" => Steg::Forhands,
                    "alla" => Steg::Alla,
                    other => return Err(format!("unknown step {other}")),
                }
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok((
        bok.ok_or("--bok is required")?,
        data.ok_or("--data is required")?,
        steg,
    ))
}

fn run(bok: &std::path::Path, data: &std::path::Path, steg: Steg) -> finsamkollen_core::Result<()> {
    let started = Instant::now();
    let mut service = Service::open(data, Clock::fixed(dataset::today()))?;
    println!("opened in {} ms", started.elapsed().as_millis());
    if steg < Steg::Las {
        return Ok(());
    }
    let t = Instant::now();
    let file = arbetsbok::read_file(bok)?;
    let cells: usize = file
        .blad
        .iter()
        .flat_map(|b| b.rows.iter())
        .map(Vec::len)
        .sum();
    println!(
        "read {} sheets, {cells} cells in {} ms",
        file.blad.len(),
        t.elapsed().as_millis()
    );
    if steg < Steg::Forhands {
        return Ok(());
    }
    let t = Instant::now();
    let begaran = InlasningBegaran {
        mappningar: service
            .inlasning_forslag(&file, false)
            .into_iter()
            .map(|f| f.mappning)
            .collect(),
        undantagna: Vec::new(),
        ersatt: Vec::new(),
    };
    let preview = service.inlasning_forhandsvisning(&file, &begaran)?;
    println!(
        "preview: {} rows, {} problems, {} new insatser, {} cells in {} years, in {} ms",
        preview.rader.len(),
        preview.problem.len(),
        preview.insatser_nya.len(),
        preview.celler,
        preview.ar.len(),
        t.elapsed().as_millis()
    );
    if steg < Steg::Alla {
        return Ok(());
    }
    let t = Instant::now();
    let summary = las_in(&mut service, &file, &begaran)?;
    println!(
        "read in: {} new insatser, {} cells, backup {}, in {} ms",
        summary.insatser_nya.len(),
        summary.celler,
        summary.sakerhetskopia.as_deref().unwrap_or("none"),
        t.elapsed().as_millis()
    );
    Ok(())
}

fn main() {
    let (bok, data, steg) = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            std::process::exit(2);
        }
    };
    if let Err(error) = run(&bok, &data, steg) {
        eprintln!("finsamkollen-inlasning: {error}");
        std::process::exit(1);
    }
}
