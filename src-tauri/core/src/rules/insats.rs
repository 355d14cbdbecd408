//! Rules for insatser (domain spec I1–I5, D1–D2): the fields and dates of an insats, its
//! fixed choices, and which years it runs.

use chrono::{Datelike, NaiveDate};

use super::{date, text};
use crate::domain::forbund::Forbund;
use crate::domain::insats::InsatsRecord;
use crate::domain::insats::{Antalsfalt, Inriktning, InsatsAndring, InsatsRedigering};
use crate::domain::year::{Period, YearStatus};
use crate::error::CoreError;

/// The checked text and dates of an insats form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidFields {
    pub namn: String,
    pub beskrivning: String,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
}

/// Name, description and dates: the name is required, the start lies within the förbund's
/// period (Y3) and the planned end is not before the start. All errors are reported.
pub fn validate_fields(input: &InsatsAndring, forbund: &Forbund) -> crate::Result<ValidFields> {
    let mut errors = Vec::new();
    let namn = text::required(&input.namn, "namn", "Namn", text::MAX_NAME_CHARS)
        .map_err(|e| errors.push(e))
        .ok();
    let beskrivning = text::free_text(
        &input.beskrivning,
        "beskrivning",
        "Beskrivning",
        text::MAX_TEXT_CHARS,
    )
    .map_err(|e| errors.push(e))
    .ok();
    let start = input.startdatum;
    let startdatum = if start < forbund.startdatum {
        errors.push(CoreError::InsatsBeforeForbund {
            start: forbund.startdatum,
        });
        None
    } else if let Some(end) = forbund.slutdatum.filter(|end| start > *end) {
        errors.push(CoreError::InsatsAfterForbund { end });
        None
    } else {
        Some(start)
    };
    let slutdatum = Some(input.slutdatum);
    if let (Some(start), Some(Some(end))) = (startdatum, slutdatum) {
        if end < start {
            errors.push(CoreError::EndBeforeStart {
                field: "slutdatum",
                start,
            });
        }
    }
    if always_follows(input.inriktning) && !input.foljer_deltagare {
        errors.push(CoreError::IndividFollows);
    }
    match (namn, beskrivning, startdatum, slutdatum) {
        (Some(namn), Some(beskrivning), Some(startdatum), Some(slutdatum)) if errors.is_empty() => {
            Ok(ValidFields {
                namn,
                beskrivning,
                startdatum,
                slutdatum,
            })
        }
        _ => Err(CoreError::combine(errors)),
    }
}

/// I1: inriktning, uppföljningsmetod and ESF-finansiering never change after creation.
pub fn fixed_choice_changes(current: &InsatsRecord, input: &InsatsAndring) -> Vec<CoreError> {
    let mut errors = Vec::new();
    if current.inriktning != input.inriktning {
        errors.push(CoreError::FixedChoice {
            field: "inriktning",
            label: "Inriktningen",
        });
    }
    if current.foljer_deltagare != input.foljer_deltagare {
        errors.push(CoreError::FixedChoice {
            field: "foljerDeltagare",
            label: "Uppföljningsmetoden",
        });
    }
    if current.esf != input.esf {
        errors.push(CoreError::FixedChoice {
            field: "esf",
            label: "ESF-finansieringen",
        });
    }
    errors
}

/// D1: the calendar years an insats runs (its dates overlap the year), limited to the
/// years the förbund can show: from its start year to next year, not past its end (Y2, Y3).
pub fn run_years(
    start: NaiveDate,
    end: Option<NaiveDate>,
    period: &Period,
    today: NaiveDate,
) -> Vec<i32> {
    let first = start.year().max(period.first_year());
    let mut last = end.map_or(today.year() + 1, |end| end.year());
    last = last.min(today.year() + 1);
    if let Some(forbund_last) = period.last_year() {
        last = last.min(forbund_last);
    }
    (first..=last).collect()
}

/// D2: the years whose counts ending an insats on `end` locks: the years it runs up to the
/// end's year, never the years after it. While the end date cannot be read (`None`), the
/// years up to today's, since an end may not lie after today (I5).
pub fn locked_years(
    start: NaiveDate,
    end: Option<NaiveDate>,
    period: &Period,
    today: NaiveDate,
) -> Vec<i32> {
    run_years(start, Some(end.unwrap_or(today)), period, today)
}

/// Whether the insats's dates overlap calendar year `year`.
pub fn runs_in(start: NaiveDate, end: Option<NaiveDate>, year: i32) -> bool {
    start.year() <= year && end.is_none_or(|end| end.year() >= year)
}

/// I3: new dates must keep every year that has counts or budget within the insats's run.
pub fn ensure_years_within(
    start: NaiveDate,
    end: Option<NaiveDate>,
    count_years: &[i32],
    budget_years: &[i32],
) -> crate::Result<()> {
    let outside = |years: &[i32]| years.iter().copied().find(|&y| !runs_in(start, end, y));
    if let Some(year) = outside(count_years) {
        return Err(CoreError::CountsOutsideRun { year });
    }
    match outside(budget_years) {
        Some(year) => Err(CoreError::BudgetOutsideRun { year }),
        None => Ok(()),
    }
}

/// D1: a count as typed: empty means not given; otherwise a whole number ≥ 0 (spaces
/// allowed as thousands separators).
pub fn parse_count(input: &str, field: &'static str) -> crate::Result<Option<u32>> {
    let digits: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(CoreError::CountFormat { field });
    }
    digits
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= 1_000_000)
        .map(Some)
        .ok_or(CoreError::CountFormat { field })
}

/// I4: an avslutad insats's budget and utfall stay editable until 15 April of the year
/// after it ended, and no longer. `None` while they are; otherwise the sentence the grid
/// shows, e.g. "Insatsen avslutades 2025-10-01. Budget och utfall kunde ändras t.o.m.
/// 15 april 2026."
pub fn budget_closed_since_end(insats: &InsatsRecord, today: NaiveDate) -> Option<String> {
    let end = insats.slutdatum.filter(|_| insats.avslutad)?;
    let deadline = super::year::deadline(end.year());
    (today > deadline).then(|| {
        format!(
            "Insatsen avslutades {end}. Budget och utfall kunde ändras t.o.m. {}.",
            date::long_swedish(deadline)
        )
    })
}

/// I4 in the panel of an avslutad insats: what can still be changed, and until when, e.g.
/// "Insatsen är avslutad. Uppgifterna och deltagarantalen kan inte ändras; budget och utfall
/// kan ändras till och med 15 april 2026." `None` for an insats that runs.
pub fn avslutad_notice(insats: &InsatsRecord, today: NaiveDate) -> Option<String> {
    let end = insats.slutdatum.filter(|_| insats.avslutad)?;
    let deadline = date::long_swedish(super::year::deadline(end.year()));
    let budget = if budget_closed_since_end(insats, today).is_some() {
        format!("budget och utfall kunde ändras till och med {deadline}")
    } else {
        format!("budget och utfall kan ändras till och med {deadline}")
    };
    Some(format!(
        "Insatsen är avslutad. Uppgifterna och deltagarantalen kan inte ändras; {budget}."
    ))
}

/// I1: an individinriktad insats always follows up its participants.
pub fn always_follows(inriktning: Inriktning) -> bool {
    inriktning == Inriktning::Individinriktad
}

/// I1: the inriktningar whose participants are always followed up, for the wizard.
pub fn always_followed() -> Vec<Inriktning> {
    inriktningar_where(always_follows)
}

/// U2: a deltagaransvarig reports counts for individinriktade insatser only, so only those
/// can have deltagaransvariga linked.
pub fn takes_ansvariga(inriktning: Inriktning) -> bool {
    inriktning == Inriktning::Individinriktad
}

/// U2: the inriktningar whose insatser can have deltagaransvariga, for the insats form.
pub fn with_ansvariga() -> Vec<Inriktning> {
    inriktningar_where(takes_ansvariga)
}

fn inriktningar_where(rule: fn(Inriktning) -> bool) -> Vec<Inriktning> {
    [
        Inriktning::Individinriktad,
        Inriktning::Strukturovergripande,
    ]
    .into_iter()
    .filter(|i| rule(*i))
    .collect()
}

/// D1: the counts an insats registers: kvinnor and män for an individinriktad insats,
/// antal for a strukturövergripande one that follows up participants, none otherwise.
pub fn count_fields(inriktning: Inriktning, foljer_deltagare: bool) -> Vec<Antalsfalt> {
    match (inriktning, foljer_deltagare) {
        (_, false) => Vec::new(),
        (Inriktning::Individinriktad, true) => vec![Antalsfalt::Kvinnor, Antalsfalt::Man],
        (Inriktning::Strukturovergripande, true) => vec![Antalsfalt::Antal],
    }
}

/// D1: the total of one year's counts over the insats's count `fields`, as the Deltagare
/// table shows it; `None` when none of the fields is given.
pub fn count_total(
    fields: &[Antalsfalt],
    kvinnor: Option<u32>,
    man: Option<u32>,
    antal: Option<u32>,
) -> Option<u32> {
    let given: Vec<u32> = fields
        .iter()
        .filter_map(|f| f.of(kvinnor, man, antal))
        .collect();
    (!given.is_empty()).then(|| given.iter().fold(0u32, |sum, n| sum.saturating_add(*n)))
}

/// I5, D1: what the panel of `insats` may change today and which counts it draws. Only a
/// pågående insats can be changed or ended; "Avsluta insats" proposes its planned end
/// when that has come, else today (an end may not lie after today).
pub fn redigering(insats: &InsatsRecord, today: NaiveDate) -> InsatsRedigering {
    let antalsfalt = count_fields(insats.inriktning, insats.foljer_deltagare);
    InsatsRedigering {
        uppgifter: !insats.avslutad,
        totalt: antalsfalt.len() > 1,
        antalsfalt,
        avsluta_forslag: (!insats.avslutad).then(|| {
            insats
                .slutdatum
                .filter(|end| *end <= today)
                .unwrap_or(today)
        }),
    }
}

/// D2, Y1–Y3: whether one year's counts of `insats` can be changed today, and the
/// sentence that says until when or why not ("Öppen för ändringar t.o.m. 15 april 2027").
pub fn count_year(
    insats: &InsatsRecord,
    year: i32,
    today: NaiveDate,
    period: &Period,
) -> (bool, String) {
    let status = YearStatus::of(year, today, period);
    if insats.avslutad {
        (false, "Insatsen är avslutad: antalen är låsta".to_owned())
    } else {
        (status.is_editable(), status.label())
    }
}

/// I4 for a save of the grid: the row of an avslutad insats is refused once its budget
/// closed, with the sentence naming the insats, as the cell `<row>.budget`.
pub fn ensure_budget_open(
    insats: &InsatsRecord,
    today: NaiveDate,
    rad_key: &str,
) -> crate::Result<()> {
    if budget_closed_since_end(insats, today).is_none() {
        return Ok(());
    }
    Err(CoreError::Cell {
        field: format!("{rad_key}.budget"),
        code: "i4_locked",
        message: format!(
            "”{}” avslutades och dess budget och utfall kan inte ändras efter den 15 april \
             året efter.",
            insats.namn
        ),
    })
}

/// B1 in the grid: budgeterade deltagare only for an insats that follows participants
/// (never for the administrative costs). `field` is the cell.
pub fn ensure_budget_deltagare_followed(
    insats: Option<&InsatsRecord>,
    budgeterade_deltagare: Option<u32>,
    field: impl FnOnce() -> String,
) -> crate::Result<()> {
    if budgeterade_deltagare.is_some() && !insats.is_some_and(|i| i.foljer_deltagare) {
        return Err(CoreError::BudgetDeltagareWithoutFollowUp { field: field() });
    }
    Ok(())
}

/// I5/D2, B1 and D1 before a year's counts are saved: the insats is not avslutad, follows
/// participants, and runs in `year`.
pub fn ensure_takes_counts(insats: &InsatsRecord, year: i32) -> crate::Result<()> {
    if insats.avslutad {
        return Err(CoreError::InsatsAvslutad {
            detail: ": deltagarantalen är låsta",
        });
    }
    if !insats.foljer_deltagare {
        return Err(CoreError::NoParticipantFollowUp);
    }
    if !runs_in(insats.startdatum, insats.slutdatum, year) {
        return Err(CoreError::InsatsNotRunning { year });
    }
    Ok(())
}

/// D1: an individinriktad insats counts kvinnor and män, a strukturövergripande one antal.
pub fn ensure_counts_fit(
    inriktning: Inriktning,
    kvinnor: Option<u32>,
    man: Option<u32>,
    antal: Option<u32>,
) -> crate::Result<()> {
    match inriktning {
        Inriktning::Individinriktad if antal.is_some() => Err(CoreError::CountNotForThisInsats {
            field: "antal",
            message: "En individinriktad insats redovisar kvinnor och män, inte antal.",
        }),
        Inriktning::Strukturovergripande if kvinnor.is_some() || man.is_some() => {
            Err(CoreError::CountNotForThisInsats {
                field: "kvinnor",
                message: "En strukturövergripande insats redovisar antal, inte kvinnor och män.",
            })
        }
        _ => Ok(()),
    }
}

/// I5: an end date is not after today and not before the start.
pub fn ensure_end_date(
    insats: &InsatsRecord,
    end: NaiveDate,
    today: NaiveDate,
) -> crate::Result<()> {
    if end > today {
        return Err(CoreError::EndAfterToday { today });
    }
    if end < insats.startdatum {
        return Err(CoreError::EndBeforeStart {
            field: "slutdatum",
            start: insats.startdatum,
        });
    }
    Ok(())
}

/// D2: the counts of `falt` that one year still lacks, given its stored counts (all `None`
/// when the year has none). "Avsluta insats" warns about them before the counts are
/// frozen.
pub fn missing_counts(
    falt: &[Antalsfalt],
    kvinnor: Option<u32>,
    man: Option<u32>,
    antal: Option<u32>,
) -> Vec<Antalsfalt> {
    falt.iter()
        .copied()
        .filter(|f| f.of(kvinnor, man, antal).is_none())
        .collect()
}
