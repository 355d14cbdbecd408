//! Page 1: the year in figures.

use super::*;

/// Page 1: the year in figures.
pub(super) fn summary_page(c: &mut Canvas<'_, '_>, r: &Arsrapport) {
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

pub(super) fn legend(c: &mut Canvas<'_, '_>, right: f32, y: f32) {
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
pub(super) fn insats_table(c: &mut Canvas<'_, '_>, r: &Arsrapport, top: f32, bottom: f32) {
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
pub(super) fn deltagare(i: &RapportInsats) -> String {
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
