//! The start page: its years with their status, the default year, and a locked year.

use finsamkollen_core::domain::insats::{Inriktning, InsatsStatus, NewInsats};
use finsamkollen_core::domain::year::YearStatus;

use crate::support::{
    avsluta, insats_with_dates, new_insats, on_day, service_on, service_with_forbund,
    CreateWhenOpen,
};

#[test]
fn start_page_needs_a_forbund() {
    let service = service_on("2026-11-24");
    assert_eq!(
        service.start_page(None).expect_err("none").code(),
        "no_forbund"
    );
}

#[test]
fn start_page_y5_lists_years_with_their_status() {
    let service = service_with_forbund("2026-11-24");
    let page = service.start_page(None).expect("page");
    assert_eq!(page.year, 2026);
    let years: Vec<i32> = page.years.iter().map(|y| y.year).collect();
    assert_eq!(years, (2019..=2027).collect::<Vec<_>>());
    let y2026 = page.years.iter().find(|y| y.year == 2026).expect("2026");
    assert_eq!(y2026.label, "Öppen för ändringar t.o.m. 15 april 2027");
    let y2025 = page.years.iter().find(|y| y.year == 2025).expect("2025");
    assert!(matches!(y2025.status, YearStatus::Locked { .. }));
}

#[test]
fn start_page_opens_on_last_year_during_the_reporting_season() {
    let service = service_with_forbund("2026-04-15");
    assert_eq!(service.start_page(None).expect("page").year, 2025);
}

#[test]
fn start_page_y6_a_locked_year_says_so_and_offers_no_new_insats() {
    let mut service = service_with_forbund("2026-04-16");
    // Marked inrapporterat, 2025 is no historik year (Y8): nothing new may start in it.
    service.mark_inrapporterat(2025).expect("marked");
    let locked = service.start_page(Some(2025)).expect("2025");
    assert_eq!(
        locked.lock_notice.as_deref(),
        Some("2025 är låst sedan 16 april 2026 och kan bara läsas.")
    );
    assert!(!locked.ny_insats);
    for year in [2026, 2027] {
        let open = service.start_page(Some(year)).expect("open year");
        assert_eq!(open.lock_notice, None, "{year}");
        assert!(open.ny_insats, "{year}");
    }
    // The last day of the reporting season 2025 is still open.
    let open = service_with_forbund("2026-04-15")
        .start_page(Some(2025))
        .expect("2025");
    assert_eq!(open.lock_notice, None);
    assert!(open.ny_insats);
}

#[test]
fn start_page_y3_refuses_a_year_outside_the_picker() {
    let service = service_with_forbund("2026-11-24");
    let error = service.start_page(Some(2018)).expect_err("before start");
    assert_eq!(error.code(), "year_out_of_range");
    let error = service.start_page(Some(2028)).expect_err("after next year");
    assert_eq!(error.code(), "year_out_of_range");
}

#[test]
fn start_page_i2_lists_insatser_running_in_the_year_avslutade_marked() {
    let mut service = service_with_forbund("2026-11-24");
    insats_with_dates(&mut service, "Steget vidare", "2020-03-01", "");
    let arena = NewInsats {
        foljer_deltagare: false,
        esf: true,
        startdatum: "2021-01-01".into(),
        slutdatum: "2022-06-30".into(),
        ..new_insats(
            &service,
            "Arena samverkan",
            Inriktning::Strukturovergripande,
        )
    };
    let arena = service.create_insats_when_open(arena).expect("insats").id;
    // Avslutad on its planned end, in 2022.
    on_day(&mut service, "2022-06-30", |s| {
        avsluta(s, arena, "2022-06-30")
    })
    .expect("avsluta");
    insats_with_dates(&mut service, "Framtid", "2024-01-01", "");
    let names = |year| {
        service
            .start_page(Some(year))
            .expect("page")
            .insatser
            .into_iter()
            .map(|i| (i.namn, i.status))
            .collect::<Vec<_>>()
    };
    assert_eq!(names(2019), []);
    assert_eq!(
        names(2022),
        [
            ("Arena samverkan".to_owned(), InsatsStatus::Avslutad),
            ("Steget vidare".to_owned(), InsatsStatus::Pagaende)
        ]
    );
    assert_eq!(
        names(2023),
        [("Steget vidare".to_owned(), InsatsStatus::Pagaende)]
    );
    assert_eq!(names(2024).len(), 2);
}

#[test]
fn start_gives_the_first_screen_in_one_call() {
    let service = service_with_forbund("2026-11-24");
    let start = service.start(None).expect("start");
    assert_eq!(start.startup, service.startup().expect("startup"));
    let page = start.page.expect("a förbund, so a page");
    assert_eq!(page, service.start_page(None).expect("page"));
    assert_eq!(
        start.year_view,
        Some(service.year_view(page.year).expect("year view"))
    );
    assert_eq!(
        start.kontroll_status,
        service.kontroll_status().expect("the check's state")
    );
    let chosen = service.start(Some(2024)).expect("2024");
    assert_eq!(chosen.year_view.expect("year view").year, 2024);
    assert_eq!(
        service.start(Some(2018)).expect_err("before start").code(),
        "year_out_of_range"
    );
}

#[test]
fn start_without_a_forbund_gives_only_the_startup_state() {
    let service = service_on("2026-11-24");
    let start = service.start(None).expect("start");
    assert_eq!(start.startup.forbund, None);
    assert_eq!(start.page, None);
    assert_eq!(start.year_view, None);
    assert!(start.kontroll_status.is_empty());
}
