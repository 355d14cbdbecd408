//! M5's "Lägg till de som saknas" (issue 27, item 4): one action adds every kommun and
//! region the law says is missing, and the two authorities, as members with the roles the
//! guides suggest, for the officer to review before Spara.

use finsamkollen_core::domain::organisation::IngaendeOrganisation;

use super::*;
use crate::support::kommun;

fn as_input(rows: &[IngaendeOrganisation]) -> Vec<RollerInput> {
    rows.iter()
        .map(|r| roles(r.organisation.id, r.medlem, r.finansiar))
        .collect()
}

#[test]
fn m5_lagg_till_de_som_saknas_adds_every_missing_member_with_the_suggested_roles() {
    let service = service_with_forbund("2026-11-24");
    // Falun, Gävle, Karlstad and Stockholm; Försäkringskassan listed as financier only,
    // Karlstad and Region Värmland members already.
    let area = vec![
        kommun("2080"),
        kommun("2180"),
        kommun("1780"),
        kommun("0180"),
    ];
    let given = vec![
        roles(org_id(&service, "fk"), false, true),
        roles(org_id(&service, "kommun-1780"), true, true),
        roles(org_id(&service, "region-17"), true, true),
    ];
    let answer = service
        .add_missing_members(given.clone(), area.clone())
        .expect("added");
    let members: Vec<(&str, bool, bool)> = answer
        .organisationer
        .iter()
        .filter(|r| !r.konsument)
        .map(|r| (r.organisation.namn.as_str(), r.medlem, r.finansiar))
        .collect();
    assert_eq!(
        members,
        [
            ("Försäkringskassan", true, true),
            ("Karlstads kommun", true, true),
            ("Region Värmland", true, true),
            ("Arbetsförmedlingen", true, false),
            ("Falu kommun", true, true),
            ("Gävle kommun", true, true),
            ("Stockholms stad", true, true),
            ("Region Dalarna", true, true),
            ("Region Gävleborg", true, true),
            ("Region Stockholm", true, true),
        ]
    );
    assert_eq!(
        answer.meddelande,
        "8 organisationer är tillagda som medlemmar: Försäkringskassan, Arbetsförmedlingen, \
         Falu kommun, Gävle kommun, Stockholms stad, Region Dalarna, Region Gävleborg och \
         Region Stockholm. Granska rollerna och välj Spara."
    );
    // Nothing is missing any more, by the warning's own rule; and nothing was written.
    let warnings = service
        .role_warnings(as_input(&answer.organisationer), area.clone())
        .expect("warnings");
    assert_eq!(warnings, Vec::new());
    assert!(service
        .forbund_page()
        .expect("page")
        .organisationer
        .iter()
        .all(|r| r.konsument));
    let again = service
        .add_missing_members(as_input(&answer.organisationer), area)
        .expect("again");
    assert_eq!(
        again.meddelande,
        "Inget att lägga till: alla som ska vara medlemmar är det."
    );
}

#[test]
fn m5_lagg_till_de_som_saknas_adds_region_gotland_once_and_without_an_area_only_the_authorities() {
    let service = service_with_forbund("2026-11-24");
    let answer = service
        .add_missing_members(Vec::new(), vec![kommun("0980")])
        .expect("gotland");
    let names: Vec<&str> = answer
        .organisationer
        .iter()
        .filter(|r| !r.konsument)
        .map(|r| r.organisation.namn.as_str())
        .collect();
    assert_eq!(
        names,
        ["Försäkringskassan", "Arbetsförmedlingen", "Region Gotland"]
    );
    let without_area = service
        .add_missing_members(vec![roles(org_id(&service, "fk"), true, true)], Vec::new())
        .expect("no area");
    assert!(
        without_area
            .meddelande
            .starts_with("Arbetsförmedlingen är tillagd som medlem."),
        "{}",
        without_area.meddelande
    );
}
