//! The year view: medel, budget och utfall, administrative costs, totals and balance, and
//! the deadline lock (F1, B1, I4, Y1–Y5). Saves are one transaction each.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::year_rows::{row, summarise};
use super::Service;
use crate::db;
use crate::domain::budget::{
    BudgetAndring, BudgetCeller, BudgetInput, BudgetRad, KopieraRad, MedelInput, MedelVy, Rad,
    YearView,
};
use crate::domain::forbund::Forbund;
use crate::domain::insats::InsatsRecord;
use crate::domain::medel::Medel;
use crate::domain::year::YearStatus;
use crate::error::{CoreError, FieldErrors};
use crate::money::Kronor;
use crate::rules::belopp::ensure_not_negative;
use crate::rules::insats::{
    budget_closed_since_end, ensure_budget_deltagare_followed, ensure_budget_open,
};
use crate::rules::parse;
use crate::rules::year::{self, ensure_editable};

/// What "what" says in a lock message.
pub(super) const MEDEL: &str = "Medel";
pub(super) const BUDGET: &str = "Budget och utfall";

impl Service {
    /// Y8: the locked years that are historik today (no figure, not marked inrapporterat).
    /// Empty without a förbund.
    pub fn historik_years(&self) -> crate::Result<std::collections::BTreeSet<i32>> {
        self.historik_years_on(self.clock.today())
    }

    /// [`Self::historik_years`] as they are on the day `on`.
    pub(crate) fn historik_years_on(
        &self,
        on: NaiveDate,
    ) -> crate::Result<std::collections::BTreeSet<i32>> {
        let Some(forbund) = self.forbund()? else {
            return Ok(Default::default());
        };
        let closed = db::oversikt::years_with_figures_or_reported(self.db.conn())?;
        Ok(year::historik_years(
            forbund.period().first_year(),
            on,
            &closed,
        ))
    }

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
        let overskott_fran_fjol = self.overskott_fran_fjol(year, medel.map(|m| m.overskott))?;
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
                    Rad::Insats { id: insats.id },
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
            Rad::Admin,
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
            kopieras_fran: copy_source(year),
            medel,
            eget_kapital,
            overskott_fran_fjol,
            rader,
            summering,
        };
        Ok((view, insatser))
    }

    /// "Ändra medel" → Spara: the form's text read ([`parse::medel`], F1), then applied.
    pub fn save_medel(&mut self, input: MedelInput) -> crate::Result<YearView> {
        let medel = parse::medel(&input)?;
        let year = medel.year;
        self.apply_medel(medel, self.clock.today())?;
        self.year_view(year)
    }

    /// The three categories (F1) of a year, in one transaction, only while the year is open
    /// (Y1–Y3) on the day `on`. Builds no view: the screen reads [`Service::year_view`]
    /// after.
    pub fn apply_medel(&mut self, medel: Medel, on: NaiveDate) -> crate::Result<()> {
        let forbund = self.require_forbund()?;
        ensure_editable(MEDEL, medel.year, on, &forbund.period())?;
        let mut errors = FieldErrors::default();
        errors.keep(ensure_not_negative(
            Some(medel.samverkansparterna),
            "samverkansparterna",
        ));
        errors.keep(ensure_not_negative(Some(medel.esf_plus), "esfPlus"));
        errors.keep(ensure_not_negative(Some(medel.overskott), "overskott"));
        errors.finish()?;
        self.write_on(on, format!("Ändra medel {}", medel.year), |tx| {
            Ok(db::medel::set(tx, &medel)?)
        })
    }

    /// "Ändra budget och utfall" → Spara: every cell read ([`parse::budget`]), then
    /// applied.
    pub fn save_budget(&mut self, input: BudgetInput) -> crate::Result<YearView> {
        let change = parse::budget(&input)?;
        let year = change.year;
        self.apply_budget(change, self.clock.today())?;
        self.year_view(year)
    }

    /// Every row in one transaction. A row must be one the year shows and may be written
    /// (Y1–Y3, I4); B1 refuses budgeted participants for an insats without follow-up. One
    /// bad row and nothing is saved. On the day `on`. Builds no view, as
    /// [`Service::apply_medel`].
    pub fn apply_budget(&mut self, change: BudgetAndring, on: NaiveDate) -> crate::Result<()> {
        let forbund = self.require_forbund()?;
        let today = on;
        let year = change.year;
        ensure_editable(BUDGET, year, today, &forbund.period())?;
        let running: HashMap<i64, InsatsRecord> =
            db::insats::records_running_in_year(self.db.conn(), year)?
                .into_iter()
                .map(|i| (i.id, i))
                .collect();
        let mut errors = Vec::new();
        for cells in &change.rader {
            let insats = cells.rad.insats_id().map(|id| running.get(&id));
            match check_row(cells, insats, today) {
                Err(CoreError::Several(inner)) => errors.extend(inner),
                Err(e) => errors.push(e),
                Ok(()) => {}
            }
        }
        if !errors.is_empty() {
            return Err(CoreError::combine(errors));
        }
        self.write_on(on, format!("Spara budget och utfall {year}"), |tx| {
            for c in &change.rader {
                match c.rad {
                    Rad::Insats { id } => db::budget::set(
                        tx,
                        id,
                        year,
                        (c.budget, c.utfall, c.budgeterade_deltagare),
                    )?,
                    Rad::Admin => db::budget::set_admin(tx, year, c.budget, c.utfall)?,
                }
            }
            Ok(())
        })
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
                match item.rad {
                    Rad::Insats { id } => {
                        let (_, utfall, deltagare) =
                            stored.get(&id).copied().unwrap_or((None, None, None));
                        db::budget::set(tx, id, year, (Some(item.budget), utfall, deltagare))?;
                    }
                    Rad::Admin => {
                        let utfall = view.rader.iter().find(|r| r.rad == Rad::Admin);
                        let utfall = utfall.and_then(|r| r.utfall);
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
        let source = copy_source(year);
        let last: HashMap<i64, db::budget::Cells> =
            db::budget::for_year(conn, source)?.into_iter().collect();
        let (last_admin, _) = db::budget::admin(conn, source)?;
        // Only insatser that ran in both years: last year's rows are read from the
        // insatser running then, not from whatever budget rows are stored.
        let ran_last_year: std::collections::HashSet<i64> =
            db::insats::records_running_in_year(conn, source)?
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
                    rad: r.rad,
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

/// The year "Kopiera budget" reads from: the one before.
fn copy_source(year: i32) -> i32 {
    year - 1
}

/// A row of a grid save against the rules: the row is one the year shows, an avslutad
/// insats's budget is still open (I4), amounts are not negative (F1) and budgeted
/// participants need follow-up (B1).
/// `insats` is `None` for the admin row, `Some(None)` for an insats the year does not show.
fn check_row(
    cells: &BudgetCeller,
    insats: Option<Option<&InsatsRecord>>,
    today: chrono::NaiveDate,
) -> crate::Result<()> {
    let insats = match insats {
        Some(None) => {
            return Err(CoreError::NotFound {
                what: format!("Raden {} för året", cells.rad.key()),
            })
        }
        Some(Some(insats)) => {
            ensure_budget_open(insats, today, &cells.rad.key())?;
            Some(insats)
        }
        None => None,
    };
    let mut errors = FieldErrors::default();
    for (amount, column) in [(cells.budget, "budget"), (cells.utfall, "utfall")] {
        errors.keep(ensure_not_negative(amount, &cells.rad.field(column)));
    }
    errors.keep(ensure_budget_deltagare_followed(
        insats,
        cells.budgeterade_deltagare,
        || cells.rad.field("budgeteradeDeltagare"),
    ));
    errors.finish()
}
