//! The injectable clock: a fixed "today" for tests, the system clock otherwise.

use finsamkollen_core::Clock;

use crate::support::date;

#[test]
fn clock_override_fixes_today() {
    let clock = Clock::from_override(Some("2026-04-15")).expect("valid override");
    assert!(clock.is_fixed());
    assert_eq!(clock.today(), date("2026-04-15"));
}

#[test]
fn clock_without_override_is_the_system_clock() {
    for value in [None, Some(""), Some("  ")] {
        let clock = Clock::from_override(value).expect("system");
        assert!(!clock.is_fixed());
        assert_eq!(clock, Clock::system());
    }
}

#[test]
fn clock_invalid_override_is_refused() {
    let error = Clock::from_override(Some("15 april")).expect_err("invalid");
    assert_eq!(error.code(), "clock_override");
}
