//! "Avsluta insats": the end date, and that ending is final (domain spec I5, D1, D2).

use finsamkollen_core::domain::insats::{EndInsats, Inriktning, InsatsStatus, NewInsats};
use finsamkollen_core::{Clock, Service};

use crate::support::{
    avsluta, codes, count_rows, counts, date, new_insats, raw_sql, service_with_forbund,
    service_with_insats, structural, update_of_insats, CreateWhenOpen,
};

const TODAY: &str = "2026-11-24";

/// An ended insats with counts for 2026 entered before it ended.
fn avslutad_with_counts() -> (Service, i64) {
    let (mut service, id) = service_with_insats(TODAY);
    service
        .save_deltagare(counts(id, 2026, "7", "9", ""))
        .expect("counts");
    avsluta(&mut service, id, "2026-10-31").expect("avsluta");
    (service, id)
}

// --- Ending ------------------------------------------------------------------------------

#[test]
fn i5_avsluta_sets_the_end_date_and_status_avslutad() {
    let (mut service, id) = service_with_insats(TODAY);
    let ended = avsluta(&mut service, id, "2026-10-31").expect("avsluta");
    assert_eq!(ended.status, InsatsStatus::Avslutad);
    assert_eq!(ended.slutdatum, Some(date("2026-10-31")));
    assert_eq!(service.insats(id).expect("read"), ended);
}

#[test]
fn i5_avsluta_today_is_allowed() {
    let (mut service, id) = service_with_insats(TODAY);
    let ended = avsluta(&mut service, id, TODAY).expect("today");
    assert_eq!(ended.slutdatum, Some(date(TODAY)));
}

#[test]
fn i5_avsluta_replaces_a_planned_end_date() {
    let mut service = service_with_forbund(TODAY);
    let id = service
        .create_insats_when_open(NewInsats {
            slutdatum: "2027-12-31".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("create")
        .id;
    let ended = avsluta(&mut service, id, "2026-05-31").expect("avsluta early");
    assert_eq!(ended.slutdatum, Some(date("2026-05-31")));
    assert_eq!(ended.status, InsatsStatus::Avslutad);
}

#[test]
fn i5_avsluta_after_today_is_refused() {
    let (mut service, id) = service_with_insats(TODAY);
    let before = service.insats(id).expect("read");
    let error = avsluta(&mut service, id, "2026-11-25").expect_err("tomorrow");
    assert_eq!(error.code(), "end_after_today");
    assert_eq!(error.field(), Some("slutdatum"));
    assert_eq!(
        error.to_string(),
        "Slutdatumet kan inte vara senare än i dag, 2026-11-24."
    );
    assert_eq!(service.insats(id).expect("read"), before);
}

#[test]
fn i5_avsluta_before_the_start_is_refused() {
    let (mut service, id) = service_with_insats(TODAY);
    // On a day 2024 was still open: Y6 refuses an end date in a locked year.
    service.set_clock(Clock::fixed(date("2025-04-15")));
    let before = service.insats(id).expect("read");
    let error = avsluta(&mut service, id, "2024-02-29").expect_err("before start");
    assert_eq!(error.code(), "end_before_start");
    assert_eq!(error.field(), Some("slutdatum"));
    assert_eq!(service.insats(id).expect("read"), before);
    // Ending on the start day is allowed.
    avsluta(&mut service, id, "2024-03-01").expect("start day");
}

#[test]
fn i5_avsluta_twice_is_refused() {
    let (mut service, id) = service_with_insats(TODAY);
    avsluta(&mut service, id, "2026-10-31").expect("first");
    let error = avsluta(&mut service, id, "2026-11-01").expect_err("second");
    assert_eq!(error.code(), "i5_avslutad");
    assert_eq!(
        service.insats(id).expect("read").slutdatum,
        Some(date("2026-10-31"))
    );
}

#[test]
fn d1_avsluta_is_refused_when_counts_exist_after_the_new_end() {
    let (mut service, id) = service_with_insats(TODAY);
    service
        .save_deltagare(counts(id, 2027, "1", "2", ""))
        .expect("Y2: next year in advance");
    let error = avsluta(&mut service, id, "2026-10-31").expect_err("2027 counts");
    assert_eq!(codes(&error), ["d1_counts_outside_run"]);
    assert_eq!(error.field(), Some("slutdatum"));
    assert_eq!(
        error.to_string(),
        "Det finns deltagare registrerade för 2027, utanför insatsens datum."
    );
    assert_eq!(
        service.insats(id).expect("read").status,
        InsatsStatus::Pagaende
    );
    // With the 2027 counts removed, the insats can end.
    service
        .save_deltagare(counts(id, 2027, "", "", ""))
        .expect("remove");
    avsluta(&mut service, id, "2026-10-31").expect("avsluta");
}

// --- I5: final ---------------------------------------------------------------------------

#[test]
fn i5_avslutad_insats_can_not_be_saved_even_unchanged() {
    let (mut service, id) = avslutad_with_counts();
    let before = service.insats(id).expect("read");
    let error = service
        .update_insats(update_of_insats(&service, id))
        .expect_err("unchanged save");
    assert_eq!(error.code(), "i5_avslutad");
    let mut renamed = update_of_insats(&service, id);
    renamed.fields.namn = "Nytt namn".into();
    let error = service.update_insats(renamed).expect_err("rename");
    assert_eq!(error.code(), "i5_avslutad");
    assert_eq!(service.insats(id).expect("read"), before);
}

#[test]
fn i5_d2_avslutad_insats_takes_no_participant_counts() {
    let (mut service, id) = avslutad_with_counts();
    for input in [
        counts(id, 2026, "8", "9", ""),
        counts(id, 2025, "1", "1", ""),
        counts(id, 2026, "", "", ""),
    ] {
        let error = service.save_deltagare(input).expect_err("frozen");
        assert_eq!(error.code(), "i5_avslutad");
    }
    let y2026 = service
        .insats(id)
        .expect("read")
        .deltagare
        .into_iter()
        .find(|d| d.year == 2026)
        .expect("2026");
    assert_eq!((y2026.kvinnor, y2026.man), (Some(7), Some(9)));
}

#[test]
fn d2_counts_entered_before_avslut_are_shown_frozen() {
    let (service, id) = avslutad_with_counts();
    let read = service.insats(id).expect("read");
    let years: Vec<i32> = read.deltagare.iter().map(|d| d.year).collect();
    assert_eq!(years, [2024, 2025, 2026]);
    assert!(read.deltagare.iter().all(|d| !d.redigerbar));
    let y2026 = read
        .deltagare
        .iter()
        .find(|d| d.year == 2026)
        .expect("2026");
    assert_eq!(
        (y2026.kvinnor, y2026.man, y2026.antal),
        (Some(7), Some(9), None)
    );
    assert_eq!(y2026.status, "Insatsen är avslutad: antalen är låsta");
}

#[test]
fn i5_database_refuses_reactivating_or_changing_an_avslutad_insats() {
    let (service, id) = avslutad_with_counts();
    let before = service.insats(id).expect("read");
    for sql in [
        format!("UPDATE insats SET avslutad = 0 WHERE id = {id}"),
        format!("UPDATE insats SET namn = 'x' WHERE id = {id}"),
        format!("UPDATE insats SET slutdatum = '2026-11-01' WHERE id = {id}"),
    ] {
        // Raw SQL: the database's I5 trigger is under test, so the writes go past the core.
        let error = raw_sql(&service, &sql).expect_err(&sql);
        assert_eq!(error.code(), "i5_avslutad", "{sql}: {error}");
    }
    assert_eq!(service.insats(id).expect("read"), before);
}

#[test]
fn d2_database_refuses_writing_counts_of_an_avslutad_insats() {
    let (service, id) = avslutad_with_counts();
    for sql in [
        format!("INSERT INTO deltagare (insats_id, ar, kvinnor, man) VALUES ({id}, 2025, 1, 1)"),
        format!("UPDATE deltagare SET kvinnor = 70 WHERE insats_id = {id}"),
        format!("DELETE FROM deltagare WHERE insats_id = {id}"),
    ] {
        // Raw SQL: the database's I5 trigger is under test, so the writes go past the core.
        let error = raw_sql(&service, &sql).expect_err(&sql);
        assert_eq!(error.code(), "i5_avslutad", "{sql}: {error}");
    }
    assert_eq!(
        count_rows(
            &service,
            &format!("SELECT count(*) FROM deltagare WHERE insats_id = {id} AND kvinnor = 7")
        ),
        1
    );
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM deltagare"),
        1,
        "nothing added"
    );
}

#[test]
fn i5_database_refuses_deleting_any_insats() {
    let (mut service, ongoing) = service_with_insats(TODAY);
    let ended = service
        .create_insats_when_open(new_insats(
            &service,
            "Nästa steg",
            Inriktning::Strukturovergripande,
        ))
        .expect("create")
        .id;
    avsluta(&mut service, ended, "2026-10-31").expect("avsluta");
    for id in [ongoing, ended] {
        let sql = format!("DELETE FROM insats WHERE id = {id}");
        // Raw SQL: no use case deletes an insats; the database's trigger refuses it on its own.
        let error = raw_sql(&service, &sql).expect_err(&sql);
        assert_eq!(error.code(), "insats_no_delete", "{error}");
        service.insats(id).expect("still there");
    }
    assert!(raw_sql(&service, "DELETE FROM insats").is_err());
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 2);
}

// --- D2: warned before the counts freeze (issue 27) ---------------------------------------

#[test]
fn d2_avsluta_warns_when_the_end_years_counts_are_empty_or_incomplete() {
    use finsamkollen_core::domain::insats::Antalsfalt;
    let (mut service, id) = service_with_insats(TODAY);
    let empty = service.avslut_antal(id, "2026-10-31").expect("empty");
    assert_eq!(empty.year, Some(2026));
    assert_eq!(empty.saknas, vec![Antalsfalt::Kvinnor, Antalsfalt::Man]);
    assert!(empty.kan_fyllas, "2026 is open for changes");
    assert_eq!(
        empty.varning.as_deref(),
        Some(
            "Deltagarantalen för 2026 är tomma. Fyll i dem nedan innan du avslutar: efteråt \
             kan inga deltagare läggas till."
        )
    );
    service
        .save_deltagare(counts(id, 2026, "7", "", ""))
        .expect("kvinnor only");
    let partial = service.avslut_antal(id, "2026-10-31").expect("partial");
    assert_eq!(partial.saknas, vec![Antalsfalt::Man]);
    assert!(partial
        .varning
        .as_deref()
        .is_some_and(|v| v.starts_with("Deltagarantalen för 2026 är ofullständiga: män saknas.")));
    service
        .save_deltagare(counts(id, 2026, "7", "9", ""))
        .expect("complete");
    let complete = service.avslut_antal(id, "2026-10-31").expect("complete");
    assert!(complete.saknas.is_empty() && complete.varning.is_none());
    // The end year decides: ending in 2025, the year before, whose counts are empty.
    let earlier = service.avslut_antal(id, "2025-06-30").expect("2025");
    assert_eq!(earlier.year, Some(2025));
    assert_eq!(earlier.saknas.len(), 2);
    let unreadable = service.avslut_antal(id, "2026-13-01").expect("unreadable");
    assert_eq!(unreadable.year, None);
    assert!(unreadable.varning.is_none());
}

#[test]
fn d2_avsluta_locks_the_counts_of_the_years_up_to_the_end_year_only() {
    let (mut service, id) = service_with_insats(TODAY);
    service
        .save_deltagare(counts(id, 2026, "3", "4", ""))
        .expect("2026 counts");
    let years = |lasta: &[finsamkollen_core::domain::insats::DeltagareYear]| {
        lasta.iter().map(|y| y.year).collect::<Vec<_>>()
    };
    // The open-ended insats's panel offers next year in advance (Y2) ...
    let panel = service.insats(id).expect("panel");
    assert_eq!(years(&panel.deltagare), vec![2024, 2025, 2026, 2027]);
    // ... but ending it this year locks the years up to this one, never 2027.
    let this_year = service.avslut_antal(id, "2026-10-31").expect("2026");
    assert_eq!(years(&this_year.lasta), vec![2024, 2025, 2026]);
    let stored = &this_year.lasta[2];
    assert_eq!(
        (stored.kvinnor, stored.man, stored.totalt),
        (Some(3), Some(4), Some(7))
    );
    let last_year = service.avslut_antal(id, "2025-06-30").expect("2025");
    assert_eq!(years(&last_year.lasta), vec![2024, 2025]);
    // While the date cannot be read, the years up to today's: an end is never after today.
    let unreadable = service.avslut_antal(id, "2026-13").expect("unreadable");
    assert_eq!(years(&unreadable.lasta), vec![2024, 2025, 2026]);
    let without = structural(&mut service, "Nätverket", false);
    let none = service
        .avslut_antal(without, "2026-10-31")
        .expect("no follow-up");
    assert!(none.lasta.is_empty(), "no participant follow-up, no counts");
}

#[test]
fn d2_avsluta_with_counts_saves_both_and_freezes_the_counts() {
    let (mut service, id) = service_with_insats(TODAY);
    let ended = service
        .end_insats_with_counts(
            EndInsats {
                id,
                slutdatum: "2026-06-30".into(),
            },
            counts(id, 2026, "4", "5", ""),
        )
        .expect("end with counts");
    assert_eq!(ended.status, InsatsStatus::Avslutad);
    let year = ended
        .deltagare
        .iter()
        .find(|y| y.year == 2026)
        .expect("2026 counts");
    assert_eq!((year.kvinnor, year.man), (Some(4), Some(5)));
    assert!(!year.redigerbar, "frozen");
    let later = service.save_deltagare(counts(id, 2026, "6", "5", ""));
    assert_eq!(codes(&later.expect_err("frozen")), vec!["i5_avslutad"]);
}

#[test]
fn d2_a_refused_end_with_counts_saves_nothing() {
    let (mut service, id) = service_with_insats(TODAY);
    let refused = service.end_insats_with_counts(
        EndInsats {
            id,
            slutdatum: "2027-01-31".into(),
        },
        counts(id, 2026, "4", "5", ""),
    );
    assert!(refused.is_err(), "an end after today is refused");
    let detail = service.insats(id).expect("read");
    assert_eq!(detail.status, InsatsStatus::Pagaende);
    assert!(
        detail
            .deltagare
            .iter()
            .all(|y| y.kvinnor.is_none() && y.man.is_none()),
        "the counts were not saved either"
    );
    let bad_count = service.end_insats_with_counts(
        EndInsats {
            id,
            slutdatum: "2026-06-30".into(),
        },
        counts(id, 2026, "fyra", "5", ""),
    );
    assert!(bad_count.is_err());
    assert_eq!(
        service.insats(id).expect("read").status,
        InsatsStatus::Pagaende
    );
}
