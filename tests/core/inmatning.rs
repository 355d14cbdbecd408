//! Inmatning i Uppföljning Finsam (issue 15, part 1): the year's figures in the national
//! system's order and labels, the "Inmatat" ticks with their day and value, R1 "Ändrat
//! efter inmatning", and "Markera året som inrapporterat".

use finsamkollen_core::domain::budget::MedelInput;
use finsamkollen_core::domain::historik::{HistorikFraga, HistorikOmfang};
use finsamkollen_core::domain::inmatning::{InmatatInput, InmatningRad, InmatningVy};
use finsamkollen_core::domain::insats::{Inriktning, NewInsats};
use finsamkollen_core::rules::inmatning::andrat_efter_inmatning;
use finsamkollen_core::{Clock, Service};

use crate::support::{
    cells, codes, count_rows, counts, date, new_insats, raw_sql, running_year_2026, CreateWhenOpen,
};
use finsamkollen_core::domain::budget::BudgetInput;

const TODAY: &str = "2026-11-24";

/// 2026 with "Steget vidare" (individinriktad, counts 12 and 9), "Nätverket"
/// (strukturövergripande with 30 participants) and "Analysen" (no follow-up).
fn year_2026() -> (Service, i64, i64, i64) {
    let (mut service, steget) = running_year_2026(TODAY);
    let structural = |service: &mut Service, namn: &str, foljer_deltagare: bool| {
        let input = NewInsats {
            foljer_deltagare,
            ..new_insats(service, namn, Inriktning::Strukturovergripande)
        };
        service.create_insats_when_open(input).expect("insats").id
    };
    let natverket = structural(&mut service, "Nätverket", true);
    let analysen = structural(&mut service, "Analysen", false);
    service
        .save_deltagare(counts(steget, 2026, "12", "9", ""))
        .expect("counts");
    service
        .save_deltagare(counts(natverket, 2026, "", "", "30"))
        .expect("counts");
    service
        .save_budget(BudgetInput {
            year: 2026,
            rader: vec![
                cells(&format!("insats-{natverket}"), "50 000", "48 000", "25"),
                cells(&format!("insats-{analysen}"), "20 000", "", ""),
            ],
        })
        .expect("budget");
    (service, steget, natverket, analysen)
}

/// A table's heading with each group's heading and row labels.
type Outline = (String, Vec<(Option<String>, Vec<String>)>);

fn rad<'a>(vy: &'a InmatningVy, key: &str) -> &'a InmatningRad {
    vy.sektioner
        .iter()
        .flat_map(|s| &s.grupper)
        .flat_map(|g| &g.rader)
        .find(|r| r.key == key)
        .unwrap_or_else(|| panic!("row {key}"))
}

fn tick(service: &mut Service, key: &str, inmatat: bool) -> InmatningVy {
    service
        .set_inmatat(InmatatInput {
            year: 2026,
            key: key.into(),
            inmatat,
        })
        .expect("tick")
}

fn set_budget(service: &mut Service, steget: i64, budget: &str) {
    service
        .save_budget(BudgetInput {
            year: 2026,
            rader: vec![cells(&format!("insats-{steget}"), budget, "", "20")],
        })
        .expect("budget");
}

#[test]
fn inmatning_lists_the_years_figures_in_uppfoljning_finsams_order_and_labels() {
    let (service, steget, natverket, analysen) = year_2026();
    let vy = service.inmatning(2026).expect("view");
    let outline: Vec<Outline> = vy
        .sektioner
        .iter()
        .map(|s| {
            (
                s.rubrik.clone(),
                s.grupper
                    .iter()
                    .map(|g| {
                        (
                            g.rubrik.clone(),
                            g.rader.iter().map(|r| r.etikett.clone()).collect(),
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let labels = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        outline,
        vec![
            (
                "Medel".to_owned(),
                vec![(
                    None,
                    labels(&[
                        "Medel från samverkansparterna",
                        "Medel från ESF+",
                        "Överskott från föregående år"
                    ])
                )]
            ),
            (
                "Insatser".to_owned(),
                vec![
                    (Some("Analysen".to_owned()), labels(&["Budget", "Utfall"])),
                    (
                        Some("Nätverket".to_owned()),
                        labels(&[
                            "Budget",
                            "Utfall",
                            "Budgeterat antal deltagare",
                            "Antal deltagare"
                        ])
                    ),
                    (
                        Some("Steget vidare".to_owned()),
                        labels(&[
                            "Budget",
                            "Utfall",
                            "Budgeterat antal deltagare",
                            "Kvinnor",
                            "Män"
                        ])
                    ),
                ]
            ),
            (
                "Administrativa kostnader".to_owned(),
                vec![(None, labels(&["Budget", "Utfall"]))]
            ),
        ],
        "the year view's insats order (by name) and Uppföljning Finsam's labels"
    );
    let shown = |key: &str| {
        let r = rad(&vy, key);
        (r.visat.clone(), r.kopia.clone())
    };
    let some = |v: &str, c: &str| (v.to_owned(), Some(c.to_owned()));
    assert_eq!(
        shown("medel.samverkansparterna"),
        some("1\u{a0}000\u{a0}000 kr", "1000000"),
        "copied as plain digits"
    );
    assert_eq!(shown("medel.esf_plus"), some("0 kr", "0"));
    assert_eq!(
        shown(&format!("insats-{steget}.budget")),
        some("600\u{a0}000 kr", "600000")
    );
    assert_eq!(
        shown(&format!("insats-{steget}.utfall")),
        ("Saknas".to_owned(), None)
    );
    assert_eq!(
        shown(&format!("insats-{steget}.budgeteradeDeltagare")),
        some("20", "20")
    );
    assert_eq!(shown(&format!("insats-{steget}.kvinnor")), some("12", "12"));
    assert_eq!(shown(&format!("insats-{steget}.man")), some("9", "9"));
    assert_eq!(
        shown(&format!("insats-{natverket}.antal")),
        some("30", "30")
    );
    assert_eq!(
        shown(&format!("insats-{analysen}.budget")),
        some("20\u{a0}000 kr", "20000")
    );
    assert_eq!(shown("admin.budget"), some("300\u{a0}000 kr", "300000"));
    assert_eq!(vy.antal_rader, 16);
    assert_eq!((vy.inmatade, vy.andrade), (0, 0));
    assert_eq!(vy.lage_text, "0 av 16 värden är inmatade.");
    assert_eq!(vy.forbund, "Samordningsförbundet Västra Fyrbodal");
    assert!(vy.inrapporteringar.is_empty());
}

#[test]
fn inmatning_without_medel_shows_them_missing_not_zero() {
    let (mut service, _) = running_year_2026(TODAY);
    let vy = service.inmatning(2027).expect("next year");
    for key in [
        "medel.samverkansparterna",
        "medel.esf_plus",
        "medel.overskott",
    ] {
        assert_eq!(rad(&vy, key).visat, "Saknas", "{key}");
        assert_eq!(rad(&vy, key).kopia, None, "{key}");
    }
    service
        .save_medel(MedelInput {
            year: 2027,
            samverkansparterna: "900 000".into(),
            esf_plus: String::new(),
            overskott: String::new(),
        })
        .expect("medel");
    let vy = service.inmatning(2027).expect("next year");
    assert_eq!(rad(&vy, "medel.esf_plus").kopia.as_deref(), Some("0"));
}

#[test]
fn r1_a_tick_keeps_the_day_and_the_value_in_the_data_file_with_history() {
    let (mut service, steget, _, _) = year_2026();
    let key = format!("insats-{steget}.budget");
    let vy = tick(&mut service, &key, true);
    let inmatat = rad(&vy, &key).inmatat.clone().expect("ticked");
    assert_eq!(inmatat.datum, date(TODAY));
    assert_eq!(inmatat.varde, "600\u{a0}000 kr");
    assert_eq!(inmatat.andrat, None);
    assert_eq!((vy.inmatade, vy.andrade), (1, 0));
    assert_eq!(vy.lage_text, "1 av 16 värden är inmatade.");
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM inmatning WHERE ar = 2026 AND varde = 600000 \
             AND datum = '2026-11-24'"
        ),
        1
    );
    let sida = service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Year { year: 2026 },
            fore: None,
        })
        .expect("historik");
    let senaste = &sida.handlingar[0];
    assert_eq!(senaste.handling, "Inmatat 2026: Steget vidare: Budget");
    assert_eq!(
        senaste.andringar[0].falt,
        "Steget vidare: Inmatat i Uppföljning Finsam: Budget"
    );
    assert_eq!(
        senaste.andringar[0].nytt.as_deref(),
        Some("2026-11-24, 600000")
    );
    // The insats's own history has it too.
    let insats = service
        .historik(HistorikFraga {
            omfang: HistorikOmfang::Insats { id: steget },
            fore: None,
        })
        .expect("historik");
    assert_eq!(
        insats.handlingar[0].handling,
        "Inmatat 2026: Steget vidare: Budget"
    );
}

#[test]
fn r1_a_figure_changed_after_it_was_ticked_is_marked_with_the_old_and_new_value() {
    let (mut service, steget, _, _) = year_2026();
    let key = format!("insats-{steget}.budget");
    tick(&mut service, &key, true);
    tick(&mut service, "medel.samverkansparterna", true);
    set_budget(&mut service, steget, "650 000");
    let vy = service.inmatning(2026).expect("view");
    let andrat = rad(&vy, &key)
        .inmatat
        .as_ref()
        .and_then(|i| i.andrat.clone())
        .expect("ändrat efter inmatning");
    assert_eq!(andrat.gammalt, "600\u{a0}000 kr");
    assert_eq!(andrat.nytt, "650\u{a0}000 kr");
    assert_eq!(
        rad(&vy, &key).kopia.as_deref(),
        Some("650000"),
        "the new value to key"
    );
    assert!(rad(&vy, "medel.samverkansparterna")
        .inmatat
        .as_ref()
        .expect("present")
        .andrat
        .is_none());
    assert_eq!((vy.inmatade, vy.andrade), (2, 1));
    assert_eq!(
        vy.lage_text,
        "2 av 16 värden är inmatade. 1 har ändrats efter inmatning."
    );
    // Changed back to what was keyed: nothing to key again.
    set_budget(&mut service, steget, "600 000");
    let vy = service.inmatning(2026).expect("view");
    assert!(rad(&vy, &key)
        .inmatat
        .as_ref()
        .expect("present")
        .andrat
        .is_none());
}

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
    let stored: String = service
        .db()
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
    let error = raw_sql(&service, "UPDATE inrapportering SET fel = 0").expect_err("append-only");
    assert!(error.to_string().contains("inrapportering_append_only") || !codes(&error).is_empty());
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM inrapportering"),
        2,
        "nothing changed"
    );
}
