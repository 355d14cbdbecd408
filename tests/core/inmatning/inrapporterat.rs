//! R1: emptied counts and inrapporterat records.

use super::*;

#[test]
fn r1_a_count_emptied_after_it_was_ticked_is_marked_as_missing_now() {
    let (mut service, steget, _, _) = year_2026();
    let key = format!("insats-{steget}.kvinnor");
    tick(&mut service, &key, true);
    service
        .save_deltagare(counts(steget, 2026, "", "9", ""))
        .expect("counts");
    let vy = service.inmatning(2026).expect("view");
    let andrat = rad(&vy, &key)
        .inmatat
        .as_ref()
        .expect("present")
        .andrat
        .clone()
        .expect("present");
    assert_eq!(
        (andrat.gammalt.as_str(), andrat.nytt.as_str()),
        ("12", "Saknas")
    );
}

#[test]
fn r1_ticking_again_takes_the_new_value_and_day() {
    let (mut service, steget, _, _) = year_2026();
    let key = format!("insats-{steget}.budget");
    tick(&mut service, &key, true);
    set_budget(&mut service, steget, "650 000");
    service.set_clock(Clock::fixed(date("2026-11-30")));
    let vy = tick(&mut service, &key, true);
    let inmatat = rad(&vy, &key).inmatat.clone().expect("present");
    assert_eq!(inmatat.datum, date("2026-11-30"));
    assert_eq!(inmatat.varde, "650\u{a0}000 kr");
    assert_eq!(inmatat.andrat, None);
    let sida = service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Year { year: 2026 },
            fore: None,
        })
        .expect("historik");
    let andring = &sida.handlingar[0].andringar[0];
    assert_eq!(andring.gammalt.as_deref(), Some("2026-11-24, 600000"));
    assert_eq!(andring.nytt.as_deref(), Some("2026-11-30, 650000"));
}

#[test]
fn r1_taking_the_tick_away_forgets_it_and_history_records_it() {
    let (mut service, steget, _, _) = year_2026();
    let key = format!("insats-{steget}.utfall");
    let vy = tick(&mut service, &key, true);
    assert_eq!(
        rad(&vy, &key).inmatat.as_ref().expect("present").varde,
        "Saknas"
    );
    let vy = tick(&mut service, &key, false);
    assert_eq!(rad(&vy, &key).inmatat, None);
    assert_eq!(vy.inmatade, 0);
    assert_eq!(count_rows(&service, "SELECT count(*) FROM inmatning"), 0);
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik WHERE tabell = 'inmatning' AND nytt IS NULL \
             AND gammalt = '2026-11-24, tomt'"
        ),
        1
    );
}

#[test]
fn r1_andrat_efter_inmatning_compares_the_keyed_value_with_the_value_now() {
    assert_eq!(andrat_efter_inmatning(Some(5), Some(5)), None);
    assert_eq!(andrat_efter_inmatning(None, None), None);
    assert_eq!(
        andrat_efter_inmatning(Some(5), Some(6)),
        Some((Some(5), Some(6)))
    );
    assert_eq!(andrat_efter_inmatning(None, Some(0)), Some((None, Some(0))));
    assert_eq!(andrat_efter_inmatning(Some(0), None), Some((Some(0), None)));
}

#[test]
fn inmatning_a_row_the_year_does_not_show_cannot_be_ticked() {
    let (mut service, _, _, analysen) = year_2026();
    for key in [
        format!("insats-{analysen}.kvinnor"),
        "medel.annat".to_owned(),
        "insats-999.budget".to_owned(),
    ] {
        let error = service
            .set_inmatat(InmatatInput {
                year: 2026,
                key: key.clone(),
                inmatat: true,
            })
            .expect_err(&key);
        assert_eq!(codes(&error), ["not_found"], "{key}");
    }
    assert_eq!(count_rows(&service, "SELECT count(*) FROM inmatning"), 0);
    assert_eq!(
        codes(
            &service
                .set_inmatat(InmatatInput {
                    year: 2031,
                    key: "admin.budget".into(),
                    inmatat: true
                })
                .expect_err("not a year of the picker")
        ),
        ["year_out_of_range"]
    );
}

#[test]
fn inmatning_ticks_may_be_set_in_a_locked_year() {
    let (mut service, _, _, _) = year_2026();
    service.set_clock(Clock::fixed(date("2027-05-02")));
    assert!(
        !service.year_view(2026).expect("present").redigerbar,
        "2026 is locked"
    );
    let vy = tick(&mut service, "admin.budget", true);
    assert_eq!(
        rad(&vy, "admin.budget")
            .inmatat
            .as_ref()
            .expect("present")
            .datum,
        date("2027-05-02")
    );
    assert!(vy.status_text.starts_with("Låst"), "{}", vy.status_text);
}

#[test]
fn inrapporterat_records_the_day_the_check_and_the_hash_of_the_json_report() {
    let (mut service, _, _, _) = year_2026();
    let kontroll = service.forhandskontroll(2026).expect("check");
    let vy = service.mark_inrapporterat(2026).expect("mark");
    assert_eq!(vy.inrapporteringar.len(), 1);
    let post = &vy.inrapporteringar[0];
    assert_eq!(post.datum, date(TODAY));
    assert_eq!(post.fel as usize, kontroll.fel.len());
    assert_eq!(post.varningar as usize, kontroll.varningar.len());
    assert_eq!(post.preliminar, !kontroll.fel.is_empty());
    assert_eq!(post.samma_som_export, None, "nothing exported yet");
    let varningar = match kontroll.varningar.len() {
        1 => "1 varning".to_owned(),
        n => format!("{n} varningar"),
    };
    let preliminar = if kontroll.fel.is_empty() {
        ""
    } else {
        " Rapporten var preliminär."
    };
    assert_eq!(
        post.text,
        format!(
            "2026 markerades som inrapporterat 2026-11-24. Förhandskontrollen hade då {} fel \
             och {varningar}.{preliminar}",
            kontroll.fel.len()
        )
    );
    // The hash is the JSON export's of the same moment; an export that day matches it.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("arsrapport-2026.json");
    let export = service.export_json(2026, &path).expect("export");
    assert_eq!(post.sha256, export.sha256);
    // Raw SQL: the stored report text, which no screen shows, against the exported file.
    let stored: String = service
        .raw_db()
        .conn()
        .query_row("SELECT rapport FROM inrapportering", [], |r| r.get(0))
        .expect("stored report");
    assert_eq!(stored, std::fs::read_to_string(&path).expect("file"));
    let vy = service.inmatning(2026).expect("view");
    assert_eq!(
        vy.inrapporteringar[0].samma_som_export.as_deref(),
        Some(path.display().to_string().as_str())
    );
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik WHERE tabell = 'inrapportering' AND ar = 2026"
        ),
        1
    );
}

#[test]
fn inrapporterat_can_be_marked_again_and_each_record_is_kept_unchanged() {
    let (mut service, steget, _, _) = year_2026();
    let first = service
        .mark_inrapporterat(2026)
        .expect("mark")
        .inrapporteringar;
    set_budget(&mut service, steget, "650 000");
    service.set_clock(Clock::fixed(date("2026-12-01")));
    let vy = service.mark_inrapporterat(2026).expect("mark again");
    assert_eq!(vy.inrapporteringar.len(), 2);
    assert_eq!(
        vy.inrapporteringar[0].datum,
        date("2026-12-01"),
        "newest first"
    );
    assert_ne!(
        vy.inrapporteringar[0].sha256, first[0].sha256,
        "other figures"
    );
    assert_eq!(vy.inrapporteringar[1], first[0]);
    // Raw SQL: the append-only trigger is under test; no use case changes a report.
    let error = raw_sql(&service, "UPDATE inrapportering SET fel = 0").expect_err("append-only");
    assert!(error.to_string().contains("inrapportering_append_only") || !codes(&error).is_empty());
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM inrapportering"),
        2,
        "nothing changed"
    );
}
