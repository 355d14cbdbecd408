//! Y1: a year's period and status, open until 15 April the year after.

use finsamkollen_core::domain::year::{Period, YearStatus};
use finsamkollen_core::rules::year::{deadline, default_year, has_ended, selectable_years};

use crate::support::date;

fn period(start: &str, end: Option<&str>) -> Period {
    Period {
        start: date(start),
        end: end.map(date),
    }
}

fn status(year: i32, today: &str) -> YearStatus {
    YearStatus::of(year, date(today), &period("2015-03-01", None))
}

#[test]
fn y1_year_is_open_until_15_april_next_year_inclusive() {
    assert_eq!(deadline(2025), date("2026-04-15"));
    assert_eq!(
        status(2025, "2026-04-15"),
        YearStatus::Open {
            until: date("2026-04-15")
        }
    );
    assert!(status(2025, "2026-04-15").is_editable());
    assert_eq!(
        status(2025, "2026-04-16"),
        YearStatus::Locked {
            since: date("2026-04-16")
        }
    );
    assert!(!status(2025, "2026-04-16").is_editable());
    assert!(status(2026, "2026-01-01").is_editable());
}

#[test]
fn y1_status_labels_say_until_or_since_when() {
    assert_eq!(
        status(2026, "2026-11-24").label(),
        "Öppen för ändringar t.o.m. 15 april 2027"
    );
    assert_eq!(
        status(2024, "2026-11-24").label(),
        "Låst sedan 16 april 2025"
    );
}

#[test]
fn y2_next_year_can_be_filled_in_advance_but_not_later_years() {
    let advance = status(2027, "2026-11-24");
    assert_eq!(
        advance,
        YearStatus::Advance {
            until: date("2028-04-15")
        }
    );
    assert!(advance.is_editable());
    assert!(advance.label().starts_with("Kan fyllas i i förväg"));
    let later = status(2028, "2026-11-24");
    assert_eq!(
        later,
        YearStatus::NotYetOpen {
            opens: date("2027-01-01")
        }
    );
    assert!(!later.is_editable());
}

#[test]
fn y3_no_year_before_start_year_or_after_end_year() {
    let ceased = period("2015-03-01", Some("2025-06-30"));
    let today = date("2025-09-01");
    assert_eq!(
        YearStatus::of(2014, today, &ceased),
        YearStatus::OutsidePeriod
    );
    assert_eq!(
        YearStatus::of(2026, today, &ceased),
        YearStatus::OutsidePeriod
    );
    assert!(matches!(
        YearStatus::of(2015, today, &ceased),
        YearStatus::Locked { .. }
    ));
    assert!(YearStatus::of(2025, today, &ceased).is_editable());
    assert!(!YearStatus::of(2014, today, &ceased).is_editable());
}

#[test]
fn y4_locked_year_is_still_listed_in_the_picker() {
    let years = selectable_years(date("2026-11-24"), &period("2019-01-01", None));
    assert!(years.contains(&2019));
    assert!(!YearStatus::of(2019, date("2026-11-24"), &period("2019-01-01", None)).is_editable());
}

#[test]
fn y5_year_picker_lists_start_year_to_next_year() {
    assert_eq!(
        selectable_years(date("2026-11-24"), &period("2022-05-01", None)),
        vec![2022, 2023, 2024, 2025, 2026, 2027]
    );
    // Y3 too: not past the slutdatum year.
    assert_eq!(
        selectable_years(
            date("2026-11-24"),
            &period("2022-05-01", Some("2024-12-31"))
        ),
        vec![2022, 2023, 2024]
    );
    // A förbund that starts next year still has its start year.
    assert_eq!(
        selectable_years(date("2026-11-24"), &period("2027-01-01", None)),
        vec![2027]
    );
}

#[test]
fn y5_default_year_is_the_year_being_reported() {
    let p = period("2019-01-01", None);
    assert_eq!(default_year(date("2026-04-15"), &p), 2025);
    assert_eq!(default_year(date("2026-04-16"), &p), 2026);
    assert_eq!(default_year(date("2026-11-24"), &p), 2026);
    // Never a year before the förbund started.
    assert_eq!(
        default_year(date("2026-02-01"), &period("2026-01-01", None)),
        2026
    );
}

#[test]
fn y7_a_year_has_ended_only_after_31_december() {
    assert!(!has_ended(2026, date("2026-01-01")));
    assert!(
        !has_ended(2026, date("2026-12-31")),
        "the last day still runs"
    );
    assert!(has_ended(2026, date("2027-01-01")));
    assert!(
        has_ended(2025, date("2026-03-01")),
        "last year, being reported"
    );
    assert!(
        !has_ended(2027, date("2026-03-01")),
        "next year, filled in advance"
    );
}
