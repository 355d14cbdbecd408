//! Parsing forms at the edge and applying them in the core.

use super::*;

// --- The parse steps ---------------------------------------------------------------------

#[test]
fn f1_parse_medel_reads_the_amounts_and_names_every_wrong_field_in_swedish() {
    assert_eq!(
        parse::medel(&medel_text("1 000 000", "", "25 000")).expect("read"),
        Medel {
            year: 2026,
            samverkansparterna: Kronor::new(1_000_000),
            esf_plus: Kronor::ZERO,
            overskott: Kronor::new(25_000),
        }
    );
    let error = parse::medel(&medel_text("", "12,50", "-5")).expect_err("three wrong");
    assert_eq!(
        fields(&error),
        [
            field(
                "samverkansparterna",
                "required",
                "Samverkansparterna måste fyllas i."
            ),
            field(
                "esfPlus",
                "amount_decimals",
                "Ange hela kronor, utan ören eller decimaler."
            ),
            field(
                "overskott",
                "amount_negative",
                "Beloppet kan inte vara negativt."
            ),
        ]
    );
}

#[test]
fn f1_d1_parse_budget_names_each_cell_by_its_row() {
    let input = BudgetInput {
        year: 2026,
        rader: vec![
            BudgetCellerInput {
                rad: Rad::Insats { id: 7 },
                budget: "100 000".into(),
                utfall: "tio".into(),
                budgeterade_deltagare: "1,5".into(),
            },
            BudgetCellerInput {
                rad: Rad::Admin,
                budget: "".into(),
                utfall: "90 000".into(),
                budgeterade_deltagare: "".into(),
            },
        ],
    };
    let error = parse::budget(&input).expect_err("two wrong cells");
    assert_eq!(
        fields(&error),
        [
            field(
                "insats-7.utfall",
                "amount_format",
                "Beloppet ska anges i hela kronor, med siffror, t.ex. 1 234 567."
            ),
            field(
                "insats-7.budgeteradeDeltagare",
                "d1_count_format",
                "Ange antalet som ett heltal, 0 eller mer."
            ),
        ]
    );
    let good = BudgetInput {
        year: 2026,
        rader: vec![BudgetCellerInput {
            utfall: "90 000".into(),
            budgeterade_deltagare: "12".into(),
            ..input.rader[0].clone()
        }],
    };
    assert_eq!(
        parse::budget(&good).expect("read"),
        BudgetAndring {
            year: 2026,
            rader: vec![BudgetCeller {
                rad: Rad::Insats { id: 7 },
                budget: Some(Kronor::new(100_000)),
                utfall: Some(Kronor::new(90_000)),
                budgeterade_deltagare: Some(12),
            }],
        }
    );
}

#[test]
fn d1_parse_deltagare_reports_every_count_that_is_not_a_whole_number() {
    let input = DeltagareInput {
        insats_id: 3,
        year: 2026,
        kvinnor: "tolv".into(),
        man: "".into(),
        antal: "-1".into(),
    };
    let message = "Ange antalet som ett heltal, 0 eller mer.";
    assert_eq!(
        fields(&parse::deltagare(&input).expect_err("two wrong")),
        [
            field("kvinnor", "d1_count_format", message),
            field("antal", "d1_count_format", message),
        ]
    );
    let read = parse::deltagare(&DeltagareInput {
        kvinnor: "1 200".into(),
        antal: "".into(),
        ..input
    })
    .expect("read");
    assert_eq!(
        read,
        DeltagareAndring {
            insats_id: 3,
            year: 2026,
            kvinnor: Some(1200),
            man: None,
            antal: None,
        }
    );
}

#[test]
fn parse_insats_and_avslut_read_dates_and_name_the_wrong_one() {
    let service = service_with_forbund(TODAY);
    let mut input = new_insats(&service, "Steget vidare", Inriktning::Individinriktad);
    input.startdatum = "2026-02-30".into();
    input.slutdatum = "snart".into();
    assert_eq!(
        fields(&parse::insats(&input).expect_err("two wrong dates")),
        [
            field(
                "startdatum",
                "date_impossible",
                "Datumet 2026-02-30 finns inte i kalendern."
            ),
            field(
                "slutdatum",
                "date_format",
                "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-04-15."
            ),
        ]
    );
    input.startdatum = " 2026-02-01 ".into();
    input.slutdatum = "".into();
    let read = parse::insats(&input).expect("read");
    assert_eq!(
        (read.startdatum, read.slutdatum),
        (date("2026-02-01"), None)
    );
    let avslut = parse::avslut(&EndInsats {
        id: 4,
        slutdatum: "2026-10-31".into(),
    })
    .expect("read");
    assert_eq!(
        avslut,
        Avslut {
            id: 4,
            slutdatum: date("2026-10-31")
        }
    );
}

#[test]
fn f2_parse_eget_kapital_names_the_wrong_fields() {
    let steg = parse::eget_kapital_steg(&EgetKapitalStegInput {
        original: None,
        medel_fran: "-1".into(),
        procent: "20 %".into(),
    })
    .expect_err("negative");
    assert_eq!(codes(&steg), ["amount_negative"]);
    assert_eq!(steg.field(), Some("medelFran"));
    let kalla = parse::eget_kapital_kalla(&EgetKapitalKallaInput {
        namn: " ".into(),
        url: "www.exempel.se".into(),
        datum: "2026-13-01".into(),
    })
    .expect_err("three wrong");
    let named: Vec<String> = fields(&kalla).into_iter().map(|f| f.0).collect();
    assert_eq!(named, ["namn", "url", "datum"]);
}

// --- The apply steps refuse what the form path refuses -----------------------------------

#[test]
fn b1_apply_budget_refuses_participants_without_follow_up_as_the_form_does() {
    let mut service = service_with_forbund(TODAY);
    let mut input = new_insats(&service, "Strukturarbete", Inriktning::Strukturovergripande);
    input.foljer_deltagare = false;
    let id = service.create_insats_when_open(input).expect("insats").id;
    let form = service
        .save_budget(BudgetInput {
            year: 2026,
            rader: vec![BudgetCellerInput {
                rad: Rad::Insats { id },
                budget: "80 000".into(),
                utfall: "".into(),
                budgeterade_deltagare: "5".into(),
            }],
        })
        .expect_err("form");
    let change = BudgetAndring {
        year: 2026,
        rader: vec![BudgetCeller {
            rad: Rad::Insats { id },
            budget: Some(Kronor::new(80_000)),
            utfall: None,
            budgeterade_deltagare: Some(5),
        }],
    };
    let typed = service
        .apply_budget(change, service.today())
        .expect_err("typed");
    assert_eq!(codes(&typed), ["b1_no_follow_up"]);
    assert_eq!(fields(&typed), fields(&form));
    assert!(service.year_view(2026).expect("view").rader[0]
        .budget
        .is_none());
}

#[test]
fn f1_apply_refuses_a_negative_amount_that_text_could_not_carry() {
    let (mut service, id) = running_year_2026("2026-03-10");
    let before = service.year_view(2026).expect("view");
    let change = Medel {
        year: 2026,
        samverkansparterna: Kronor::new(-1),
        esf_plus: Kronor::ZERO,
        overskott: Kronor::ZERO,
    };
    let error = service
        .apply_medel(change, service.today())
        .expect_err("negative medel");
    assert_eq!(
        fields(&error),
        [field(
            "samverkansparterna",
            "amount_negative",
            "Beloppet kan inte vara negativt."
        )]
    );
    let form = service
        .save_medel(medel_text("-1", "", ""))
        .expect_err("form");
    assert_eq!(fields(&form), fields(&error));
    let change = BudgetAndring {
        year: 2026,
        rader: vec![BudgetCeller {
            rad: Rad::Insats { id },
            budget: Some(Kronor::new(-5)),
            utfall: None,
            budgeterade_deltagare: None,
        }],
    };
    let error = service
        .apply_budget(change, service.today())
        .expect_err("negative budget");
    assert_eq!(codes(&error), ["amount_negative"]);
    assert_eq!(error.field(), Some(format!("insats-{id}.budget").as_str()));
    let fk = org_id(&service, "fk");
    let change = FordelningAndring {
        year: 2026,
        rader: vec![Andel {
            organisation_id: fk,
            belopp: Some(Kronor::new(-1)),
        }],
    };
    let error = service
        .apply_fordelning(change, service.today())
        .expect_err("negative share");
    let form = service
        .save_fordelning(FordelningInput {
            year: 2026,
            rader: vec![FordelningRadInput {
                organisation_id: fk,
                belopp: "-1".into(),
            }],
        })
        .expect_err("form");
    assert_eq!(fields(&error), fields(&form));
    assert_eq!(service.year_view(2026).expect("view"), before);
}

#[test]
fn y1_apply_medel_refuses_a_locked_year_as_the_form_does() {
    let (mut service, _) = running_year_2026("2026-03-10");
    service.set_clock(Clock::fixed(date("2027-04-16")));
    let change = Medel {
        year: 2026,
        samverkansparterna: Kronor::new(5),
        esf_plus: Kronor::ZERO,
        overskott: Kronor::ZERO,
    };
    let typed = service
        .apply_medel(change, service.today())
        .expect_err("locked");
    let form = service
        .save_medel(medel_text("5", "", ""))
        .expect_err("locked");
    assert_eq!(codes(&typed), ["y1_locked"]);
    assert_eq!(fields(&typed), fields(&form));
}

#[test]
fn i5_d1_apply_steps_of_an_insats_refuse_as_the_form_does() {
    let mut service = service_with_forbund(TODAY);
    let id = insats_with_dates(&mut service, "Steget vidare", "2026-02-01", "");
    let change = Avslut {
        id,
        slutdatum: date("2026-12-01"),
    };
    let typed = service
        .apply_end_insats(change, service.today())
        .expect_err("after today");
    let form = service
        .end_insats(EndInsats {
            id,
            slutdatum: "2026-12-01".into(),
        })
        .expect_err("after today");
    assert_eq!(codes(&typed), ["end_after_today"]);
    assert_eq!(fields(&typed), fields(&form));

    let change = DeltagareAndring {
        insats_id: id,
        year: 2026,
        kvinnor: None,
        man: None,
        antal: Some(4),
    };
    let typed = service
        .apply_deltagare(change, service.today())
        .expect_err("antal for an individinriktad insats");
    let form = service
        .save_deltagare(DeltagareInput {
            insats_id: id,
            year: 2026,
            kvinnor: "".into(),
            man: "".into(),
            antal: "4".into(),
        })
        .expect_err("form");
    assert_eq!(codes(&typed), ["count_not_for_insats"]);
    assert_eq!(fields(&typed), fields(&form));
}

#[test]
fn grid_rows_are_named_by_type_over_ipc_and_by_key_on_screen() {
    let rad: Rad = serde_json::from_str(r#"{"typ":"insats","id":3}"#).expect("insats row");
    assert_eq!(rad, Rad::Insats { id: 3 });
    assert_eq!(rad.key(), "insats-3");
    assert_eq!(rad.field("budget"), "insats-3.budget");
    let admin: Rad = serde_json::from_str(r#"{"typ":"admin"}"#).expect("admin row");
    assert_eq!(admin, Rad::Admin);
    assert_eq!(admin.key(), "admin");
    assert_eq!(
        serde_json::to_string(&Rad::Insats { id: 3 }).expect("json"),
        r#"{"typ":"insats","id":3}"#
    );
    let (service, id) = running_year_2026("2026-03-10");
    let view = service.year_view(2026).expect("view");
    let rows: Vec<(Rad, String)> = view.rader.iter().map(|r| (r.rad, r.key.clone())).collect();
    assert_eq!(
        rows,
        [
            (Rad::Insats { id }, format!("insats-{id}")),
            (Rad::Admin, "admin".to_owned()),
        ]
    );
}

#[test]
fn insats_form_with_an_unreadable_date_still_names_every_other_wrong_field() {
    let mut service = service_with_forbund(TODAY);
    let mut input = new_insats(&service, " ", Inriktning::Individinriktad);
    input.preciserad_inriktning_id = None;
    input.startdatum = "".into();
    let error = service.create_insats(input).expect_err("refused");
    let mut named: Vec<String> = fields(&error).into_iter().map(|f| f.0).collect();
    named.sort();
    assert_eq!(named, ["namn", "preciseradInriktning", "startdatum"]);
}
