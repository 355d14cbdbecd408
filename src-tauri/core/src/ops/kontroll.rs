//! Förhandskontroll: the pre-submission check of a year, run against the stored data.
//! Errors (fel) must be fixed before the figures are reported; warnings (varningar) are
//! worth a look. While the year is running, its missing utfall and participant counts wait
//! in a group of their own, "Fylls i efter årets slut", and its missing medel and budget
//! in "Att fylla i nu"; a year not yet begun lists its missing medel and budget as
//! "Fylls i före årets början" (Y7). They are errors only once the year has ended. A
//! historik year (Y8) lists what is missing as information.

use super::Service;
use crate::db;
use crate::domain::budget::{Rad, YearView};
use crate::domain::insats::InsatsRecord;
use crate::domain::kontroll::{Anmarkning, Forhandskontroll, KontrollStatus, Lank};
use crate::domain::uppdrag::Roll;
use crate::domain::year::YearStatus;
use crate::error::CoreError;
use crate::rules::insats::count_fields;
use crate::rules::organisation::{self as role_rules, members_warnings};
use crate::rules::year;

/// Y7: the codes of what is planned before or during the year (medel and budget), not
/// an error of a year that has not ended.
const PLANNED: [&str; 3] = [
    "medel_saknas",
    "budget_saknas",
    "budgeterade_deltagare_saknas",
];

/// Counts below this may identify people in a published table.
pub const SMALL_COUNT: u32 = 5;

pub(super) fn remark(kod: &str, text: String, lank: Lank) -> Anmarkning {
    Anmarkning {
        kod: kod.to_owned(),
        text,
        lank,
    }
}

/// A role rule's error as a remark of the check. A save says what a role must be; the
/// check, run on what is stored, says what is wrong with it. The code is the rule's own.
fn role_remark(error: CoreError) -> Anmarkning {
    let text = match &error {
        CoreError::FkAlwaysFinancier { .. } => {
            "Försäkringskassan är inte finansiär. Den finansierar alltid statens andel.".to_owned()
        }
        CoreError::AfNeverFinancier { .. } => {
            "Arbetsförmedlingen är markerad som finansiär, men kan inte vara det.".to_owned()
        }
        CoreError::EsfMustBeFinancier { insats, .. } => {
            format!(
                "Förbundet leder och styr ESF-projektet ”{insats}”, men ESF-rådet är inte \
                 finansiär."
            )
        }
        CoreError::ForbundMustBeFinancier { year, .. } => format!(
            "Förbundet har överskott från föregående år för {year} men är inte själv \
             finansiär."
        ),
        CoreError::MedlemNotAllowed { organisation, .. } => format!(
            "{organisation} är markerad som medlem, men kan inte vara det: medlemmar i ett \
             samordningsförbund är bara Försäkringskassan, Arbetsförmedlingen, kommuner och \
             regioner."
        ),
        other => other.to_string(),
    };
    remark(error.code(), text, Lank::Organisationer)
}

impl Service {
    /// The check of `year` (one of the year picker's years).
    pub fn forhandskontroll(&self, year: i32) -> crate::Result<Forhandskontroll> {
        let (view, insatser) = self.year_view_and_insatser(year)?;
        self.check_year_view(&view, &insatser)
    }

    /// The check of the year `view` shows, with the records of its insatser (in name
    /// order), for callers that have both already (the report), so nothing is read twice.
    pub(crate) fn check_year_view(
        &self,
        view: &YearView,
        insatser: &[InsatsRecord],
    ) -> crate::Result<Forhandskontroll> {
        let year = view.year;
        let conn = self.db.conn();
        let mut fel = Vec::new();
        let mut varningar = Vec::new();
        // Y7: what is only known once the year is over: its utfall and its participant
        // counts. Until then they wait, worded as what is still to come, not as a fault.
        let ended = year::has_ended(year, self.clock.today());
        // Errors that do not wait for the year's end; they join `fel` once the closure
        // below, which also pushes to `fel`, is done.
        let mut fix_now = Vec::new();
        let mut efter_arets_slut = Vec::new();
        // What is missing, as an error once due; information in a historik year (Y8).
        let mut saknas = Vec::new();
        let mut after_year_end = |kod: &str, subject: &str, what: &str, lank: Lank| {
            if ended {
                saknas.push(remark(
                    kod,
                    format!("{subject} saknar {what} för {year}."),
                    lank,
                ));
            } else {
                efter_arets_slut.push(remark(kod, format!("{subject}: {what} för {year}."), lank));
            }
        };

        if !view.medel.registrerade {
            fix_now.push(remark(
                "medel_saknas",
                format!("Medel för {year} är inte registrerade."),
                Lank::Medel,
            ));
        }
        // The budget and the budgeted participants are planned before the year: missing,
        // they can and should be fixed now. The utfall waits for the year's end.
        for rad in &view.rader {
            let link = Lank::Budget {
                key: rad.key.clone(),
            };
            let subject = if rad.rad == Rad::Admin {
                "Administrativa kostnader".to_owned()
            } else {
                format!("Insatsen ”{}”", rad.namn)
            };
            if rad.budget.is_none() {
                fix_now.push(remark(
                    "budget_saknas",
                    format!("{subject} saknar budget för {year}."),
                    link.clone(),
                ));
            }
            if rad.utfall.is_none() {
                after_year_end("utfall_saknas", &subject, "utfall", link.clone());
            }
            if rad.har_deltagare && rad.budgeterade_deltagare.is_none() {
                fix_now.push(remark(
                    "budgeterade_deltagare_saknas",
                    format!("{subject} saknar budgeterat antal deltagare för {year}."),
                    link,
                ));
            }
        }
        let year_counts = db::insats::deltagare_for_year(conn, year)?;
        for insats in insatser.iter().filter(|i| i.foljer_deltagare) {
            let counts = year_counts.get(&insats.id).copied();
            let link = Lank::Insats { id: insats.id };
            let given: Vec<(&str, u32)> = match counts {
                Some((_, kvinnor, man, antal)) => {
                    [("kvinnor", kvinnor), ("män", man), ("deltagare", antal)]
                        .into_iter()
                        .filter_map(|(label, n)| n.map(|n| (label, n)))
                        .collect()
                }
                None => Vec::new(),
            };
            // D1: every count the insats registers is given.
            let complete = counts.is_some_and(|(_, kvinnor, man, antal)| {
                count_fields(insats.inriktning, insats.foljer_deltagare)
                    .into_iter()
                    .all(|falt| falt.of(kvinnor, man, antal).is_some())
            });
            if !complete {
                let subject = format!("Insatsen ”{}”", insats.namn);
                if insats.avslutad {
                    // The counts of an avslutad insats are frozen (D2): they will not be
                    // filled in after the year's end either, so this stays an error.
                    fix_now.push(remark(
                        "deltagare_saknas",
                        format!("{subject} saknar deltagarantal för {year}."),
                        link.clone(),
                    ));
                } else {
                    after_year_end("deltagare_saknas", &subject, "deltagarantal", link.clone());
                }
            }
            for (label, n) in given
                .into_iter()
                .filter(|(_, n)| (1..SMALL_COUNT).contains(n))
            {
                varningar.push(remark(
                    "litet_antal",
                    format!(
                        "Insatsen ”{}” har {n} {label} för {year}. Färre än {SMALL_COUNT} \
                         kan peka ut enskilda personer i en publicerad tabell.",
                        insats.namn
                    ),
                    link.clone(),
                ));
            }
        }

        // Y7: the planned figures (medel, budget) of a year not yet ended are no submission
        // error: to fill in now while it runs, information before it begins.
        let (mut att_fylla_i_nu, mut fore_arets_borjan) = (Vec::new(), Vec::new());
        if !ended {
            let (planned, rest): (Vec<_>, Vec<_>) = fix_now
                .into_iter()
                .partition(|a| PLANNED.contains(&a.kod.as_str()));
            fix_now = rest;
            if year::has_begun(year, self.clock.today()) {
                att_fylla_i_nu = planned;
            } else {
                fore_arets_borjan = planned;
            }
        }
        saknas.extend(fix_now);
        let historik = self.historik_years()?.contains(&year);
        let mut information = Vec::new();
        if historik {
            information = saknas;
            information.sort_by(|a, b| a.text.cmp(&b.text));
        } else {
            fel.extend(saknas);
        }

        // The members' roles (M1–M4), by the same rules a save applies, against the year's
        // facts: the ESF insatser that run in it and its own surplus.
        let roles = db::organisation::ingaende(conn)?;
        let mut esf_insatser: Vec<String> = insatser
            .iter()
            .filter(|i| i.esf && i.esf_leder)
            .map(|i| i.namn.clone())
            .collect();
        esf_insatser.sort();
        let surplus_years: Vec<i32> = (view.medel.overskott.get() > 0)
            .then_some(year)
            .into_iter()
            .collect();
        fel.extend(
            [
                role_rules::fk_always_financier(&roles, true),
                role_rules::af_never_financier(&roles),
                role_rules::esf_must_be_financier(&roles, &esf_insatser),
                role_rules::forbund_must_be_financier(&roles, &surplus_years),
            ]
            .into_iter()
            .flatten()
            .map(role_remark),
        );
        // M7: stored members the guides exclude, named, never changed.
        fel.extend(
            role_rules::medlem_allowed(&roles)
                .into_iter()
                .map(role_remark),
        );

        // Warnings: the balance, the law's shares, the members (M5).
        for (label, saldo) in [
            ("budget", view.summering.saldo_budget),
            ("utfall", view.summering.saldo_utfall),
        ] {
            if saldo.get() < 0 {
                varningar.push(remark(
                    "negativt_saldo",
                    format!("Saldot för {year} är negativt enligt {label}: {saldo} kr."),
                    Lank::Budget {
                        key: Rad::Admin.key(),
                    },
                ));
            }
        }
        varningar.extend(self.share_warnings(year)?);
        // M6: the split per financier, as its screen says it, but as errors here.
        fel.extend(self.fordelning_errors(year, view.medel.samverkansparterna, &roles)?);
        // F2: the överskott above Nationella rådet's recommended eget kapital.
        if let Some(varning) = view.eget_kapital.as_ref().and_then(|n| n.varning.clone()) {
            varningar.push(remark("f2_eget_kapital", varning, Lank::Medel));
        }
        // F4: the överskott against what last year's own figures leave.
        if let Some(varning) = view
            .overskott_fran_fjol
            .as_ref()
            .and_then(|f| f.varning.clone())
        {
            varningar.push(remark("f4_overskott_fran_fjol", varning, Lank::Medel));
        }
        // M5 as the förbund page shows it, for the stored verksamhetsområde.
        let area: Vec<_> = db::omrade::verksamhetsomrade(conn, self.clock.today())?
            .iter()
            .map(|o| o.reference())
            .collect();
        for warning in members_warnings(&roles, &self.area_kommuner(&area)?) {
            varningar.push(remark(&warning.code, warning.message, Lank::Organisationer));
        }
        varningar.extend(self.u2_warnings(insatser)?);
        fel.sort_by(|a, b| a.text.cmp(&b.text));
        for group in [
            &mut efter_arets_slut,
            &mut att_fylla_i_nu,
            &mut fore_arets_borjan,
        ] {
            group.sort_by(|a, b| a.text.cmp(&b.text));
        }
        Ok(Forhandskontroll {
            year,
            deadline_text: crate::rules::date::long_swedish(year::deadline(year)),
            fel,
            varningar,
            efter_arets_slut,
            att_fylla_i_nu,
            fore_arets_borjan,
            historik: historik.then(|| {
                format!(
                    "{year} är historik: året är låst och Finsamkollen har inga siffror för \
                     det. Det som saknas nedan är information, inte fel; årets siffror läses \
                     in med ”Läs in tidigare år”."
                )
            }),
            information,
        })
    }

    /// U2 for what was stored before the rule: links from a deltagaransvarig to a
    /// strukturövergripande insats of the year (kept, never deleted: the officer removes
    /// them in the insats panel), and deltagaransvariga with no employer recorded.
    fn u2_warnings(&self, insatser: &[InsatsRecord]) -> crate::Result<Vec<Anmarkning>> {
        let conn = self.db.conn();
        let mut warnings: Vec<Anmarkning> = db::uppdrag::struktur_links(conn)?
            .into_iter()
            .filter(|(_, id, _)| insatser.iter().any(|i| i.id == *id))
            .map(|(person, id, insats)| {
                remark(
                    CoreError::AnsvarigIndividOnly {
                        namn: String::new(),
                    }
                    .code(),
                    format!(
                        "{person} är deltagaransvarig för den strukturövergripande insatsen \
                         ”{insats}”. En deltagaransvarig rapporterar bara för individinriktade \
                         insatser; ta bort kopplingen i insatsens panel."
                    ),
                    Lank::Insats { id },
                )
            })
            .collect();
        warnings.extend(
            db::uppdrag::all(conn)?
                .into_iter()
                .filter(|u| u.roll == Roll::Deltagaransvarig && u.arbetsgivare_id.is_none())
                .map(|u| {
                    remark(
                        "u2_arbetsgivare_saknas",
                        format!(
                            "Deltagaransvarig {} saknar arbetsgivare. Ange vilken ingående \
                             organisation personen är anställd av under Uppdrag.",
                            u.namn
                        ),
                        Lank::Organisationer,
                    )
                }),
        );
        Ok(warnings)
    }

    /// F3, the law's split of samverkansparterna, as warnings where the split per
    /// financier is registered (`rules::fordelning::law_share_warnings`).
    fn share_warnings(&self, year: i32) -> crate::Result<Vec<Anmarkning>> {
        let shares = db::organisation::funding_shares(self.db.conn(), year)?;
        Ok(crate::rules::fordelning::law_share_warnings(&shares, year)
            .into_iter()
            .map(|w| remark(&w.code, w.message, Lank::Medel))
            .collect())
    }

    /// The check's state for each open year, with the days left to its 15 April.
    pub fn kontroll_status(&self) -> crate::Result<Vec<KontrollStatus>> {
        let forbund = self.require_forbund()?;
        let today = self.clock.today();
        let period = forbund.period();
        year::selectable_years(today, &period)
            .into_iter()
            .filter(|&y| matches!(YearStatus::of(y, today, &period), YearStatus::Open { .. }))
            .map(|y| {
                let check = self.forhandskontroll(y)?;
                let deadline = year::deadline(y);
                Ok(KontrollStatus {
                    year: y,
                    fel: check.fel.len(),
                    varningar: check.varningar.len(),
                    att_fylla_i_nu: check.att_fylla_i_nu.len(),
                    deadline,
                    deadline_text: crate::rules::date::long_swedish(deadline),
                    dagar_kvar: (deadline - today).num_days(),
                })
            })
            .collect()
    }
}
