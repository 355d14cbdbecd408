//! Baselines of the writes (and of opening a file): the statements, in one transaction,
//! with the change history's handling as the core opens and closes it.

use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use finsamkollen_core::domain::budget::{BudgetCellerInput, BudgetInput, CellInput, Rad};
use finsamkollen_core::Service;
use rusqlite::{params, Connection, OpenFlags, TransactionBehavior};

use super::raw::*;

/// Every write of the core opens a handling for the change history (V6) at the start of
/// its transaction and closes it before commit: two statements a write needs.
pub fn raw_handling_begin(tx: &rusqlite::Transaction<'_>, text: &str) {
    tx.prepare_cached(
        "INSERT OR REPLACE INTO historik_pagaende (id, handling_id, tidpunkt, handling)
         VALUES (1, (SELECT coalesce(max(id), 0) + 1 FROM historik_handling), ?1, ?2)",
    )
    .expect("prepare")
    .execute(params!["2026-03-10 12:00:00", text])
    .expect("begin handling");
}

pub fn raw_handling_end(tx: &rusqlite::Transaction<'_>) {
    tx.prepare_cached("DELETE FROM historik_pagaende")
        .expect("prepare")
        .execute([])
        .expect("end handling");
}

/// Writes `bytes` as the core writes a report: a temporary file beside the target, synced,
/// renamed into place; then records the export in the archive in one transaction.
pub fn raw_write_report(conn: &mut Connection, year: i32, format: &str, bytes: &[u8], path: &Path) {
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
pub fn raw_open(path: &Path) -> Connection {
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

/// Every row of `year`'s grid as the UI sends it on Spara: the whole year at once.
pub fn full_year_input(service: &Service, year: i32) -> BudgetInput {
    let view = service.year_view(year).expect("year view");
    let text = |k: Option<finsamkollen_core::Kronor>| k.map(|k| k.get().to_string());
    BudgetInput {
        year,
        rader: view
            .rader
            .iter()
            .map(|r| BudgetCellerInput {
                rad: r.rad,
                budget: text(r.budget).unwrap_or_default().into(),
                utfall: text(r.utfall).unwrap_or_default().into(),
                budgeterade_deltagare: r
                    .budgeterade_deltagare
                    .map(|n| n.to_string())
                    .unwrap_or_default()
                    .into(),
            })
            .collect(),
    }
}

pub fn raw_save_year(conn: &mut Connection, input: &BudgetInput) -> usize {
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
        // `full_year_input` sends typed text, as a grid of typed cells does.
        fn number<T>(cell: &CellInput<T>) -> Option<i64> {
            match cell {
                CellInput::Text(text) => text.parse::<i64>().ok(),
                CellInput::Value { .. } => None,
            }
        }
        for rad in &input.rader {
            match rad.rad {
                Rad::Insats { id } => upsert
                    .execute(params![
                        id,
                        input.year,
                        number(&rad.budget),
                        number(&rad.utfall),
                        number(&rad.budgeterade_deltagare)
                    ])
                    .expect("upsert"),
                Rad::Admin => admin
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
