//! Referenslistor: the editable reference lists (preciserad inriktning per inriktning, and
//! målgrupper). An entry in use cannot be deleted, only hidden.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Service;
use crate::db;
use crate::domain::insats::{Inriktning, Referens, ReferensLista};
use crate::error::CoreError;
use crate::rules::text;

/// An entry with how many insatser use it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReferensRad {
    pub entry: Referens,
    #[ts(type = "number")]
    pub anvands: i64,
}

/// The reference lists as the settings page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Referenslistor {
    pub individinriktade: Vec<ReferensRad>,
    pub strukturovergripande: Vec<ReferensRad>,
    pub malgrupper: Vec<ReferensRad>,
}

/// A save of one entry: new when `id` is `None`. `inriktning` is needed for a new
/// preciserad inriktning.
#[derive(Clone, Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReferensInput {
    pub lista: ReferensLista,
    #[ts(type = "number | null")]
    pub id: Option<i64>,
    pub inriktning: Option<Inriktning>,
    pub namn: String,
    pub hjalptext: String,
    pub dold: bool,
}

impl Service {
    /// All entries, hidden ones included, with their use.
    pub fn referenslistor(&self) -> crate::Result<Referenslistor> {
        let conn = self.db.conn();
        let rows =
            |lista: ReferensLista, entries: Vec<Referens>| -> crate::Result<Vec<ReferensRad>> {
                entries
                    .into_iter()
                    .map(|entry| {
                        Ok(ReferensRad {
                            anvands: db::referens::usage(conn, lista, entry.id)?,
                            entry,
                        })
                    })
                    .collect()
            };
        Ok(Referenslistor {
            individinriktade: rows(
                ReferensLista::PreciseradInriktning,
                db::referens::preciserade(conn, Inriktning::Individinriktad)?,
            )?,
            strukturovergripande: rows(
                ReferensLista::PreciseradInriktning,
                db::referens::preciserade(conn, Inriktning::Strukturovergripande)?,
            )?,
            malgrupper: rows(ReferensLista::Malgrupp, db::referens::malgrupper(conn)?)?,
        })
    }

    /// Adds, renames, re-describes, hides or shows one entry ([`Self::apply_referens`],
    /// today); the lists as they are after.
    pub fn save_referens(&mut self, input: ReferensInput) -> crate::Result<Referenslistor> {
        self.apply_referens(input, self.clock.today())?;
        self.referenslistor()
    }

    /// Adds, renames, re-describes, hides or shows one entry on the day `on`. Names are
    /// unique within their list, case-insensitively. Builds no view.
    pub fn apply_referens(&mut self, input: ReferensInput, on: NaiveDate) -> crate::Result<()> {
        let lista = input.lista;
        let namn = text::required(&input.namn, "namn", "Namn", text::MAX_NAME_CHARS)?;
        let hjalptext = text::free_text(
            &input.hjalptext,
            "hjalptext",
            "Hjälptext",
            text::MAX_TEXT_CHARS,
        )?;
        let key = text::name_key(&namn);
        let conn = self.db.conn();
        let inriktning = match input.id {
            Some(id) => {
                db::referens::get(conn, lista, id)?
                    .ok_or_else(|| CoreError::NotFound {
                        what: "Posten".to_owned(),
                    })?
                    .1
            }
            None if lista == ReferensLista::PreciseradInriktning => {
                Some(input.inriktning.ok_or(CoreError::Choose {
                    field: "inriktning",
                    what: "en inriktning",
                })?)
            }
            None => None,
        };
        if let Some(owner) = db::referens::name_owner(conn, lista, inriktning, &key)? {
            if Some(owner) != input.id {
                return Err(CoreError::ReferenceNameTaken { namn });
            }
        }
        let entry = Referens {
            id: input.id.unwrap_or_default(),
            namn,
            hjalptext,
            dold: input.dold,
        };
        self.write_on(on, format!("Spara i listan: {}", entry.namn), |tx| {
            match input.id {
                Some(_) => db::referens::update(tx, lista, &entry, &key)?,
                None => {
                    db::referens::insert(tx, lista, inriktning, &entry, &key)?;
                }
            }
            Ok(())
        })
    }

    /// Deletes an entry no insats uses; one in use can only be hidden.
    pub fn delete_referens(
        &mut self,
        lista: ReferensLista,
        id: i64,
    ) -> crate::Result<Referenslistor> {
        let conn = self.db.conn();
        let (entry, _) =
            db::referens::get(conn, lista, id)?.ok_or_else(|| CoreError::NotFound {
                what: "Posten".to_owned(),
            })?;
        let count = db::referens::usage(conn, lista, id)?;
        if count > 0 {
            return Err(CoreError::ReferenceInUse {
                namn: entry.namn,
                count,
            });
        }
        self.write(format!("Ta bort ur listan: {}", entry.namn), |tx| {
            Ok(db::referens::delete(tx, lista, id)?)
        })?;
        self.referenslistor()
    }
}
