//! The förbund page: details, verksamhetsområde and ingående organisationer, saved together
//! with one Spara in one transaction. The pickers' searches are in `pickers.rs`.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Service;
use crate::db;
use crate::domain::forbund::{Forbund, ForbundUpdate};
use crate::domain::omrade::{Lan, Omrade, OmradeRef};
use crate::domain::organisation::{IngaendeOrganisation, Known, OrganisationTyp, RollerInput};
use crate::domain::uppdrag::{Roll, Uppdrag};
use crate::domain::year::YearStatus;
use crate::error::CoreError;
use crate::error::Warning;
use crate::rules::forbund::ValidForbund;
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
    /// U2: the roles whose people have an employer, so the form asks for one and the list
    /// says when it is missing.
    pub roller_med_arbetsgivare: Vec<Roll>,
    /// For the län filter of the verksamhetsområde picker.
    pub lan: Vec<Lan>,
    /// For the type filter of the organisation picker.
    pub organisationstyper: Vec<OrganisationTypOption>,
    /// Whether the startdatum may still be corrected: until any insats or figure is
    /// registered (`rules::forbund::check_update`).
    pub startdatum_andringsbart: bool,
}

/// One save of the förbund page, typed: what import and the dataset generator apply, and
/// what the page's text becomes once read.
#[derive(Clone, Debug)]
pub struct ForbundPageAndring {
    pub forbund: ValidForbund,
    pub verksamhetsomrade: Vec<OmradeRef>,
    pub organisationer: Vec<RollerInput>,
    /// Save despite warnings (D3) the officer has seen.
    pub confirm_warnings: bool,
}

/// A page save's verksamhetsområde and roles, each found among the stored places and
/// organisations.
type Resolved = (Vec<OmradeRef>, Vec<IngaendeOrganisation>);

/// One Spara of the förbund page, as typed.
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
            roller_med_arbetsgivare: crate::rules::uppdrag::with_arbetsgivare(),
            lan: db::omrade::lan(conn)?,
            organisationstyper: OrganisationTyp::ALL
                .into_iter()
                .map(|typ| OrganisationTypOption {
                    typ,
                    label: typ.label().to_owned(),
                })
                .collect(),
            startdatum_andringsbart: !self.anything_registered()?,
        })
    }

    /// Whether the förbund has any insats or any figure (or a year marked inrapporterat):
    /// from then on its startdatum is fixed.
    fn anything_registered(&self) -> crate::Result<bool> {
        let conn = self.db.conn();
        Ok(db::insats::any(conn)?
            || !db::oversikt::years_with_figures_or_reported(conn)?.is_empty())
    }

    /// Spara on the förbund page: the details' text is read first; the area and the roles
    /// are checked even when it cannot be, so the page shows every error at once.
    pub fn save_forbund_page(&mut self, input: ForbundPageSave) -> crate::Result<ForbundPage> {
        let ForbundPageSave {
            forbund,
            verksamhetsomrade,
            organisationer,
            confirm_warnings,
        } = input;
        match rules::parse::forbund(&forbund) {
            Ok(forbund) => {
                let change = ForbundPageAndring {
                    forbund,
                    verksamhetsomrade,
                    organisationer,
                    confirm_warnings,
                };
                self.apply_forbund_page(change, self.clock.today())?;
                self.forbund_page()
            }
            Err(error) => {
                // The apply step reads the förbund itself; only a refusal needs it here.
                let current = self.require_forbund()?;
                let mut errors = vec![error];
                errors.extend(
                    self.check_page(
                        &current,
                        None,
                        (&verksamhetsomrade, &organisationer),
                        self.clock.today(),
                    )
                    .0,
                );
                Err(CoreError::combine(flatten(errors)))
            }
        }
    }

    /// Applies one save of the förbund page: details, verksamhetsområde and roles in one
    /// transaction. Every rule is checked first (M1–M4, M6, Y3, the startdatum fixed once anything is registered); D3
    /// warnings need `confirm_warnings`. A refused save changes nothing. Builds no view: the
    /// page reads [`Service::forbund_page`] after. Saved on the day `on`, which the rules
    /// that depend on the date read.
    pub fn apply_forbund_page(
        &mut self,
        change: ForbundPageAndring,
        on: NaiveDate,
    ) -> crate::Result<()> {
        let current = self.require_forbund()?;
        let (errors, resolved) = self.check_page(
            &current,
            Some(&change.forbund),
            (&change.verksamhetsomrade, &change.organisationer),
            on,
        );
        let Some((omrade, organisationer)) = resolved.filter(|_| errors.is_empty()) else {
            return Err(CoreError::combine(flatten(errors)));
        };
        let warnings = rules::forbund::personnummer_warnings(&change.forbund);
        if !warnings.is_empty() && !change.confirm_warnings {
            return Err(CoreError::ConfirmWarnings(warnings));
        }
        self.write_on(on, "Spara förbundets uppgifter", |tx| {
            db::forbund::update(tx, &change.forbund)?;
            db::omrade::replace(tx, &omrade)?;
            db::organisation::replace_ingaende(tx, &organisationer)?;
            Ok(())
        })?;
        // "Mina förbund" names the förbund as it is called now.
        self.remember_file(Some(&change.forbund.namn));
        Ok(())
    }

    /// The rules of a page save that need the stored data, each error collected: the
    /// details against the stored record, nothing registered after a slutdatum (Y3), the
    /// area's places and the roles (M1–M4, M6). With the area and roles resolved when they
    /// could be. On the day `on`.
    fn check_page(
        &self,
        current: &Forbund,
        forbund: Option<&ValidForbund>,
        (area, roles_in): (&[OmradeRef], &[RollerInput]),
        on: NaiveDate,
    ) -> (Vec<CoreError>, Option<Resolved>) {
        let mut errors = Vec::new();
        let details_fit = forbund
            .map(|f| {
                let registered = self.anything_registered()?;
                rules::forbund::check_update(current, f, registered, on)
            })
            .transpose()
            .map_err(|e| errors.push(e))
            .is_ok();
        let omrade = self.resolve_omrade(area).map_err(|e| errors.push(e)).ok();
        let organisationer = self
            .resolve_roles(roles_in)
            .map_err(|e| errors.push(e))
            .ok();
        if let Some(end) = forbund.and_then(|f| f.slutdatum).filter(|_| details_fit) {
            if let Err(e) = self.check_nothing_after(end) {
                errors.push(e);
            }
        }
        if let Some(rows) = &organisationer {
            let checked = self
                .role_facts(current, on)
                .and_then(|facts| roles::check(rows, &facts));
            if let Err(e) = checked {
                errors.push(e);
            }
        }
        (errors, omrade.zip(organisationer))
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
            rows.push(IngaendeOrganisation::new(
                organisation,
                role.medlem,
                role.finansiar,
            ));
        }
        if !rows.iter().any(|r| r.konsument) {
            rows.push(IngaendeOrganisation::new(
                db::organisation::known(conn, Known::Forbundet)?,
                false,
                false,
            ));
        }
        Ok(rows)
    }

    /// The facts a save checks the roles against (M1, M3, M4, M6): ESF insatser, surplus in
    /// open years, funding shares; Försäkringskassan need not be listed yet.
    pub(super) fn role_facts(&self, forbund: &Forbund, on: NaiveDate) -> crate::Result<RoleFacts> {
        let conn = self.db.conn();
        let today = on;
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
