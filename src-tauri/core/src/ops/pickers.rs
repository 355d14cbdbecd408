//! The förbund page's pickers: the verksamhetsområde and organisation searches, the
//! roles suggested for picked organisations, M5's warnings before Spara and its "Lägg till
//! de som saknas", and a new organisation of type Övrigt.

use chrono::NaiveDate;

use super::Service;
use crate::db;
use crate::domain::omrade::{Omrade, OmradeRef, OmradeSearch, OmradeSearchResult};
use crate::domain::organisation::{
    IngaendeOrganisation, Known, Organisation, OrganisationSearch, OrganisationTyp, RollerInput,
    SaknadeMedlemmar,
};
use crate::error::CoreError;
use crate::error::Warning;
use crate::rules::organisation::{self as roles, AreaKommun};
use crate::rules::text::{self, swedish_cmp, NamePattern};

/// What "Lägg till de som saknas" asks of the officer once it has added someone.
const REVIEW: &str = "Granska rollerna och välj Spara.";

impl Service {
    /// The verksamhetsområde picker's search, in Swedish alphabetical order.
    pub fn search_omraden(&self, query: OmradeSearch) -> crate::Result<OmradeSearchResult> {
        let conn = self.db.conn();
        let pattern = NamePattern::new(&query.namn);
        let lan = query.lan_kod.as_deref().filter(|kod| !kod.is_empty());
        let kommuner: Vec<_> = db::omrade::kommuner(conn)?
            .into_iter()
            .filter(|k| lan.is_none_or(|kod| k.lan_kod == kod))
            .collect();
        let mut hits: Vec<Omrade> = kommuner
            .iter()
            .filter(|k| pattern.matches(&k.kortnamn))
            .map(|k| Omrade {
                kommun_kod: k.kod.clone(),
                stadsdel_id: None,
                namn: k.kortnamn.clone(),
                lan_namn: k.lan_namn.clone(),
                historisk: false,
            })
            .collect();
        if query.visa_stadsdelar {
            let today = self.clock.today();
            for s in db::omrade::stadsdelar(conn)?
                .into_iter()
                .filter(|s| s.valid_on(today))
            {
                let Some(kommun) = kommuner.iter().find(|k| k.kod == s.kommun_kod) else {
                    continue;
                };
                if pattern.matches(&kommun.kortnamn) || pattern.matches(&s.namn) {
                    hits.push(Omrade {
                        kommun_kod: kommun.kod.clone(),
                        stadsdel_id: Some(s.id),
                        namn: db::omrade::omrade_name(&kommun.kortnamn, Some(&s.namn)),
                        lan_namn: kommun.lan_namn.clone(),
                        historisk: false,
                    });
                }
            }
        }
        hits.sort_by(|a, b| swedish_cmp(&a.namn, &b.namn));
        let typed = query.namn.trim();
        let matchning = if typed.is_empty() {
            "Alla kommuner visas.".to_owned()
        } else if pattern.is_wildcard() {
            format!("Mönster ”{typed}”: * står för valfria tecken.")
        } else {
            format!("Namn som börjar med ”{typed}” (eller är exakt det).")
        };
        Ok(OmradeSearchResult { hits, matchning })
    }

    /// The organisation picker's search: by type and name (a kommun also by its short
    /// name), in Swedish alphabetical order. The förbund itself is always listed already
    /// and is not offered.
    pub fn search_organisationer(
        &self,
        query: OrganisationSearch,
    ) -> crate::Result<Vec<Organisation>> {
        let conn = self.db.conn();
        let pattern = NamePattern::new(&query.namn);
        let mut hits: Vec<Organisation> = db::organisation::all_with_kortnamn(conn)?
            .into_iter()
            .filter(|(o, kort)| {
                !o.is(Known::Forbundet)
                    && roles::search_hit(o, kort.as_deref(), query.typ, &pattern)
            })
            .map(|(o, _)| o)
            .collect();
        hits.sort_by(|a, b| swedish_cmp(&a.namn, &b.namn));
        Ok(hits)
    }

    /// M5 for roles and a verksamhetsområde not saved yet, so the page can warn while the
    /// officer edits either.
    pub fn role_warnings(
        &self,
        organisationer: Vec<RollerInput>,
        verksamhetsomrade: Vec<OmradeRef>,
    ) -> crate::Result<Vec<Warning>> {
        let rows = self.resolve_roles(&organisationer)?;
        let area = self.resolve_omrade(&verksamhetsomrade)?;
        Ok(roles::members_warnings(&rows, &self.area_kommuner(&area)?))
    }

    /// "Lägg till de som saknas": every organisation M5 says must be a member and is not,
    /// added with the roles the guides suggest, or marked medlem where it is listed
    /// already, for roles and a verksamhetsområde not saved yet. Nothing is written.
    pub fn add_missing_members(
        &self,
        organisationer: Vec<RollerInput>,
        verksamhetsomrade: Vec<OmradeRef>,
    ) -> crate::Result<SaknadeMedlemmar> {
        let mut rows = self.resolve_roles(&organisationer)?;
        let area = self.area_kommuner(&self.resolve_omrade(&verksamhetsomrade)?)?;
        let mut added = Vec::new();
        for key in roles::missing_member_keys(&rows, &area) {
            if let Some(row) = rows
                .iter_mut()
                .find(|r| r.organisation.nyckel.as_deref() == Some(key.as_str()))
            {
                row.medlem = true;
                added.push(row.organisation.namn.clone());
            } else if let Some(organisation) = db::organisation::by_key(self.db.conn(), &key)? {
                let (medlem, finansiar) = roles::suggested_roles(&organisation);
                added.push(organisation.namn.clone());
                rows.push(IngaendeOrganisation {
                    konsument: false,
                    medlem_valbar: roles::may_be_member(&organisation),
                    organisation,
                    medlem,
                    finansiar,
                });
            }
        }
        let meddelande = match added.len() {
            0 if area.is_empty() => "Inget att lägga till. Välj verksamhetsområde först, så \
                vet Finsamkollen vilka kommuner och regioner som ska vara medlemmar."
                .to_owned(),
            0 => "Inget att lägga till: alla som ska vara medlemmar är det.".to_owned(),
            1 => format!("{} är tillagd som medlem. {REVIEW}", added[0]),
            n => format!(
                "{n} organisationer är tillagda som medlemmar: {}. {REVIEW}",
                roles::swedish_list(&added.iter().map(String::as_str).collect::<Vec<_>>())
            ),
        };
        Ok(SaknadeMedlemmar {
            organisationer: rows,
            meddelande,
        })
    }

    /// The verksamhetsområde as M5 needs it: for each entry (a stadsdel as its kommun) the
    /// kommun and the region of its län, named as organisations. Unknown codes are left
    /// out; a save refuses them.
    pub(crate) fn area_kommuner(&self, entries: &[OmradeRef]) -> crate::Result<Vec<AreaKommun>> {
        let conn = self.db.conn();
        let mut area = Vec::with_capacity(entries.len());
        for entry in entries {
            if let Some((k, region)) = db::omrade::kommun_with_region(conn, &entry.kommun_kod)? {
                area.push(AreaKommun {
                    region: region.unwrap_or_else(|| format!("regionen i {}", k.lan_namn)),
                    kod: k.kod,
                    namn: k.namn,
                });
            }
        }
        Ok(area)
    }

    /// Rows for organisations the officer adds in the picker, with the suggested roles.
    pub fn suggest_roles(&self, ids: Vec<i64>) -> crate::Result<Vec<IngaendeOrganisation>> {
        let found = db::organisation::by_ids(self.db.conn(), &ids)?;
        if found.len() != ids.len() {
            return Err(CoreError::NotFound {
                what: "En av organisationerna".to_owned(),
            });
        }
        Ok(found
            .into_iter()
            .map(|organisation| {
                let (medlem, finansiar) = roles::suggested_roles(&organisation);
                IngaendeOrganisation::new(organisation, medlem, finansiar)
            })
            .collect())
    }

    /// A new organisation of type Övrigt, unique by name (case-insensitive), today.
    pub fn create_organisation(&mut self, namn: String) -> crate::Result<Organisation> {
        self.apply_new_organisation(namn, self.clock.today())
    }

    /// [`Self::create_organisation`] on the day `on`, which its history row carries.
    pub fn apply_new_organisation(
        &mut self,
        namn: String,
        on: NaiveDate,
    ) -> crate::Result<Organisation> {
        let namn = text::required(&namn, "namn", "Namn", text::MAX_NAME_CHARS)?;
        let key = text::name_key(&namn);
        // The förbund itself is listed under its own name, which its row does not store.
        let own = self.require_forbund()?;
        let id = self.write_on(on, format!("Ny organisation: {namn}"), |tx| {
            if db::organisation::name_taken(tx, &key)? || text::name_key(&own.namn) == key {
                return Err(CoreError::OrganisationExists { namn: namn.clone() });
            }
            Ok(db::organisation::insert_ovrigt(tx, &namn, &key)?)
        })?;
        Ok(Organisation {
            id,
            namn,
            typ: OrganisationTyp::Ovrigt,
            nyckel: None,
        })
    }
}
