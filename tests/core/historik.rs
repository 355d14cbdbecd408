//! Historik: every write records what it changed, under the user action it belonged to,
//! and the history is append-only (issue 7, item 1; architecture invariant 5).

use finsamkollen_core::domain::budget::MedelInput;
use finsamkollen_core::domain::historik::{
    HistorikAndring, HistorikFraga, HistorikHandling, HistorikOmfang, HistorikSida,
};
use finsamkollen_core::domain::uppdrag::{Roll, UppdragInput};
use finsamkollen_core::Service;

use crate::support::{
    codes, count_rows, medel, raw_sql, service_with_forbund, service_with_insats, unchanged_save,
    update_of_insats,
};

const TODAY: &str = "2026-11-24";

fn page(service: &Service, omfang: HistorikOmfang, fore: Option<i64>) -> HistorikSida {
    service
        .historik(HistorikFraga { omfang, fore })
        .expect("history page")
}

fn newest(service: &Service, omfang: HistorikOmfang) -> HistorikHandling {
    page(service, omfang, None)
        .handlingar
        .into_iter()
        .next()
        .expect("at least one handling")
}

fn andring(falt: &str, gammalt: Option<&str>, nytt: Option<&str>) -> HistorikAndring {
    HistorikAndring {
        falt: falt.into(),
        gammalt: gammalt.map(Into::into),
        nytt: nytt.map(Into::into),
    }
}

/// An amount as the history shows it: grouped with no-break spaces, "kr" after.
fn kr(grouped: &str) -> String {
    format!("{} kr", grouped.replace(' ', "\u{a0}"))
}

fn rows(service: &Service) -> i64 {
    count_rows(service, "SELECT count(*) FROM historik")
}

#[test]
fn historik_an_insats_change_records_each_changed_field_with_old_and_new_value() {
    let (mut service, id) = service_with_insats(TODAY);
    let mut update = update_of_insats(&service, id);
    update.fields.namn = "Steget vidare 2.0".into();
    update.fields.beskrivning = "Arbetsträning i kommunens regi.".into();
    update.fields.slutdatum = "2027-06-30".into();
    service.update_insats(update).expect("saved");

    let handling = newest(&service, HistorikOmfang::Insats { id });
    assert_eq!(handling.handling, "Ändra insats: Steget vidare");
    let tidpunkt = handling.tidpunkt.expect("a time");
    assert!(
        tidpunkt.starts_with("2026-11-24 "),
        "the time comes from the injectable clock: {tidpunkt}"
    );
    assert_eq!(tidpunkt.len(), "2026-11-24 14:02".len());
    assert_eq!(
        handling.andringar,
        [
            andring("Namn", Some("Steget vidare"), Some("Steget vidare 2.0")),
            andring("Slutdatum", None, Some("2027-06-30")),
            andring("Beskrivning", None, Some("Arbetsträning i kommunens regi.")),
        ]
    );
}

#[test]
fn historik_creating_an_insats_is_its_first_handling() {
    let (service, id) = service_with_insats(TODAY);
    let sida = page(&service, HistorikOmfang::Insats { id }, None);
    assert_eq!(sida.handlingar.len(), 1);
    assert_eq!(sida.fore, None);
    let skapad = &sida.handlingar[0];
    assert_eq!(skapad.handling, "Ny insats: Steget vidare");
    let namn = skapad
        .andringar
        .iter()
        .find(|a| a.falt == "Namn")
        .expect("the name is recorded");
    assert_eq!(namn.gammalt, None, "nothing before the insats existed");
    assert_eq!(namn.nytt.as_deref(), Some("Steget vidare"));
    assert!(skapad
        .andringar
        .iter()
        .any(|a| a.falt == "Inriktning" && a.nytt.as_deref() == Some("Individinriktad")));
    // Worded as the insats panel shows it ("Deltagare följs upp"), not "Följer deltagare".
    // The label stays "Uppföljning": "Uppföljningsmetod" breaks mid-word in the panel.
    assert!(
        skapad
            .andringar
            .iter()
            .any(|a| a.falt == "Uppföljning" && a.nytt.as_deref() == Some("Deltagare följs upp")),
        "{:?}",
        skapad.andringar
    );
}

#[test]
fn historik_a_refused_save_records_nothing() {
    let (mut service, id) = service_with_insats(TODAY);
    let before = rows(&service);
    let handlingar_before = count_rows(&service, "SELECT count(*) FROM historik_handling");
    let mut update = update_of_insats(&service, id);
    update.fields.namn = String::new();
    update.fields.beskrivning = "Ska inte sparas.".into();
    let error = service
        .update_insats(update)
        .expect_err("a name is required");
    assert!(codes(&error).contains(&"required"), "{error:?}");
    assert_eq!(rows(&service), before);
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM historik_handling"),
        handlingar_before
    );
}

#[test]
fn historik_a_save_that_changes_nothing_records_nothing() {
    let (mut service, id) = service_with_insats(TODAY);
    let before = rows(&service);
    let handlingar_before = count_rows(&service, "SELECT count(*) FROM historik_handling");
    service
        .update_insats(update_of_insats(&service, id))
        .expect("saved");
    let save = unchanged_save(&service);
    service.save_forbund_page(save).expect("saved");
    assert_eq!(rows(&service), before);
    assert_eq!(
        count_rows(&service, "SELECT count(*) FROM historik_handling"),
        handlingar_before,
        "a handling without changes is not stored"
    );
}

#[test]
fn historik_is_append_only_the_file_refuses_updates_and_deletes() {
    let (service, _) = service_with_insats(TODAY);
    let before = rows(&service);
    assert!(before > 0);
    for sql in [
        "UPDATE historik SET nytt = 'förfalskat'",
        "DELETE FROM historik",
        "UPDATE historik_handling SET handling = 'förfalskat'",
        "DELETE FROM historik_handling",
    ] {
        // Raw SQL: the history's append-only triggers are under test; no use case writes it.
        let error = raw_sql(&service, sql).expect_err(sql);
        assert_eq!(codes(&error), ["historik_append_only"], "{sql}");
    }
    assert_eq!(rows(&service), before);
}

#[test]
fn historik_of_a_year_holds_that_years_medel_and_budget_and_names_the_insats() {
    let (mut service, id) = service_with_insats(TODAY);
    service
        .save_medel(medel(2027, "900 000", "", ""))
        .expect("2027");
    service
        .save_medel(medel(2026, "1 000 000", "", ""))
        .expect("2026");
    service
        .save_medel(medel(2026, "1 250 000", "", ""))
        .expect("2026 again");

    let sida = page(&service, HistorikOmfang::Year { year: 2026 }, None);
    let texts: Vec<&str> = sida
        .handlingar
        .iter()
        .map(|h| h.handling.as_str())
        .collect();
    assert_eq!(texts, ["Ändra medel 2026", "Ändra medel 2026"]);
    assert_eq!(
        sida.handlingar[0].andringar,
        [andring(
            "Medel från samverkansparterna",
            Some(&kr("1 000 000")),
            Some(&kr("1 250 000"))
        )]
    );
    assert!(
        sida.handlingar
            .iter()
            .flat_map(|h| &h.andringar)
            .all(|a| !a.falt.contains("2027") && a.nytt != Some(kr("900 000"))),
        "2027 is not in 2026's history"
    );

    // A participant count belongs to both its insats's history and its year's, and the
    // year's history says which insats.
    let input = crate::support::counts(id, 2026, "3", "4", "");
    service.save_deltagare(input).expect("counts");
    let year = newest(&service, HistorikOmfang::Year { year: 2026 });
    assert!(year
        .andringar
        .contains(&andring("Steget vidare: Kvinnor", None, Some("3"))));
    let insats = newest(&service, HistorikOmfang::Insats { id });
    assert!(insats
        .andringar
        .contains(&andring("Kvinnor 2026", None, Some("3"))));
}

#[test]
fn historik_of_the_forbund_holds_details_and_people_but_not_insatser() {
    let (mut service, _) = service_with_insats(TODAY);
    let mut save = unchanged_save(&service);
    save.forbund.kontakt_namn = "Kim Andersson".into();
    service.save_forbund_page(save).expect("saved");
    let kim = UppdragInput {
        id: None,
        namn: "Kim Andersson".into(),
        epost: "kim@finsam.se".into(),
        telefon: String::new(),
        roll: Roll::Forbundsadministrator,
        arbetsgivare_id: None,
        confirm_warnings: false,
    };
    let uppdrag = service.save_uppdrag(kim).expect("Kim");
    service.remove_uppdrag(uppdrag[0].id).expect("removed");

    let sida = page(&service, HistorikOmfang::Forbund, None);
    let texts: Vec<&str> = sida
        .handlingar
        .iter()
        .map(|h| h.handling.as_str())
        .collect();
    assert_eq!(
        texts[..3],
        [
            "Ta bort uppdrag: Kim Andersson",
            "Spara uppdrag: Kim Andersson",
            "Spara förbundets uppgifter",
        ]
    );
    assert_eq!(
        sida.handlingar[2].andringar,
        [andring("Kontaktperson", None, Some("Kim Andersson"))]
    );
    assert!(sida.handlingar[0]
        .andringar
        .iter()
        .all(|a| a.nytt.is_none() && a.gammalt.is_some()));
    assert!(
        sida.handlingar
            .iter()
            .all(|h| !h.handling.contains("insats")),
        "insatser have their own history"
    );
}

#[test]
fn historik_pages_never_split_a_handling_and_reach_the_first_one() {
    let mut service = service_with_forbund(TODAY);
    // 150 saves of three fields each: more than one page of 200 changed fields.
    for n in 0..150_i64 {
        let input = MedelInput {
            year: 2026,
            samverkansparterna: (1_000_000 + n).to_string().into(),
            esf_plus: (n + 1).to_string().into(),
            overskott: (n + 2).to_string().into(),
        };
        service.save_medel(input).expect("saved");
    }
    let mut seen = Vec::new();
    let mut fore = None;
    let mut pages = 0;
    loop {
        let sida = page(&service, HistorikOmfang::Year { year: 2026 }, fore);
        pages += 1;
        seen.extend(sida.handlingar);
        match sida.fore {
            Some(cursor) => fore = Some(cursor),
            None => break,
        }
    }
    assert!(pages >= 3, "{pages} pages");
    assert_eq!(seen.len(), 150, "every handling exactly once");
    assert!(seen.iter().all(|h| h.andringar.len() == 3), "none split");
    let first = seen.last().expect("the oldest");
    assert_eq!(
        first.andringar[0].gammalt, None,
        "the first save added the row"
    );
    assert_eq!(
        first.andringar[0].nytt.as_deref(),
        Some(kr("1 000 000").as_str())
    );
}
