//! M7: who may be a medlem. The core refuses the rest beside their row, tells the page which
//! rows get a Medlem box, and names stored members that break the rule in the check.

use super::*;
use finsamkollen_core::domain::medel::Medel;
use finsamkollen_core::money::Kronor;

use crate::support::raw_sql;

fn medlem_valbar(service: &Service, nyckel: &str) -> bool {
    let id = org_id(service, nyckel);
    service
        .suggest_roles(vec![id])
        .expect("suggested")
        .remove(0)
        .medlem_valbar
}

#[test]
fn m7_esf_radet_can_never_be_medlem() {
    let mut service = service_with_forbund("2026-11-24");
    service.save_roles(usual_roles(&service)).expect("usual");
    let before = service.forbund_page().expect("page");
    let esf = org_id(&service, "esf");
    let error = service
        .save_roles(with_roles(&service, "esf", true, true))
        .expect_err("ESF-rådet is no member");
    assert_eq!(error.code(), "m7_medlem_not_allowed");
    assert_eq!(
        error.field(),
        Some(format!("organisationer.{esf}").as_str())
    );
    assert_eq!(
        error.to_string(),
        "ESF-rådet kan inte vara medlem: medlemmar i ett samordningsförbund är bara \
         Försäkringskassan, Arbetsförmedlingen, kommuner och regioner. Ta bort bocken under \
         Medlem."
    );
    assert_eq!(service.forbund_page().expect("page"), before);
    // As financier only (M3), it is saved.
    service
        .save_roles(with_roles(&service, "esf", false, true))
        .expect("financier only");
    assert!(is_financier(&service, "esf"));
}

#[test]
fn m7_the_forbund_itself_is_never_medlem() {
    let mut service = service_with_forbund("2026-11-24");
    let error = service
        .save_roles(with_roles(&service, "forbund", true, true))
        .expect_err("the förbund is konsument");
    assert_eq!(codes(&error), vec!["forbund_not_member"]);
}

#[test]
fn m7_an_ovrigt_organisation_may_be_financier_but_never_medlem() {
    let mut service = service_with_forbund("2026-11-24");
    let other = service
        .create_organisation("Coompanion Fyrbodal".into())
        .expect("created")
        .id;
    let mut rows = usual_roles(&service);
    rows.push(roles(other, true, false));
    let error = service
        .save_roles(rows.clone())
        .expect_err("no party to the law");
    assert_eq!(error.code(), "m7_medlem_not_allowed");
    assert!(
        error
            .to_string()
            .starts_with("Coompanion Fyrbodal kan inte vara medlem"),
        "{error}"
    );
    rows.pop();
    rows.push(roles(other, false, true));
    service.save_roles(rows).expect("financier only");
    let row = service
        .forbund_page()
        .expect("page")
        .organisationer
        .into_iter()
        .find(|o| o.organisation.id == other)
        .expect("listed");
    assert!(row.finansiar && !row.medlem && !row.medlem_valbar);
}

#[test]
fn m7_the_core_tells_the_page_which_rows_get_a_medlem_box() {
    let service = service_with_forbund("2026-11-24");
    for nyckel in ["fk", "af", "region-14", "kommun-1488", "region-09"] {
        assert!(medlem_valbar(&service, nyckel), "{nyckel} may be a member");
    }
    for nyckel in ["esf", "forbund"] {
        assert!(
            !medlem_valbar(&service, nyckel),
            "{nyckel} is never a member"
        );
    }
    // The suggestion for ESF-rådet is financier, never member.
    let esf = org_id(&service, "esf");
    let suggested = service
        .suggest_roles(vec![esf])
        .expect("suggested")
        .remove(0);
    assert!(!suggested.medlem && suggested.finansiar);
}

#[test]
fn m7_a_stored_member_the_guides_exclude_is_a_check_error_and_is_never_changed() {
    let mut service = service_with_forbund("2026-11-24");
    service.save_roles(usual_roles(&service)).expect("usual");
    service
        .apply_medel(
            Medel {
                year: 2026,
                samverkansparterna: Kronor::new(1_000_000),
                esf_plus: Kronor::ZERO,
                overskott: Kronor::ZERO,
            },
            service.today(),
        )
        .expect("medel");
    let esf = org_id(&service, "esf");
    // Raw SQL: ESF-rådet as a member, which the förbund page refuses (M7), for the rule to find.
    raw_sql(
        &service,
        &format!(
            "INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar) \
             VALUES ({esf}, 1, 1)"
        ),
    )
    .expect("crafted file");
    let check = service.forhandskontroll(2026).expect("check");
    let remark = check
        .fel
        .iter()
        .find(|a| a.kod == "m7_medlem_not_allowed")
        .expect("M7 in the check");
    assert_eq!(
        remark.text,
        "ESF-rådet är markerad som medlem, men kan inte vara det: medlemmar i ett \
         samordningsförbund är bara Försäkringskassan, Arbetsförmedlingen, kommuner och \
         regioner."
    );
    // Shown as stored, with a Medlem box so the officer can take the tick away.
    let row = service
        .forbund_page()
        .expect("page")
        .organisationer
        .into_iter()
        .find(|o| o.organisation.id == esf)
        .expect("listed");
    assert!(row.medlem && row.medlem_valbar);
    service
        .save_roles(with_roles(&service, "esf", false, true))
        .expect("fixed");
    let check = service.forhandskontroll(2026).expect("check");
    assert!(!check.fel.iter().any(|a| a.kod == "m7_medlem_not_allowed"));
}
