//! Organisationer and ingående organisationer (member organisations) with their roles.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Organisationstyp — the kinds the national system knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum OrganisationTyp {
    /// Stat: Försäkringskassan and Arbetsförmedlingen.
    Stat,
    /// Region/landsting.
    Region,
    Kommun,
    /// ESF-rådet.
    Esf,
    /// Samordningsförbund: the förbund itself.
    Samordningsforbund,
    /// Övrigt: organisations the officer adds.
    Ovrigt,
}

impl OrganisationTyp {
    pub const ALL: [OrganisationTyp; 6] = [
        Self::Stat,
        Self::Region,
        Self::Kommun,
        Self::Samordningsforbund,
        Self::Esf,
        Self::Ovrigt,
    ];

    pub fn as_db(self) -> &'static str {
        match self {
            Self::Stat => "stat",
            Self::Region => "region",
            Self::Kommun => "kommun",
            Self::Esf => "esf",
            Self::Samordningsforbund => "samordningsforbund",
            Self::Ovrigt => "ovrigt",
        }
    }

    pub fn from_db(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_db() == text)
    }

    /// The Swedish name the national system shows.
    pub fn label(self) -> &'static str {
        match self {
            Self::Stat => "Stat",
            Self::Region => "Region/landsting",
            Self::Kommun => "Kommun",
            Self::Esf => "ESF-rådet",
            Self::Samordningsforbund => "Samordningsförbund",
            Self::Ovrigt => "Övrigt",
        }
    }
}

/// The national organisations the rules name, by their fixed key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    Forsakringskassan,
    Arbetsformedlingen,
    EsfRadet,
    Forbundet,
}

impl Known {
    pub fn key(self) -> &'static str {
        match self {
            Self::Forsakringskassan => "fk",
            Self::Arbetsformedlingen => "af",
            Self::EsfRadet => "esf",
            Self::Forbundet => "forbund",
        }
    }
}

/// Organisation — anyone who can be an ingående organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    #[ts(type = "number")]
    pub id: i64,
    pub namn: String,
    pub typ: OrganisationTyp,
    /// The fixed key of a national organisation (`fk`, `af`, `esf`, `forbund`,
    /// `region-NN`, `kommun-NNNN`; Gotland has `region-09` only); `None` for the
    /// officer's own.
    #[serde(skip)]
    #[ts(skip)]
    pub nyckel: Option<String>,
}

/// Region Gotland's fixed key. Gotland's kommun and region are one body, so the list has
/// one organisation for both (migration 8): typ region, this key. It is also Gotland's
/// kommun, [`GOTLAND_KOMMUN`], and counts as both wherever the rules ask.
pub const GOTLAND_REGION: &str = "region-09";

/// Gotland's kommun code (SCB).
pub const GOTLAND_KOMMUN: &str = "0980";

impl Organisation {
    pub fn is(&self, known: Known) -> bool {
        self.nyckel.as_deref() == Some(known.key())
    }

    /// The kommun code of a kommun organisation, and of Region Gotland, which is Gotland's
    /// kommun as well as its region.
    pub fn kommun_kod(&self) -> Option<&str> {
        let nyckel = self.nyckel.as_deref()?;
        if nyckel == GOTLAND_REGION {
            return Some(GOTLAND_KOMMUN);
        }
        nyckel.strip_prefix("kommun-")
    }

    /// Region Gotland: both a region and a kommun.
    pub fn is_region_gotland(&self) -> bool {
        self.nyckel.as_deref() == Some(GOTLAND_REGION)
    }

    /// Whether the organisation counts as `typ`: its own type, and for Region Gotland
    /// also Kommun.
    pub fn counts_as(&self, typ: OrganisationTyp) -> bool {
        self.typ == typ || (typ == OrganisationTyp::Kommun && self.kommun_kod().is_some())
    }
}

/// Ingående organisation — a member organisation and its roles. The förbund itself is
/// always konsument, never medlem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IngaendeOrganisation {
    pub organisation: Organisation,
    pub medlem: bool,
    pub finansiar: bool,
    /// Konsument: true for the förbund itself only, and fixed.
    pub konsument: bool,
    /// M7: whether the page offers the Medlem box: for Försäkringskassan,
    /// Arbetsförmedlingen, kommuner and regions, and for a row stored as medlem against
    /// M7, so the officer can take the tick away. Made by `IngaendeOrganisation::new`
    /// (`rules::organisation`).
    pub medlem_valbar: bool,
}

/// "Lägg till de som saknas" (M5): the page's roles with every missing member added or
/// marked medlem, for the officer to review before Spara, and what was done, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaknadeMedlemmar {
    pub organisationer: Vec<IngaendeOrganisation>,
    pub meddelande: String,
}

/// The roles of one organisation as the page sends them.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RollerInput {
    #[ts(type = "number")]
    pub organisation_id: i64,
    pub medlem: bool,
    pub finansiar: bool,
}

/// A search in the ingående organisationer picker.
#[derive(Clone, Debug, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationSearch {
    /// Only this type; `None` for all.
    pub typ: Option<OrganisationTyp>,
    /// A name; `*` stands for any characters.
    pub namn: String,
}
