//! Ingående organisationer and their roles (domain spec M1–M7). The checks take the
//! roles as the officer wants to save them, plus the facts from insatser and funds they
//! depend on, and refuse with a message that names the organisation.

use crate::domain::organisation::{IngaendeOrganisation, Known, Organisation, OrganisationTyp};
use crate::error::CoreError;
use crate::rules::text::NamePattern;

/// The facts outside the roles that M1, M3, M4 and M6 depend on. A save and the
/// förhandskontroll gather different facts and call the same rule functions with them.
#[derive(Clone, Debug, Default)]
pub struct RoleFacts {
    /// M1: whether Försäkringskassan must be listed at all. The förhandskontroll requires
    /// it before a year is reported; a save accepts a page without it, so an officer can
    /// save a page while building it (M5 warns that Försäkringskassan is missing).
    pub fk_required: bool,
    /// M3: names of the ESF-financed insatser the förbund itself leads and steers, the one
    /// to name first.
    pub esf_insatser: Vec<String>,
    /// M4: years with a surplus from earlier years (överskott > 0), the one to name first.
    pub surplus_years: Vec<i32>,
    /// M6: (organisation id, name, year) for every registered funding share.
    pub funding: Vec<(i64, String, i32)>,
}

/// The roles an organisation gets when the officer adds it, before any change: members
/// and financiers as the law expects (FK always financier, M1; AF never, M2); ESF-rådet
/// finances but is no member; the officer decides for their own organisations.
pub fn suggested_roles(organisation: &Organisation) -> (bool, bool) {
    if organisation.is(Known::Arbetsformedlingen) {
        return (true, false);
    }
    match organisation.typ {
        OrganisationTyp::Stat | OrganisationTyp::Region | OrganisationTyp::Kommun => (true, true),
        OrganisationTyp::Esf => (false, true),
        OrganisationTyp::Samordningsforbund | OrganisationTyp::Ovrigt => (false, false),
    }
}

/// Organisation search: whether `organisation` is a hit for the type filter `typ` and the
/// name `pattern`. A kommun is found by its official name ("Stockholms stad", "Region
/// Gotland") and by its short name, `kortnamn` ("Stockholm", "Gotland", "Falun"), since
/// the official name does not always begin with it. Region Gotland is found under both
/// Region and Kommun.
pub fn search_hit(
    organisation: &Organisation,
    kortnamn: Option<&str>,
    typ: Option<OrganisationTyp>,
    pattern: &NamePattern,
) -> bool {
    typ.is_none_or(|typ| organisation.counts_as(typ))
        && (pattern.matches(&organisation.namn) || kortnamn.is_some_and(|k| pattern.matches(k)))
}

/// The field name of an organisation's row on the page.
pub fn row_field(organisation_id: i64) -> String {
    format!("organisationer.{organisation_id}")
}

/// The row of a known organisation, if it is listed.
fn find(rows: &[IngaendeOrganisation], known: Known) -> Option<&IngaendeOrganisation> {
    rows.iter().find(|r| r.organisation.is(known))
}

/// The field of `row`, or the list itself when the organisation is not listed.
fn field_of(row: Option<&IngaendeOrganisation>) -> String {
    row.map_or_else(
        || "organisationer".to_owned(),
        |r| row_field(r.organisation.id),
    )
}

/// M1: Försäkringskassan pays the state's whole share (Arbetsförmedlingen's too), so it
/// is always a financier. Not being listed is a violation only when `required`.
pub fn fk_always_financier(rows: &[IngaendeOrganisation], required: bool) -> Option<CoreError> {
    let fk = find(rows, Known::Forsakringskassan);
    let violated = match fk {
        Some(row) => !row.finansiar,
        None => required,
    };
    violated.then(|| CoreError::FkAlwaysFinancier {
        field: field_of(fk),
    })
}

/// M2: Arbetsförmedlingen is never a financier: its share is paid by Försäkringskassan.
pub fn af_never_financier(rows: &[IngaendeOrganisation]) -> Option<CoreError> {
    find(rows, Known::Arbetsformedlingen)
        .filter(|r| r.finansiar)
        .map(|r| CoreError::AfNeverFinancier {
            field: row_field(r.organisation.id),
        })
}

/// M7: whether `organisation` may be a medlem. The SUS guide names the members "alla
/// samverkande myndigheter … som är huvudmän": Försäkringskassan, Arbetsförmedlingen (the
/// two of type Stat), the kommuner and the regions. ESF-rådet and the förbund itself can be
/// finansiär (M3, M4), never medlem; an Övrigt organisation is no party to the law, so it
/// is never a medlem either (docs/regler.md, M7).
pub fn may_be_member(organisation: &Organisation) -> bool {
    matches!(
        organisation.typ,
        OrganisationTyp::Stat | OrganisationTyp::Region | OrganisationTyp::Kommun
    )
}

/// M7: every row marked medlem that may not be one, named beside its row. The förbund
/// itself keeps its own sentence: it is always konsument.
pub fn medlem_allowed(rows: &[IngaendeOrganisation]) -> Vec<CoreError> {
    rows.iter()
        .filter(|r| r.medlem && !may_be_member(&r.organisation))
        .map(|r| {
            let field = row_field(r.organisation.id);
            if r.organisation.is(Known::Forbundet) {
                CoreError::ForbundNotMember { field }
            } else {
                CoreError::MedlemNotAllowed {
                    field,
                    organisation: r.organisation.namn.clone(),
                }
            }
        })
        .collect()
}

impl IngaendeOrganisation {
    /// A row with its roles. The förbund itself is konsument; the Medlem box is offered
    /// where M7 allows it, and where stored data marks a row medlem that may not be one,
    /// so the officer can take the tick away.
    pub fn new(organisation: Organisation, medlem: bool, finansiar: bool) -> Self {
        Self {
            konsument: organisation.is(Known::Forbundet),
            medlem_valbar: may_be_member(&organisation) || medlem,
            organisation,
            medlem,
            finansiar,
        }
    }
}

/// M3: ESF-rådet must be a financier when the förbund itself leads and steers an ESF
/// project, and may be one when it only supports ESF-financed projects. `esf_insatser`
/// are the ESF-financed insatser the förbund leads (the question asked when an ESF insats
/// is created); names the first of them.
pub fn esf_must_be_financier(
    rows: &[IngaendeOrganisation],
    esf_insatser: &[String],
) -> Option<CoreError> {
    let insats = esf_insatser.first()?;
    let esf = find(rows, Known::EsfRadet);
    (!esf.is_some_and(|r| r.finansiar)).then(|| CoreError::EsfMustBeFinancier {
        field: field_of(esf),
        insats: insats.clone(),
    })
}

/// M4: a surplus from earlier years is the förbund's own money in the year, so the
/// förbund must be a financier. Names the first of `surplus_years`.
pub fn forbund_must_be_financier(
    rows: &[IngaendeOrganisation],
    surplus_years: &[i32],
) -> Option<CoreError> {
    let &year = surplus_years.first()?;
    let forbund = find(rows, Known::Forbundet);
    (!forbund.is_some_and(|r| r.finansiar)).then(|| CoreError::ForbundMustBeFinancier {
        field: field_of(forbund),
        year,
    })
}

/// M6: funding may only be attributed to financiers. A row that already has an error in
/// `reported` is not named twice.
pub fn funded_must_be_financier(
    rows: &[IngaendeOrganisation],
    funding: &[(i64, String, i32)],
    reported: &[CoreError],
) -> Vec<CoreError> {
    let mut errors: Vec<CoreError> = Vec::new();
    for (id, name, year) in funding {
        let field = row_field(*id);
        let financier = rows.iter().any(|r| r.organisation.id == *id && r.finansiar);
        let already = reported
            .iter()
            .chain(&errors)
            .any(|e| e.field() == Some(field.as_str()));
        if !financier && !already {
            errors.push(CoreError::FundedMustBeFinancier {
                field,
                organisation: name.clone(),
                year: *year,
            });
        }
    }
    errors
}

/// M1–M4, M6 and M7 over the roles to be saved;
/// every violation is reported.
pub fn check(rows: &[IngaendeOrganisation], facts: &RoleFacts) -> crate::Result<()> {
    let mut errors: Vec<CoreError> = [
        fk_always_financier(rows, facts.fk_required),
        af_never_financier(rows),
        esf_must_be_financier(rows, &facts.esf_insatser),
        forbund_must_be_financier(rows, &facts.surplus_years),
    ]
    .into_iter()
    .flatten()
    .collect();
    errors.extend(medlem_allowed(rows));
    let funded = funded_must_be_financier(rows, &facts.funding, &errors);
    errors.extend(funded);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CoreError::combine(errors))
    }
}

pub use super::medlemmar::{members_warnings, missing_member_keys, swedish_list, AreaKommun};
