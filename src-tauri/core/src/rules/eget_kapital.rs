//! F2 — eget kapital: the level Nationella rådet recommends for a förbund of its size, in
//! steps by the year's medel from samverkansparterna, and the warning when the year's
//! överskott is above it. The steps are reference data the officer keeps with their
//! source (Inställningar); without steps there is no level and no warning.

use crate::domain::medel::{EgetKapitalKalla, EgetKapitalNiva, EgetKapitalSteg};
use crate::error::CoreError;
use crate::money::Kronor;

/// The highest per cent a step may give (the schema's bound too).
pub const MAX_PROCENT: u32 = 1000;

/// The step that applies to `medel`: the one with the highest `medel_fran` not above it.
/// A förbund exactly at a step's lower edge belongs to that step.
pub fn step_for(steps: &[EgetKapitalSteg], medel: Kronor) -> Option<EgetKapitalSteg> {
    steps
        .iter()
        .filter(|s| s.medel_fran <= medel)
        .max_by_key(|s| s.medel_fran)
        .copied()
}

/// `procent` per cent of `medel`, rounded down to whole kronor.
pub fn level(step: EgetKapitalSteg, medel: Kronor) -> Kronor {
    let value = i128::from(medel.get()) * i128::from(step.procent) / 100;
    Kronor::new(i64::try_from(value).unwrap_or(i64::MAX))
}

/// F2 for one year: the level beside Medel, and the warning when `overskott` is above it.
/// `None` without steps, or before medel are registered.
pub fn niva(
    steps: &[EgetKapitalSteg],
    kalla: &EgetKapitalKalla,
    year: i32,
    samverkansparterna: Option<Kronor>,
    overskott: Kronor,
) -> Option<EgetKapitalNiva> {
    let medel = samverkansparterna?;
    let step = step_for(steps, medel)?;
    let niva = level(step, medel);
    let source = if kalla.namn.is_empty() {
        String::new()
    } else {
        format!(", enligt {}", kalla.namn)
    };
    let why = format!(
        "{} % av {medel} kr från samverkansparterna{source}",
        step.procent
    );
    Some(EgetKapitalNiva {
        niva,
        text: format!("Rekommenderat eget kapital: högst {niva} kr ({why})."),
        varning: (overskott > niva).then(|| {
            format!(
                "Överskottet från föregående år för {year}, {overskott} kr, är över det eget \
                 kapital Nationella rådet rekommenderar för ett förbund av denna storlek: högst \
                 {niva} kr ({why}). Ett större eget kapital kan minska statens medelstilldelning."
            )
        }),
    })
}

/// A step's per cent as typed: a whole number from 0 to [`MAX_PROCENT`], "%" allowed.
pub fn parse_procent(text: &str, field: &'static str) -> crate::Result<u32> {
    let trimmed = text.trim();
    let digits = trimmed.strip_suffix('%').unwrap_or(trimmed).trim();
    digits
        .parse::<u32>()
        .ok()
        .filter(|p| *p <= MAX_PROCENT)
        .ok_or(CoreError::ProcentFormat { field })
}
