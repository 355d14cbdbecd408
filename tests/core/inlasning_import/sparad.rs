//! A corrected mapping saved and used again next year, from the settings file.

use finsamkollen_core::report::inlasning::{Falt, FaltTyp};

use super::*;

fn sheet_of(year: i32) -> Arbetsbok {
    bok(vec![(
        "Ekonomi",
        vec![
            vec![t("Projekt"), t("Kostnad"), t(&format!("Prognos {year}"))],
            vec![t("Steget vidare"), n(1000.0), n(900.0)],
        ],
    )])
}

#[test]
fn a_saved_mapping_is_proposed_again_for_next_years_sheet_of_the_same_layout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut service, _) = with_steget();
    service.use_settings(&dir.path().join("installningar.json"));
    let last_year = sheet_of(2024);
    let [forslag] = service
        .inlasning_forslag(&last_year, false)
        .try_into()
        .expect("one");
    assert_eq!(forslag.sparad, None);
    let mut mappning = forslag.mappning;
    mappning.kolumner = vec![
        Some(Falt {
            typ: FaltTyp::Namn,
            ar: None,
        }),
        None,
        Some(Falt {
            typ: FaltTyp::Budget,
            ar: Some(2024),
        }),
    ];
    service
        .spara_inlasning_mappning(&last_year, &mappning, "Ekonomiblad")
        .expect("saved");
    let [again] = service
        .inlasning_forslag(&sheet_of(2025), false)
        .try_into()
        .expect("one");
    assert_eq!(again.sparad.as_deref(), Some("Ekonomiblad"));
    assert_eq!(
        again.mappning.kolumner[2],
        Some(Falt {
            typ: FaltTyp::Budget,
            ar: Some(2025)
        })
    );
}

#[test]
fn hidden_sheets_are_proposed_only_when_asked_for() {
    let (service, _) = with_steget();
    let mut file = sheet_of(2024);
    file.blad[0].hidden = true;
    assert!(service.inlasning_forslag(&file, false).is_empty());
    let [dolt] = service
        .inlasning_forslag(&file, true)
        .try_into()
        .expect("one");
    assert!(dolt.dolt);
}
