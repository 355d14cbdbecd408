//! The förbund's details, verksamhetsområde and members, saved as the förbund page saves
//! them.

use finsamkollen_core::domain::omrade::OmradeRef;
use finsamkollen_core::domain::organisation::RollerInput;
use finsamkollen_core::ops::{ForbundPageAndring, Service};
use finsamkollen_core::rules::forbund::{Details, ValidForbund};
use finsamkollen_core::rules::orgnr::Organisationsnummer;

use crate::date;
use crate::rng::FRAGMENTS;

fn organisation_id(service: &Service, nyckel: &str) -> finsamkollen_core::Result<i64> {
    // Raw SQL: the fixed national keys (`nyckel`) have no typed lookup.
    Ok(service.raw_db().conn().query_row(
        "SELECT id FROM organisation WHERE nyckel = ?1",
        [nyckel],
        |r| r.get(0),
    )?)
}

/// The förbund's details, a verksamhetsområde of five kommuner in Västra Götaland, and
/// members whose roles satisfy M1–M4 in every year.
pub(crate) fn apply_forbund_page(
    service: &mut Service,
    first_year: i32,
) -> finsamkollen_core::Result<()> {
    let kommuner = ["1480", "1482", "1440", "1441", "1402"];
    let mut organisationer = vec![
        RollerInput {
            organisation_id: organisation_id(service, "fk")?,
            medlem: true,
            finansiar: true,
        },
        RollerInput {
            organisation_id: organisation_id(service, "af")?,
            medlem: true,
            finansiar: false,
        },
        RollerInput {
            organisation_id: organisation_id(service, "region-14")?,
            medlem: true,
            finansiar: true,
        },
        RollerInput {
            organisation_id: organisation_id(service, "esf")?,
            medlem: false,
            finansiar: true,
        },
        RollerInput {
            organisation_id: organisation_id(service, "forbund")?,
            medlem: false,
            finansiar: true,
        },
    ];
    for kod in kommuner {
        organisationer.push(RollerInput {
            organisation_id: organisation_id(service, &format!("kommun-{kod}"))?,
            medlem: true,
            finansiar: true,
        });
    }
    let today = service.today();
    let page = ForbundPageAndring {
        forbund: ValidForbund {
            details: Details {
                beskrivning: FRAGMENTS.join(" "),
                gatuadress: "Storgatan 1".into(),
                postnummer: "411 01".into(),
                ort: "Göteborg".into(),
                kontakt_namn: "Anna Andersson".into(),
                kontakt_telefon: "031-123 45 67".into(),
                kontakt_epost: "kansli@provdata.se".into(),
            },
            ..created(first_year)?
        },
        verksamhetsomrade: kommuner
            .iter()
            .map(|kod| OmradeRef {
                kommun_kod: (*kod).into(),
                stadsdel_id: None,
            })
            .collect(),
        organisationer,
        confirm_warnings: false,
    };
    service.apply_forbund_page(page, today)?;
    Ok(())
}

/// The förbund as "Skapa förbund" creates it: its name, organisationsnummer and startdatum.
pub(crate) fn created(first_year: i32) -> finsamkollen_core::Result<ValidForbund> {
    Ok(ValidForbund {
        namn: "Samordningsförbundet Provdata".into(),
        organisationsnummer: Organisationsnummer::parse("222000-1354")?,
        startdatum: date(first_year, 1, 1),
        slutdatum: None,
        details: Details::default(),
    })
}
