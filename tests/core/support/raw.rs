//! Test support: the raw SQL a test may use to go past the core — a statement the core's
//! own checks would refuse (so the database's triggers and the rules' reads are tested on
//! their own), and counts of stored rows read independently of the core's reads. A test
//! that reaches for raw SQL says why in a `// Raw SQL:` comment (the `harness` test checks).

use finsamkollen_core::{CoreError, Service};

/// Runs one SQL statement directly on the data file, past every Rust check, mapping a
/// refusal the way the core does.
pub fn raw_sql(service: &Service, sql: &str) -> Result<usize, CoreError> {
    // Raw SQL: for tests that must go past every Rust check (the database's own triggers).
    service
        .raw_db()
        .conn()
        .execute(sql, [])
        .map_err(CoreError::from)
}

/// Runs SQL statements directly on the data file, which must accept them: data the use
/// cases would refuse now (a past year's figures, a historic organisation).
pub fn sql(service: &Service, statements: &str) {
    // Raw SQL: test data the use cases would refuse, so the rule that reads it is tested.
    service
        .raw_db()
        .conn()
        .execute_batch(statements)
        .expect("test data");
}

/// How many rows a query counts.
pub fn count_rows(service: &Service, sql: &str) -> i64 {
    // Raw SQL: counts the tests assert on, read independently of the core's reads.
    service
        .raw_db()
        .conn()
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
}

/// How many insatser the data file holds, counted independently of the core's reads.
pub fn insatser(service: &Service) -> i64 {
    count_rows(service, "SELECT count(*) FROM insats")
}
