//! Deltagaransvariga as Uppföljning Finsam defines the role (domain spec U2, issue 16
//! item 4), and M3 as the förbund answers whether it leads an ESF project (item 5).

use finsamkollen_core::domain::insats::{Inriktning, NewInsats};
use finsamkollen_core::domain::kontroll::Lank;
use finsamkollen_core::domain::uppdrag::{Roll, UppdragInput};
use finsamkollen_core::Service;

use crate::support::{
    add_person, codes, count_rows, esf_insats, new_insats, org_id, raw_sql, roles, save_with_roles,
    service_at, service_with_members, temp_data_file, unchanged_insats, usual_roles,
    CreateWhenOpen,
};

const TODAY: &str = "2026-11-24";

fn deltagaransvarig(namn: &str, arbetsgivare_id: Option<i64>) -> UppdragInput {
    UppdragInput {
        id: None,
        namn: namn.into(),
        epost: format!("{}@finsam.se", namn.to_lowercase().replace(' ', ".")),
        telefon: String::new(),
        roll: Roll::Deltagaransvarig,
        arbetsgivare_id,
        confirm_warnings: false,
    }
}

fn insats_with(
    service: &mut Service,
    namn: &str,
    inriktning: Inriktning,
    ansvariga: Vec<i64>,
) -> finsamkollen_core::Result<i64> {
    let input = NewInsats {
        deltagaransvariga_ids: ansvariga,
        ..new_insats(service, namn, inriktning)
    };
    service.create_insats_when_open(input).map(|d| d.id)
}

// --- U2: individinriktade insatser only --------------------------------------------------

#[test]
fn u2_a_deltagaransvarig_can_not_be_linked_to_a_strukturovergripande_insats() {
    let mut service = service_with_members(TODAY);
    let alex = add_person(
        &mut service,
        "Alex Berg",
        "alex@finsam.se",
        Roll::Deltagaransvarig,
    );
    let error = insats_with(
        &mut service,
        "Samverkansteam",
        Inriktning::Strukturovergripande,
        vec![alex],
    )
    .expect_err("U2 refuses");
    assert_eq!(codes(&error), vec!["u2_individinriktad_only"]);
    assert_eq!(error.field(), Some("deltagaransvariga"));
    assert!(error.to_string().contains("Alex Berg"), "{error}");
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats"), 0);
}

#[test]
fn u2_a_deltagaransvarig_is_linked_to_an_individinriktad_insats() {
    let mut service = service_with_members(TODAY);
    let alex = add_person(
        &mut service,
        "Alex Berg",
        "alex@finsam.se",
        Roll::Deltagaransvarig,
    );
    let id = insats_with(
        &mut service,
        "Steget vidare",
        Inriktning::Individinriktad,
        vec![alex],
    )
    .expect("individinriktad");
    let detail = service.insats(id).expect("insats");
    assert_eq!(detail.deltagaransvariga.len(), 1);
}

#[test]
fn u2_a_strukturovergripande_insats_saved_with_a_new_link_is_refused_and_unchanged() {
    let mut service = service_with_members(TODAY);
    let alex = add_person(
        &mut service,
        "Alex Berg",
        "alex@finsam.se",
        Roll::Deltagaransvarig,
    );
    let id = insats_with(
        &mut service,
        "Samverkansteam",
        Inriktning::Strukturovergripande,
        Vec::new(),
    )
    .expect("without link");
    let detail = service.insats(id).expect("insats");
    let mut update = unchanged_insats(&detail);
    update.fields.deltagaransvariga_ids = vec![alex];
    let error = service.update_insats(update).expect_err("U2");
    assert_eq!(error.code(), "u2_individinriktad_only");
    assert!(service
        .insats(id)
        .expect("insats")
        .deltagaransvariga
        .is_empty());
}

#[test]
fn u2_database_refuses_a_new_link_to_a_strukturovergripande_insats() {
    let mut service = service_with_members(TODAY);
    let alex = add_person(
        &mut service,
        "Alex Berg",
        "alex@finsam.se",
        Roll::Deltagaransvarig,
    );
    let id = insats_with(
        &mut service,
        "Samverkansteam",
        Inriktning::Strukturovergripande,
        Vec::new(),
    )
    .expect("insats");
    // Raw SQL: the database's U2 trigger is under test, so the link goes past the core.
    let refused = raw_sql(
        &service,
        &format!(
            "INSERT INTO insats_deltagaransvarig (insats_id, uppdrag_id) VALUES ({id}, {alex})"
        ),
    );
    assert!(
        refused.is_err(),
        "the trigger deltagaransvarig_individ_only"
    );
}

#[test]
fn u2_migration_keeps_old_links_to_a_strukturovergripande_insats_and_the_check_warns() {
    let (_dir, path) = temp_data_file();
    let insats = {
        let mut service = service_at(&path, TODAY);
        service
            .create_forbund(crate::support::new_forbund())
            .expect("förbund");
        let save = save_with_roles(&service, usual_roles(&service));
        service.save_forbund_page(save).expect("members");
        let alex = add_person(
            &mut service,
            "Alex Berg",
            "alex@finsam.se",
            Roll::Deltagaransvarig,
        );
        let id = insats_with(
            &mut service,
            "Samverkansteam",
            Inriktning::Strukturovergripande,
            Vec::new(),
        )
        .expect("insats");
        // Raw SQL: the file as version 8 left it: a link made before U2, and V9 and later not yet
        // run (each of them can run again on a file that has it).
        raw_sql(&service, "DROP TRIGGER deltagaransvarig_individ_only").expect("as before V9");
        raw_sql(
            &service,
            &format!(
                "INSERT INTO insats_deltagaransvarig (insats_id, uppdrag_id) VALUES ({id}, {alex})"
            ),
        )
        .expect("old link");
        raw_sql(
            &service,
            "DELETE FROM refinery_schema_history WHERE version >= 9",
        )
        .expect("older file");
        id
    };
    let service = service_at(&path, TODAY);
    let detail = service.insats(insats).expect("insats");
    assert_eq!(detail.deltagaransvariga.len(), 1, "the link is kept");
    let check = service.forhandskontroll(2026).expect("check");
    let warnings: Vec<_> = check
        .varningar
        .iter()
        .filter(|a| a.kod == "u2_individinriktad_only")
        .collect();
    assert_eq!(warnings.len(), 1, "{:?}", check.varningar);
    assert_eq!(warnings[0].lank, Lank::Insats { id: insats });
    assert_eq!(
        warnings[0].text,
        "Alex Berg är deltagaransvarig för den strukturövergripande insatsen ”Samverkansteam”. \
         En deltagaransvarig rapporterar bara för individinriktade insatser; ta bort kopplingen \
         i insatsens panel."
    );
    assert!(
        check.fel.iter().all(|a| !a.kod.starts_with("u2")),
        "a warning, never an error"
    );
}

// --- U2: the employer -----------------------------------------------------------------------

#[test]
fn u2_the_employer_is_recorded_from_the_ingaende_organisationer() {
    let mut service = service_with_members(TODAY);
    let kommun = org_id(&service, "kommun-1488");
    let list = service
        .save_uppdrag(deltagaransvarig("Alex Berg", Some(kommun)))
        .expect("saved");
    assert_eq!(list[0].arbetsgivare_id, Some(kommun));
    assert_eq!(list[0].arbetsgivare.as_deref(), Some("Trollhättans Stad"));
}

#[test]
fn u2_a_person_employed_by_the_forbund_itself_can_not_be_deltagaransvarig() {
    let mut service = service_with_members(TODAY);
    let forbund = org_id(&service, "forbund");
    let error = service
        .save_uppdrag(deltagaransvarig("Alex Berg", Some(forbund)))
        .expect_err("refused");
    assert_eq!(codes(&error), vec!["u2_employed_by_forbund"]);
    assert_eq!(error.field(), Some("arbetsgivare"));
    assert_eq!(count_rows(&service, "SELECT count(*) FROM uppdrag"), 0);
}

#[test]
fn u2_the_employer_must_be_an_ingaende_organisation() {
    let mut service = service_with_members(TODAY);
    let other = org_id(&service, "kommun-0180");
    let error = service
        .save_uppdrag(deltagaransvarig("Alex Berg", Some(other)))
        .expect_err("refused");
    assert_eq!(codes(&error), vec!["not_ingaende"]);
    assert_eq!(error.field(), Some("arbetsgivare"));
}

#[test]
fn u2_a_forbundsadministrator_has_no_employer_recorded() {
    let mut service = service_with_members(TODAY);
    let forbund = org_id(&service, "forbund");
    let list = service
        .save_uppdrag(UppdragInput {
            roll: Roll::Forbundsadministrator,
            ..deltagaransvarig("Kim Andersson", Some(forbund))
        })
        .expect("the administrator may be employed by the förbund");
    assert_eq!(list[0].arbetsgivare_id, None);
}

#[test]
fn u2_a_deltagaransvarig_without_employer_is_a_warning_in_the_check() {
    let mut service = service_with_members(TODAY);
    service
        .save_uppdrag(deltagaransvarig("Alex Berg", None))
        .expect("saved without employer");
    let check = service.forhandskontroll(2026).expect("check");
    let warnings: Vec<_> = check
        .varningar
        .iter()
        .filter(|a| a.kod == "u2_arbetsgivare_saknas")
        .collect();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].lank, Lank::Organisationer);
    let kommun = org_id(&service, "kommun-1488");
    let id = service.forbund_page().expect("page").uppdrag[0].id;
    service
        .save_uppdrag(UppdragInput {
            id: Some(id),
            ..deltagaransvarig("Alex Berg", Some(kommun))
        })
        .expect("employer given");
    let check = service.forhandskontroll(2026).expect("check");
    assert!(check
        .varningar
        .iter()
        .all(|a| a.kod != "u2_arbetsgivare_saknas"));
}

// --- M3: leads, or only supports ------------------------------------------------------------

fn m3_errors(service: &Service) -> usize {
    service
        .forhandskontroll(2026)
        .expect("check")
        .fel
        .iter()
        .filter(|a| a.kod == "m3_esf_financier")
        .count()
}

#[test]
fn m3_when_the_forbund_leads_the_esf_project_esf_radet_must_be_financier() {
    let mut service = service_with_members(TODAY);
    let id = esf_insats(&mut service, "Vägen framåt", true, "2024-03-01", "");
    assert!(service.insats(id).expect("insats").esf_leder);
    assert_eq!(m3_errors(&service), 1);
    let error = service
        .save_forbund_page(save_with_roles(&service, usual_roles(&service)))
        .expect_err("a save refuses too");
    assert_eq!(codes(&error), vec!["m3_esf_financier"]);
}

#[test]
fn m3_when_the_forbund_only_supports_the_esf_project_esf_radet_may_be_financier() {
    let mut service = service_with_members(TODAY);
    let id = esf_insats(&mut service, "Vägen framåt", false, "2024-03-01", "");
    assert!(!service.insats(id).expect("insats").esf_leder);
    assert_eq!(m3_errors(&service), 0);
    service
        .save_forbund_page(save_with_roles(&service, usual_roles(&service)))
        .expect("without ESF-rådet");
    let mut rows = usual_roles(&service);
    rows.push(roles(org_id(&service, "esf"), false, true));
    service
        .save_forbund_page(save_with_roles(&service, rows))
        .expect("and with it");
}

#[test]
fn m3_the_answer_changed_in_the_panel_makes_the_error_follow_and_is_recorded() {
    let mut service = service_with_members(TODAY);
    let id = esf_insats(&mut service, "Vägen framåt", false, "2024-03-01", "");
    assert_eq!(m3_errors(&service), 0);
    let mut update = unchanged_insats(&service.insats(id).expect("insats"));
    update.fields.esf_leder = true;
    let detail = service.update_insats(update).expect("answer changed");
    assert!(detail.esf_leder);
    assert_eq!(m3_errors(&service), 1);
    assert_eq!(
        count_rows(
            &service,
            "SELECT count(*) FROM historik WHERE tabell = 'insats_esf' AND nytt = 1"
        ),
        1
    );
}

#[test]
fn m3_an_insats_without_esf_has_no_answer() {
    let mut service = service_with_members(TODAY);
    let input = NewInsats {
        esf_leder: true,
        ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
    };
    let id = service.create_insats_when_open(input).expect("insats").id;
    assert!(!service.insats(id).expect("insats").esf_leder);
    assert_eq!(count_rows(&service, "SELECT count(*) FROM insats_esf"), 0);
}

#[test]
fn u2_the_forbund_page_names_the_roles_that_have_an_employer() {
    let service = service_with_members(TODAY);
    let page = service.forbund_page().expect("page");
    assert_eq!(page.roller_med_arbetsgivare, [Roll::Deltagaransvarig]);
    assert!(finsamkollen_core::rules::uppdrag::takes_arbetsgivare(
        Roll::Deltagaransvarig
    ));
    assert!(!finsamkollen_core::rules::uppdrag::takes_arbetsgivare(
        Roll::Forbundsadministrator
    ));
}
