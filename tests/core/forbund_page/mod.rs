//! The förbund page: details, verksamhetsområde and ingående organisationer, saved
//! together with one Spara (domain spec, Förbund; D3; "Nothing is half-saved").

mod contacts_and_dates;
mod details;

use finsamkollen_core::api::AppError;

use finsamkollen_core::domain::forbund::ForbundUpdate;

use finsamkollen_core::domain::omrade::OmradeRef;

use finsamkollen_core::ops::ForbundPageSave;

use finsamkollen_core::Service;

use crate::support::{
    codes, date, kommun, org_id, roles, save_with_roles, service_on, service_with_forbund,
    unchanged_save, update_of, usual_roles,
};

/// The stored förbund record as the details form would send it back.
fn current_update(service: &Service) -> ForbundUpdate {
    update_of(&service.forbund().expect("read").expect("exists"))
}

/// A save of these details with the rest of the page unchanged.
fn save_details(service: &Service, forbund: ForbundUpdate) -> ForbundPageSave {
    ForbundPageSave {
        forbund,
        ..unchanged_save(service)
    }
}

fn stadsdel_id(service: &Service, kommun_kod: &str, namn: &str, valid_from: &str) -> i64 {
    // Raw SQL: a stadsdel by its validity period, which the picker does not search by.
    service
        .raw_db()
        .conn()
        .query_row(
            "SELECT id FROM stadsdel WHERE kommun_kod = ?1 AND namn = ?2 AND valid_from = ?3",
            [kommun_kod, namn, valid_from],
            |r| r.get(0),
        )
        .expect("stadsdel in the reference data")
}

/// A förbund with details, a verksamhetsområde and the usual members already saved.
fn service_with_saved_page() -> Service {
    let mut service = service_with_forbund("2026-11-24");
    let save = ForbundPageSave {
        forbund: ForbundUpdate {
            beskrivning: "Finsam i Fyrbodal.".into(),
            postnummer: "451 80".into(),
            ort: "Uddevalla".into(),
            ..current_update(&service)
        },
        verksamhetsomrade: vec![kommun("1485"), kommun("1488")],
        organisationer: usual_roles(&service),
        confirm_warnings: false,
    };
    service.save_forbund_page(save).expect("first save");
    service
}
