//! Eget kapital carried over (domain spec F4, issue 25 part 4): a year's "överskott från
//! föregående år" against what the previous year's own figures leave, medel less utfall.
//! Shown beside the field with "Använd", and a warning in the check, never a refusal.

use finsamkollen_core::domain::budget::BudgetInput;
use finsamkollen_core::Service;

use crate::support::{
    cells, medel, org_id, roles, running_year_2026, save_medel, save_with_roles, usual_roles,
};

/// 2026 running (see `running_year_2026`), seen on 2026-03-01 so 2025 is still open, with
/// 2025's medel 1 000 000 + 100 000 ESF+ + 50 000 överskott and its utfall 800 000 for
/// "Steget vidare" and 200 000 for the admin costs: 150 000 kr left. The förbund is its own
/// financier (M4), since it has överskott.
fn with_2025(insats_utfall: &str) -> Service {
    let (mut service, id) = running_year_2026("2026-03-01");
    let mut rows = usual_roles(&service);
    rows.retain(|r| r.organisation_id != org_id(&service, "forbund"));
    rows.push(roles(org_id(&service, "forbund"), false, true));
    let save = save_with_roles(&service, rows);
    service.save_forbund_page(save).expect("roles");
    save_medel(&mut service, medel(2025, "1 000 000", "100 000", "50 000"));
    service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![
                cells(&format!("insats-{id}"), "800 000", insats_utfall, "20"),
                cells("admin", "200 000", "200 000", ""),
            ],
        })
        .expect("2025");
    service
}

fn f4_warnings(service: &Service) -> Vec<String> {
    let check = service.forhandskontroll(2026).expect("check");
    assert!(
        !check.fel.iter().any(|a| a.kod.starts_with("f4")),
        "never an error"
    );
    check
        .varningar
        .into_iter()
        .filter(|a| a.kod == "f4_overskott_fran_fjol")
        .map(|a| a.text)
        .collect()
}

#[test]
fn f4_the_figure_beside_overskott_is_last_years_medel_less_its_utfall() {
    let service = with_2025("800 000");
    let view = service.year_view(2026).expect("view");
    let figure = view.overskott_fran_fjol.expect("2025 is complete");
    assert_eq!(figure.belopp.get(), 150_000);
    assert_eq!(figure.forslag.get(), 150_000);
    assert_eq!(
        figure.text,
        "Enligt 2025 års siffror: medel 1\u{a0}150\u{a0}000 kr − utfall 1\u{a0}000\u{a0}000 kr \
         = 150\u{a0}000 kr."
    );
    // 2026 has överskott 0 stored, which differs: the warning is on the view too.
    assert!(figure.varning.is_some());
}

#[test]
fn f4_a_differing_overskott_is_a_warning_naming_both_amounts_never_a_refusal() {
    let mut service = with_2025("800 000");
    save_medel(&mut service, medel(2026, "1 000 000", "0", "120 000"));
    assert_eq!(
        f4_warnings(&service),
        vec![
            "Överskottet från föregående år för 2026 är 120\u{a0}000 kr, men 2025 års siffror \
             lämnar 150\u{a0}000 kr (medel 1\u{a0}150\u{a0}000 kr − utfall 1\u{a0}000\u{a0}000 \
             kr). Andra intäkter eller periodiseringar kan förklara skillnaden; stämmer den \
             inte, rätta överskottet eller 2025 års siffror."
                .to_owned()
        ]
    );
}

#[test]
fn f4_the_same_amount_gives_no_warning() {
    let mut service = with_2025("800 000");
    save_medel(&mut service, medel(2026, "1 000 000", "0", "150 000"));
    assert!(f4_warnings(&service).is_empty());
    let view = service.year_view(2026).expect("view");
    assert_eq!(view.overskott_fran_fjol.expect("figure").varning, None);
}

#[test]
fn f4_nothing_is_said_while_an_utfall_of_last_year_is_missing() {
    let service = with_2025("");
    assert_eq!(
        service.year_view(2026).expect("view").overskott_fran_fjol,
        None
    );
    assert!(f4_warnings(&service).is_empty());
}

#[test]
fn f4_nothing_is_said_without_last_years_medel() {
    let (service, _) = running_year_2026("2026-03-01");
    assert_eq!(
        service.year_view(2026).expect("view").overskott_fran_fjol,
        None
    );
    assert!(f4_warnings(&service).is_empty());
}

#[test]
fn f4_after_a_deficit_anvand_offers_zero() {
    let service = with_2025("1 000 000");
    let figure = service
        .year_view(2026)
        .expect("view")
        .overskott_fran_fjol
        .expect("figure");
    assert_eq!(figure.belopp.get(), -50_000);
    assert_eq!(figure.forslag.get(), 0);
}
