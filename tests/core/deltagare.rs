//! Deltagare: participant counts per insats and year, counts only (domain spec D1, B1,
//! Y1–Y3).

use finsamkollen_core::domain::insats::{DeltagareYear, Inriktning, NewInsats};
use finsamkollen_core::{Clock, Service};

use crate::support::{
    codes, count_rows, counts, date, file_with_insats, new_insats, service_at,
    service_with_forbund, update_of_insats, CreateWhenOpen,
};

const TODAY: &str = "2026-11-24";

/// A förbund with one insats from `input`; its id.
fn service_with(input: impl FnOnce(&Service) -> NewInsats) -> (Service, i64) {
    let mut service = service_with_forbund(TODAY);
    let new = input(&service);
    let id = service.create_insats_when_open(new).expect("create").id;
    (service, id)
}

/// An ongoing individinriktad insats from 2024-03-01.
fn individ() -> (Service, i64) {
    service_with(|s| new_insats(s, "Steget vidare", Inriktning::Individinriktad))
}

/// An ongoing strukturövergripande insats from 2024-03-01 that follows participants.
fn structural_following() -> (Service, i64) {
    service_with(|s| new_insats(s, "Samverkansteam", Inriktning::Strukturovergripande))
}

fn year(service: &Service, id: i64, year: i32) -> DeltagareYear {
    service
        .insats(id)
        .expect("read")
        .deltagare
        .into_iter()
        .find(|d| d.year == year)
        .expect("the year is shown")
}

fn years(service: &Service, id: i64) -> Vec<i32> {
    service
        .insats(id)
        .expect("read")
        .deltagare
        .iter()
        .map(|d| d.year)
        .collect()
}

// --- Kinds of counts ---------------------------------------------------------------------

#[test]
fn d1_individinriktad_saves_kvinnor_and_man_per_year() {
    let (mut service, id) = individ();
    let saved = service
        .save_deltagare(counts(id, 2026, "12", "1 204", ""))
        .expect("saved");
    let y2026 = saved
        .deltagare
        .iter()
        .find(|d| d.year == 2026)
        .expect("2026");
    assert_eq!(
        (y2026.kvinnor, y2026.man, y2026.antal),
        (Some(12), Some(1204), None)
    );
    assert!(y2026.redigerbar);
    assert_eq!(y2026.status, "Öppen för ändringar t.o.m. 15 april 2027");
    assert_eq!(&year(&service, id, 2026), y2026);

    service
        .save_deltagare(counts(id, 2027, "3", "0", ""))
        .expect("next year");
    let y2027 = year(&service, id, 2027);
    assert_eq!((y2027.kvinnor, y2027.man), (Some(3), Some(0)));
    // Other years are shown, without counts.
    let y2024 = year(&service, id, 2024);
    assert_eq!((y2024.kvinnor, y2024.man, y2024.antal), (None, None, None));
    assert!(!y2024.redigerbar, "Y1: 2024 is locked");
}

#[test]
fn d1_counts_are_shown_for_each_year_the_insats_runs() {
    // Ongoing: from its start year to next year.
    let (service, id) = individ();
    assert_eq!(years(&service, id), [2024, 2025, 2026, 2027]);
    // A planned end limits the years.
    let (service, id) = service_with(|s| NewInsats {
        slutdatum: "2025-06-30".into(),
        ..new_insats(s, "Steget vidare", Inriktning::Individinriktad)
    });
    assert_eq!(years(&service, id), [2024, 2025]);
    // A planned end far ahead still stops at next year (Y2).
    let (service, id) = service_with(|s| NewInsats {
        slutdatum: "2030-12-31".into(),
        ..new_insats(s, "Steget vidare", Inriktning::Individinriktad)
    });
    assert_eq!(years(&service, id), [2024, 2025, 2026, 2027]);
    // Starting next year: only next year.
    let (service, id) = service_with(|s| NewInsats {
        startdatum: "2027-02-01".into(),
        ..new_insats(s, "Steget vidare", Inriktning::Individinriktad)
    });
    assert_eq!(years(&service, id), [2027]);
}

#[test]
fn d1_individinriktad_takes_no_antal() {
    let (mut service, id) = individ();
    let error = service
        .save_deltagare(counts(id, 2026, "1", "2", "3"))
        .expect_err("antal");
    assert_eq!(codes(&error), ["count_not_for_insats"]);
    assert_eq!(error.field(), Some("antal"));
    assert_eq!(
        error.to_string(),
        "En individinriktad insats redovisar kvinnor och män, inte antal."
    );
    assert_eq!(count_rows(&service, "SELECT count(*) FROM deltagare"), 0);
}

#[test]
fn d1_strukturovergripande_with_follow_up_saves_antal() {
    let (mut service, id) = structural_following();
    service
        .save_deltagare(counts(id, 2026, "", "", "37"))
        .expect("antal");
    let y2026 = year(&service, id, 2026);
    assert_eq!(
        (y2026.kvinnor, y2026.man, y2026.antal),
        (None, None, Some(37))
    );
}

#[test]
fn d1_strukturovergripande_takes_no_kvinnor_or_man() {
    let (mut service, id) = structural_following();
    for input in [
        counts(id, 2026, "3", "", "37"),
        counts(id, 2026, "", "4", ""),
    ] {
        let error = service.save_deltagare(input).expect_err("kvinnor/män");
        assert_eq!(codes(&error), ["count_not_for_insats"]);
        assert_eq!(error.field(), Some("kvinnor"));
        assert_eq!(
            error.to_string(),
            "En strukturövergripande insats redovisar antal, inte kvinnor och män."
        );
    }
    assert_eq!(count_rows(&service, "SELECT count(*) FROM deltagare"), 0);
}

#[test]
fn b1_insats_without_follow_up_takes_no_counts() {
    let (mut service, id) = service_with(|s| NewInsats {
        foljer_deltagare: false,
        ..new_insats(s, "Kompetenslyftet", Inriktning::Strukturovergripande)
    });
    let error = service
        .save_deltagare(counts(id, 2026, "", "", "5"))
        .expect_err("B1");
    assert_eq!(error.code(), "b1_no_follow_up");
    assert_eq!(
        error.to_string(),
        "Insatsen följer inte upp deltagare, så inga antal kan registreras."
    );
    assert!(service.insats(id).expect("read").deltagare.is_empty());
    assert_eq!(count_rows(&service, "SELECT count(*) FROM deltagare"), 0);
}

// --- D1: the numbers ---------------------------------------------------------------------

#[test]
fn d1_counts_must_be_whole_numbers_of_zero_or_more() {
    let (mut service, id) = individ();
    for (kvinnor, man, field) in [
        ("-1", "2", "kvinnor"),
        ("2", "1,5", "man"),
        ("tolv", "2", "kvinnor"),
        ("2", "1.5", "man"),
        ("2", "3e2", "man"),
    ] {
        let error = service
            .save_deltagare(counts(id, 2026, kvinnor, man, ""))
            .expect_err(kvinnor);
        assert_eq!(codes(&error), ["d1_count_format"], "{kvinnor} {man}");
        assert_eq!(error.field(), Some(field), "{kvinnor} {man}");
        assert_eq!(
            error.to_string(),
            "Ange antalet som ett heltal, 0 eller mer."
        );
    }
    let (mut structural, sid) = structural_following();
    let error = structural
        .save_deltagare(counts(sid, 2026, "", "", "tio"))
        .expect_err("letters");
    assert_eq!(codes(&error), ["d1_count_format"]);
    assert_eq!(error.field(), Some("antal"));
    assert_eq!(count_rows(&service, "SELECT count(*) FROM deltagare"), 0);
    assert_eq!(count_rows(&structural, "SELECT count(*) FROM deltagare"), 0);
}

#[test]
fn d1_both_wrong_counts_are_reported_together() {
    let (mut service, id) = individ();
    let error = service
        .save_deltagare(counts(id, 2026, "-1", "x", ""))
        .expect_err("two errors");
    assert_eq!(codes(&error), ["d1_count_format", "d1_count_format"]);
}

#[test]
fn d1_zero_is_a_count() {
    let (mut service, id) = individ();
    service
        .save_deltagare(counts(id, 2026, "0", " 0 ", ""))
        .expect("zeros");
    let y2026 = year(&service, id, 2026);
    assert_eq!((y2026.kvinnor, y2026.man), (Some(0), Some(0)));
}

#[test]
fn d1_counts_only_for_years_the_insats_runs() {
    let (mut service, id) = service_with(|s| NewInsats {
        slutdatum: "2026-06-30".into(),
        ..new_insats(s, "Steget vidare", Inriktning::Individinriktad)
    });
    for year in [2023, 2027] {
        let error = service
            .save_deltagare(counts(id, year, "1", "1", ""))
            .expect_err("not running");
        assert_eq!(error.code(), "d1_not_running", "{year}");
        assert_eq!(
            error.to_string(),
            format!("Insatsen pågick inte under {year}.")
        );
    }
    assert_eq!(count_rows(&service, "SELECT count(*) FROM deltagare"), 0);
}

#[test]
fn d1_empty_counts_remove_the_year() {
    let (mut service, id) = individ();
    service
        .save_deltagare(counts(id, 2026, "12", "14", ""))
        .expect("saved");
    service
        .save_deltagare(counts(id, 2026, "", " ", ""))
        .expect("emptied");
    let y2026 = year(&service, id, 2026);
    assert_eq!((y2026.kvinnor, y2026.man, y2026.antal), (None, None, None));
    assert_eq!(count_rows(&service, "SELECT count(*) FROM deltagare"), 0);
}

#[test]
fn d1_one_count_may_be_left_empty() {
    let (mut service, id) = individ();
    service
        .save_deltagare(counts(id, 2026, "12", "", ""))
        .expect("saved");
    let y2026 = year(&service, id, 2026);
    assert_eq!((y2026.kvinnor, y2026.man), (Some(12), None));
}

#[test]
fn d1_dates_can_not_move_so_that_counts_fall_outside() {
    let (mut service, id) = individ();
    // On a day 2024 and 2025 were still open (2026 filled in in advance), so that only D1
    // refuses these dates: once those years are locked, Y6 refuses them too.
    service.set_clock(Clock::fixed(date("2025-04-15")));
    service
        .save_deltagare(counts(id, 2026, "12", "14", ""))
        .expect("saved");
    let before = service.insats(id).expect("read");
    for (start, end) in [("2024-03-01", "2025-12-31"), ("2027-01-01", "")] {
        let mut update = update_of_insats(&service, id);
        update.fields.startdatum = start.into();
        update.fields.slutdatum = end.into();
        update.fields.namn = "Nytt namn".into();
        let error = service.update_insats(update).expect_err("counts outside");
        assert_eq!(codes(&error), ["d1_counts_outside_run"], "{start}–{end}");
        assert_eq!(
            error.to_string(),
            "Det finns deltagare registrerade för 2026, utanför insatsens datum."
        );
        assert_eq!(service.insats(id).expect("read"), before);
    }
    // Dates that still cover 2026 are fine.
    let mut update = update_of_insats(&service, id);
    update.fields.slutdatum = "2026-01-01".into();
    service.update_insats(update).expect("2026 still covered");
}

// --- Y1–Y3: which years can be changed today ---------------------------------------------

#[test]
fn y1_counts_for_last_year_can_be_changed_until_15_april() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("forbund.finsam");
    let id = file_with_insats(&path, "2026-04-15");
    {
        let mut on_deadline = service_at(&path, "2026-04-15");
        on_deadline
            .save_deltagare(counts(id, 2025, "10", "11", ""))
            .expect("15 April is included");
        assert!(year(&on_deadline, id, 2025).redigerbar);
    }

    let mut after = service_at(&path, "2026-04-16");
    for input in [
        counts(id, 2025, "20", "21", ""),
        counts(id, 2025, "", "", ""),
    ] {
        let error = after.save_deltagare(input).expect_err("locked");
        assert_eq!(error.code(), "y1_locked");
        assert_eq!(
            error.to_string(),
            "Deltagare för 2025 kan inte ändras efter den 15 april 2026."
        );
    }
    // Y4: still readable.
    let y2025 = year(&after, id, 2025);
    assert_eq!((y2025.kvinnor, y2025.man), (Some(10), Some(11)));
    assert!(!y2025.redigerbar);
    assert_eq!(y2025.status, "Låst sedan 16 april 2026");
    // The current year is open.
    after
        .save_deltagare(counts(id, 2026, "1", "1", ""))
        .expect("2026 open");
}

#[test]
fn y2_next_year_can_be_filled_in_advance() {
    let (mut service, id) = individ();
    service
        .save_deltagare(counts(id, 2027, "5", "6", ""))
        .expect("2027 in advance");
    let y2027 = year(&service, id, 2027);
    assert_eq!((y2027.kvinnor, y2027.man), (Some(5), Some(6)));
    assert!(y2027.redigerbar);
    assert_eq!(
        y2027.status,
        "Kan fyllas i i förväg, öppen för ändringar t.o.m. 15 april 2028"
    );
}

#[test]
fn y2_y3_the_year_after_next_is_refused() {
    let (mut service, id) = individ();
    let error = service
        .save_deltagare(counts(id, 2028, "5", "6", ""))
        .expect_err("2028");
    assert_eq!(error.code(), "y2_not_open");
    assert_eq!(
        error.to_string(),
        "Deltagare för 2028 kan inte fyllas i ännu: bara nästa år kan fyllas i i förväg."
    );
    assert_eq!(count_rows(&service, "SELECT count(*) FROM deltagare"), 0);
}
