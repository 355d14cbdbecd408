//! A test helper for the crash-safety test (`tests/core/crash.rs`), not part of the app: it
//! opens the data file given as its argument and saves insatser one after another, printing
//! `ack <n>` after each save has returned, until it is killed.

use std::io::Write;

use finsamkollen_core::domain::forbund::NewForbund;
use finsamkollen_core::domain::insats::{Inriktning, NewInsats};
use finsamkollen_core::{Clock, Service};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: crash_writer <data file>");
        std::process::exit(2);
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let mut service = match Service::open(std::path::Path::new(&path), Clock::fixed(today)) {
        Ok(service) => service,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    };
    if matches!(service.forbund(), Ok(None)) {
        let _ = service.create_forbund(NewForbund {
            namn: "Krocktest".into(),
            organisationsnummer: "222000-1354".into(),
            startdatum: "2019-01-01".into(),
        });
    }
    let preciserad = service
        .insats_choices()
        .ok()
        .and_then(|c| c.preciserade.strukturovergripande.first().map(|p| p.id));
    let start = service
        .start_page(Some(2026))
        .map_or(0, |p| p.insatser.len());
    let mut stdout = std::io::stdout();
    for n in start.. {
        let saved = service.create_insats(NewInsats {
            inriktning: Inriktning::Strukturovergripande,
            foljer_deltagare: false,
            esf: false,
            esf_leder: false,
            namn: format!("Insats {n:06}"),
            preciserad_inriktning_id: preciserad,
            malgrupp_ids: Vec::new(),
            beskrivning: "x".repeat(200),
            startdatum: "2026-01-01".into(),
            slutdatum: String::new(),
            deltagaransvariga_ids: Vec::new(),
            confirm_warnings: true,
        });
        if saved.is_ok() {
            let _ = writeln!(stdout, "ack {n:06}");
            let _ = stdout.flush();
        }
    }
}
