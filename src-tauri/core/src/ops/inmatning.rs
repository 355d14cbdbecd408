//! "Inmatning i Uppföljning Finsam": the year's figures as the officer keys them into the
//! national web system, the "Inmatat" ticks (R1) and "Markera året som inrapporterat".
//!
//! Ticks record what the officer did in another system, not the year's figures, so they
//! may be set in a locked year too (Y1 locks the figures only); the year must be one of
//! the year picker's (Y5).

use super::Service;
use crate::db;
use crate::db::inmatning::{Inrapporterad, Tick};
use crate::domain::inmatning::{
    AndratEfterInmatning, Inmatat, InmatatInput, InmatningGrupp, InmatningRad, InmatningSektion,
    InmatningVy, Inrapportering,
};
use crate::domain::insats::Inriktning;
use crate::error::CoreError;
use crate::money::Kronor;
use crate::rules::inmatning::{andrat_efter_inmatning, kopia};
use crate::rules::insats::count_fields;

/// Whether a figure is an amount or a count: how it is shown.
#[derive(Clone, Copy)]
enum Enhet {
    Kronor,
    Antal,
}

/// One figure as the core reads it, before the ticks are laid over it.
struct Figur {
    key: String,
    etikett: &'static str,
    /// The handling's words in the history: "Steget vidare: Utfall".
    historik: String,
    /// The stored label, which the history shows after the insats's own name: "Utfall".
    post: String,
    insats_id: Option<i64>,
    varde: Option<i64>,
    enhet: Enhet,
}

/// The figures of a group, with its heading.
struct Grupp {
    rubrik: Option<String>,
    beskrivning: Option<String>,
    figurer: Vec<Figur>,
}

fn visa(value: Option<i64>, enhet: Enhet) -> String {
    match (value, enhet) {
        (None, _) => "Saknas".to_owned(),
        (Some(v), Enhet::Kronor) => format!("{} kr", Kronor::new(v)),
        (Some(v), Enhet::Antal) => Kronor::new(v).to_string(),
    }
}

/// The record in one sentence, in Swedish.
fn inrapporterat_text(r: &Inrapporterad) -> String {
    let varningar = match r.varningar {
        1 => "1 varning".to_owned(),
        n => format!("{n} varningar"),
    };
    let preliminar = if r.preliminar {
        " Rapporten var preliminär."
    } else {
        ""
    };
    format!(
        "{} markerades som inrapporterat {}. Förhandskontrollen hade då {} fel och {varningar}.{preliminar}",
        r.year, r.datum, r.fel
    )
}

impl Service {
    /// The keying view of `year`: one call, everything the screen shows.
    pub fn inmatning(&self, year: i32) -> crate::Result<InmatningVy> {
        let sektioner = self.inmatning_figurer(year)?;
        let conn = self.db.conn();
        let ticks = db::inmatning::ticks(conn, year)?;
        let (mut antal, mut inmatade, mut andrade) = (0, 0, 0);
        let sektioner: Vec<InmatningSektion> = sektioner
            .into_iter()
            .map(|(rubrik, grupper)| InmatningSektion {
                rubrik: rubrik.to_owned(),
                grupper: grupper
                    .into_iter()
                    .map(|g| InmatningGrupp {
                        rubrik: g.rubrik,
                        beskrivning: g.beskrivning,
                        rader: g
                            .figurer
                            .into_iter()
                            .map(|f| {
                                antal += 1;
                                let inmatat = ticks.get(&f.key).map(|tick| {
                                    inmatade += 1;
                                    let andrat = andrat_efter_inmatning(tick.varde, f.varde).map(
                                        |(gammalt, nytt)| {
                                            andrade += 1;
                                            AndratEfterInmatning {
                                                gammalt: visa(gammalt, f.enhet),
                                                nytt: visa(nytt, f.enhet),
                                            }
                                        },
                                    );
                                    Inmatat {
                                        datum: tick.datum,
                                        varde: visa(tick.varde, f.enhet),
                                        andrat,
                                    }
                                });
                                InmatningRad {
                                    visat: visa(f.varde, f.enhet),
                                    kopia: kopia(f.varde),
                                    key: f.key,
                                    etikett: f.etikett.to_owned(),
                                    inmatat,
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let mut lage_text = format!("{inmatade} av {antal} värden är inmatade.");
        match andrade {
            0 => {}
            1 => lage_text.push_str(" 1 har ändrats efter inmatning."),
            n => lage_text.push_str(&format!(" {n} har ändrats efter inmatning.")),
        }
        let inrapporteringar = db::inmatning::inrapporterade(conn, year)?
            .into_iter()
            .map(|(r, export)| Inrapportering {
                text: inrapporterat_text(&r),
                datum: r.datum,
                tidpunkt: r.tidpunkt,
                preliminar: r.preliminar,
                fel: r.fel,
                varningar: r.varningar,
                sha256: r.sha256,
                samma_som_export: export,
            })
            .collect();
        let forbund = self.require_forbund()?;
        let status = crate::domain::year::YearStatus::of(year, self.today(), &forbund.period());
        Ok(InmatningVy {
            year,
            forbund: forbund.namn,
            status_text: status.label(),
            sektioner,
            antal_rader: antal,
            inmatade,
            andrade,
            lage_text,
            inrapporteringar,
            registrering: self.registrering(year)?,
        })
    }

    /// "Inmatat": ticks row `key` with today and its value now, or takes the tick away. The
    /// value is read here, never taken from the screen.
    pub fn set_inmatat(&mut self, input: InmatatInput) -> crate::Result<InmatningVy> {
        let figur = self
            .inmatning_figurer(input.year)?
            .into_iter()
            .flat_map(|(_, grupper)| grupper)
            .flat_map(|g| g.figurer)
            .find(|f| f.key == input.key)
            .ok_or_else(|| CoreError::NotFound {
                what: format!("Värdet {} för {}", input.key, input.year),
            })?;
        let today = self.today();
        let year = input.year;
        if input.inmatat {
            let tick = Tick {
                datum: today,
                varde: figur.varde,
            };
            self.write(format!("Inmatat {year}: {}", figur.historik), |tx| {
                Ok(db::inmatning::tick(
                    tx,
                    year,
                    &figur.key,
                    figur.insats_id,
                    &figur.post,
                    &tick,
                )?)
            })?;
        } else {
            self.write(format!("Inte inmatat {year}: {}", figur.historik), |tx| {
                Ok(db::inmatning::untick(tx, year, &figur.key)?)
            })?;
        }
        self.inmatning(year)
    }

    /// The year's figures in Uppföljning Finsam's order: Medel; Insatser, each with budget,
    /// utfall, budgeterat antal deltagare and its counts; Administrativa kostnader.
    fn inmatning_figurer(&self, year: i32) -> crate::Result<Vec<(&'static str, Vec<Grupp>)>> {
        let (view, records) = self.year_view_and_insatser(year)?;
        let counts = db::insats::deltagare_for_year(self.db.conn(), year)?;
        let figur = |key: String,
                     etikett: &'static str,
                     historik: String,
                     insats_id: Option<i64>,
                     varde,
                     enhet| Figur {
            key,
            etikett,
            // The history adds an insats's own name to its rows itself.
            post: if insats_id.is_some() {
                etikett.to_owned()
            } else {
                historik.clone()
            },
            historik,
            insats_id,
            varde,
            enhet,
        };
        let m = &view.medel;
        let registrerade = |k: Kronor| m.registrerade.then_some(k.get());
        let medel = Grupp {
            rubrik: None,
            beskrivning: None,
            figurer: [
                (
                    "medel.samverkansparterna",
                    "Samverkansparterna",
                    m.samverkansparterna.map(Kronor::get),
                ),
                (
                    "medel.esf_plus",
                    "Europeiska socialfonden Plus (ESF+)",
                    registrerade(m.esf_plus),
                ),
                (
                    "medel.overskott",
                    "Överskott från föregående år",
                    registrerade(m.overskott),
                ),
            ]
            .into_iter()
            .map(|(key, etikett, varde)| {
                figur(
                    key.to_owned(),
                    etikett,
                    etikett.to_owned(),
                    None,
                    varde,
                    Enhet::Kronor,
                )
            })
            .collect(),
        };
        let mut insatser = Vec::new();
        let mut admin = None;
        for rad in &view.rader {
            let Some(record) = rad
                .rad
                .insats_id()
                .and_then(|id| records.iter().find(|r| r.id == id))
            else {
                admin = Some(Grupp {
                    rubrik: None,
                    beskrivning: None,
                    figurer: [
                        ("budget", "Budget", rad.budget),
                        ("utfall", "Utfall", rad.utfall),
                    ]
                    .into_iter()
                    .map(|(falt, etikett, varde)| {
                        figur(
                            rad.rad.field(falt),
                            etikett,
                            format!("Administrativa kostnader: {etikett}"),
                            None,
                            varde.map(Kronor::get),
                            Enhet::Kronor,
                        )
                    })
                    .collect(),
                });
                continue;
            };
            let cell = |falt: &str, etikett: &'static str, varde: Option<i64>, enhet| {
                figur(
                    rad.rad.field(falt),
                    etikett,
                    format!("{}: {etikett}", record.namn),
                    Some(record.id),
                    varde,
                    enhet,
                )
            };
            let mut figurer = vec![
                cell(
                    "budget",
                    "Budget",
                    rad.budget.map(Kronor::get),
                    Enhet::Kronor,
                ),
                cell(
                    "utfall",
                    "Utfall",
                    rad.utfall.map(Kronor::get),
                    Enhet::Kronor,
                ),
            ];
            if record.foljer_deltagare {
                let antal = |v: Option<u32>| v.map(i64::from);
                let stored = counts.get(&record.id);
                figurer.push(cell(
                    "budgeteradeDeltagare",
                    "Budgeterat antal deltagare",
                    antal(rad.budgeterade_deltagare),
                    Enhet::Antal,
                ));
                // D1: the counts the insats registers, in the national system's order.
                for falt in count_fields(record.inriktning, record.foljer_deltagare) {
                    let (key, label) = falt.of(
                        ("kvinnor", "Kvinnor"),
                        ("man", "Män"),
                        ("antal", "Antal deltagare"),
                    );
                    let value = stored.and_then(|c| falt.of(c.1, c.2, c.3));
                    figurer.push(cell(key, label, antal(value), Enhet::Antal));
                }
            }
            let mut beskrivning = match record.inriktning {
                Inriktning::Individinriktad => "Individinriktad".to_owned(),
                Inriktning::Strukturovergripande => "Strukturövergripande".to_owned(),
            };
            if record.avslutad {
                beskrivning.push_str(", avslutad");
            }
            insatser.push(Grupp {
                rubrik: Some(record.namn.clone()),
                beskrivning: Some(beskrivning),
                figurer,
            });
        }
        // Uppföljning Finsam's own words: its medel table is "Tilldelade medel".
        let mut sektioner = vec![("Tilldelade medel", vec![medel]), ("Insatser", insatser)];
        sektioner.extend(admin.map(|a| ("Administrativa kostnader", vec![a])));
        Ok(sektioner)
    }
}
