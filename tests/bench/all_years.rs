//! "Alla år" on a generated 20-year file: the sums the triggers kept through every save of
//! twenty years (V13) equal a fresh count of the rows, and each year's figures equal those
//! worked out from the rows the way the year views do (an insats counts in the years its
//! dates overlap; counts only for insatser that follow their participants).

use finsamkollen_core::{Clock, Service};

/// One year's figures from the rows themselves: kostnader (utfall), budget, kvinnor, män,
/// antal, and the running insatser without an utfall.
fn from_rows(service: &Service, year: i32) -> (i64, i64, i64, i64, i64, i64) {
    let sql = "
        WITH running AS (
            SELECT id, foljer_deltagare FROM insats
            WHERE CAST(substr(startdatum, 1, 4) AS INTEGER) <= ?1
              AND (slutdatum IS NULL OR CAST(substr(slutdatum, 1, 4) AS INTEGER) >= ?1))
        SELECT
            (SELECT coalesce(sum(b.utfall), 0) FROM budget b JOIN running r ON r.id = b.insats_id
             WHERE b.ar = ?1),
            (SELECT coalesce(sum(b.budget), 0) FROM budget b JOIN running r ON r.id = b.insats_id
             WHERE b.ar = ?1),
            (SELECT coalesce(sum(d.kvinnor), 0) FROM deltagare d JOIN running r ON r.id = d.insats_id
             WHERE d.ar = ?1 AND r.foljer_deltagare = 1),
            (SELECT coalesce(sum(d.man), 0) FROM deltagare d JOIN running r ON r.id = d.insats_id
             WHERE d.ar = ?1 AND r.foljer_deltagare = 1),
            (SELECT coalesce(sum(d.antal), 0) FROM deltagare d JOIN running r ON r.id = d.insats_id
             WHERE d.ar = ?1 AND r.foljer_deltagare = 1),
            (SELECT count(*) FROM running r WHERE NOT EXISTS (
                SELECT 1 FROM budget b WHERE b.insats_id = r.id AND b.ar = ?1
                AND b.utfall IS NOT NULL))";
    // Raw SQL: the figures recounted from the rows, to hold the core's answer against.
    service
        .raw_db()
        .conn()
        .query_row(sql, [year], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .expect("figures from the rows")
}

fn sums(service: &Service) -> Vec<Vec<i64>> {
    // Raw SQL: the trigger-kept sums (V13) have no typed reader.
    let conn = service.raw_db().conn();
    let mut stmt = conn
        .prepare("SELECT * FROM ar_summa ORDER BY ar")
        .expect("select");
    let width = stmt.column_count();
    let rows = stmt
        .query_map([], |r| {
            (0..width)
                .map(|i| r.get(i))
                .collect::<Result<Vec<i64>, _>>()
        })
        .expect("rows");
    rows.collect::<Result<_, _>>().expect("sums")
}

#[test]
fn alla_ar_of_twenty_years_equals_the_rows_counted_afresh() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("20.db");
    let summary = finsamkollen_bench::generate(&file, 1, 20, 500).expect("dataset");
    let service = Service::open(&file, Clock::fixed(summary.today)).expect("open generated file");

    let kept = sums(&service);
    // Raw SQL: the migration's own SQL recounts the sums, which no use case does.
    service
        .raw_db()
        .conn()
        .execute_batch(include_str!("../../migrations/V13__ar_summa.sql"))
        .expect("count again");
    assert_eq!(
        kept,
        sums(&service),
        "the triggers' sums against a fresh count"
    );

    let alla = service.all_years().expect("alla år");
    assert!(alla.years.len() >= 20, "every year");
    for a in &alla.years {
        // Raw SQL: the admin rows as stored, to hold the core's answer against.
        let (admin_budget, admin_utfall): (Option<i64>, Option<i64>) = service
            .raw_db()
            .conn()
            .query_row(
                "SELECT budget, utfall FROM admin_kostnad WHERE ar = ?1",
                [a.year],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap_or((None, None));
        let (utfall, budget, kvinnor, man, antal, saknas) = from_rows(&service, a.year);
        assert_eq!(
            a.kostnader.get(),
            utfall + admin_utfall.unwrap_or(0),
            "kostnader {}",
            a.year
        );
        assert_eq!(
            a.kostnader_budget.get(),
            budget + admin_budget.unwrap_or(0),
            "kostnader enligt budget {}",
            a.year
        );
        assert_eq!(
            (i64::from(a.kvinnor), i64::from(a.man), i64::from(a.antal)),
            (kvinnor, man, antal),
            "deltagare {}",
            a.year
        );
        assert_eq!(
            i64::from(a.utfall_saknas),
            saknas + i64::from(admin_utfall.is_none()),
            "utfall saknas {}",
            a.year
        );
        let view = service.year_view(a.year).expect("year view");
        assert_eq!(a.saldo, view.summering.saldo_utfall, "saldo {}", a.year);
        assert_eq!(
            a.utfall_saknas as usize, view.summering.utfall_saknas,
            "{}",
            a.year
        );
    }
}
