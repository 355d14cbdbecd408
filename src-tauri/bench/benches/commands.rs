//! Benchmarks of the core's commands on a generated 20-year data file (issue 8), each beside
//! a baseline in the same run: the SQL statements the command needs, run through rusqlite
//! directly with no rule, model or rendering around them. The ratio command/baseline is
//! what the overhead of the core costs; the target is at most 2×. Also the year view on a
//! 1-year file against the 20-year file (target ≤ 1.2×: cost must not grow with history).
//!
//! `cargo bench -p finsamkollen-core --bench commands` (or `scripts/bench`); the table of
//! ratios is printed at the end, from criterion's own estimates. See docs/benchmarks.md.

use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use criterion::{BatchSize, Criterion};
use finsamkollen_bench as dataset;
use finsamkollen_core::domain::arkiv::ReportFormat;
use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput};
use finsamkollen_core::domain::organisation::OrganisationSearch;
use finsamkollen_core::{Clock, Service};
use rusqlite::{params, Connection, OpenFlags, TransactionBehavior};

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

/// A plain connection set up as the core sets up its own (the same durability on writes).
fn raw(path: &Path) -> Connection {
    let conn = Connection::open(path).expect("open raw");
    configure(&conn);
    conn
}

fn configure(conn: &Connection) {
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("synchronous");
    conn.pragma_update(None, "foreign_keys", "ON")
        .expect("foreign keys");
    conn.pragma_update(None, "trusted_schema", "OFF")
        .expect("trusted schema");
}

// ---------------------------------------------------------------------------------------
// Baselines: only the statements, every row read into plain tuples.
// ---------------------------------------------------------------------------------------

type Row3 = (Option<i64>, Option<i64>, Option<i64>);

fn year_bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{year:04}-12-31"))
}

fn raw_forbund(conn: &Connection) -> (String, String, String, Option<String>) {
    conn.prepare_cached(
        "SELECT namn, organisationsnummer, startdatum, slutdatum, beskrivning, gatuadress,
                postnummer, ort, kontakt_namn, kontakt_telefon, kontakt_epost
         FROM forbund WHERE id = 1",
    )
    .expect("prepare")
    .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
    .expect("forbund")
}

/// The insatser running in `year`: id, name, follow-up, avslutad, slutdatum.
fn raw_running(conn: &Connection, year: i32) -> Vec<(i64, String, bool, bool, Option<String>)> {
    let (first, last) = year_bounds(year);
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, namn, inriktning, foljer_deltagare, esf, avslutad,
                    preciserad_inriktning_id, beskrivning, startdatum, slutdatum
             FROM insats INDEXED BY insats_running
             WHERE coalesce(slutdatum, '9999-12-31') >= ?1 AND startdatum <= ?2
             ORDER BY namn_nyckel",
        )
        .expect("prepare");
    let rows = stmt
        .query_map(params![first, last], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(3)?, r.get(5)?, r.get(9)?))
        })
        .expect("query");
    rows.collect::<Result<_, _>>().expect("rows")
}

fn raw_budget(conn: &Connection, year: i32) -> Vec<(i64, Row3)> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT insats_id, budget, utfall, budget_deltagare FROM budget WHERE ar = ?1",
        )
        .expect("prepare");
    let rows = stmt
        .query_map([year], |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
        })
        .expect("query");
    rows.collect::<Result<_, _>>().expect("rows")
}

fn raw_admin(conn: &Connection, year: i32) -> Option<(Option<i64>, Option<i64>)> {
    conn.prepare_cached("SELECT budget, utfall FROM admin_kostnad WHERE ar = ?1")
        .expect("prepare")
        .query_row([year], |r| Ok((r.get(0)?, r.get(1)?)))
        .ok()
}

fn raw_medel(conn: &Connection, year: i32) -> Option<(i64, i64, i64)> {
    conn.prepare_cached("SELECT samverkansparterna, esf_plus, overskott FROM medel WHERE ar = ?1")
        .expect("prepare")
        .query_row([year], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .ok()
}

/// What the year view of an open year reads: the förbund (for the year's status), medel,
/// the running insatser with their cells, the administrative costs, and, for the copy offer
/// when a budget cell is still empty, last year's budget and insatser.
fn raw_year_view(conn: &Connection, year: i32) -> usize {
    let forbund = raw_forbund(conn);
    let medel = raw_medel(conn, year);
    let budget = raw_budget(conn, year);
    let running = raw_running(conn, year);
    let admin = raw_admin(conn, year);
    black_box((forbund, medel, admin));
    let budgeted: std::collections::HashSet<i64> = budget
        .iter()
        .filter(|(_, cells)| cells.0.is_some())
        .map(|(id, _)| *id)
        .collect();
    let empty_cell =
        admin.is_none_or(|(b, _)| b.is_none()) || running.iter().any(|r| !budgeted.contains(&r.0));
    if !empty_cell {
        return running.len();
    }
    let last_budget = raw_budget(conn, year - 1);
    let last_admin = raw_admin(conn, year - 1);
    let last_running = raw_running(conn, year - 1);
    black_box((&last_budget, last_admin));
    running.len() + last_running.len()
}

fn raw_start_page(conn: &Connection, year: i32) -> usize {
    let forbund = raw_forbund(conn);
    let (first, last) = year_bounds(year);
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, namn, inriktning, esf, avslutad, startdatum, slutdatum
             FROM insats INDEXED BY insats_running
             WHERE coalesce(slutdatum, '9999-12-31') >= ?1 AND startdatum <= ?2
             ORDER BY namn_nyckel",
        )
        .expect("prepare");
    type Row = (i64, String, String, bool, bool, String, Option<String>);
    let rows: Vec<Row> = stmt
        .query_map(params![first, last], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    black_box(forbund);
    rows.len()
}

/// The check reads the year view, the year's participant counts, the members' roles and
/// the year's split of funds per financier.
fn raw_kontroll(conn: &Connection, year: i32) -> usize {
    let rows = raw_year_view(conn, year);
    let mut counts = conn
        .prepare_cached("SELECT insats_id, kvinnor, man, antal FROM deltagare WHERE ar = ?1")
        .expect("prepare");
    let counts: Vec<(i64, Row3)> = counts
        .query_map([year], |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows + counts.len() + raw_roles(conn) + raw_shares(conn, year)
}

fn raw_roles(conn: &Connection) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.id, o.namn, o.typ, o.nyckel, i.medlem, i.finansiar
             FROM organisation o JOIN ingaende_organisation i ON i.organisation_id = o.id",
        )
        .expect("prepare");
    let rows: Vec<(i64, String, String, Option<String>, bool, bool)> = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows.len()
}

fn raw_shares(conn: &Connection, year: i32) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.namn, o.typ, m.belopp FROM medel_finansiar m
             JOIN organisation o ON o.id = m.organisation_id WHERE m.ar = ?1",
        )
        .expect("prepare");
    let rows: Vec<(String, String, i64)> = stmt
        .query_map([year], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows.len()
}

/// Everything a report holds beyond the check: the förbund page's lists, and each running
/// insats's details (preciserad inriktning, målgrupper, counts) in joins.
fn raw_report(conn: &Connection, year: i32) -> usize {
    let mut n = raw_kontroll(conn, year) + raw_roles(conn);
    let mut omrade = conn
        .prepare_cached(
            "SELECT v.kommun_kod, k.kortnamn, l.namn, s.namn FROM verksamhetsomrade v
             JOIN kommun k ON k.kod = v.kommun_kod JOIN lan l ON l.kod = k.lan_kod
             LEFT JOIN stadsdel s ON s.id = v.stadsdel_id",
        )
        .expect("prepare");
    n += omrade
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })
        .expect("query")
        .count();
    let (first, last) = year_bounds(year);
    let mut insatser = conn
        .prepare_cached(
            "SELECT i.id, i.namn, i.inriktning, i.foljer_deltagare, i.esf, p.namn,
                    i.beskrivning, i.startdatum, i.slutdatum, i.avslutad,
                    d.kvinnor, d.man, d.antal
             FROM insats i INDEXED BY insats_running
             LEFT JOIN preciserad_inriktning p ON p.id = i.preciserad_inriktning_id
             LEFT JOIN deltagare d ON d.insats_id = i.id AND d.ar = ?3
             WHERE coalesce(i.slutdatum, '9999-12-31') >= ?1 AND i.startdatum <= ?2
             ORDER BY i.namn_nyckel",
        )
        .expect("prepare");
    type Insats = (i64, String, String, bool, bool, Option<String>, String);
    let rows: Vec<(Insats, Row3)> = insatser
        .query_map(params![first, last, year], |r| {
            Ok((
                (
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ),
                (r.get(10)?, r.get(11)?, r.get(12)?),
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut malgrupper = conn
        .prepare_cached(
            "SELECT im.insats_id, m.namn FROM insats_malgrupp im
             JOIN malgrupp m ON m.id = im.malgrupp_id
             WHERE im.insats_id IN (SELECT id FROM insats INDEXED BY insats_running
                 WHERE coalesce(slutdatum, '9999-12-31') >= ?1 AND startdatum <= ?2)",
        )
        .expect("prepare");
    n += malgrupper
        .query_map(params![first, last], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })
        .expect("query")
        .count();
    n + rows.len()
}

/// Every write of the core opens a handling for the change history (V6) at the start of
/// its transaction and closes it before commit: two statements a write needs.
fn raw_handling_begin(tx: &rusqlite::Transaction<'_>, text: &str) {
    tx.prepare_cached(
        "INSERT OR REPLACE INTO historik_pagaende (id, handling_id, tidpunkt, handling)
         VALUES (1, (SELECT coalesce(max(id), 0) + 1 FROM historik_handling), ?1, ?2)",
    )
    .expect("prepare")
    .execute(params!["2026-03-10 12:00:00", text])
    .expect("begin handling");
}

fn raw_handling_end(tx: &rusqlite::Transaction<'_>) {
    tx.prepare_cached("DELETE FROM historik_pagaende")
        .expect("prepare")
        .execute([])
        .expect("end handling");
}

/// Writes `bytes` as the core writes a report: a temporary file beside the target, synced,
/// renamed into place; then records the export in the archive in one transaction.
fn raw_write_report(conn: &mut Connection, year: i32, format: &str, bytes: &[u8], path: &Path) {
    let dir = path.parent().expect("parent");
    let mut file = tempfile::NamedTempFile::new_in(dir).expect("temp file");
    file.write_all(bytes).expect("write");
    file.as_file().sync_all().expect("sync");
    file.persist(path).expect("persist");
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("begin");
    raw_handling_begin(&tx, "Exportera årsrapport");
    tx.execute(
        "INSERT INTO export_arkiv (ar, tidpunkt, format, sokvag, preliminar, fel, varningar,
                                   sha256)
         VALUES (?1, '2026-03-10 12:00:00', ?2, ?3, 1, 0, 0, ?4)",
        params![year, format, path.display().to_string(), "0".repeat(64)],
    )
    .expect("insert");
    raw_handling_end(&tx);
    tx.commit().expect("commit");
}

/// The statements opening an existing file runs: a read-only look (identity, integrity,
/// schema version), then the connection's set-up and the migration runner's reads.
fn raw_open(path: &Path) -> Connection {
    let uri = format!("file:{}?immutable=1", path.display());
    let look = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )
    .expect("read-only open");
    let id: i32 = look
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .expect("application id");
    let objects: i64 = look
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .expect("objects");
    let check: String = look
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .expect("quick check");
    let version: Option<i64> = look
        .query_row(
            "SELECT max(version) FROM refinery_schema_history",
            [],
            |r| r.get(0),
        )
        .expect("version");
    black_box((id, objects, check, version));
    drop(look);
    let conn = Connection::open(path).expect("open");
    configure(&conn);
    conn.busy_timeout(Duration::from_secs(5)).expect("busy");
    let applied: Vec<(i64, String, String, String)> = conn
        .prepare(
            "SELECT version, name, applied_on, checksum FROM refinery_schema_history
             ORDER BY version ASC",
        )
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    black_box(applied);
    conn
}

// ---------------------------------------------------------------------------------------
// The benchmarks
// ---------------------------------------------------------------------------------------

/// Every row of `year`'s grid as the UI sends it on Spara: the whole year at once.
fn full_year_input(service: &Service, year: i32) -> BudgetInput {
    let view = service.year_view(year).expect("year view");
    let text = |k: Option<finsamkollen_core::Kronor>| k.map(|k| k.get().to_string());
    BudgetInput {
        year,
        rader: view
            .rader
            .iter()
            .map(|r| BudgetCellerInput {
                key: r.key.clone(),
                budget: text(r.budget).unwrap_or_default(),
                utfall: text(r.utfall).unwrap_or_default(),
                budgeterade_deltagare: r
                    .budgeterade_deltagare
                    .map(|n| n.to_string())
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

fn raw_save_year(conn: &mut Connection, input: &BudgetInput) -> usize {
    black_box(raw_forbund(conn));
    black_box(raw_running(conn, input.year));
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("begin");
    raw_handling_begin(&tx, "Spara budget och utfall");
    {
        let mut upsert = tx
            .prepare_cached(
                "INSERT INTO budget (insats_id, ar, budget, utfall, budget_deltagare)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (insats_id, ar) DO UPDATE SET budget = excluded.budget,
                     utfall = excluded.utfall, budget_deltagare = excluded.budget_deltagare",
            )
            .expect("prepare");
        let mut admin = tx
            .prepare_cached(
                "INSERT INTO admin_kostnad (ar, budget, utfall) VALUES (?1, ?2, ?3)
                 ON CONFLICT (ar) DO UPDATE SET budget = excluded.budget,
                     utfall = excluded.utfall",
            )
            .expect("prepare");
        let number = |s: &str| s.parse::<i64>().ok();
        for rad in &input.rader {
            match rad.key.strip_prefix("insats-") {
                Some(id) => upsert
                    .execute(params![
                        id.parse::<i64>().expect("id"),
                        input.year,
                        number(&rad.budget),
                        number(&rad.utfall),
                        number(&rad.budgeterade_deltagare)
                    ])
                    .expect("upsert"),
                None => admin
                    .execute(params![
                        input.year,
                        number(&rad.budget),
                        number(&rad.utfall)
                    ])
                    .expect("admin"),
            };
        }
    }
    raw_handling_end(&tx);
    tx.commit().expect("commit");
    raw_year_view(conn, input.year)
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
    let mut group = c.benchmark_group("alla_ar");
    configure_group(&mut group);
    group.bench_function("command", |b| b.iter(|| svc.alla_ar().expect("alla år")));
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

fn raw_insats_detail(conn: &Connection, id: i64) -> usize {
    black_box(raw_forbund(conn));
    let record: (String, Option<String>, String, String, Option<String>) = conn
        .prepare_cached(
            "SELECT i.namn, p.namn, i.beskrivning, i.startdatum, i.slutdatum FROM insats i
             LEFT JOIN preciserad_inriktning p ON p.id = i.preciserad_inriktning_id
             WHERE i.id = ?1",
        )
        .expect("prepare")
        .query_row([id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .expect("insats");
    let mut malgrupper = conn
        .prepare_cached(
            "SELECT m.id, m.namn FROM insats_malgrupp im JOIN malgrupp m ON m.id = im.malgrupp_id
             WHERE im.insats_id = ?1 ORDER BY m.id",
        )
        .expect("prepare");
    let mut n = malgrupper
        .query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .expect("query")
        .count();
    let mut counts = conn
        .prepare_cached(
            "SELECT ar, kvinnor, man, antal FROM deltagare WHERE insats_id = ?1 ORDER BY ar",
        )
        .expect("prepare");
    n += counts
        .query_map([id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })
        .expect("query")
        .count();
    let mut ansvariga = conn
        .prepare_cached(
            "SELECT u.id, u.namn FROM insats_deltagaransvarig d
             JOIN uppdrag u ON u.id = d.uppdrag_id WHERE d.insats_id = ?1 ORDER BY u.namn",
        )
        .expect("prepare");
    n += ansvariga
        .query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .expect("query")
        .count();
    black_box(record);
    n
}

/// The organisation search folds å, ä and ö, which SQLite's LIKE does not: every
/// organisation is read (the förbund's own row under the förbund's name) and matched in
/// Rust. The baseline is that read.
fn raw_organisations(conn: &Connection) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT o.id, CASE WHEN o.nyckel = 'forbund'
                    THEN coalesce((SELECT namn FROM forbund WHERE id = 1), o.namn)
                    ELSE o.namn END, o.typ, o.nyckel FROM organisation o",
        )
        .expect("prepare");
    let rows: Vec<(i64, String, String, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    rows.len()
}

// ---------------------------------------------------------------------------------------
// The summary: ratios from criterion's estimates of this run
// ---------------------------------------------------------------------------------------

/// (group, numerator, denominator, target ratio)
const RATIOS: &[(&str, &str, &str, f64)] = &[
    ("open", "command", "baseline", 2.0),
    ("start_page", "command", "baseline", 2.0),
    ("year_view", "command", "baseline", 2.0),
    ("year_view_history", "20_years", "1_year", 1.2),
    ("alla_ar", "command", "year_view", 1.2),
    ("grid_save", "command", "baseline", 2.0),
    ("kontroll", "command", "baseline", 2.0),
    ("export_json", "command", "baseline", 2.0),
    ("export_xlsx", "command", "baseline", 2.0),
    ("insats_detail", "command", "baseline", 2.0),
    ("organisation_search", "command", "baseline", 2.0),
];

/// Where criterion keeps its estimates, found as criterion finds it.
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    // target/release/deps/commands-<hash>
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(|t| t.join("criterion")))
        .unwrap_or_else(|| PathBuf::from("target/criterion"))
}

/// The median of one benchmark in nanoseconds, if it ran after `since`.
fn median_ns(home: &Path, group: &str, function: &str, since: SystemTime) -> Option<f64> {
    let file = home.join(group).join(function).join("new/estimates.json");
    let modified = std::fs::metadata(&file).ok()?.modified().ok()?;
    if modified < since {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn summary(since: SystemTime) {
    let home = criterion_home();
    let mut lines = Vec::new();
    for (group, top, bottom, target) in RATIOS {
        let (Some(a), Some(b)) = (
            median_ns(&home, group, top, since),
            median_ns(&home, group, bottom, since),
        ) else {
            continue;
        };
        let ratio = a / b;
        lines.push(format!(
            "| {group:<19} | {:>10.3} | {:>10.3} | {ratio:>5.2}× | ≤ {target:.1}× {} |",
            a / 1e6,
            b / 1e6,
            if ratio <= *target { "  ok" } else { "MISS" }
        ));
    }
    if lines.is_empty() {
        return;
    }
    println!(
        "\nMedians in ms; ratio = command / baseline (year_view_history: 20 years / 1 year; \
         alla_ar: all years / one year view)"
    );
    println!("| benchmark           |    command |   baseline | ratio  | target    |");
    println!("|---------------------|-----------:|-----------:|-------:|-----------|");
    for line in lines {
        println!("{line}");
    }
}

fn main() {
    let started = SystemTime::now();
    let mut criterion = Criterion::default().configure_from_args();
    let files = generate();
    benches(&mut criterion, &files);
    criterion.final_summary();
    summary(started);
}
