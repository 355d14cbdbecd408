//! The parse step of the forms that take typed text: form text → a typed change, with every
//! field's Swedish message at once (parse at the edge, apply in the core). Each function
//! reads what the officer typed and nothing else; the rules that need the stored data or
//! today are checked by the apply step (`Service::apply_…`), on the typed change. Import
//! and the dataset generator hold typed values already, so they call the apply step
//! directly and never turn a number into text to have it read back.
//!
//! Layer: as `rules` (`crate::{domain, error, money}`).

use super::belopp::ensure_not_negative;
use super::forbund::{read_texts, Details, ValidForbund};
use super::insats::parse_count;
use super::{contact, date, eget_kapital, text};
use crate::domain::budget::{
    BudgetAndring, BudgetCeller, BudgetCellerInput, BudgetInput, CellInput, MedelInput,
};
use crate::domain::forbund::ForbundUpdate;
use crate::domain::fordelning::{
    field as fordelning_field, Andel, FordelningAndring, FordelningInput,
};
use crate::domain::insats::{
    Avslut, DeltagareAndring, DeltagareInput, EndInsats, InsatsAndring, NewInsats,
};
use crate::domain::medel::{
    EgetKapitalKalla, EgetKapitalKallaInput, EgetKapitalSteg, EgetKapitalStegInput, Medel,
};
use crate::domain::uppdrag::{UppdragAndring, UppdragInput};
use crate::error::{CoreError, FieldErrors};
use crate::money::{Kronor, MAX_KRONOR};

/// F1: an amount as typed: empty is `None`; otherwise whole kronor, not negative.
pub fn amount(text: &str, field: &'static str) -> crate::Result<Option<Kronor>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let amount = Some(Kronor::parse(text, field)?);
    ensure_not_negative(amount, field)?;
    Ok(amount)
}

/// F1: an amount cell of the grid: typed text as [`amount`] reads it, or a value the
/// paste has read (`CellInput::Value`), taken as it is within the bound typing has.
pub fn amount_cell(cell: &CellInput<Kronor>, field: &'static str) -> crate::Result<Option<Kronor>> {
    match cell {
        CellInput::Text(text) => amount(text, field),
        CellInput::Value { value } => {
            if value.is_some_and(|k| k.get().unsigned_abs() > MAX_KRONOR.unsigned_abs()) {
                return Err(CoreError::AmountTooLarge {
                    field,
                    max: "10 000 000 000",
                });
            }
            ensure_not_negative(*value, field)?;
            Ok(*value)
        }
    }
}

/// D1: a count cell of the grid: typed text as `parse_count` reads it, or a value the
/// paste has read, taken as it is within the bound typing has.
pub fn count_cell(cell: &CellInput<u32>, field: &'static str) -> crate::Result<Option<u32>> {
    match cell {
        CellInput::Text(text) => parse_count(text, field),
        CellInput::Value { value } if value.is_some_and(|n| n > 1_000_000) => {
            Err(CoreError::CountFormat { field })
        }
        CellInput::Value { value } => Ok(*value),
    }
}

/// "Ändra medel": the three amounts (F1), typed text or values as [`amount_cell`] reads
/// them; samverkansparterna is required, ESF+ and överskott are 0 when left empty.
pub fn medel(input: &MedelInput) -> crate::Result<Medel> {
    let mut errors = FieldErrors::default();
    let samverkansparterna = match amount_cell(&input.samverkansparterna, "samverkansparterna") {
        Ok(Some(k)) => k,
        // Left empty, typed or pasted.
        Ok(None) => {
            errors.push(CoreError::Required {
                field: "samverkansparterna",
                label: "Samverkansparterna",
            });
            Kronor::ZERO
        }
        Err(e) => {
            errors.push(e);
            Kronor::ZERO
        }
    };
    let esf_plus = errors.keep(amount_cell(&input.esf_plus, "esfPlus"));
    let overskott = errors.keep(amount_cell(&input.overskott, "overskott"));
    errors.finish()?;
    Ok(Medel {
        year: input.year,
        samverkansparterna,
        esf_plus: esf_plus.unwrap_or(Kronor::ZERO),
        overskott: overskott.unwrap_or(Kronor::ZERO),
    })
}

/// One grid row's cells (F1 amounts, D1's count). Errors name the cell: `insats-3.budget`.
pub fn budget_rad(rad: &BudgetCellerInput) -> crate::Result<BudgetCeller> {
    let mut errors = FieldErrors::default();
    let cell = |column: &str| {
        let field = rad.rad.field(column);
        move |e: CoreError| CoreError::Cell {
            field,
            code: e.code(),
            message: e.to_string(),
        }
    };
    let budget = errors.keep(amount_cell(&rad.budget, "budget").map_err(cell("budget")));
    let utfall = errors.keep(amount_cell(&rad.utfall, "utfall").map_err(cell("utfall")));
    let budgeterade_deltagare = errors.keep(
        count_cell(&rad.budgeterade_deltagare, "budgeteradeDeltagare")
            .map_err(cell("budgeteradeDeltagare")),
    );
    errors.finish()?;
    Ok(BudgetCeller {
        rad: rad.rad,
        budget,
        utfall,
        budgeterade_deltagare,
    })
}

/// "Ändra budget och utfall": every row's cells, every wrong cell reported.
pub fn budget(input: &BudgetInput) -> crate::Result<BudgetAndring> {
    let mut errors = Vec::new();
    let mut rader = Vec::with_capacity(input.rader.len());
    for rad in &input.rader {
        match budget_rad(rad) {
            Ok(cells) => rader.push(cells),
            Err(CoreError::Several(inner)) => errors.extend(inner),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(CoreError::combine(errors));
    }
    Ok(BudgetAndring {
        year: input.year,
        rader,
    })
}

/// One year's participant counts (D1: whole numbers ≥ 0, empty is not given).
pub fn deltagare(input: &DeltagareInput) -> crate::Result<DeltagareAndring> {
    let mut errors = FieldErrors::default();
    let kvinnor = errors.keep(parse_count(&input.kvinnor, "kvinnor"));
    let man = errors.keep(parse_count(&input.man, "man"));
    let antal = errors.keep(parse_count(&input.antal, "antal"));
    errors.finish()?;
    Ok(DeltagareAndring {
        insats_id: input.insats_id,
        year: input.year,
        kvinnor,
        man,
        antal,
    })
}

/// The insats form: its dates (`ÅÅÅÅ-MM-DD`; the planned end may be empty). The name and
/// description stay text; their rules are checked by the apply step.
pub fn insats(input: &NewInsats) -> crate::Result<InsatsAndring> {
    let mut errors = FieldErrors::default();
    let startdatum = errors.keep(date::parse(&input.startdatum, "startdatum"));
    let slutdatum = errors.keep(date::parse_optional(&input.slutdatum, "slutdatum"));
    errors.finish()?;
    Ok(InsatsAndring {
        startdatum,
        slutdatum,
        ..insats_undated(input)
    })
}

/// The insats form as a change, its dates left at the earliest day (for the checks that do
/// not read them, when the dates could not be read).
pub fn insats_undated(input: &NewInsats) -> InsatsAndring {
    InsatsAndring {
        inriktning: input.inriktning,
        foljer_deltagare: input.foljer_deltagare,
        esf: input.esf,
        esf_leder: input.esf_leder,
        namn: input.namn.clone(),
        preciserad_inriktning_id: input.preciserad_inriktning_id,
        malgrupp_ids: input.malgrupp_ids.clone(),
        beskrivning: input.beskrivning.clone(),
        startdatum: chrono::NaiveDate::MIN,
        slutdatum: None,
        deltagaransvariga_ids: input.deltagaransvariga_ids.clone(),
        confirm_warnings: input.confirm_warnings,
    }
}

/// "Avsluta insats": the end date.
pub fn avslut(input: &EndInsats) -> crate::Result<Avslut> {
    Ok(Avslut {
        id: input.id,
        slutdatum: date::parse(&input.slutdatum, "slutdatum")?,
    })
}

/// "Ändra fördelning": each financier's amount (F1); empty removes the share. Errors name
/// the row: `fordelning.<organisation id>`.
pub fn fordelning(input: &FordelningInput) -> crate::Result<FordelningAndring> {
    let mut errors = Vec::new();
    let mut rader = Vec::with_capacity(input.rader.len());
    for rad in &input.rader {
        match amount(&rad.belopp, "belopp") {
            Ok(belopp) => rader.push(Andel {
                organisation_id: rad.organisation_id,
                belopp,
            }),
            Err(e) => errors.push(CoreError::Cell {
                code: e.code(),
                message: e.to_string(),
                field: fordelning_field(rad.organisation_id),
            }),
        }
    }
    if !errors.is_empty() {
        return Err(CoreError::combine(errors));
    }
    Ok(FordelningAndring {
        year: input.year,
        rader,
    })
}

/// F2: one step of the recommended eget kapital, with the step it replaces.
pub fn eget_kapital_steg(
    input: &EgetKapitalStegInput,
) -> crate::Result<(Option<i64>, EgetKapitalSteg)> {
    let mut errors = FieldErrors::default();
    let medel_fran = errors.keep(Kronor::parse(&input.medel_fran, "medelFran").and_then(|k| {
        if k.get() < 0 {
            Err(CoreError::AmountNegative {
                field: "medelFran".to_owned(),
            })
        } else {
            Ok(k)
        }
    }));
    let procent = errors.keep(eget_kapital::parse_procent(&input.procent, "procent"));
    errors.finish()?;
    Ok((
        input.original,
        EgetKapitalSteg {
            medel_fran,
            procent,
        },
    ))
}

/// F2's source: its name (required), web address and date.
pub fn eget_kapital_kalla(input: &EgetKapitalKallaInput) -> crate::Result<EgetKapitalKalla> {
    let mut errors = FieldErrors::default();
    let namn = errors.keep(text::required(&input.namn, "namn", "Källa", 300));
    let url = errors.keep(contact::url(&input.url, "url"));
    let datum = errors.keep(date::parse_optional(&input.datum, "datum"));
    errors.finish()?;
    Ok(EgetKapitalKalla { namn, url, datum })
}

/// The förbund page's details: the name (required), the organisationsnummer, the dates and
/// the details' forms. Whether the dates fit the stored record is the apply step's check.
pub fn forbund(input: &ForbundUpdate) -> crate::Result<ValidForbund> {
    let mut errors = FieldErrors::default();
    let raw = Details {
        beskrivning: input.beskrivning.clone(),
        gatuadress: input.gatuadress.clone(),
        postnummer: input.postnummer.clone(),
        ort: input.ort.clone(),
        kontakt_namn: input.kontakt_namn.clone(),
        kontakt_telefon: input.kontakt_telefon.clone(),
        kontakt_epost: input.kontakt_epost.clone(),
    };
    let (namn, organisationsnummer, details) =
        read_texts(&mut errors, &input.namn, &input.organisationsnummer, &raw);
    let startdatum = errors.keep(date::parse(&input.startdatum, "startdatum").map(Some));
    let slutdatum = errors.keep(date::parse_optional(&input.slutdatum, "slutdatum"));
    errors.finish()?;
    match (organisationsnummer, startdatum) {
        (Some(organisationsnummer), Some(startdatum)) => Ok(ValidForbund {
            namn,
            organisationsnummer,
            startdatum,
            slutdatum,
            details,
        }),
        // Both were read when no field has an error.
        _ => Err(CoreError::Several(Vec::new())),
    }
}

/// The uppdrag form: the name (required), the e-post (required, its form) and the telefon.
pub fn uppdrag(input: &UppdragInput) -> crate::Result<UppdragAndring> {
    let mut errors = FieldErrors::default();
    let namn = errors.keep(text::required(
        &input.namn,
        "namn",
        "Namn",
        text::MAX_NAME_CHARS,
    ));
    let epost = errors.keep(
        text::required(&input.epost, "epost", "E-post", 254)
            .and_then(|e| contact::epost(&e, "epost")),
    );
    let telefon = errors.keep(contact::telefon(&input.telefon, "telefon"));
    errors.finish()?;
    Ok(UppdragAndring {
        id: input.id,
        namn,
        epost,
        telefon,
        roll: input.roll,
        arbetsgivare_id: input.arbetsgivare_id,
        confirm_warnings: input.confirm_warnings,
    })
}
