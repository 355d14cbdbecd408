//! Test support: the runner of the property tests, with as many cases as `PROPTEST_CASES`
//! asks for (CI's deep run sets it) or the test's own default, and no failure files.

use proptest::test_runner::{Config, TestRunner};

/// The number of cases: `PROPTEST_CASES` when set, else `default`.
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A property-test runner of [`proptest_cases`]`(default)` cases that writes no files.
pub fn proptest_runner(default: u32) -> TestRunner {
    TestRunner::new(Config {
        cases: proptest_cases(default),
        failure_persistence: None,
        ..Config::default()
    })
}
