//! "Alla år" (the multi-year overview) and the styrelserapport (PDF): each year's figures
//! equal its year view's, counts go by kön for individinriktade insatser and by antal for the
//! others, and the PDF read back holds the figures, the date, the förbund and "Preliminär"
//! exactly when the check has errors. The export is written and archived like the others.

use finsamkollen_core::domain::arkiv::ReportFormat;
use finsamkollen_core::domain::budget::BudgetInput;
use finsamkollen_core::domain::insats::{Inriktning, NewInsats};
use finsamkollen_core::domain::omrade::OmradeRef;
use finsamkollen_core::{Clock, Service};

use crate::support::{
    cells, counts, date, medel, new_insats, save_with_roles, service_with_forbund, usual_roles,
    CreateWhenOpen,
};

/// Two years of a förbund (2024 and 2025), seen on 2026-03-01: an individinriktad insats
/// with kvinnor and män and a strukturövergripande one with antal, each with budget and
/// utfall, and the administrative costs. 2024 was entered while it was open.
fn two_years() -> Service {
    let mut service = service_with_forbund("2025-04-10");
    // The förbund is financier: it has a surplus in 2025 (M4).
    let mut roles = usual_roles(&service);
    roles[0].finansiar = true;
    let mut save = save_with_roles(&service, roles);
    save.verksamhetsomrade = vec![OmradeRef {
        kommun_kod: "1488".into(),
        stadsdel_id: None,
    }];
    service.save_forbund_page(save).expect("förbund page");
    let steget = service
        .create_insats_when_open(NewInsats {
            startdatum: "2024-01-01".into(),
            ..new_insats(&service, "Steget vidare", Inriktning::Individinriktad)
        })
        .expect("individinriktad")
        .id;
    let natverk = service
        .create_insats_when_open(NewInsats {
            startdatum: "2024-01-01".into(),
            ..new_insats(
                &service,
                "Kunskapsnätverk",
                Inriktning::Strukturovergripande,
            )
        })
        .expect("strukturövergripande")
        .id;
    let (a, b) = (format!("insats-{steget}"), format!("insats-{natverk}"));
    service
        .save_medel(medel(2024, "900 000", "0", "0"))
        .expect("medel 2024");
    service
        .save_budget(BudgetInput {
            year: 2024,
            rader: vec![
                cells(&a, "500 000", "480 000", "15"),
                cells(&b, "100 000", "90 000", "25"),
                cells("admin", "250 000", "240 000", ""),
            ],
        })
        .expect("budget 2024");
    service
        .save_deltagare(counts(steget, 2024, "10", "5", ""))
        .expect("counts 2024");
    service
        .save_deltagare(counts(natverk, 2024, "", "", "30"))
        .expect("antal 2024");

    service.set_clock(Clock::fixed(date("2026-03-01")));
    service
        .save_medel(medel(2025, "1 000 000", "50 000", "90 000"))
        .expect("medel 2025");
    service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![
                cells(&a, "600 000", "580 000", "20"),
                cells(&b, "120 000", "110 000", "30"),
                cells("admin", "300 000", "290 000", ""),
            ],
        })
        .expect("budget 2025");
    service
        .save_deltagare(counts(steget, 2025, "12", "8", ""))
        .expect("counts 2025");
    service
        .save_deltagare(counts(natverk, 2025, "", "", "40"))
        .expect("antal 2025");
    service
}

#[test]
fn alla_ar_gives_every_selectable_year_with_medel_kostnader_saldo_and_deltagare() {
    let alla = two_years().all_years().expect("alla år");
    assert_eq!(alla.forbund, "Samordningsförbundet Västra Fyrbodal");
    let years: Vec<i32> = alla.years.iter().map(|a| a.year).collect();
    // From the first year with figures to next year (Y2), oldest first: the förbund's
    // years 2019 to 2023 have nothing registered and are left out.
    assert_eq!(years, (2024..=2027).collect::<Vec<_>>());
    assert_eq!(
        alla.siffror_fran.as_deref(),
        Some("Siffror finns från 2024.")
    );
    let y2025 = alla.years.iter().find(|a| a.year == 2025).expect("2025");
    assert!(y2025.medel_registrerade);
    assert_eq!(y2025.medel.get(), 1_140_000);
    assert_eq!(y2025.eget_kapital.get(), 90_000);
    assert_eq!(y2025.kostnader.get(), 580_000 + 110_000 + 290_000);
    assert_eq!(y2025.kostnader_budget.get(), 600_000 + 120_000 + 300_000);
    assert_eq!(y2025.saldo.get(), 1_140_000 - 980_000);
    assert_eq!((y2025.kvinnor, y2025.man, y2025.antal), (12, 8, 40));
    assert_eq!(y2025.deltagare, 60);
    assert_eq!(y2025.utfall_saknas, 0);
    let y2024 = alla.years.iter().find(|a| a.year == 2024).expect("2024");
    assert_eq!(
        (y2024.medel.get(), y2024.kostnader.get(), y2024.saldo.get()),
        (900_000, 810_000, 90_000)
    );
    assert_eq!((y2024.kvinnor, y2024.man, y2024.antal), (10, 5, 30));
    // A year with nothing registered: no medel, its missing utfall counted.
    let y2026 = alla.years.iter().find(|a| a.year == 2026).expect("2026");
    assert!(!y2026.medel_registrerade);
    assert_eq!((y2026.medel.get(), y2026.kostnader.get()), (0, 0));
    assert_eq!(y2026.utfall_saknas, 3);
    assert!(!y2026.har_siffror);
    assert!(y2025.har_siffror && y2024.har_siffror);
}

#[test]
fn alla_ar_figures_are_each_year_views_own() {
    let service = two_years();
    let alla = service.all_years().expect("alla år");
    for a in &alla.years {
        let view = service.year_view(a.year).expect("year view");
        let s = &view.summering;
        assert_eq!(a.medel, s.medel, "medel {}", a.year);
        assert_eq!(
            a.kostnader.get(),
            s.admin_utfall.get() + s.insatser_utfall.get(),
            "kostnader {}",
            a.year
        );
        assert_eq!(a.saldo, s.saldo_utfall, "saldo {}", a.year);
        assert_eq!(
            a.utfall_saknas as usize, s.utfall_saknas,
            "saknas {}",
            a.year
        );
        assert_eq!(a.status, view.status, "status {}", a.year);
    }
}

#[test]
fn alla_ar_counts_only_insatser_that_follow_their_participants_in_the_years_they_run() {
    let mut service = two_years();
    // An insats without follow-up that ran only in 2025: its costs count in 2025 alone.
    let id = service
        .create_insats(NewInsats {
            foljer_deltagare: false,
            startdatum: "2025-02-01".into(),
            slutdatum: "2025-11-30".into(),
            ..new_insats(&service, "Seminarier", Inriktning::Strukturovergripande)
        })
        .expect("insats")
        .id;
    service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![cells(&format!("insats-{id}"), "20 000", "15 000", "")],
        })
        .expect("budget");
    let alla = service.all_years().expect("alla år");
    let y2025 = alla.years.iter().find(|a| a.year == 2025).expect("2025");
    assert_eq!(y2025.kostnader.get(), 980_000 + 15_000);
    assert_eq!(y2025.deltagare, 60);
    let y2024 = alla.years.iter().find(|a| a.year == 2024).expect("2024");
    assert_eq!(y2024.kostnader.get(), 810_000);
}

/// Every year's sums as the triggers keep them (V13), row by row.
fn ar_summa(service: &Service) -> Vec<Vec<i64>> {
    // Raw SQL: the trigger-kept sums (V13) have no typed reader; the test holds the table itself.
    let conn = service.raw_db().conn();
    let mut stmt = conn
        .prepare("SELECT * FROM ar_summa WHERE startar + slutar + deltagarrader + med_siffror + med_utfall > 0 OR budget <> 0 ORDER BY ar")
        .expect("select");
    let width = stmt.column_count();
    let rows = stmt
        .query_map([], |r| {
            (0..width)
                .map(|i| r.get(i))
                .collect::<Result<Vec<i64>, _>>()
        })
        .expect("rows");
    rows.collect::<Result<_, _>>().expect("sums")
}

/// The sums the migration counts afresh from every row, to hold the triggers' sums against.
fn counted_afresh(service: &Service) -> Vec<Vec<i64>> {
    // Raw SQL: the migration's own SQL recounts the sums, which no use case does.
    service
        .raw_db()
        .conn()
        .execute_batch(include_str!("../../migrations/V13__ar_summa.sql"))
        .expect("count again");
    ar_summa(service)
}

#[test]
fn alla_ar_sums_follow_every_change_as_a_fresh_count_would() {
    let mut service = two_years();
    let rader = service.year_view(2025).expect("2025").rader;
    let rad = |namn: &str| {
        rader
            .iter()
            .find(|r| r.namn == namn)
            .expect("the insats's row")
            .clone()
    };
    let (steget, natverk) = (rad("Steget vidare"), rad("Kunskapsnätverk"));
    // An utfall changed, a budget cell emptied, counts changed and removed.
    service
        .save_budget(BudgetInput {
            year: 2025,
            rader: vec![cells(&steget.key, "", "590 000", "20")],
        })
        .expect("budget changed");
    service
        .save_deltagare(counts(steget.insats_id.expect("id"), 2025, "13", "8", ""))
        .expect("counts changed");
    service
        .save_deltagare(counts(natverk.insats_id.expect("id"), 2025, "", "", ""))
        .expect("counts removed");
    // A new insats that starts in 2026, and another one ended early.
    let later = service
        .create_insats(NewInsats {
            startdatum: "2026-02-01".into(),
            ..new_insats(&service, "Nästa steg", Inriktning::Individinriktad)
        })
        .expect("insats")
        .id;
    let mut update = crate::support::update_of_insats(&service, later);
    update.fields.startdatum = "2026-01-15".into();
    update.fields.slutdatum = "2027-06-30".into();
    service.update_insats(update).expect("dates moved");
    let before = ar_summa(&service);
    assert_eq!(before, counted_afresh(&service));

    let alla = service.all_years().expect("alla år");
    let y2025 = alla.years.iter().find(|a| a.year == 2025).expect("2025");
    assert_eq!(y2025.kostnader.get(), 590_000 + 110_000 + 290_000);
    assert_eq!(y2025.kostnader_budget.get(), 120_000 + 300_000);
    assert_eq!((y2025.kvinnor, y2025.man, y2025.antal), (13, 8, 0));
    let y2026 = alla.years.iter().find(|a| a.year == 2026).expect("2026");
    // Both insatser of 2024 run on, and the new one starts: three rows lack utfall, and the
    // administrative costs.
    assert_eq!(y2026.utfall_saknas, 4);
}

/// The PDF's text as pdf-extract reads it, with Swedish grouping's no-break spaces and runs
/// of whitespace made single spaces, so figures can be searched as written.
fn pdf_text(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).expect("PDF text");
    text.replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn styrelserapport_pdf_holds_the_years_figures_and_every_year() {
    let mut service = two_years();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(ReportFormat::Pdf.file_name(2025));
    assert!(path.ends_with("styrelserapport-2025.pdf"));
    let post = service.export_pdf(2025, &path).expect("export");
    let bytes = std::fs::read(&path).expect("read PDF");
    assert!(bytes.starts_with(b"%PDF-"));
    if let Some(dir) = std::env::var_os("FINSAMKOLLEN_PDF_OUT") {
        std::fs::write(
            std::path::Path::new(&dir).join("styrelserapport-2025.pdf"),
            &bytes,
        )
        .expect("keep a copy to look at");
    }
    let text = pdf_text(&bytes);
    for expected in [
        "Samordningsförbundet Västra Fyrbodal",
        "Styrelserapport 2025",
        "Datum 2026-03-01",
        // Medel.
        "Samverkansparterna 1 000 000 kr",
        "ESF+ 50 000 kr",
        "Summa medel 1 140 000 kr",
        // Kostnader och saldo: budget, then utfall.
        "Insatser 720 000 kr 690 000 kr",
        "Administrativa kostnader 300 000 kr 290 000 kr",
        "Summa kostnader 1 020 000 kr 980 000 kr",
        "Saldo 120 000 kr 160 000 kr",
        // Per insats, with deltagare by kön or antal.
        "Kunskapsnätverk 120 000 kr 110 000 kr Antal 40",
        "Steget vidare 600 000 kr 580 000 kr K 12 · M 8",
        // Page 2: every year.
        "Alla år",
        "2024 900 000 kr 0 kr 810 000 kr 90 000 kr 10 5 30",
        "2025 1 140 000 kr 90 000 kr 980 000 kr 160 000 kr 12 8 40",
        "Siffror finns från 2024.",
        "Inga siffror registrerade: 2026, 2027.",
        "Sida 2 av 2",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    assert!(!text.contains("PRELIMINÄR"), "{text}");
    let info = pdf_extract::Document::load_mem(&bytes).expect("PDF");
    assert_eq!(info.get_pages().len(), 2);
    // Fonts are embedded (as subsets), not referenced.
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/FontFile2"), "no embedded TrueType font");

    assert_eq!(post.format, ReportFormat::Pdf);
    assert!(!post.preliminar);
    assert_eq!(post.sha256, finsamkollen_core::report::sha256_hex(&bytes));
    let archive = service.exports(2025).expect("archive");
    assert_eq!(archive.first(), Some(&post));
}

#[test]
fn styrelserapport_is_marked_preliminar_while_the_check_has_errors() {
    let mut service = service_with_forbund("2026-03-01");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.pdf");
    let post = service.export_pdf(2025, &path).expect("export");
    assert!(post.preliminar);
    assert!(post.fel > 0);
    let text = pdf_text(&std::fs::read(&path).expect("read"));
    assert!(text.contains("PRELIMINÄR"), "{text}");
    assert!(text.contains("Förhandskontrollen har"), "{text}");
    assert!(
        text.contains("Medel är inte registrerade för året."),
        "{text}"
    );
}

#[test]
fn styrelserapport_with_many_insatser_stays_on_one_summary_page() {
    let mut service = two_years();
    let mut rader = Vec::new();
    for i in 0..60 {
        let id = service
            .create_insats(NewInsats {
                startdatum: "2025-01-01".into(),
                ..new_insats(
                    &service,
                    &format!("Insats {i:02}"),
                    Inriktning::Individinriktad,
                )
            })
            .expect("insats")
            .id;
        rader.push(cells(&format!("insats-{id}"), "10 000", "9 000", ""));
    }
    service
        .save_budget(BudgetInput { year: 2025, rader })
        .expect("budget");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.pdf");
    service.export_pdf(2025, &path).expect("export");
    let bytes = std::fs::read(&path).expect("read");
    let info = pdf_extract::Document::load_mem(&bytes).expect("PDF");
    assert_eq!(info.get_pages().len(), 2);
    let text = pdf_text(&bytes);
    assert!(
        text.contains("rader till, som inte får plats på sidan"),
        "{text}"
    );
}
