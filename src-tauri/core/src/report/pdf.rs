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
use crate::domain::insats::Inriktning;
use crate::domain::oversikt::{AllaAr, ArSiffror};
use crate::error::CoreError;
use crate::money::Kronor;

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

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
pub fn render(report: &Arsrapport, alla: &AllaAr) -> crate::Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    let mut document = Document::new();
    let title = format!("Styrelserapport {} – {}", report.ar, report.forbund.namn);
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

struct Fonts {
    regular: Font,
    bold: Font,
}

impl Fonts {
    fn load() -> crate::Result<Self> {
        let font = |bytes: &'static [u8]| {
            Font::new(bytes.to_vec().into(), 0).ok_or_else(|| error("typsnitt"))
        };
        Ok(Self {
            regular: font(REGULAR)?,
            bold: font(BOLD)?,
        })
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
    Center,
}

#[derive(Clone, Copy)]
struct Style {
    size: f32,
    bold: bool,
    color: (u8, u8, u8),
}

const fn style(size: f32, bold: bool, color: (u8, u8, u8)) -> Style {
    Style { size, bold, color }
}

const BODY: Style = style(9.0, false, INK);
const BODY_BOLD: Style = style(9.0, true, INK);
const SMALL: Style = style(7.5, false, MUTED);
const HEAD: Style = style(7.5, true, MUTED);

struct Canvas<'a, 'b> {
    s: &'a mut Surface<'b>,
    f: &'a Fonts,
}

fn color((r, g, b): (u8, u8, u8)) -> krilla::paint::Paint {
    rgb::Color::new(r, g, b).into()
}

impl Canvas<'_, '_> {
    /// The width of `text` in points: the glyphs' advances, as the simple shaping places them.
    fn width(&self, text: &str, st: Style) -> f32 {
        let bytes = if st.bold { BOLD } else { REGULAR };
        let Ok(font) = FontRef::new(bytes) else {
            return 0.0;
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(st.size), LocationRef::default());
        text.chars()
            .filter_map(|c| charmap.map(c))
            .map(|g| metrics.advance_width(g).unwrap_or(0.0))
            .sum()
    }

    /// Draws `text` with its baseline at `y`, aligned at `x`.
    fn text(&mut self, x: f32, y: f32, text: &str, st: Style, align: Align) {
        let x = match align {
            Align::Left => x,
            Align::Right => x - self.width(text, st),
            Align::Center => x - self.width(text, st) / 2.0,
        };
        self.s.set_fill(Some(Fill {
            paint: color(st.color),
            opacity: NormalizedF32::ONE,
            rule: FillRule::NonZero,
        }));
        let font = if st.bold {
            self.f.bold.clone()
        } else {
            self.f.regular.clone()
        };
        self.s.draw_text(
            Point::from_xy(x, y),
            font,
            st.size,
            text,
            false,
            TextDirection::LeftToRight,
        );
    }

    /// Text cut with "…" to fit `max` points.
    fn fit(&self, text: &str, st: Style, max: f32) -> String {
        if self.width(text, st) <= max {
            return text.to_owned();
        }
        let mut chars: Vec<char> = text.chars().collect();
        while !chars.is_empty() {
            chars.pop();
            let candidate: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
            if self.width(&candidate, st) <= max {
                return candidate;
            }
        }
        "…".to_owned()
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: (u8, u8, u8)) {
        let Some(rect) = Rect::from_xywh(x, y, w.max(0.01), h.max(0.01)) else {
            return;
        };
        let mut pb = PathBuilder::new();
        pb.push_rect(rect);
        if let Some(path) = pb.finish() {
            self.s.set_stroke(None);
            self.s.set_fill(Some(Fill {
                paint: color(fill),
                opacity: NormalizedF32::ONE,
                rule: FillRule::NonZero,
            }));
            self.s.draw_path(&path);
        }
    }

    fn polyline(&mut self, points: &[(f32, f32)], stroke: (u8, u8, u8), width: f32) {
        let mut pb = PathBuilder::new();
        for (i, &(x, y)) in points.iter().enumerate() {
            if i == 0 {
                pb.move_to(x, y);
            } else {
                pb.line_to(x, y);
            }
        }
        if let Some(path) = pb.finish() {
            self.s.set_fill(None);
            self.s.set_stroke(Some(Stroke {
                paint: color(stroke),
                width,
                ..Stroke::default()
            }));
            self.s.draw_path(&path);
            self.s.set_stroke(None);
        }
    }

    fn hline(&mut self, x1: f32, x2: f32, y: f32, stroke: (u8, u8, u8), width: f32) {
        self.polyline(&[(x1, y), (x2, y)], stroke, width);
    }

    fn dot(&mut self, x: f32, y: f32, r: f32, fill: (u8, u8, u8)) {
        self.rect(x - r, y - r, 2.0 * r, 2.0 * r, fill);
    }
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
        &format!("Styrelserapport {}", r.ar),
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
            r.ar,
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

/// Page 1: the year in figures.
fn summary_page(c: &mut Canvas<'_, '_>, r: &Arsrapport) {
    let mut y = MARGIN + 88.0;
    let col = 205.0;
    let left = MARGIN;
    let right = MARGIN + col + 24.0;
    let right_w = RIGHT - right;

    // Medel.
    section(c, left, y, "Medel");
    let medel = r.medel.as_ref();
    let zero = Kronor::ZERO;
    let rows = [
        (
            "Samverkansparterna",
            medel.map_or(zero, |m| m.samverkansparterna),
        ),
        ("ESF+", medel.map_or(zero, |m| m.esf_plus)),
        (
            "Överskott från föregående år",
            medel.map_or(zero, |m| m.overskott),
        ),
    ];
    let mut ly = y + 18.0;
    for (label, value) in rows {
        c.text(left, ly, label, BODY, Align::Left);
        c.text(left + col, ly, &kr(value), BODY, Align::Right);
        c.hline(left, left + col, ly + 4.5, RULE, 0.4);
        ly += 15.0;
    }
    c.text(left, ly, "Summa medel", BODY_BOLD, Align::Left);
    c.text(
        left + col,
        ly,
        &kr(r.summering.medel),
        BODY_BOLD,
        Align::Right,
    );
    if medel.is_none() {
        c.text(
            left,
            ly + 14.0,
            "Medel är inte registrerade för året.",
            style(8.0, false, WARN),
            Align::Left,
        );
    }

    // Kostnader och saldo.
    section(c, right, y, "Kostnader och saldo");
    let budget_x = right + right_w * 0.70;
    let utfall_x = RIGHT;
    c.text(budget_x, y + 14.0, "BUDGET", HEAD, Align::Right);
    c.text(utfall_x, y + 14.0, "UTFALL", HEAD, Align::Right);
    let s = &r.summering;
    let kost_b = s
        .insatser
        .budget
        .saturating_add(s.administrativa_kostnader.budget);
    let kost_u = s
        .insatser
        .utfall
        .saturating_add(s.administrativa_kostnader.utfall);
    let rows = [
        ("Insatser", s.insatser.budget, s.insatser.utfall, false),
        (
            "Administrativa kostnader",
            s.administrativa_kostnader.budget,
            s.administrativa_kostnader.utfall,
            false,
        ),
        ("Summa kostnader", kost_b, kost_u, true),
        ("Saldo", s.saldo.budget, s.saldo.utfall, true),
    ];
    let mut ry = y + 28.0;
    for (label, b, u, strong) in rows {
        let st = if strong { BODY_BOLD } else { BODY };
        c.text(right, ry, label, st, Align::Left);
        c.text(budget_x, ry, &kr(b), st, Align::Right);
        c.text(utfall_x, ry, &kr(u), st, Align::Right);
        c.hline(right, RIGHT, ry + 4.5, RULE, 0.4);
        ry += 15.0;
    }
    let missing = r.insatser.iter().filter(|i| i.utfall.is_none()).count()
        + usize::from(r.administrativa_kostnader.utfall.is_none());
    if missing > 0 {
        c.text(
            right,
            ry,
            &format!("Utfall saknas för {missing} rader och räknas som 0 kr."),
            style(8.0, false, MUTED),
            Align::Left,
        );
    }

    // Deltagare.
    y = ly.max(ry) + 30.0;
    section(c, left, y, "Deltagare");
    let (mut k, mut m, mut a) = (0u32, 0u32, 0u32);
    for i in r.insatser.iter().filter(|i| i.foljer_deltagare) {
        k += i.deltagare.kvinnor.unwrap_or(0);
        m += i.deltagare.man.unwrap_or(0);
        a += i.deltagare.antal.unwrap_or(0);
    }
    let figures = [
        ("Kvinnor", k, "individinriktade insatser"),
        ("Män", m, "individinriktade insatser"),
        ("Antal", a, "övriga insatser"),
        ("Totalt", k + m + a, "alla insatser"),
    ];
    let w = (RIGHT - MARGIN) / 4.0;
    for (i, (label, n, note)) in figures.iter().enumerate() {
        let x = MARGIN + w * i as f32;
        c.rect(x, y + 8.0, w - 8.0, 56.0, BAND);
        c.text(x + 9.0, y + 21.0, label, HEAD, Align::Left);
        c.text(
            x + 9.0,
            y + 41.0,
            &count(*n),
            style(16.0, true, INK),
            Align::Left,
        );
        c.text(x + 9.0, y + 56.0, note, SMALL, Align::Left);
    }

    // Budget och utfall per insats, with bars.
    y += 96.0;
    section(c, left, y, "Budget och utfall per insats");
    legend(c, RIGHT, y - 1.0);
    insats_table(c, r, y + 10.0, HEIGHT - MARGIN - 20.0);
}

fn legend(c: &mut Canvas<'_, '_>, right: f32, y: f32) {
    let items = [("Budget", BUDGET), ("Utfall", UTFALL)];
    let mut x = right;
    for (label, fill) in items.iter().rev() {
        let w = c.width(label, SMALL);
        c.text(x, y, label, SMALL, Align::Right);
        x -= w + 4.0;
        c.rect(x - 8.0, y - 6.5, 8.0, 7.0, *fill);
        x -= 18.0;
    }
}

/// The insatser as rows, each with its budget and utfall as two bars on a common scale.
fn insats_table(c: &mut Canvas<'_, '_>, r: &Arsrapport, top: f32, bottom: f32) {
    let name_w = 150.0;
    let budget_x = MARGIN + name_w + 70.0;
    let utfall_x = budget_x + 70.0;
    let delt_x = utfall_x + 10.0;
    let bars_x = delt_x + 92.0;
    let bars_w = RIGHT - bars_x;
    let head_y = top + 12.0;
    c.text(MARGIN, head_y, "INSATS", HEAD, Align::Left);
    c.text(budget_x, head_y, "BUDGET", HEAD, Align::Right);
    c.text(utfall_x, head_y, "UTFALL", HEAD, Align::Right);
    c.text(delt_x, head_y, "DELTAGARE", HEAD, Align::Left);
    c.hline(MARGIN, RIGHT, head_y + 4.0, INK, 0.6);

    let rows: Vec<(String, Option<Kronor>, Option<Kronor>, String)> = r
        .insatser
        .iter()
        .map(|i| (i.namn.clone(), i.budget, i.utfall, deltagare(i)))
        .chain(std::iter::once((
            "Administrativa kostnader".to_owned(),
            r.administrativa_kostnader.budget,
            r.administrativa_kostnader.utfall,
            String::new(),
        )))
        .collect();
    let max = rows
        .iter()
        .flat_map(|(_, b, u, _)| [b, u])
        .filter_map(|k| k.map(Kronor::get))
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    let space = bottom - (head_y + 6.0) - 18.0;
    // The page is one page: rows shrink to fit, down to a readable size; past that the
    // rest are named by count (the XLSX and JSON reports list every insats).
    let row_h = (space / rows.len() as f32).clamp(10.0, 24.0);
    let fits = ((space / row_h) as usize).min(rows.len());
    let (shown, rest) = if fits < rows.len() {
        (fits.saturating_sub(1), rows.len() - fits.saturating_sub(1))
    } else {
        (rows.len(), 0)
    };
    let size = (row_h * 0.56).clamp(6.5, 9.0);
    let st = style(size, false, INK);
    let mut y = head_y + 6.0;
    for (i, (namn, b, u, d)) in rows.iter().take(shown).enumerate() {
        if i % 2 == 1 {
            c.rect(MARGIN, y, RIGHT - MARGIN, row_h, BAND);
        }
        let base = y + row_h / 2.0 + size * 0.36;
        c.text(
            MARGIN + 2.0,
            base,
            &c.fit(namn, st, name_w),
            st,
            Align::Left,
        );
        let dash = "–".to_owned();
        c.text(
            budget_x,
            base,
            &b.map_or(dash.clone(), kr),
            st,
            Align::Right,
        );
        c.text(utfall_x, base, &u.map_or(dash, kr), st, Align::Right);
        c.text(delt_x, base, &c.fit(d, st, 86.0), st, Align::Left);
        let bar_h = ((row_h - 4.0) / 2.0).min(7.0);
        let bar_y = y + (row_h - 2.0 * bar_h) / 2.0;
        if let Some(b) = b {
            c.rect(
                bars_x,
                bar_y,
                bars_w * b.get().max(0) as f32 / max,
                bar_h,
                BUDGET,
            );
        }
        if let Some(u) = u {
            c.rect(
                bars_x,
                bar_y + bar_h,
                bars_w * u.get().max(0) as f32 / max,
                bar_h,
                UTFALL,
            );
        }
        y += row_h;
    }
    c.hline(MARGIN, RIGHT, y, RULE, 0.6);
    if rest > 0 {
        c.text(
            MARGIN + 2.0,
            y + 12.0,
            &format!(
                "… och {rest} rader till, som inte får plats på sidan; alla finns i årsrapporten."
            ),
            style(8.0, false, MUTED),
            Align::Left,
        );
    }
}

/// Kvinnor and män for individinriktade insatser, antal for the others; "–" when the
/// insats does not follow its participants.
fn deltagare(i: &RapportInsats) -> String {
    if !i.foljer_deltagare {
        return "–".to_owned();
    }
    let d = &i.deltagare;
    let n = |v: Option<u32>| v.map_or("–".to_owned(), count);
    match i.inriktning {
        Inriktning::Individinriktad => format!("K {} · M {}", n(d.kvinnor), n(d.man)),
        Inriktning::Strukturovergripande => format!("Antal {}", n(d.antal)),
    }
}

/// Page 2: every year, as a table and line charts.
fn years_page(c: &mut Canvas<'_, '_>, alla: &AllaAr) {
    // Years with nothing registered would only draw lines down to zero; they are named
    // below the table instead.
    let with: Vec<ArSiffror> = alla.ar.iter().filter(|a| a.har_siffror).cloned().collect();
    let empty: Vec<String> = alla
        .ar
        .iter()
        .filter(|a| !a.har_siffror)
        .map(|a| a.ar.to_string())
        .collect();
    let years = if with.is_empty() { &alla.ar } else { &with };
    let mut y = MARGIN + 88.0;
    section(c, MARGIN, y, "Medel, kostnader och saldo per år");
    y += 10.0;
    let cols: [(&str, f32); 8] = [
        ("ÅR", MARGIN + 2.0),
        ("MEDEL", MARGIN + 110.0),
        ("EGET KAPITAL", MARGIN + 195.0),
        ("KOSTNADER", MARGIN + 285.0),
        ("SALDO", MARGIN + 370.0),
        ("KVINNOR", MARGIN + 418.0),
        ("MÄN", MARGIN + 455.0),
        ("ANTAL", RIGHT - 2.0),
    ];
    let head_y = y + 12.0;
    for (i, (label, x)) in cols.iter().enumerate() {
        let align = if i == 0 { Align::Left } else { Align::Right };
        c.text(*x, head_y, label, HEAD, align);
    }
    c.hline(MARGIN, RIGHT, head_y + 4.0, INK, 0.6);
    let n = years.len().max(1) as f32;
    let row_h = (300.0 / n).clamp(11.0, 16.0);
    let size = (row_h * 0.56).clamp(7.0, 8.5);
    let st = style(size, false, INK);
    let mut ry = head_y + 6.0;
    let mut any_missing = false;
    for (i, a) in years.iter().enumerate() {
        if i % 2 == 1 {
            c.rect(MARGIN, ry, RIGHT - MARGIN, row_h, BAND);
        }
        let base = ry + row_h / 2.0 + size * 0.36;
        let mark = if a.utfall_saknas > 0 {
            any_missing = true;
            "*"
        } else {
            ""
        };
        let money = |k: Kronor| {
            if a.medel_registrerade || k != Kronor::ZERO {
                kr(k)
            } else {
                "–".to_owned()
            }
        };
        let values = [
            format!("{}{mark}", a.ar),
            money(a.medel),
            money(a.eget_kapital),
            kr(a.kostnader),
            money(a.saldo),
            count(a.kvinnor),
            count(a.man),
            count(a.antal),
        ];
        for (j, ((_, x), v)) in cols.iter().zip(values.iter()).enumerate() {
            let align = if j == 0 { Align::Left } else { Align::Right };
            c.text(*x, base, v, st, align);
        }
        ry += row_h;
    }
    c.hline(MARGIN, RIGHT, ry, RULE, 0.6);
    if any_missing {
        c.text(
            MARGIN + 2.0,
            ry + 11.0,
            "* Utfall saknas ännu för några rader; kostnaderna är då ofullständiga.",
            style(7.5, false, MUTED),
            Align::Left,
        );
    }
    c.text(
        RIGHT,
        ry + 11.0,
        "Kvinnor och män: individinriktade insatser. Antal: övriga.",
        style(7.5, false, MUTED),
        Align::Right,
    );

    if !with.is_empty() && !empty.is_empty() {
        c.text(
            MARGIN + 2.0,
            ry + 22.0,
            &format!("Inga siffror registrerade: {}.", empty.join(", ")),
            style(7.5, false, MUTED),
            Align::Left,
        );
        ry += 11.0;
    }
    let chart_top = ry + 38.0;
    let space = HEIGHT - MARGIN - 30.0 - chart_top;
    let money_h = space * 0.58;
    line_chart(
        c,
        "Medel, kostnader och saldo (kr)",
        chart_top,
        money_h - 34.0,
        years,
        &[
            ("Medel", UTFALL, &|a: &ArSiffror| a.medel.get()),
            ("Kostnader", COST, &|a: &ArSiffror| a.kostnader.get()),
            ("Saldo", SALDO, &|a: &ArSiffror| a.saldo.get()),
        ],
        Unit::Kronor,
    );
    line_chart(
        c,
        "Deltagare",
        chart_top + money_h,
        space - money_h - 20.0,
        years,
        &[
            ("Kvinnor", WOMEN, &|a: &ArSiffror| i64::from(a.kvinnor)),
            ("Män", UTFALL, &|a: &ArSiffror| i64::from(a.man)),
            ("Antal (övriga)", SALDO, &|a: &ArSiffror| {
                i64::from(a.antal)
            }),
        ],
        Unit::Count,
    );
}

#[derive(Clone, Copy)]
enum Unit {
    Kronor,
    Count,
}

type Series<'a> = (&'a str, (u8, u8, u8), &'a dyn Fn(&ArSiffror) -> i64);

/// A line chart of `series` over the years, with a titled frame, gridlines at round values
/// and a legend.
fn line_chart(
    c: &mut Canvas<'_, '_>,
    title: &str,
    top: f32,
    height: f32,
    years: &[ArSiffror],
    series: &[Series<'_>],
    unit: Unit,
) {
    section(c, MARGIN, top, title);
    // Legend on the title's line.
    let mut x = RIGHT;
    for (label, stroke, _) in series.iter().rev() {
        let w = c.width(label, SMALL);
        c.text(x, top - 1.0, label, SMALL, Align::Right);
        x -= w + 4.0;
        c.hline(x - 14.0, x, top - 3.5, *stroke, 2.0);
        x -= 26.0;
    }
    let plot_left = MARGIN + 52.0;
    let plot_top = top + 14.0;
    let plot_bottom = top + height;
    let plot_right = RIGHT - 6.0;
    let values: Vec<i64> = years
        .iter()
        .flat_map(|a| series.iter().map(move |(_, _, f)| f(a)))
        .collect();
    let lo = values.iter().copied().min().unwrap_or(0).min(0);
    let hi = values.iter().copied().max().unwrap_or(0).max(1);
    let (lo, hi, step) = nice_scale(lo, hi);
    let y_of = |v: i64| plot_bottom - (v - lo) as f32 / (hi - lo) as f32 * (plot_bottom - plot_top);
    let mut v = lo;
    while v <= hi {
        let y = y_of(v);
        let stroke = if v == 0 { MUTED } else { RULE };
        c.hline(
            plot_left,
            plot_right,
            y,
            stroke,
            if v == 0 { 0.7 } else { 0.4 },
        );
        c.text(
            plot_left - 6.0,
            y + 2.5,
            &axis_label(v, step, unit),
            SMALL,
            Align::Right,
        );
        v += step;
    }
    let n = years.len();
    let x_of = |i: usize| {
        if n <= 1 {
            (plot_left + plot_right) / 2.0
        } else {
            plot_left + 10.0 + i as f32 * (plot_right - plot_left - 20.0) / (n - 1) as f32
        }
    };
    // Year labels: every year when they fit, else every second or fifth.
    let every = match n {
        0..=12 => 1,
        13..=24 => 2,
        _ => 5,
    };
    for (i, a) in years.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            c.text(
                x_of(i),
                plot_bottom + 11.0,
                &a.ar.to_string(),
                SMALL,
                Align::Center,
            );
        }
    }
    for (_, stroke, f) in series {
        let points: Vec<(f32, f32)> = years
            .iter()
            .enumerate()
            .map(|(i, a)| (x_of(i), y_of(f(a))))
            .collect();
        c.polyline(&points, *stroke, 1.8);
        for &(x, y) in &points {
            c.dot(x, y, 1.6, *stroke);
        }
    }
}

/// Round axis bounds and step: 1, 2 or 5 times a power of ten, about five steps.
fn nice_scale(lo: i64, hi: i64) -> (i64, i64, i64) {
    let span = (hi - lo).max(1);
    let raw = span as f64 / 5.0;
    let pow = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * pow)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * pow)
        .max(1.0) as i64;
    let lo = lo.div_euclid(step) * step;
    let hi = (hi + step - 1).div_euclid(step) * step;
    (lo, hi, step)
}

/// An axis value in Swedish form: `1,5 mkr`, `500 tkr`, `250 kr`, or a count.
fn axis_label(v: i64, step: i64, unit: Unit) -> String {
    match unit {
        _ if v == 0 => "0".to_owned(),
        Unit::Count => count(u32::try_from(v).unwrap_or(0)),
        Unit::Kronor if step >= 100_000 => {
            let m = v as f64 / 1_000_000.0;
            let text = if step % 1_000_000 == 0 {
                format!("{m:.0}")
            } else {
                format!("{m:.1}")
            };
            format!("{}\u{a0}mkr", text.replace('.', ",").replace('-', "−"))
        }
        Unit::Kronor if step >= 1000 => {
            format!("{}\u{a0}tkr", Kronor::new(v / 1000))
        }
        Unit::Kronor => kr(Kronor::new(v)),
    }
}
