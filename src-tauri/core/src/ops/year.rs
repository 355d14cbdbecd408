//! The year view: medel, budget och utfall, administrative costs, totals and balance, and
//! the deadline lock (F1, B1, I4, Y1–Y5). Saves are one transaction each.

use std::collections::HashMap;

use super::Service;
use crate::db;
use crate::domain::budget::{
    BudgetCellerInput, BudgetInput, BudgetRad, KopieraRad, MedelInput, MedelVy, Summering,
    YearView, ADMIN_KEY,
};
use crate::domain::forbund::Forbund;
use crate::domain::insats::InsatsRecord;
use crate::domain::medel::Medel;
use crate::domain::year::YearStatus;
use crate::error::CoreError;
use crate::money::Kronor;
use crate::rules::insats::{budget_closed_since_end, parse_count};
use crate::rules::year::{self, ensure_editable};

/// What "what" says in a lock message.
pub(super) const MEDEL: &str = "Medel";
pub(super) const BUDGET: &str = "Budget och utfall";

impl Service {
    /// The year view for `year`, which must be one of the year picker's years (Y5).
    pub fn year_view(&self, year: i32) -> crate::Result<YearView> {
        let mut view = self.year_view_and_insatser(year)?.0;
        if view.redigerbar {
            view.kopierbart = self.copy_candidates(year, &view.rader)?;
        }
        Ok(view)
    }

    /// The year view, without the copy offer, and the full records of the insatser it
    /// shows, by name, for the check and the report, which would otherwise read them a
    /// second time. Only the screen needs the offer, and it reads last year's figures.
    pub(crate) fn year_view_and_insatser(
        &self,
        year: i32,
    ) -> crate::Result<(YearView, Vec<InsatsRecord>)> {
        let forbund = self.require_forbund()?;
        self.ensure_selectable(&forbund, year)?;
        let conn = self.db.conn();
        let today = self.clock.today();
        let status = YearStatus::of(year, today, &forbund.period());
        let redigerbar = status.is_editable();
        // Why no row of the year can be written, in the words the year's notice uses.
        let year_reason =
            (!redigerbar).then(|| status.lock_notice(year).unwrap_or_else(|| status.label()));
        let medel = db::medel::get(conn, year)?;
        let levels = db::eget_kapital::get(conn)?;
        let eget_kapital = crate::rules::eget_kapital::niva(
            &levels.steg,
            &levels.kalla,
            year,
            medel.map(|m| m.samverkansparterna),
            medel.map_or(Kronor::ZERO, |m| m.overskott),
        );
        let medel = MedelVy {
            registrerade: medel.is_some(),
            samverkansparterna: medel.map(|m| m.samverkansparterna),
            esf_plus: medel.map_or(Kronor::ZERO, |m| m.esf_plus),
            overskott: medel.map_or(Kronor::ZERO, |m| m.overskott),
            totalt: medel.map_or(Kronor::ZERO, |m| {
                m.samverkansparterna
                    .saturating_add(m.esf_plus)
                    .saturating_add(m.overskott)
            }),
        };
        let stored: HashMap<i64, db::budget::Cells> =
            db::budget::for_year(conn, year)?.into_iter().collect();
        let insatser = db::insats::records_running_in_year(conn, year)?;
        let mut rader: Vec<BudgetRad> = insatser
            .iter()
            .map(|insats| {
                let (budget, utfall, deltagare) = stored
                    .get(&insats.id)
                    .copied()
                    .unwrap_or((None, None, None));
                row(
                    format!("insats-{}", insats.id),
                    insats.namn.clone(),
                    Some(insats),
                    (budget, utfall, deltagare),
                    year_reason
                        .clone()
                        .or_else(|| budget_closed_since_end(insats, today)),
                )
            })
            .collect();
        let (admin_budget, admin_utfall) = db::budget::admin(conn, year)?;
        rader.push(row(
            ADMIN_KEY.to_owned(),
            "Administrativa kostnader".to_owned(),
            None,
            (admin_budget, admin_utfall, None),
            year_reason,
        ));
        let summering = summarise(&medel, &rader);
        let view = YearView {
            year,
            status_text: status.label(),
            lock_notice: status.lock_notice(year),
            status,
            redigerbar,
            kopierbart: Vec::new(),
            medel,
            eget_kapital,
            rader,
            summering,
        };
        Ok((view, insatser))
    }

    /// "Ändra medel" → Spara: the three categories (F1), in one transaction, only while the
    /// year is open (Y1–Y3). Amounts are whole kronor ≥ 0; ESF+ and överskott may be empty
    /// (0).
    pub fn save_medel(&mut self, input: MedelInput) -> crate::Result<YearView> {
        let forbund = self.require_forbund()?;
        ensure_editable(MEDEL, input.year, self.clock.today(), &forbund.period())?;
        let mut errors = Vec::new();
        let mut amount =
            |text: &str, field: &'static str, required: bool| match parse_amount(text, field) {
                Ok(Some(k)) => k,
                Ok(None) if required => {
                    errors.push(CoreError::Required {
                        field,
                        label: "Samverkansparterna",
                    });
                    Kronor::ZERO
                }
                Ok(None) => Kronor::ZERO,
                Err(e) => {
                    errors.push(e);
                    Kronor::ZERO
                }
            };
        let medel = Medel {
            ar: input.year,
            samverkansparterna: amount(&input.samverkansparterna, "samverkansparterna", true),
            esf_plus: amount(&input.esf_plus, "esfPlus", false),
            overskott: amount(&input.overskott, "overskott", false),
        };
        if !errors.is_empty() {
            return Err(CoreError::combine(errors));
        }
        self.write(format!("Ändra medel {}", input.year), |tx| {
            Ok(db::medel::set(tx, &medel)?)
        })?;
        self.year_view(input.year)
    }

    /// "Ändra budget och utfall" → Spara: every row in one transaction. A row must be one
    /// the year shows and may be written (Y1–Y3, I4); B1 refuses budgeted participants for
    /// an insats without follow-up. One bad cell and nothing is saved.
    pub fn save_budget(&mut self, input: BudgetInput) -> crate::Result<YearView> {
        let forbund = self.require_forbund()?;
        let today = self.clock.today();
        ensure_editable(BUDGET, input.year, today, &forbund.period())?;
        let running: HashMap<String, InsatsRecord> =
            db::insats::records_running_in_year(self.db.conn(), input.year)?
                .into_iter()
                .map(|i| (format!("insats-{}", i.id), i))
                .collect();
        let mut errors = Vec::new();
        let mut writes = Vec::new();
        for rad in &input.rader {
            match parse_row(rad, running.get(&rad.key), today) {
                Ok(write) => writes.push(write),
                Err(CoreError::Several(inner)) => errors.extend(inner),
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(CoreError::combine(errors));
        }
        self.write(format!("Spara budget och utfall {}", input.year), |tx| {
            for (insats, cells) in &writes {
                match insats {
                    Some(id) => db::budget::set(tx, *id, input.year, *cells)?,
                    None => db::budget::set_admin(tx, input.year, cells.0, cells.1)?,
                }
            }
            Ok(())
        })?;
        self.year_view(input.year)
    }

    /// "Kopiera budget från föregående år": fills only empty budget cells, of insatser that
    /// ran in both years and of the administrative costs, with last year's budget.
    pub fn copy_budget(&mut self, year: i32) -> crate::Result<YearView> {
        let forbund = self.require_forbund()?;
        ensure_editable(BUDGET, year, self.clock.today(), &forbund.period())?;
        let view = self.year_view(year)?;
        let stored: HashMap<i64, db::budget::Cells> = db::budget::for_year(self.db.conn(), year)?
            .into_iter()
            .collect();
        self.write(format!("Kopiera budget till {year}"), |tx| {
            for item in &view.kopierbart {
                let row = view.rader.iter().find(|r| r.key == item.key);
                match row.and_then(|r| r.insats_id) {
                    Some(id) => {
                        let (_, utfall, deltagare) =
                            stored.get(&id).copied().unwrap_or((None, None, None));
                        db::budget::set(tx, id, year, (Some(item.budget), utfall, deltagare))?;
                    }
                    None => {
                        let utfall = row.and_then(|r| r.utfall);
                        db::budget::set_admin(tx, year, Some(item.budget), utfall)?;
                    }
                }
            }
            Ok(())
        })?;
        self.year_view(year)
    }

    /// The cells the copy would fill (shown before it is done).
    fn copy_candidates(&self, year: i32, rader: &[BudgetRad]) -> crate::Result<Vec<KopieraRad>> {
        // Once every row has its budget there is nothing to fill, and last year need not be
        // read at all: a filled-in year costs the same however many years lie behind it.
        if !rader.iter().any(|r| r.budget.is_none() && r.redigerbar) {
            return Ok(Vec::new());
        }
        let conn = self.db.conn();
        let last: HashMap<i64, db::budget::Cells> =
            db::budget::for_year(conn, year - 1)?.into_iter().collect();
        let (last_admin, _) = db::budget::admin(conn, year - 1)?;
        // Only insatser that ran in both years: last year's rows are read from the
        // insatser running then, not from whatever budget rows are stored.
        let ran_last_year: std::collections::HashSet<i64> =
            db::insats::records_running_in_year(conn, year - 1)?
                .into_iter()
                .map(|i| i.id)
                .collect();
        Ok(rader
            .iter()
            .filter(|r| r.budget.is_none() && r.redigerbar)
            .filter_map(|r| {
                let previous = match r.insats_id {
                    Some(id) if ran_last_year.contains(&id) => last.get(&id).and_then(|c| c.0),
                    Some(_) => None,
                    None => last_admin,
                }?;
                Some(KopieraRad {
                    key: r.key.clone(),
                    namn: r.namn.clone(),
                    budget: previous,
                })
            })
            .collect())
    }

    pub(super) fn ensure_selectable(&self, forbund: &Forbund, year: i32) -> crate::Result<()> {
        let years = year::selectable_years(self.clock.today(), &forbund.period());
        if years.contains(&year) {
            Ok(())
        } else {
            Err(CoreError::YearOutOfRange {
                year,
                first: years.first().copied().unwrap_or(year),
                last: years.last().copied().unwrap_or(year),
            })
        }
    }
}

fn row(
    key: String,
    namn: String,
    insats: Option<&InsatsRecord>,
    (budget, utfall, deltagare): db::budget::Cells,
    lasorsak: Option<String>,
) -> BudgetRad {
    let avvikelse = match (budget, utfall) {
        (Some(b), Some(u)) => Some(Kronor::new(u.get() - b.get())),
        _ => None,
    };
    let avvikelse_promille = match (avvikelse, budget) {
        (Some(a), Some(b)) if b.get() != 0 => {
            // Rounded half away from zero, in integers.
            let scaled = a.get() as i128 * 1000;
            let b = b.get() as i128;
            let rounded = (scaled + scaled.signum() * b / 2) / b;
            i64::try_from(rounded).ok()
        }
        _ => None,
    };
    BudgetRad {
        key,
        namn,
        insats_id: insats.map(|i| i.id),
        avslutad: insats.is_some_and(|i| i.avslutad),
        budget,
        utfall,
        har_deltagare: insats.is_some_and(|i| i.foljer_deltagare),
        budgeterade_deltagare: deltagare,
        redigerbar: lasorsak.is_none(),
        lasorsak,
        avvikelse,
        avvikelse_promille,
    }
}

fn summarise(medel: &MedelVy, rader: &[BudgetRad]) -> Summering {
    let sum = |pick: &dyn Fn(&BudgetRad) -> Option<Kronor>, admin: bool| {
        rader
            .iter()
            .filter(|r| (r.key == ADMIN_KEY) == admin)
            .filter_map(pick)
            .fold(Kronor::ZERO, Kronor::saturating_add)
    };
    let admin_budget = sum(&|r| r.budget, true);
    let admin_utfall = sum(&|r| r.utfall, true);
    let insatser_budget = sum(&|r| r.budget, false);
    let insatser_utfall = sum(&|r| r.utfall, false);
    let minus = |a: Kronor, b: Kronor| Kronor::new(a.get().saturating_sub(b.get()));
    Summering {
        medel: medel.totalt,
        saldo_budget: minus(minus(medel.totalt, admin_budget), insatser_budget),
        saldo_utfall: minus(minus(medel.totalt, admin_utfall), insatser_utfall),
        admin_budget,
        admin_utfall,
        insatser_budget,
        insatser_utfall,
        utfall_saknas: rader.iter().filter(|r| r.utfall.is_none()).count(),
    }
}

/// An amount cell: empty is `None`; otherwise whole kronor, not negative.
pub(super) fn parse_amount(text: &str, field: &'static str) -> crate::Result<Option<Kronor>> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let amount = Kronor::parse(text, field)?;
    if amount.get() < 0 {
        return Err(CoreError::AmountNegative {
            field: field.to_owned(),
        });
    }
    Ok(Some(amount))
}

/// One grid row: its cells parsed, the row known and writable. Errors name the cell as
/// `<key>.budget`, `<key>.utfall` or `<key>.budgeteradeDeltagare`.
fn parse_row(
    rad: &BudgetCellerInput,
    insats: Option<&InsatsRecord>,
    today: chrono::NaiveDate,
) -> crate::Result<(Option<i64>, db::budget::Cells)> {
    if rad.key != ADMIN_KEY && insats.is_none() {
        return Err(CoreError::NotFound {
            what: format!("Raden {} för året", rad.key),
        });
    }
    if let Some(insats) = insats.filter(|i| budget_closed_since_end(i, today).is_some()) {
        return Err(CoreError::Cell {
            field: format!("{}.budget", rad.key),
            code: "i4_locked",
            message: format!(
                "”{}” avslutades och dess budget och utfall kan inte ändras efter den 15 april \
                 året efter.",
                insats.namn
            ),
        });
    }
    let cell = |e: CoreError, name: &str| CoreError::Cell {
        field: format!("{}.{name}", rad.key),
        code: e.code(),
        message: e.to_string(),
    };
    let mut errors = Vec::new();
    let budget = parse_amount(&rad.budget, "budget")
        .map_err(|e| errors.push(cell(e, "budget")))
        .ok()
        .flatten();
    let utfall = parse_amount(&rad.utfall, "utfall")
        .map_err(|e| errors.push(cell(e, "utfall")))
        .ok()
        .flatten();
    let deltagare = parse_count(&rad.budgeterade_deltagare, "budgeteradeDeltagare")
        .map_err(|e| errors.push(cell(e, "budgeteradeDeltagare")))
        .ok()
        .flatten();
    if deltagare.is_some() && !insats.is_some_and(|i| i.foljer_deltagare) {
        errors.push(CoreError::BudgetDeltagareWithoutFollowUp {
            field: format!("{}.budgeteradeDeltagare", rad.key),
        });
    }
    if errors.is_empty() {
        Ok((insats.map(|i| i.id), (budget, utfall, deltagare)))
    } else {
        Err(CoreError::combine(errors))
    }
}
