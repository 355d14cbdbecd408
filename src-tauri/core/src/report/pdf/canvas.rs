//! The page as the report draws on it: text in the embedded fonts, lines, boxes and bars.

use super::*;

pub(super) struct Fonts {
    pub(super) regular: Font,
    pub(super) bold: Font,
}

impl Fonts {
    pub(super) fn load() -> crate::Result<Self> {
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
pub(super) enum Align {
    Left,
    Right,
    Center,
}

#[derive(Clone, Copy)]
pub(super) struct Style {
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) color: (u8, u8, u8),
}

pub(super) const fn style(size: f32, bold: bool, color: (u8, u8, u8)) -> Style {
    Style { size, bold, color }
}

pub(super) const BODY: Style = style(9.0, false, INK);
pub(super) const BODY_BOLD: Style = style(9.0, true, INK);
pub(super) const SMALL: Style = style(7.5, false, MUTED);
pub(super) const HEAD: Style = style(7.5, true, MUTED);

pub(super) struct Canvas<'a, 'b> {
    pub(super) s: &'a mut Surface<'b>,
    pub(super) f: &'a Fonts,
}

pub(super) fn color((r, g, b): (u8, u8, u8)) -> krilla::paint::Paint {
    rgb::Color::new(r, g, b).into()
}

impl Canvas<'_, '_> {
    /// The width of `text` in points: the glyphs' advances, as the simple shaping places them.
    pub(super) fn width(&self, text: &str, st: Style) -> f32 {
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
    pub(super) fn text(&mut self, x: f32, y: f32, text: &str, st: Style, align: Align) {
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
    pub(super) fn fit(&self, text: &str, st: Style, max: f32) -> String {
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

    pub(super) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: (u8, u8, u8)) {
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

    pub(super) fn polyline(&mut self, points: &[(f32, f32)], stroke: (u8, u8, u8), width: f32) {
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

    pub(super) fn hline(&mut self, x1: f32, x2: f32, y: f32, stroke: (u8, u8, u8), width: f32) {
        self.polyline(&[(x1, y), (x2, y)], stroke, width);
    }

    pub(super) fn dot(&mut self, x: f32, y: f32, r: f32, fill: (u8, u8, u8)) {
        self.rect(x - r, y - r, 2.0 * r, 2.0 * r, fill);
    }
}
