//! Page 2: every year, as a table and the charts the core decided (`AllYears::diagram`,
//! the same as the Alla år screen's): lines from three years with figures on, bars below;
//! the Deltagare chart, when no charted year has a participant, gives way to the core's
//! sentence saying so, and both charts, when no year has any figure, to one sentence.

use super::*;
use crate::domain::oversikt::{Diagram, Diagramtyp};

/// Page 2: every year from the first with figures, as a table and charts.
pub(super) fn years_page(c: &mut Canvas<'_, '_>, alla: &AllYears) {
    // The rows, the "*" marks and the lines under the table are the core's (the same
    // model as the Alla år screen's); this only draws them.
    let tabell = &alla.rapporttabell;
    let rows = &tabell.rader;
    let markerad = |year: i32| {
        alla.ofullstandiga
            .as_ref()
            .is_some_and(|o| o.markerade.iter().any(|m| m.year == year))
    };
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
    let n = rows.len().max(1) as f32;
    let row_h = (300.0 / n).clamp(11.0, 16.0);
    let size = (row_h * 0.56).clamp(7.0, 8.5);
    let st = style(size, false, INK);
    let mut ry = head_y + 6.0;
    for (i, a) in rows.iter().enumerate() {
        if i % 2 == 1 {
            c.rect(MARGIN, ry, RIGHT - MARGIN, row_h, BAND);
        }
        let base = ry + row_h / 2.0 + size * 0.36;
        let mark = if markerad(a.year) { "*" } else { "" };
        // A row of a year without figures says so, as the screen's row does.
        if !a.har_siffror {
            c.text(
                cols[0].1,
                base,
                &a.year.to_string(),
                style(size, false, MUTED),
                Align::Left,
            );
            c.text(
                MARGIN + 60.0,
                base,
                "Inga siffror registrerade",
                style(size, false, MUTED),
                Align::Left,
            );
            ry += row_h;
            continue;
        }
        let money = |k: Kronor| {
            if a.medel_registrerade || k != Kronor::ZERO {
                kr(k)
            } else {
                "–".to_owned()
            }
        };
        let values = [
            format!("{}{mark}", a.year),
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
    if let Some(ofullstandiga) = &alla.ofullstandiga {
        c.text(
            MARGIN + 2.0,
            ry + 11.0,
            &ofullstandiga.not,
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

    // From which year figures exist, when earlier years were left out.
    if let Some(fran) = &alla.siffror_fran {
        c.text(
            MARGIN + 2.0,
            ry + 22.0,
            fran,
            style(7.5, false, MUTED),
            Align::Left,
        );
        ry += 11.0;
    }
    if let Some(inga) = &tabell.inga_siffror {
        c.text(
            MARGIN + 2.0,
            ry + 22.0,
            inga,
            style(7.5, false, MUTED),
            Align::Left,
        );
        ry += 11.0;
    }
    let chart_top = ry + 38.0;
    let space = HEIGHT - MARGIN - 30.0 - chart_top;
    let money_h = space * 0.58;
    let (years, kind, inga_deltagare) = match &alla.diagram {
        Diagram::Ritas {
            years,
            typ,
            inga_deltagare,
        } => (years, *typ, inga_deltagare),
        // No year has any figure: the core's sentence under the charts' heading, no frame.
        Diagram::Inga { text } => {
            section(c, MARGIN, chart_top, "Diagram");
            c.text(
                MARGIN,
                chart_top + 20.0,
                text,
                style(9.5, false, MUTED),
                Align::Left,
            );
            return;
        }
    };
    chart(
        c,
        kind,
        "Medel, kostnader och saldo (kr)",
        chart_top,
        money_h - 34.0,
        years,
        &[
            ("Medel", UTFALL, &|a: &YearFigures| a.medel.get()),
            ("Kostnader", COST, &|a: &YearFigures| a.kostnader.get()),
            ("Saldo", SALDO, &|a: &YearFigures| a.saldo.get()),
        ],
        Unit::Kronor,
    );
    // No participant in any charted year: the core's sentence instead of an empty frame.
    if let Some(inga) = inga_deltagare {
        section(c, MARGIN, chart_top + money_h, "Deltagare");
        c.text(
            MARGIN,
            chart_top + money_h + 20.0,
            inga,
            style(9.5, false, MUTED),
            Align::Left,
        );
        return;
    }
    chart(
        c,
        kind,
        "Deltagare",
        chart_top + money_h,
        space - money_h - 20.0,
        years,
        &[
            ("Kvinnor", WOMEN, &|a: &YearFigures| i64::from(a.kvinnor)),
            ("Män", UTFALL, &|a: &YearFigures| i64::from(a.man)),
            ("Antal (övriga)", SALDO, &|a: &YearFigures| {
                i64::from(a.antal)
            }),
        ],
        Unit::Count,
    );
}

#[derive(Clone, Copy)]
pub(super) enum Unit {
    Kronor,
    Count,
}

type Series<'a> = (&'a str, (u8, u8, u8), &'a dyn Fn(&YearFigures) -> i64);

/// A chart of `series` over the years, as lines or as bars side by side per year, with a
/// titled frame, gridlines at round values and a legend.
#[allow(clippy::too_many_arguments)]
pub(super) fn chart(
    c: &mut Canvas<'_, '_>,
    kind: Diagramtyp,
    title: &str,
    top: f32,
    height: f32,
    years: &[YearFigures],
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
        match kind {
            Diagramtyp::Linjer => c.hline(x - 14.0, x, top - 3.5, *stroke, 2.0),
            Diagramtyp::Staplar => c.rect(x - 9.0, top - 7.5, 8.0, 8.0, *stroke),
        }
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
        if kind == Diagramtyp::Staplar {
            // Bars: each year the centre of its own equal slot.
            plot_left + (i as f32 + 0.5) * (plot_right - plot_left) / n.max(1) as f32
        } else if n <= 1 {
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
                &a.year.to_string(),
                SMALL,
                Align::Center,
            );
        }
    }
    if kind == Diagramtyp::Staplar {
        let slot = (plot_right - plot_left) / n.max(1) as f32;
        let bar = (slot * 0.6 / series.len().max(1) as f32).min(36.0);
        let group = bar * series.len() as f32;
        for (i, a) in years.iter().enumerate() {
            for (k, (_, fill, f)) in series.iter().enumerate() {
                let x = x_of(i) - group / 2.0 + k as f32 * bar;
                let (y0, y1) = (y_of(0.max(lo)), y_of(f(a)));
                c.rect(x + 1.0, y0.min(y1), bar - 2.0, (y1 - y0).abs(), *fill);
            }
        }
        return;
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
pub(super) fn nice_scale(lo: i64, hi: i64) -> (i64, i64, i64) {
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
pub(super) fn axis_label(v: i64, step: i64, unit: Unit) -> String {
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
