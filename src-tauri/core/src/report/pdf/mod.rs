//! Styrelserapport — the year's report for the board as a two-page A4 PDF: page 1 sums up the
//! year (medel, kostnader, saldo, budget against utfall per insats with bars, deltagare),
//! page 2 shows every year (a table and line charts). Drawn with `krilla`; the fonts
//! (DejaVu Sans, licence in `fonts/`) are embedded as subsets. Charts are drawn as paths
//! here, so no chart or SVG library is needed.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use super::{Arsrapport, RapportInsats};

mod canvas;
mod summary;
mod years;

use crate::domain::insats::Inriktning;
use crate::domain::oversikt::{AllYears, YearFigures};
use crate::error::CoreError;
use crate::money::Kronor;
use canvas::*;
use summary::summary_page;
use years::years_page;

static REGULAR: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");

/// A4 in points.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 48.0;
const RIGHT: f32 = WIDTH - MARGIN;

const INK: (u8, u8, u8) = (33, 37, 41);
const MUTED: (u8, u8, u8) = (96, 103, 112);
const RULE: (u8, u8, u8) = (206, 212, 218);
const BAND: (u8, u8, u8) = (243, 245, 247);
const BUDGET: (u8, u8, u8) = (166, 193, 222);
const UTFALL: (u8, u8, u8) = (31, 78, 121);
const SALDO: (u8, u8, u8) = (46, 125, 50);
const WARN: (u8, u8, u8) = (176, 42, 55);
const COST: (u8, u8, u8) = (214, 120, 30);
const WOMEN: (u8, u8, u8) = (128, 60, 150);

/// The report as PDF bytes: the year's `report` and every year's figures in `alla`.
pub fn render(report: &Arsrapport, alla: &AllYears) -> crate::Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    let mut document = Document::new();
    let title = format!("Styrelserapport {} – {}", report.year, report.forbund.namn);
    let d = report.skapad;
    use chrono::Datelike;
    document.set_metadata(
        Metadata::new()
            .title(title)
            .language("sv".to_owned())
            .creator("Finsamkollen".to_owned())
            .creation_date(
                DateTime::new(u16::try_from(d.year()).unwrap_or(2000))
                    .month(u8::try_from(d.month()).unwrap_or(1))
                    .day(u8::try_from(d.day()).unwrap_or(1)),
            ),
    );
    let settings = || PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| error("sidstorlek"));
    {
        let mut page = document.start_page_with(settings()?);
        let mut surface = page.surface();
        let mut c = Canvas {
            s: &mut surface,
            f: &fonts,
        };
        header(&mut c, report, "Årets siffror");
        summary_page(&mut c, report);
        footer(&mut c, report, 1);
        surface.finish();
        page.finish();
    }
    {
        let mut page = document.start_page_with(settings()?);
        let mut surface = page.surface();
        let mut c = Canvas {
            s: &mut surface,
            f: &fonts,
        };
        header(&mut c, report, "Alla år");
        years_page(&mut c, alla);
        footer(&mut c, report, 2);
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| error(&format!("{e:?}")))
}

fn error(what: &str) -> CoreError {
    CoreError::Report(format!("Styrelserapporten kunde inte skapas ({what})."))
}

/// `1 234 567 kr`, with the no-break spaces of Swedish grouping.
fn kr(k: Kronor) -> String {
    format!("{k}\u{a0}kr")
}

fn count(n: u32) -> String {
    Kronor::new(i64::from(n)).to_string()
}

fn header(c: &mut Canvas<'_, '_>, r: &Arsrapport, page_title: &str) {
    c.text(
        MARGIN,
        MARGIN + 4.0,
        &r.forbund.namn,
        style(10.5, true, MUTED),
        Align::Left,
    );
    c.text(
        MARGIN,
        MARGIN + 30.0,
        &format!("Styrelserapport {}", r.year),
        style(20.0, true, INK),
        Align::Left,
    );
    c.text(
        MARGIN,
        MARGIN + 47.0,
        page_title,
        style(11.0, false, MUTED),
        Align::Left,
    );
    c.text(
        RIGHT,
        MARGIN + 4.0,
        &format!("Datum {}", r.skapad.format("%Y-%m-%d")),
        style(9.0, false, MUTED),
        Align::Right,
    );
    if r.preliminar {
        let label = "PRELIMINÄR";
        let st = style(11.0, true, WARN);
        let w = c.width(label, st) + 16.0;
        c.rect(RIGHT - w, MARGIN + 15.0, w, 20.0, WARN);
        c.rect(
            RIGHT - w + 1.2,
            MARGIN + 16.2,
            w - 2.4,
            17.6,
            (255, 255, 255),
        );
        c.text(RIGHT - w / 2.0, MARGIN + 29.0, label, st, Align::Center);
        let n = r.kontroll.fel.len();
        let note = if n == 1 {
            "Förhandskontrollen har 1 fel".to_owned()
        } else {
            format!("Förhandskontrollen har {n} fel")
        };
        c.text(
            RIGHT,
            MARGIN + 47.0,
            &note,
            style(8.0, false, WARN),
            Align::Right,
        );
    }
    c.hline(MARGIN, RIGHT, MARGIN + 58.0, INK, 1.2);
}

fn footer(c: &mut Canvas<'_, '_>, r: &Arsrapport, page: u32) {
    let y = HEIGHT - MARGIN + 18.0;
    c.hline(MARGIN, RIGHT, y - 11.0, RULE, 0.6);
    c.text(
        MARGIN,
        y,
        &format!(
            "{} · Styrelserapport {} · {}",
            r.forbund.namn,
            r.year,
            r.skapad.format("%Y-%m-%d")
        ),
        SMALL,
        Align::Left,
    );
    c.text(RIGHT, y, &format!("Sida {page} av 2"), SMALL, Align::Right);
}

fn section(c: &mut Canvas<'_, '_>, x: f32, y: f32, title: &str) {
    c.text(x, y, title, style(11.0, true, INK), Align::Left);
}
