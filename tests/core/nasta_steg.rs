//! "Nästa steg" after "Skapa förbund" (issue 27): which steps the list holds, which are
//! done, and that closing it is remembered per data file.

use finsamkollen_core::domain::budget::MedelInput;
use finsamkollen_core::domain::insats::{Inriktning, NewInsats};
use finsamkollen_core::domain::uppdrag::{Roll, UppdragInput};
use finsamkollen_core::ops::nasta_steg::{nasta_steg, NastaStegFakta, Steg};
use finsamkollen_core::Service;

use crate::support::{
    kommun, new_forbund, new_insats, save_with_roles, service_at, unchanged_save, usual_roles,
    CreateWhenOpen,
};

const TODAY: &str = "2026-03-10";

/// A new förbund in a data file in `dir`, with a settings file beside it.
fn new_forbund_in(dir: &std::path::Path, startdatum: &str) -> Service {
    let mut service = service_at(&dir.join("forbund.db"), TODAY);
    service.use_settings(&dir.join("installningar.json"));
    service
        .create_forbund(finsamkollen_core::domain::forbund::NewForbund {
            startdatum: startdatum.into(),
            ..new_forbund()
        })
        .expect("create förbund");
    service
}

fn steps(service: &Service) -> Vec<(Steg, bool)> {
    let list = service.nasta_steg().expect("nästa steg");
    list.into_iter().map(|p| (p.steg, p.klar)).collect()
}

#[test]
fn nasta_steg_a_new_forbund_has_every_step_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    let service = new_forbund_in(dir.path(), "2026-01-01");
    assert_eq!(
        steps(&service),
        vec![
            (Steg::Verksamhetsomrade, false),
            (Steg::Organisationer, false),
            (Steg::Uppdrag, false),
            (Steg::Insats, false),
            (Steg::Medel, false),
        ],
        "a förbund started this year has nothing earlier to read in"
    );
}

#[test]
fn nasta_steg_a_forbund_that_existed_before_offers_las_in_tidigare_ar() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut service = new_forbund_in(dir.path(), "2019-01-01");
    assert_eq!(steps(&service).last(), Some(&(Steg::TidigareAr, false)));
    let medel_2025 = MedelInput {
        year: 2025,
        samverkansparterna: "500 000".into(),
        esf_plus: String::new().into(),
        overskott: String::new().into(),
    };
    service.save_medel(medel_2025).expect("medel 2025");
    let list = steps(&service);
    assert!(list.contains(&(Steg::TidigareAr, true)), "{list:?}");
    assert!(list.contains(&(Steg::Medel, true)), "{list:?}");
}

#[test]
fn nasta_steg_ticks_each_step_as_it_is_done_and_goes_away_when_all_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut service = new_forbund_in(dir.path(), "2026-01-01");
    service
        .save_forbund_page(save_with_roles(&service, usual_roles(&service)))
        .expect("organisationer");
    assert!(steps(&service).contains(&(Steg::Organisationer, true)));
    assert!(steps(&service).contains(&(Steg::Verksamhetsomrade, false)));
    let mut save = unchanged_save(&service);
    save.verksamhetsomrade = vec![kommun("1488")];
    service.save_forbund_page(save).expect("verksamhetsområde");
    assert!(steps(&service).contains(&(Steg::Verksamhetsomrade, true)));
    service
        .save_uppdrag(UppdragInput {
            id: None,
            namn: "Kim Andersson".into(),
            epost: "kim@finsam.se".into(),
            telefon: "0522-123 45".into(),
            roll: Roll::Forbundsadministrator,
            arbetsgivare_id: None,
            confirm_warnings: false,
        })
        .expect("uppdrag");
    assert!(steps(&service).contains(&(Steg::Uppdrag, true)));
    let insats = NewInsats {
        startdatum: "2026-02-01".into(),
        ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
    };
    service.create_insats_when_open(insats).expect("insats");
    assert!(steps(&service).contains(&(Steg::Insats, true)));
    let medel = MedelInput {
        year: 2026,
        samverkansparterna: "1 000 000".into(),
        esf_plus: String::new().into(),
        overskott: String::new().into(),
    };
    service.save_medel(medel).expect("medel");
    assert_eq!(steps(&service), vec![], "all done: the list goes away");
}

#[test]
fn nasta_steg_closed_stays_closed_for_that_data_file_after_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut service = new_forbund_in(dir.path(), "2026-01-01");
    service.stang_nasta_steg().expect("close");
    assert_eq!(steps(&service), vec![]);
    drop(service);
    let mut reopened = service_at(&dir.path().join("forbund.db"), TODAY);
    reopened.use_settings(&dir.path().join("installningar.json"));
    assert_eq!(steps(&reopened), vec![], "closed after a restart too");
    let other_dir = tempfile::tempdir().expect("tempdir");
    let other = new_forbund_in(other_dir.path(), "2026-01-01");
    assert_eq!(steps(&other).len(), 5, "another data file keeps its list");
}

#[test]
fn nasta_steg_is_worked_out_from_the_facts_alone() {
    let all_done = NastaStegFakta {
        verksamhetsomrade: true,
        organisationer: true,
        uppdrag: true,
        insats: true,
        medel: true,
        tidigare_ar: Some(true),
    };
    assert!(nasta_steg(all_done).is_empty());
    let list = nasta_steg(NastaStegFakta {
        tidigare_ar: Some(false),
        ..all_done
    });
    assert_eq!(list.len(), 6);
    assert_eq!(list[5].text, "Läs in tidigare år");
    assert!(!list[5].klar && list[0].klar);
}
