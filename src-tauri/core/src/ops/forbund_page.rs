//! The förbund page: details, verksamhetsområde and ingående organisationer, saved together
//! with one Spara in one transaction. The pickers' searches are in `pickers.rs`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Service;
use crate::db;
use crate::domain::forbund::{Forbund, ForbundUpdate};
use crate::domain::omrade::{Lan, Omrade, OmradeRef};
use crate::domain::organisation::{IngaendeOrganisation, Known, OrganisationTyp, RollerInput};
use crate::domain::uppdrag::Uppdrag;
use crate::domain::year::YearStatus;
use crate::error::CoreError;
use crate::error::Warning;
use crate::rules::organisation::{self as roles, RoleFacts};
use crate::rules::text::swedish_cmp;
use crate::rules::{self};

/// A choice in the organisation type filter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationTypOption {
    pub typ: OrganisationTyp,
    pub label: String,
}

/// Everything the förbund page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForbundPage {
    pub forbund: Forbund,
    pub verksamhetsomrade: Vec<Omrade>,
    /// The ingående organisationer, the förbund itself (konsument) first.
    pub organisationer: Vec<IngaendeOrganisation>,
    /// M5 (the law's § 3 members) and other notices that do not block a save.
    pub varningar: Vec<Warning>,
    pub uppdrag: Vec<Uppdrag>,
    /// For the län filter of the verksamhetsområde picker.
    pub lan: Vec<Lan>,
    /// For the type filter of the organisation picker.
    pub organisationstyper: Vec<OrganisationTypOption>,
}

/// One Spara of the förbund page.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ForbundPageSave {
    pub forbund: ForbundUpdate,
    pub verksamhetsomrade: Vec<OmradeRef>,
    pub organisationer: Vec<RollerInput>,
    /// Save despite warnings (D3) the officer has seen.
    pub confirm_warnings: bool,
}

impl Service {
    /// The förbund page.
    pub fn forbund_page(&self) -> crate::Result<ForbundPage> {
        let forbund = self.require_forbund()?;
        let conn = self.db.conn();
        let mut organisationer = db::organisation::ingaende(conn)?;
        sort_organisations(&mut organisationer);
        let mut verksamhetsomrade = db::omrade::verksamhetsomrade(conn, self.clock.today())?;
        verksamhetsomrade.sort_by(|a, b| swedish_cmp(&a.namn, &b.namn));
        let area: Vec<OmradeRef> = verksamhetsomrade.iter().map(Omrade::reference).collect();
        Ok(ForbundPage {
            varningar: roles::members_warnings(&organisationer, &self.area_kommuner(&area)?),
            forbund,
            verksamhetsomrade,
            organisationer,
            uppdrag: db::uppdrag::all(conn)?,
            lan: db::omrade::lan(conn)?,
            organisationstyper: OrganisationTyp::ALL
                .into_iter()
                .map(|typ| OrganisationTypOption {
                    typ,
                    label: typ.label().to_owned(),
                })
                .collect(),
        })
    }

    /// Spara on the förbund page: details, verksamhetsområde and roles in one transaction.
    /// Every rule is checked first (M1–M4, M6, the details' forms); D3 warnings need
    /// `confirm_warnings`. A refused save changes nothing.
    pub fn save_forbund_page(&mut self, input: ForbundPageSave) -> crate::Result<ForbundPage> {
        let current = self.require_forbund()?;
        let mut errors = Vec::new();
        let details = rules::forbund::validate_update(&current, &input.forbund)
            .map_err(|e| errors.push(e))
            .ok();
        let omrade = self
            .resolve_omrade(&input.verksamhetsomrade)
            .map_err(|e| errors.push(e))
            .ok();
        let organisationer = self
            .resolve_roles(&input.organisationer)
            .map_err(|e| errors.push(e))
            .ok();
        if let Some(end) = details.as_ref().and_then(|d| d.slutdatum) {
            if let Err(e) = self.check_nothing_after(end) {
                errors.push(e);
            }
        }
        if let Some(rows) = &organisationer {
            if let Err(e) = roles::check(rows, &self.role_facts(&current)?) {
                errors.push(e);
            }
        }
        let (Some(details), Some(omrade), Some(organisationer)) = (details, omrade, organisationer)
        else {
            return Err(CoreError::combine(flatten(errors)));
        };
        if !errors.is_empty() {
            return Err(CoreError::combine(flatten(errors)));
        }
        let warnings = rules::forbund::personnummer_warnings(&input.forbund);
        if !warnings.is_empty() && !input.confirm_warnings {
            return Err(CoreError::ConfirmWarnings(warnings));
        }
        self.write("Spara förbundets uppgifter", |tx| {
            db::forbund::update(tx, &details)?;
            db::omrade::replace(tx, &omrade)?;
            db::organisation::replace_ingaende(tx, &organisationer)?;
            Ok(())
        })?;
        self.forbund_page()
    }

    /// Nothing may be registered after the förbund's slutdatum: no funds for a later year,
    /// no insats starting after it.
    fn check_nothing_after(&self, end: chrono::NaiveDate) -> crate::Result<()> {
        use chrono::Datelike;
        let conn = self.db.conn();
        if let Some(year) = db::medel::last_year(conn)?.filter(|&y| y > end.year()) {
            return Err(CoreError::DataAfterEnd {
                what: format!("medel för {year}"),
            });
        }
        if let Some(year) = db::budget::last_year(conn)?.filter(|&y| y > end.year()) {
            return Err(CoreError::DataAfterEnd {
                what: format!("budget och utfall för {year}"),
            });
        }
        if let Some(namn) = db::insats::first_starting_after(conn, end)? {
            return Err(CoreError::DataAfterEnd {
                what: format!("insatsen ”{namn}”, som börjar senare"),
            });
        }
        Ok(())
    }

    /// Each entry must be a known kommun, or a stadsdel of that kommun; duplicates go.
    pub(super) fn resolve_omrade(&self, entries: &[OmradeRef]) -> crate::Result<Vec<OmradeRef>> {
        let conn = self.db.conn();
        let kommuner: HashSet<String> = db::omrade::kommuner(conn)?
            .into_iter()
            .map(|k| k.kod)
            .collect();
        let stadsdelar = db::omrade::stadsdelar(conn)?;
        let mut seen = HashSet::new();
        let mut resolved = Vec::new();
        for entry in entries {
            let known = kommuner.contains(&entry.kommun_kod)
                && entry.stadsdel_id.is_none_or(|id| {
                    stadsdelar
                        .iter()
                        .any(|s| s.id == id && s.kommun_kod == entry.kommun_kod)
                });
            if !known {
                return Err(CoreError::NotFound {
                    what: format!("Området {}", entry.kommun_kod),
                });
            }
            if seen.insert(entry.clone()) {
                resolved.push(entry.clone());
            }
        }
        Ok(resolved)
    }

    /// The roles as rows with their organisations; the förbund itself is always there.
    pub(super) fn resolve_roles(
        &self,
        input: &[RollerInput],
    ) -> crate::Result<Vec<IngaendeOrganisation>> {
        let conn = self.db.conn();
        let ids: Vec<i64> = input.iter().map(|r| r.organisation_id).collect();
        let found = db::organisation::by_ids(conn, &ids)?;
        let mut rows: Vec<IngaendeOrganisation> = Vec::with_capacity(input.len() + 1);
        for role in input {
            let organisation = found
                .iter()
                .find(|o| o.id == role.organisation_id)
                .cloned()
                .ok_or_else(|| CoreError::NotFound {
                    what: format!("Organisationen med id {}", role.organisation_id),
                })?;
            if rows.iter().any(|r| r.organisation.id == organisation.id) {
                continue;
            }
            rows.push(IngaendeOrganisation {
                konsument: organisation.is(Known::Forbundet),
                organisation,
                medlem: role.medlem,
                finansiar: role.finansiar,
            });
        }
        if !rows.iter().any(|r| r.konsument) {
            rows.push(IngaendeOrganisation {
                organisation: db::organisation::known(conn, Known::Forbundet)?,
                medlem: false,
                finansiar: false,
                konsument: true,
            });
        }
        Ok(rows)
    }

    /// The facts a save checks the roles against (M1, M3, M4, M6): ESF insatser, surplus in
    /// open years, funding shares; Försäkringskassan need not be listed yet.
    pub(super) fn role_facts(&self, forbund: &Forbund) -> crate::Result<RoleFacts> {
        let conn = self.db.conn();
        let today = self.clock.today();
        let period = forbund.period();
        Ok(RoleFacts {
            fk_required: false,
            esf_insatser: db::insats::esf_names(conn)?,
            surplus_years: db::medel::surplus_years(conn)?
                .into_iter()
                .filter(|&year| YearStatus::of(year, today, &period).is_editable())
                .collect(),
            funding: db::organisation::funding(conn)?,
        })
    }
}

/// The förbund itself first, then by type in the national order, then by name.
fn sort_organisations(rows: &mut [IngaendeOrganisation]) {
    let rank = |t: OrganisationTyp| OrganisationTyp::ALL.iter().position(|x| *x == t);
    rows.sort_by(|a, b| {
        b.konsument
            .cmp(&a.konsument)
            .then_with(|| rank(a.organisation.typ).cmp(&rank(b.organisation.typ)))
            .then_with(|| swedish_cmp(&a.organisation.namn, &b.organisation.namn))
    });
}

/// Nested `Several` errors from the parts of a page become one flat list.
fn flatten(errors: Vec<CoreError>) -> Vec<CoreError> {
    errors
        .into_iter()
        .flat_map(|e| match e {
            CoreError::Several(inner) => inner,
            other => vec![other],
        })
        .collect()
}
