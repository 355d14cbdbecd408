//! Medel — the förbund's funds for a calendar year.

use serde::Serialize;
use ts_rs::TS;

use crate::money::Kronor;

/// Medelskategori — F1: the only three financing categories; no others exist, even if the
/// förbund has other income.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MedelKategori {
    /// Samverkansparterna: the total of all funding from the member parties.
    Samverkansparterna,
    /// ESF+: funding from the European Social Fund Plus; 0 when none.
    EsfPlus,
    /// Överskott från föregående år: own capital carried in.
    Overskott,
}

impl MedelKategori {
    /// F1: every category, in the order the national system lists them.
    pub const ALL: [MedelKategori; 3] = [Self::Samverkansparterna, Self::EsfPlus, Self::Overskott];

    /// The Swedish label the national system uses.
    pub fn label(self) -> &'static str {
        match self {
            Self::Samverkansparterna => "Samverkansparterna",
            Self::EsfPlus => "ESF+",
            Self::Overskott => "Överskott från föregående år",
        }
    }
}

/// Medel — one year's registered funds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Medel {
    pub ar: i32,
    pub samverkansparterna: Kronor,
    pub esf_plus: Kronor,
    pub overskott: Kronor,
}

impl Medel {
    pub fn amount(&self, kategori: MedelKategori) -> Kronor {
        match kategori {
            MedelKategori::Samverkansparterna => self.samverkansparterna,
            MedelKategori::EsfPlus => self.esf_plus,
            MedelKategori::Overskott => self.overskott,
        }
    }
}

/// One row of a year's Medel table: the category and its amount, if registered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MedelRow {
    pub kategori: MedelKategori,
    pub label: String,
    pub belopp: Option<Kronor>,
}
