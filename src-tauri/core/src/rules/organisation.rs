//! Ingående organisationer and their roles (domain spec M1–M6). The checks take the
//! roles as the officer wants to save them, plus the facts from insatser and funds they
//! depend on, and refuse with a message that names the organisation.

use crate::domain::organisation::{
    IngaendeOrganisation, Known, Organisation, OrganisationTyp, GOTLAND_KOMMUN,
};
use crate::error::CoreError;
use crate::error::Warning;
use crate::rules::text::{swedish_cmp, NamePattern};

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

/// The förbund itself is always konsument and never its own medlem.
pub fn forbund_not_member(rows: &[IngaendeOrganisation]) -> Option<CoreError> {
    find(rows, Known::Forbundet)
        .filter(|r| r.medlem)
        .map(|r| CoreError::ForbundNotMember {
            field: row_field(r.organisation.id),
        })
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

/// M1–M4 and M6 (and the förbund never its own medlem) over the roles to be saved;
/// every violation is reported.
pub fn check(rows: &[IngaendeOrganisation], facts: &RoleFacts) -> crate::Result<()> {
    let mut errors: Vec<CoreError> = [
        fk_always_financier(rows, facts.fk_required),
        af_never_financier(rows),
        forbund_not_member(rows),
        esf_must_be_financier(rows, &facts.esf_insatser),
        forbund_must_be_financier(rows, &facts.surplus_years),
    ]
    .into_iter()
    .flatten()
    .collect();
    let funded = funded_must_be_financier(rows, &facts.funding, &errors);
    errors.extend(funded);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CoreError::combine(errors))
    }
}

/// One kommun of the verksamhetsområde as M5 needs it: the kommun and the region of its
/// län, named as organisations. A stadsdel is given as its kommun.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaKommun {
    /// The SCB kommun code, "2080"; its first two digits are the län's.
    pub kod: String,
    /// The kommun as an organisation: "Falu kommun", "Stockholms stad", "Region Gotland".
    pub namn: String,
    /// The region of its län as an organisation: "Region Dalarna".
    pub region: String,
}

impl AreaKommun {
    /// The fixed key of the region of the kommun's län, `region-NN`.
    fn region_key(&self) -> String {
        format!("region-{}", self.kod.get(..2).unwrap_or_default())
    }
}

/// M5 (lag (2003:1210) om finansiell samordning, 3 §), a warning only, never a block:
/// Försäkringskassan and Arbetsförmedlingen are members, and for every part of the area
/// both its kommun and the region of its län are. `area` is the verksamhetsområde, one
/// entry per kommun or stadsdel. Region Gotland is Gotland's kommun and region in one
/// body (the law's "kommun som inte ingår i ett landsting"), so it alone covers Gotland.
/// With no verksamhetsområde yet, only the law's minimum can be checked: at least one
/// kommun and one region. One warning names everything that is missing.
pub fn members_warnings(rows: &[IngaendeOrganisation], area: &[AreaKommun]) -> Vec<Warning> {
    let members: Vec<&Organisation> = rows
        .iter()
        .filter(|r| r.medlem)
        .map(|r| &r.organisation)
        .collect();
    let has = |known: Known| members.iter().any(|o| o.is(known));

    let mut required: Vec<&str> = Vec::new();
    if !has(Known::Forsakringskassan) {
        required.push("Försäkringskassan");
    }
    if !has(Known::Arbetsformedlingen) {
        required.push("Arbetsförmedlingen");
    }
    if area.is_empty() {
        required.extend(minimum_missing(&members));
    }

    // Each kommun once, however many of its stadsdelar are listed; named in Swedish
    // alphabetical order so the same area always reads the same.
    let mut kommuner: Vec<&AreaKommun> = Vec::new();
    for entry in area {
        if !kommuner.iter().any(|k| k.kod == entry.kod) {
            kommuner.push(entry);
        }
    }
    kommuner.sort_by(|a, b| swedish_cmp(&a.namn, &b.namn));
    let mut missing_kommuner: Vec<&str> = Vec::new();
    let mut missing_regions: Vec<&str> = Vec::new();
    let mut because_of: Vec<&str> = Vec::new();
    for kommun in kommuner {
        let kommun_member = members
            .iter()
            .any(|o| o.kommun_kod() == Some(kommun.kod.as_str()));
        let region_key = kommun.region_key();
        let region_member = members
            .iter()
            .any(|o| o.nyckel.as_deref() == Some(region_key.as_str()));
        if !kommun_member {
            missing_kommuner.push(&kommun.namn);
        }
        // Region Gotland is named once, as the kommun it also is.
        if !region_member
            && !missing_kommuner.contains(&kommun.region.as_str())
            && !missing_regions.contains(&kommun.region.as_str())
        {
            missing_regions.push(&kommun.region);
        }
        if !kommun_member || !region_member {
            because_of.push(&kommun.namn);
        }
    }
    missing_regions.sort_by(|a, b| swedish_cmp(a, b));

    let mut sentences: Vec<String> = Vec::new();
    if !required.is_empty() {
        sentences.push(format!(
            "Enligt 3 § Finsamlagen ska {} vara {}.",
            swedish_list(&required),
            medlem(required.len())
        ));
    }
    let area_missing: Vec<&str> = missing_kommuner
        .iter()
        .chain(&missing_regions)
        .copied()
        .collect();
    if !area_missing.is_empty() {
        // When only kommuner are missing, they are the very places the förbund works in.
        let where_ = if missing_regions.is_empty() {
            "där".to_owned()
        } else {
            format!("i {}", swedish_list(&because_of))
        };
        let who = swedish_list(&area_missing);
        let role = medlem(area_missing.len());
        sentences.push(if sentences.is_empty() {
            format!(
                "Enligt 3 § Finsamlagen ska {who} vara {role} eftersom förbundet verkar {where_}."
            )
        } else {
            format!("{who} ska också vara {role} eftersom förbundet verkar {where_}.")
        });
    }
    if sentences.is_empty() {
        return Vec::new();
    }
    vec![Warning::new(
        "m5_composition",
        sentences.join(" "),
        Some("organisationer"),
    )]
}

/// M5's "Lägg till de som saknas": the keys of the organisations 3 § says must be members
/// and are not (Försäkringskassan, Arbetsförmedlingen, and for every kommun of the area
/// the kommun and the region of its län; Region Gotland once, as both), in the order the
/// warning names them. With no verksamhetsområde, the law's "minst en kommun och en
/// region" names no particular one, so only the two authorities are given.
pub fn missing_member_keys(rows: &[IngaendeOrganisation], area: &[AreaKommun]) -> Vec<String> {
    let is_member = |key: &str| {
        rows.iter()
            .any(|r| r.medlem && r.organisation.nyckel.as_deref() == Some(key))
    };
    let mut kommuner: Vec<&AreaKommun> = area.iter().collect();
    kommuner.sort_by(|a, b| swedish_cmp(&a.namn, &b.namn));
    let mut keys: Vec<String> = [Known::Forsakringskassan, Known::Arbetsformedlingen]
        .iter()
        .map(|k| k.key().to_owned())
        .collect();
    for kommun in &kommuner {
        let kommun_key = if kommun.kod == GOTLAND_KOMMUN {
            crate::domain::organisation::GOTLAND_REGION.to_owned()
        } else {
            format!("kommun-{}", kommun.kod)
        };
        keys.push(kommun_key);
    }
    keys.extend(kommuner.iter().map(|k| k.region_key()));
    let mut missing: Vec<String> = Vec::new();
    for key in keys {
        if !is_member(&key) && !missing.contains(&key) {
            missing.push(key);
        }
    }
    missing
}

/// The law's minimum when no verksamhetsområde names the parts: at least one region and
/// at least one kommun. Region Gotland counts as a kommun; as a region it covers Gotland
/// only, so another kommun still needs a region of its own.
fn minimum_missing(members: &[&Organisation]) -> Vec<&'static str> {
    let kommuner: Vec<_> = members
        .iter()
        .filter(|o| o.counts_as(OrganisationTyp::Kommun))
        .collect();
    let only_gotland = !kommuner.is_empty()
        && kommuner
            .iter()
            .all(|o| o.kommun_kod() == Some(GOTLAND_KOMMUN));
    let has_region = members
        .iter()
        .any(|o| o.typ == OrganisationTyp::Region && !o.is_region_gotland());
    let mut missing = Vec::new();
    if !has_region && !only_gotland {
        missing.push("minst en region");
    }
    if kommuner.is_empty() {
        missing.push("minst en kommun");
    }
    missing
}

/// "medlem" for one, "medlemmar" for several.
fn medlem(count: usize) -> &'static str {
    if count == 1 {
        "medlem"
    } else {
        "medlemmar"
    }
}

/// "A", "A och B", "A, B och C".
pub fn swedish_list(items: &[&str]) -> String {
    match items.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} och {last}", rest.join(", ")),
        None => String::new(),
    }
}
