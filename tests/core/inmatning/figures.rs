//! The figures for Uppföljning Finsam and R1 changes.

use super::*;

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
                "Tilldelade medel".to_owned(),
                vec![(
                    None,
                    labels(&[
                        "Samverkansparterna",
                        "Europeiska socialfonden Plus (ESF+)",
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
            esf_plus: String::new().into(),
            overskott: String::new().into(),
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
