//! "Registrera i Uppföljning Finsam", a part of the keying view: every insats new in the
//! year with everything "Lägg till insats" asks for, in its order (the choices fixed at
//! creation first, I1), every insats ended in the year with its end date, and the
//! "Registrerad" ticks with the details as registered (R1: "Ändrat efter registrering").
//!
//! Like "Inmatat", a tick records what the officer did in another system, so it may be set
//! in a locked year too; the year must be one of the year picker's (Y5).

use chrono::Datelike;

use super::Service;
use crate::db;
use crate::db::registrering::{Registrerad as Tick, Uppgifter};
use crate::domain::inmatning::{
    AndratEfterInmatning, Registrerad, RegistreradInput, Registrering, RegistreringRad,
    RegistreringUppgift,
};
use crate::domain::insats::InsatsRecord;
use crate::domain::insats::ReferensLista;
use crate::error::CoreError;
use crate::rules::inmatning::andrat_efter_registrering;

/// I1 in Uppföljning Finsam's words: shown beside each choice fixed at creation.
pub const KAN_INTE_ANDRAS: &str = "Kan inte ändras i Uppföljning Finsam";

/// One detail before the tick is laid over it.
struct Detalj {
    etikett: &'static str,
    visat: String,
    kopia: Option<String>,
    fast: bool,
}

/// One line to register, before the tick is laid over it.
struct Linje {
    key: String,
    insats_id: i64,
    namn: String,
    /// The history's words: "Ny insats", "Avslutad insats".
    post: &'static str,
    detaljer: Vec<Detalj>,
}

impl Linje {
    fn uppgifter(&self) -> Uppgifter {
        self.detaljer
            .iter()
            .map(|d| (d.etikett.to_owned(), d.visat.clone()))
            .collect()
    }
}

/// A value typed into the web form: copied as shown, or "Ingen/Inte angivet" and nothing
/// to copy when empty.
fn skrivet(etikett: &'static str, value: Option<String>, tomt: &str) -> Detalj {
    Detalj {
        etikett,
        visat: value.clone().unwrap_or_else(|| tomt.to_owned()),
        kopia: value,
        fast: false,
    }
}

/// A choice picked from a list in the web form: shown, not copied.
fn valt(etikett: &'static str, visat: String, fast: bool) -> Detalj {
    Detalj {
        etikett,
        visat,
        kopia: None,
        fast,
    }
}

impl Service {
    /// The registration part of the keying view of `year`.
    pub(crate) fn registrering(&self, year: i32) -> crate::Result<Registrering> {
        let linjer = self.registrering_linjer(year)?;
        let ticks = db::registrering::ticks(self.db.conn(), year)?;
        let antal = linjer.len();
        let (mut registrerade, mut andrade) = (0, 0);
        let mut nya = Vec::new();
        let mut avslutade = Vec::new();
        for linje in linjer {
            let tick = ticks.get(&linje.key);
            let now = linje.uppgifter();
            let andringar = tick.map(|t| andrat_efter_registrering(&t.uppgifter, &now));
            let andrat = andringar
                .as_ref()
                .is_some_and(|a| a.iter().any(Option::is_some));
            if tick.is_some() {
                registrerade += 1;
            }
            if andrat {
                andrade += 1;
            }
            let uppgifter = linje
                .detaljer
                .into_iter()
                .enumerate()
                .map(|(i, d)| RegistreringUppgift {
                    andrat: andringar.as_ref().and_then(|a| a[i].as_ref()).map(
                        |(gammalt, nytt)| AndratEfterInmatning {
                            gammalt: gammalt.unwrap_or("Fanns inte").to_owned(),
                            nytt: nytt.clone(),
                        },
                    ),
                    etikett: d.etikett.to_owned(),
                    visat: d.visat,
                    kopia: d.kopia,
                    fast: d.fast.then(|| KAN_INTE_ANDRAS.to_owned()),
                })
                .collect();
            let rad = RegistreringRad {
                registrerad: tick.map(|t| Registrerad {
                    datum: t.datum,
                    andrat,
                }),
                key: linje.key,
                insats_id: linje.insats_id,
                namn: linje.namn,
                uppgifter,
            };
            if linje.post == NY {
                nya.push(rad);
            } else {
                avslutade.push(rad);
            }
        }
        let lage_text = if antal == 0 {
            format!("Ingen insats startade eller avslutades {year}.")
        } else {
            let mut text =
                format!("{registrerade} av {antal} är registrerade i Uppföljning Finsam.");
            match andrade {
                0 => {}
                1 => text.push_str(" 1 har ändrats efter registrering."),
                n => text.push_str(&format!(" {n} har ändrats efter registrering.")),
            }
            text
        };
        Ok(Registrering {
            nya,
            avslutade,
            registrerade,
            andrade,
            lage_text,
        })
    }

    /// "Registrerad": ticks line `key` with today and its details now, or takes the tick
    /// away. The details are read here, never taken from the screen.
    pub fn set_registrerad(
        &mut self,
        input: RegistreradInput,
    ) -> crate::Result<crate::domain::inmatning::InmatningVy> {
        let year = input.year;
        let linje = self
            .registrering_linjer(year)?
            .into_iter()
            .find(|l| l.key == input.key)
            .ok_or_else(|| CoreError::NotFound {
                what: format!("Insatsen {} för {year}", input.key),
            })?;
        let handling = format!("{}: {}", linje.post, linje.namn);
        if input.registrerad {
            let tick = Tick {
                datum: self.today(),
                uppgifter: linje.uppgifter(),
            };
            self.write(format!("Registrerad {year}: {handling}"), |tx| {
                Ok(db::registrering::tick(
                    tx,
                    year,
                    &linje.key,
                    linje.insats_id,
                    linje.post,
                    &tick,
                )?)
            })?;
        } else {
            self.write(format!("Inte registrerad {year}: {handling}"), |tx| {
                Ok(db::registrering::untick(tx, year, &linje.key)?)
            })?;
        }
        self.inmatning(year)
    }

    /// The year's lines: the new insatser, then the ended ones, each by name.
    fn registrering_linjer(&self, year: i32) -> crate::Result<Vec<Linje>> {
        let forbund = self.require_forbund()?;
        self.ensure_selectable(&forbund, year)?;
        let records = db::insats::records_running_in_year(self.db.conn(), year)?;
        let mut linjer = Vec::new();
        for record in records.iter().filter(|r| r.startdatum.year() == year) {
            linjer.push(self.ny_linje(record)?);
        }
        let ended = records
            .iter()
            .filter(|r| r.avslutad && r.slutdatum.is_some_and(|s| s.year() == year));
        for record in ended {
            linjer.push(Linje {
                key: format!("insats-{}.avslutad", record.id),
                insats_id: record.id,
                namn: record.namn.clone(),
                post: AVSLUTAD,
                detaljer: vec![skrivet(
                    "Slutdatum",
                    record.slutdatum.map(|d| d.to_string()),
                    "Inte angivet",
                )],
            });
        }
        Ok(linjer)
    }

    /// A new insats: what "Lägg till insats" asks for, in its order. First the choices
    /// that can never be changed there (I1), then the details.
    fn ny_linje(&self, record: &InsatsRecord) -> crate::Result<Linje> {
        let conn = self.db.conn();
        let preciserad = match record.preciserad_inriktning_id {
            Some(id) => {
                db::referens::get(conn, ReferensLista::PreciseradInriktning, id)?.map(|r| r.0.namn)
            }
            None => None,
        };
        let ids = db::insats::malgrupp_ids(conn, record.id)?;
        let malgrupper: Vec<String> = db::referens::malgrupper(conn)?
            .into_iter()
            .filter(|m| ids.contains(&m.id))
            .map(|m| m.namn)
            .collect();
        let ja_nej = |b: bool| if b { "Ja" } else { "Nej" }.to_owned();
        let uppfoljning = if record.foljer_deltagare {
            "Med deltagaruppföljning"
        } else {
            "Utan deltagaruppföljning"
        };
        let beskrivning = record.beskrivning.trim();
        Ok(Linje {
            key: format!("insats-{}.ny", record.id),
            insats_id: record.id,
            namn: record.namn.clone(),
            post: NY,
            detaljer: vec![
                valt("Inriktning", record.inriktning.label().to_owned(), true),
                valt("Uppföljningsmetod", uppfoljning.to_owned(), true),
                valt("ESF-finansiering", ja_nej(record.esf), true),
                skrivet("Namn", Some(record.namn.clone()), ""),
                valt(
                    "Preciserad inriktning",
                    preciserad.unwrap_or_else(|| "Ingen angiven".to_owned()),
                    false,
                ),
                valt(
                    "Målgrupper",
                    if malgrupper.is_empty() {
                        "Ingen angiven".to_owned()
                    } else {
                        malgrupper.join(", ")
                    },
                    false,
                ),
                skrivet("Startdatum", Some(record.startdatum.to_string()), ""),
                skrivet(
                    "Planerat slutdatum",
                    record.slutdatum.map(|d| d.to_string()),
                    "Inte angivet",
                ),
                skrivet(
                    "Beskrivning",
                    (!beskrivning.is_empty()).then(|| beskrivning.to_owned()),
                    "Ingen beskrivning",
                ),
            ],
        })
    }
}

/// The history's words for the two kinds of line.
const NY: &str = "Ny insats";
const AVSLUTAD: &str = "Avslutad insats";
