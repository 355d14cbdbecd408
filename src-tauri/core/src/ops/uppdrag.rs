//! Uppdrag: adding, changing and removing the people linked to the förbund.

use super::Service;
use crate::db;
use crate::domain::organisation::Known;
use crate::domain::uppdrag::{Uppdrag, UppdragAndring, UppdragInput};
use crate::error::CoreError;
use crate::rules::text::personnummer_warnings;
use crate::rules::{parse, text};

impl Service {
    /// Saves one person from the uppdrag form: its text is read first, every wrong field at
    /// once, then the change is applied.
    pub fn save_uppdrag(&mut self, input: UppdragInput) -> crate::Result<Vec<Uppdrag>> {
        self.require_forbund()?;
        self.apply_uppdrag(parse::uppdrag(&input)?)?;
        self.uppdrag()
    }

    /// The people with an uppdrag, as the section lists them.
    pub fn uppdrag(&self) -> crate::Result<Vec<Uppdrag>> {
        Ok(db::uppdrag::all(self.db.conn())?)
    }

    /// Applies one uppdrag change. U1: nobody can be both förbundsadministratör and
    /// deltagaransvarig, and a person (by e-mail) is registered once; U2: the employer. D3
    /// warnings need `confirm_warnings`. Its id; builds no list: the section reads it after.
    pub fn apply_uppdrag(&mut self, change: UppdragAndring) -> crate::Result<i64> {
        self.require_forbund()?;
        let arbetsgivare = self.check_arbetsgivare(&change)?;
        let key = text::name_key(&change.epost);
        let conn = self.db.conn();
        if let Some(id) = change.id {
            if db::uppdrag::get(conn, id)?.is_none() {
                return Err(CoreError::NotFound {
                    what: "Uppdraget".to_owned(),
                });
            }
        }
        if let Some(other) = db::uppdrag::by_epost_key(conn, &key)? {
            if Some(other.id) != change.id {
                return Err(if other.roll == change.roll {
                    CoreError::UppdragExists {
                        epost: change.epost,
                    }
                } else {
                    CoreError::BothRoles {
                        namn: other.namn,
                        roll: other.roll.label(),
                        other: change.roll.label(),
                    }
                });
            }
        }
        let warnings = personnummer_warnings([
            ("namn", change.namn.as_str()),
            ("telefon", change.telefon.as_str()),
        ]);
        if !warnings.is_empty() && !change.confirm_warnings {
            return Err(CoreError::ConfirmWarnings(warnings));
        }
        let uppdrag = Uppdrag {
            id: change.id.unwrap_or_default(),
            namn: change.namn,
            epost: change.epost,
            telefon: change.telefon,
            roll: change.roll,
            arbetsgivare_id: arbetsgivare,
            arbetsgivare: None,
        };
        self.write(format!("Spara uppdrag: {}", uppdrag.namn), |tx| {
            let id = match change.id {
                Some(id) => {
                    db::uppdrag::update(tx, &uppdrag, &key)?;
                    id
                }
                None => db::uppdrag::insert(tx, &uppdrag, &key)?,
            };
            db::uppdrag::set_arbetsgivare(tx, id, arbetsgivare)?;
            Ok(id)
        })
    }

    /// U2: a deltagaransvarig's employer, when given, is one of the ingående
    /// organisationer, never the förbund itself. A förbundsadministratör has none recorded.
    fn check_arbetsgivare(&self, input: &UppdragAndring) -> crate::Result<Option<i64>> {
        if !crate::rules::uppdrag::takes_arbetsgivare(input.roll) {
            return Ok(None);
        }
        // Not required: people registered before the question was asked have none, and
        // the förhandskontroll lists them (u2_arbetsgivare_saknas).
        let Some(id) = input.arbetsgivare_id else {
            return Ok(None);
        };
        let ingaende = db::organisation::ingaende(self.db.conn())?;
        match ingaende.iter().find(|r| r.organisation.id == id) {
            Some(r) if r.organisation.is(Known::Forbundet) => Err(CoreError::EmployedByForbund),
            Some(_) => Ok(Some(id)),
            None => Err(CoreError::NotIngaende {
                field: "arbetsgivare",
            }),
        }
    }

    /// Removes one person (and, once insatser link to people, their links; never an insats).
    pub fn remove_uppdrag(&mut self, id: i64) -> crate::Result<Vec<Uppdrag>> {
        let namn = db::uppdrag::all(self.db.conn())?
            .into_iter()
            .find(|u| u.id == id)
            .map_or_else(String::new, |u| u.namn);
        let handling = format!("Ta bort uppdrag: {namn}");
        let removed = self.write(handling, |tx| Ok(db::uppdrag::delete(tx, id)?))?;
        if removed == 0 {
            return Err(CoreError::NotFound {
                what: "Uppdraget".to_owned(),
            });
        }
        Ok(db::uppdrag::all(self.db.conn())?)
    }
}
