//! Ingående organisationer and their roles (domain spec M1–M6). The checks take the
//! roles as the officer wants to save them, plus the facts from insatser and funds they
//! depend on, and refuse with a message that names the organisation.

use crate::domain::organisation::{
    IngaendeOrganisation, Known, Organisation, OrganisationTyp, GOTLAND_KOMMUN,
};
use crate::domain::warning::Warning;
use crate::error::CoreError;
use crate::rules::text::NamePattern;

/// The facts outside the roles that M3, M4 and M6 depend on.
#[derive(Clone, Debug, Default)]
pub struct RoleFacts {
    /// M3: names of the ESF-financed insatser.
    pub esf_insatser: Vec<String>,
    /// M4: open years with a surplus from earlier years (överskott > 0).
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

/// M1–M4 and M6 over the roles to be saved; every violation is reported.
pub fn check(rows: &[IngaendeOrganisation], facts: &RoleFacts) -> crate::Result<()> {
    let mut errors = Vec::new();
    let find = |known: Known| rows.iter().find(|r| r.organisation.is(known));
    for row in rows {
        let field = row_field(row.organisation.id);
        // M1: Försäkringskassan pays the state's whole share, so it is always a financier.
        if row.organisation.is(Known::Forsakringskassan) && !row.finansiar {
            errors.push(CoreError::FkAlwaysFinancier { field });
        } else if row.organisation.is(Known::Arbetsformedlingen) && row.finansiar {
            // M2: its share is paid by Försäkringskassan.
            errors.push(CoreError::AfNeverFinancier { field });
        } else if row.organisation.is(Known::Forbundet) && row.medlem {
            errors.push(CoreError::ForbundNotMember { field });
        }
    }
    // M3: an ESF-financed insats means the förbund leads an ESF project.
    if let Some(insats) = facts.esf_insatser.first() {
        let esf = find(Known::EsfRadet);
        if !esf.is_some_and(|r| r.finansiar) {
            errors.push(CoreError::EsfMustBeFinancier {
                field: esf.map_or_else(
                    || "organisationer".to_owned(),
                    |r| row_field(r.organisation.id),
                ),
                insats: insats.clone(),
            });
        }
    }
    // M4: a surplus from earlier years is the förbund's own money in the year.
    if let Some(&year) = facts.surplus_years.first() {
        let forbund = find(Known::Forbundet);
        if !forbund.is_some_and(|r| r.finansiar) {
            errors.push(CoreError::ForbundMustBeFinancier {
                field: forbund.map_or_else(
                    || "organisationer".to_owned(),
                    |r| row_field(r.organisation.id),
                ),
                year,
            });
        }
    }
    // M6: funding may only be attributed to financiers.
    for (id, name, year) in &facts.funding {
        let financier = rows.iter().any(|r| r.organisation.id == *id && r.finansiar);
        let already = errors
            .iter()
            .any(|e| e.field() == Some(row_field(*id).as_str()));
        if !financier && !already {
            errors.push(CoreError::FundedMustBeFinancier {
                field: row_field(*id),
                organisation: name.clone(),
                year: *year,
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CoreError::combine(errors))
    }
}

/// M5 (law §3), a warning only: the members should include Försäkringskassan,
/// Arbetsförmedlingen, at least one region and at least one kommun. Region Gotland is
/// Gotland's kommun and region in one, so it counts as a kommun; as a region it covers
/// Gotland only, so another kommun still needs a region of its own.
pub fn composition_warnings(rows: &[IngaendeOrganisation]) -> Vec<Warning> {
    let members: Vec<_> = rows.iter().filter(|r| r.medlem).collect();
    let has = |known: Known| members.iter().any(|r| r.organisation.is(known));
    let kommuner: Vec<_> = members
        .iter()
        .filter(|r| r.organisation.counts_as(OrganisationTyp::Kommun))
        .collect();
    let only_gotland = !kommuner.is_empty()
        && kommuner
            .iter()
            .all(|r| r.organisation.kommun_kod() == Some(GOTLAND_KOMMUN));
    let has_region = members.iter().any(|r| {
        r.organisation.typ == OrganisationTyp::Region && !r.organisation.is_region_gotland()
    });
    let mut missing = Vec::new();
    if !has(Known::Forsakringskassan) {
        missing.push("Försäkringskassan");
    }
    if !has(Known::Arbetsformedlingen) {
        missing.push("Arbetsförmedlingen");
    }
    if !has_region && !only_gotland {
        missing.push("minst en region");
    }
    if kommuner.is_empty() {
        missing.push("minst en kommun");
    }
    if missing.is_empty() {
        return Vec::new();
    }
    let list = match missing.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} och {last}", rest.join(", ")),
        None => String::new(),
    };
    vec![Warning::new(
        "m5_composition",
        format!(
            "Enligt lagen (2003:1210) 3 § ska medlemmarna vara Försäkringskassan, \
             Arbetsförmedlingen, minst en region och minst en kommun. Som medlem saknas: {list}."
        ),
        Some("organisationer"),
    )]
}
