//! F2 — eget kapital: the level Nationella rådet recommends for a förbund of its size, in
//! steps by the year's medel from samverkansparterna, and the warning when the year's
//! överskott is above it. The steps are reference data the officer keeps with their
//! source (Inställningar); without steps there is no level and no warning.
//!
//! F4 — eget kapital carried over: the överskott entered for a year against what the
//! previous year's own figures leave, a warning only.

use crate::domain::medel::{
    EgetKapitalKalla, EgetKapitalNiva, EgetKapitalSteg, Medel, OverskottFranFjol,
};
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

/// F4: what the previous year's figures leave for `year`: `forra` (the previous year's
/// medel) less `utfall` (every utfall of its insatser and its administrativa kostnader),
/// with the warning when `overskott`, the year's stored överskott, differs. `overskott` is
/// `None` before the year's medel are registered: nothing is entered to compare yet. Other
/// income and accruals can explain a difference, so it is never an error.
pub fn overskott_fran_fjol(
    year: i32,
    forra: Medel,
    utfall: &[Kronor],
    overskott: Option<Kronor>,
) -> OverskottFranFjol {
    let medel = forra
        .samverkansparterna
        .saturating_add(forra.esf_plus)
        .saturating_add(forra.overskott);
    let utfall = utfall
        .iter()
        .fold(Kronor::ZERO, |sum, u| sum.saturating_add(*u));
    let belopp = Kronor::new(medel.get().saturating_sub(utfall.get()));
    let previous = year - 1;
    OverskottFranFjol {
        belopp,
        forslag: Kronor::new(belopp.get().max(0)),
        text: format!(
            "Enligt {previous} års siffror: medel {medel} kr − utfall {utfall} kr = {belopp} kr."
        ),
        varning: overskott.filter(|o| *o != belopp).map(|o| {
            format!(
                "Överskottet från föregående år för {year} är {o} kr, men {previous} års \
                 siffror lämnar {belopp} kr (medel {medel} kr − utfall {utfall} kr). Andra \
                 intäkter eller periodiseringar kan förklara skillnaden; stämmer den inte, \
                 rätta överskottet eller {previous} års siffror."
            )
        }),
    }
}
