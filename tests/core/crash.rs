//! Crash safety: a child process saves insatser and reports each acknowledged save; the
//! test kills it at random moments, many times: `Child::kill` is SIGKILL on Linux and
//! `TerminateProcess` on Windows (the same test, run as a Windows binary under Wine in CI),
//! neither of which lets the writer clean up. After every kill the file
//! passes integrity_check and holds every acknowledged save. `FINSAMKOLLEN_KILLS` sets
//! the number of kills (200 by default; 1 000 on demand).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use finsamkollen_core::{Clock, Service};

fn kills() -> usize {
    std::env::var("FINSAMKOLLEN_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// A small deterministic generator for the moments to kill (no dependency needed).
struct Lcg(u64);

impl Lcg {
    fn next_ms(&mut self, max: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (self.0 >> 33) % max
    }
}

/// Starts the writer. Under Wine on a loaded machine process creation now and then fails
/// for a moment ("Internal error", 1359); that says nothing about crash safety, so a failed
/// start is tried again a few times before the test gives up.
fn start_writer(writer: &str, path: &std::path::Path) -> std::process::Child {
    let mut attempt = 0;
    loop {
        match Command::new(writer)
            .arg(path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(child) => return child,
            Err(error) if attempt < 5 => {
                attempt += 1;
                eprintln!("starting the writer failed ({error}); trying again");
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(error) => panic!("start the writer: {error}"),
        }
    }
}

#[test]
fn crash_every_acknowledged_save_survives_sigkill() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("krock.db");
    let writer = env!("CARGO_BIN_EXE_crash_writer");
    let mut random = Lcg(0x5EED);
    let mut acknowledged: Vec<String> = Vec::new();
    for round in 0..kills() {
        let mut child = start_writer(writer, &path);
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(name) = line.strip_prefix("ack ") {
                    let _ = tx.send(format!("Insats {name}"));
                }
            }
        });
        // Kill at a random moment: every fourth round while the file is being created or
        // opened, the others amid saves (after the first acknowledged one, so a slow or
        // busy machine still kills mid-save).
        if round % 4 != 0 {
            if let Ok(first) = rx.recv_timeout(Duration::from_secs(60)) {
                acknowledged.push(first);
            }
        }
        let deadline = Instant::now() + Duration::from_millis(random.next_ms(40));
        while Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        child.kill().expect("SIGKILL / TerminateProcess");
        child.wait().expect("reaped");
        reader.join().expect("reader");
        acknowledged.extend(rx.try_iter());

        let service = Service::open(&path, Clock::fixed(crate::support::date("2026-11-24")))
            .unwrap_or_else(|e| panic!("round {round}: the file cannot be opened: {e}"));
        // Raw SQL: SQLite's own integrity check of the file a crash left.
        let conn = service.raw_db().conn();
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity_check");
        assert_eq!(integrity, "ok", "round {round}");
        let mut stmt = conn.prepare("SELECT namn FROM insats").expect("query");
        let stored: std::collections::HashSet<String> = stmt
            .query_map([], |r| r.get(0))
            .expect("names")
            .map(|r| r.expect("name"))
            .collect();
        let lost: Vec<&String> = acknowledged
            .iter()
            .filter(|n| !stored.contains(*n))
            .collect();
        assert!(
            lost.is_empty(),
            "round {round}: acknowledged but lost: {lost:?}"
        );
    }
    assert!(
        // Three rounds in four wait for a first save, so even a loaded machine acknowledges
        // far more than half as many saves as there were kills.
        acknowledged.len() >= kills() / 2,
        "the writer saved too little to prove anything: {}",
        acknowledged.len()
    );
}
