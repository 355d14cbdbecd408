//! F2 reference data under Inställningar: Nationella rådet's recommended eget kapital, in
//! steps, with its source. Each change is one transaction, recorded in the history. And
//! F4, the överskott carried over, gathered from the previous year's figures.

use super::Service;
use crate::db;
use crate::domain::medel::{
    EgetKapital, EgetKapitalKalla, EgetKapitalKallaInput, EgetKapitalSteg, EgetKapitalStegInput,
    OverskottFranFjol,
};
use crate::error::CoreError;
use crate::money::Kronor;
use crate::rules::parse;

impl Service {
    /// F4 for `year`: what the previous year's figures leave, against `overskott`, the
    /// year's stored överskott (`None` before its medel are registered). `None` when the
    /// previous year has no medel, or an utfall of it is still missing: its figures do not
    /// say yet what it left.
    pub(crate) fn overskott_fran_fjol(
        &self,
        year: i32,
        overskott: Option<Kronor>,
    ) -> crate::Result<Option<OverskottFranFjol>> {
        let conn = self.db.conn();
        let previous = year - 1;
        let Some(forra) = db::medel::get(conn, previous)? else {
            return Ok(None);
        };
        let cells: std::collections::HashMap<i64, db::budget::Cells> =
            db::budget::for_year(conn, previous)?.into_iter().collect();
        let (_, admin_utfall) = db::budget::admin(conn, previous)?;
        let utfall: Option<Vec<Kronor>> = db::insats::records_running_in_year(conn, previous)?
            .iter()
            .map(|insats| cells.get(&insats.id).and_then(|c| c.1))
            .chain(std::iter::once(admin_utfall))
            .collect();
        Ok(utfall.map(|utfall| {
            crate::rules::eget_kapital::overskott_fran_fjol(year, forra, &utfall, overskott)
        }))
    }

    /// The steps and their source, as Inställningar shows them.
    pub fn eget_kapital(&self) -> crate::Result<EgetKapital> {
        Ok(db::eget_kapital::get(self.db.conn())?)
    }

    /// Adds a step, or changes the step `original`: the form read
    /// ([`parse::eget_kapital_steg`]), then applied.
    pub fn save_eget_kapital_steg(
        &mut self,
        input: EgetKapitalStegInput,
    ) -> crate::Result<EgetKapital> {
        let (original, step) = parse::eget_kapital_steg(&input)?;
        self.apply_eget_kapital_steg(original, step)?;
        self.eget_kapital()
    }

    /// Adds `step`, or puts it in place of the step from `original` kronor. The source must
    /// be given first, so every level shown can be traced to it; two steps never start at
    /// the same amount. Builds no view: the section reads [`Service::eget_kapital`] after.
    pub fn apply_eget_kapital_steg(
        &mut self,
        original: Option<i64>,
        step: EgetKapitalSteg,
    ) -> crate::Result<()> {
        let current = db::eget_kapital::get(self.db.conn())?;
        if current.kalla.namn.is_empty() {
            return Err(CoreError::EgetKapitalKallaSaknas);
        }
        let medel_fran = step.medel_fran;
        if Some(medel_fran.get()) != original
            && current.steg.iter().any(|s| s.medel_fran == medel_fran)
        {
            return Err(CoreError::StegExists {
                medel_fran: medel_fran.to_string(),
            });
        }
        self.write(format!("Eget kapital: steg från {medel_fran} kr"), |tx| {
            if let Some(original) = original.filter(|o| *o != medel_fran.get()) {
                db::eget_kapital::delete_step(tx, original)?;
            }
            Ok(db::eget_kapital::upsert_step(tx, step)?)
        })
    }

    /// Removes the step from `medel_fran` kronor.
    pub fn remove_eget_kapital_steg(&mut self, medel_fran: i64) -> crate::Result<EgetKapital> {
        let removed = self.write(
            format!(
                "Eget kapital: ta bort steg från {} kr",
                Kronor::new(medel_fran)
            ),
            |tx| Ok(db::eget_kapital::delete_step(tx, medel_fran)?),
        )?;
        if removed == 0 {
            return Err(CoreError::NotFound {
                what: "Steget".to_owned(),
            });
        }
        self.eget_kapital()
    }

    /// Saves the source of the steps: its name (required), address and date, read by
    /// [`parse::eget_kapital_kalla`], then applied.
    pub fn save_eget_kapital_kalla(
        &mut self,
        input: EgetKapitalKallaInput,
    ) -> crate::Result<EgetKapital> {
        self.apply_eget_kapital_kalla(parse::eget_kapital_kalla(&input)?)?;
        self.eget_kapital()
    }

    /// Saves the source of the steps. Builds no view, as [`Service::apply_eget_kapital_steg`].
    pub fn apply_eget_kapital_kalla(&mut self, kalla: EgetKapitalKalla) -> crate::Result<()> {
        if kalla.namn.trim().is_empty() {
            return Err(CoreError::Required {
                field: "namn",
                label: "Källa",
            });
        }
        self.write("Eget kapital: källa".to_owned(), |tx| {
            Ok(db::eget_kapital::set_kalla(tx, &kalla)?)
        })
    }
}
