//! The report's data, in the order it is written. Field names are the format's keys.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{FORMAT, VERSION};
use crate::domain::insats::{Inriktning, InsatsStatus};
use crate::domain::organisation::OrganisationTyp;
use crate::money::Kronor;
use crate::ops::Service;

/// Årsrapport — one year's report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Arsrapport {
    pub format: String,
    pub version: u32,
    /// Swedish in the file, as the whole årsrapport format is.
    #[serde(rename = "ar")]
    pub year: i32,
    /// The day the report was made (the app's clock).
    pub skapad: NaiveDate,
    /// True when the pre-submission check still reports errors (not what waits for the
    /// year's end, Y7).
    pub preliminar: bool,
    pub forbund: RapportForbund,
    pub verksamhetsomrade: Vec<RapportOmrade>,
    pub organisationer: Vec<RapportOrganisation>,
    /// The year's funds; `null` when none are registered.
    pub medel: Option<RapportMedel>,
    pub administrativa_kostnader: BudgetUtfall,
    pub insatser: Vec<RapportInsats>,
    pub summering: RapportSummering,
    pub kontroll: RapportKontroll,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportForbund {
    pub namn: String,
    pub organisationsnummer: String,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
    pub beskrivning: String,
    pub adress: Adress,
    pub kontaktperson: Kontaktperson,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Adress {
    pub gatuadress: String,
    pub postnummer: String,
    pub ort: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Kontaktperson {
    pub namn: String,
    pub telefon: String,
    pub epost: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportOmrade {
    pub kommunkod: String,
    pub namn: String,
    pub lan: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportOrganisation {
    pub namn: String,
    pub typ: OrganisationTyp,
    pub medlem: bool,
    pub finansiar: bool,
    pub konsument: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportMedel {
    pub samverkansparterna: Kronor,
    /// The split of samverkansparterna per financier, where registered.
    pub finansiarer: Vec<RapportFinansiar>,
    pub esf_plus: Kronor,
    pub overskott: Kronor,
    pub totalt: Kronor,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportFinansiar {
    pub namn: String,
    pub typ: OrganisationTyp,
    pub belopp: Kronor,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BudgetUtfall {
    pub budget: Option<Kronor>,
    pub utfall: Option<Kronor>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportInsats {
    pub namn: String,
    pub inriktning: Inriktning,
    /// Uppföljningsmetod: whether participants are followed up.
    pub foljer_deltagare: bool,
    pub esf: bool,
    pub preciserad_inriktning: Option<String>,
    pub malgrupper: Vec<String>,
    pub beskrivning: String,
    pub startdatum: NaiveDate,
    pub slutdatum: Option<NaiveDate>,
    pub status: InsatsStatus,
    pub budget: Option<Kronor>,
    pub utfall: Option<Kronor>,
    pub budgeterade_deltagare: Option<u32>,
    pub deltagare: RapportDeltagare,
}

/// Counts only, never persons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportDeltagare {
    pub kvinnor: Option<u32>,
    pub man: Option<u32>,
    pub antal: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportSummering {
    pub medel: Kronor,
    pub administrativa_kostnader: BudgetUtfallSumma,
    pub insatser: BudgetUtfallSumma,
    pub saldo: BudgetUtfallSumma,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BudgetUtfallSumma {
    pub budget: Kronor,
    pub utfall: Kronor,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportKontroll {
    pub fel: Vec<RapportAnmarkning>,
    pub varningar: Vec<RapportAnmarkning>,
    /// Y7: a report of a year still running lists its missing utfall and counts here,
    /// not among the errors. Written only when there are any, so a report of an ended
    /// year reads exactly as before and a version 1 reader without the key reads it too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub efter_arets_slut: Vec<RapportAnmarkning>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RapportAnmarkning {
    pub kod: String,
    pub text: String,
}

impl Service {
    /// Gathers year `year`'s report from the same use cases the screens use: the förbund
    /// page, the year view and its check. Each insats's details (what its panel shows) are
    /// read for the whole year at once: a panel per row would be some 800 statements for a
    /// year of 100 insatser, five times the work of the reads themselves
    /// (docs/benchmarks.md).
    pub fn arsrapport(&self, year: i32) -> crate::Result<Arsrapport> {
        use crate::db::insats::{self as insats_db, Counts};
        use crate::db::referens;
        use crate::domain::insats::Inriktning;

        let page = self.forbund_page()?;
        let (view, running) = self.year_view_and_insatser(year)?;
        let mut kontroll = self.check_year_view(&view, &running)?;
        // The report keeps its format: a report without medel or budget is preliminär in
        // any year, so what the screen groups by when it is due (Y7) is listed among its
        // errors.
        kontroll.fel.append(&mut kontroll.att_fylla_i_nu);
        kontroll.fel.append(&mut kontroll.fore_arets_borjan);
        kontroll.fel.sort_by(|a, b| a.text.cmp(&b.text));
        let f = page.forbund;
        let conn = self.db().conn();
        let records: std::collections::HashMap<i64, &crate::domain::insats::InsatsRecord> =
            running.iter().map(|r| (r.id, r)).collect();
        let mut preciserade = std::collections::HashMap::new();
        for inriktning in [
            Inriktning::Individinriktad,
            Inriktning::Strukturovergripande,
        ] {
            for p in referens::preciserade(conn, inriktning)? {
                preciserade.insert(p.id, p.namn);
            }
        }
        let mut malgrupper = insats_db::malgrupp_names_running_in_year(conn, year)?;
        let counts = insats_db::deltagare_for_year(conn, year)?;
        let mut insatser = Vec::new();
        for rad in &view.rader {
            let Some(record) = rad.insats_id.and_then(|id| records.get(&id)) else {
                continue;
            };
            // Counts belong to insatser that follow their participants (the panel shows
            // none for the others).
            let year_counts: Option<&Counts> =
                counts.get(&record.id).filter(|_| record.foljer_deltagare);
            insatser.push(RapportInsats {
                namn: record.namn.clone(),
                inriktning: record.inriktning,
                foljer_deltagare: record.foljer_deltagare,
                esf: record.esf,
                preciserad_inriktning: record
                    .preciserad_inriktning_id
                    .and_then(|id| preciserade.get(&id).cloned()),
                malgrupper: malgrupper.remove(&record.id).unwrap_or_default(),
                beskrivning: record.beskrivning.clone(),
                startdatum: record.startdatum,
                slutdatum: record.slutdatum,
                status: InsatsStatus::of(record.avslutad),
                budget: rad.budget,
                utfall: rad.utfall,
                budgeterade_deltagare: rad.budgeterade_deltagare,
                deltagare: RapportDeltagare {
                    kvinnor: year_counts.and_then(|c| c.1),
                    man: year_counts.and_then(|c| c.2),
                    antal: year_counts.and_then(|c| c.3),
                },
            });
        }
        let admin = view.rader.iter().find(|r| r.insats_id.is_none());
        let finansiarer: Vec<RapportFinansiar> =
            crate::db::organisation::funding_shares(self.db().conn(), year)?
                .into_iter()
                .map(|(o, belopp)| RapportFinansiar {
                    namn: o.namn,
                    typ: o.typ,
                    belopp: Kronor::new(belopp),
                })
                .collect();
        let s = &view.summering;
        let anmarkningar = |list: Vec<crate::domain::kontroll::Anmarkning>| {
            list.into_iter()
                .map(|a| RapportAnmarkning {
                    kod: a.kod,
                    text: a.text,
                })
                .collect()
        };
        Ok(Arsrapport {
            format: FORMAT.to_owned(),
            version: VERSION,
            year,
            skapad: self.today(),
            preliminar: !kontroll.fel.is_empty(),
            forbund: RapportForbund {
                namn: f.namn,
                organisationsnummer: f.organisationsnummer,
                startdatum: f.startdatum,
                slutdatum: f.slutdatum,
                beskrivning: f.beskrivning,
                adress: Adress {
                    gatuadress: f.gatuadress,
                    postnummer: f.postnummer,
                    ort: f.ort,
                },
                kontaktperson: Kontaktperson {
                    namn: f.kontakt_namn,
                    telefon: f.kontakt_telefon,
                    epost: f.kontakt_epost,
                },
            },
            verksamhetsomrade: page
                .verksamhetsomrade
                .into_iter()
                .map(|o| RapportOmrade {
                    kommunkod: o.kommun_kod,
                    namn: o.namn,
                    lan: o.lan_namn,
                })
                .collect(),
            organisationer: page
                .organisationer
                .into_iter()
                .map(|r| RapportOrganisation {
                    namn: r.organisation.namn,
                    typ: r.organisation.typ,
                    medlem: r.medlem,
                    finansiar: r.finansiar,
                    konsument: r.konsument,
                })
                .collect(),
            medel: view
                .medel
                .samverkansparterna
                .map(|samverkansparterna| RapportMedel {
                    samverkansparterna,
                    finansiarer,
                    esf_plus: view.medel.esf_plus,
                    overskott: view.medel.overskott,
                    totalt: view.medel.totalt,
                }),
            administrativa_kostnader: BudgetUtfall {
                budget: admin.and_then(|a| a.budget),
                utfall: admin.and_then(|a| a.utfall),
            },
            insatser,
            summering: RapportSummering {
                medel: s.medel,
                administrativa_kostnader: BudgetUtfallSumma {
                    budget: s.admin_budget,
                    utfall: s.admin_utfall,
                },
                insatser: BudgetUtfallSumma {
                    budget: s.insatser_budget,
                    utfall: s.insatser_utfall,
                },
                saldo: BudgetUtfallSumma {
                    budget: s.saldo_budget,
                    utfall: s.saldo_utfall,
                },
            },
            kontroll: RapportKontroll {
                fel: anmarkningar(kontroll.fel),
                varningar: anmarkningar(kontroll.varningar),
                efter_arets_slut: anmarkningar(kontroll.efter_arets_slut),
            },
        })
    }
}
