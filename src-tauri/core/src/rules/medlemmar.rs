//! M5 (lag (2003:1210) om finansiell samordning, 3 §): which kommuner and regions of the
//! verksamhetsområde must be members, the warning that names the missing ones, and
//! "Lägg till de som saknas". Re-exported by `rules::organisation`.

use crate::domain::organisation::{
    IngaendeOrganisation, Known, Organisation, OrganisationTyp, GOTLAND_KOMMUN,
};
use crate::error::Warning;
use crate::rules::text::swedish_cmp;

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
