//! F2 reference data under Inställningar: Nationella rådet's recommended eget kapital, in
//! steps, with its source. Each change is one transaction, recorded in the history.

use super::Service;
use crate::db;
use crate::domain::medel::{
    EgetKapital, EgetKapitalKalla, EgetKapitalKallaInput, EgetKapitalSteg, EgetKapitalStegInput,
};
use crate::error::{CoreError, FieldErrors};
use crate::money::Kronor;
use crate::rules::{date, eget_kapital, text};

impl Service {
    /// The steps and their source, as Inställningar shows them.
    pub fn eget_kapital(&self) -> crate::Result<EgetKapital> {
        Ok(db::eget_kapital::get(self.db.conn())?)
    }

    /// Adds a step, or changes the step `original`. The source must be given first, so
    /// every level shown can be traced to it.
    pub fn save_eget_kapital_steg(
        &mut self,
        input: EgetKapitalStegInput,
    ) -> crate::Result<EgetKapital> {
        let current = db::eget_kapital::get(self.db.conn())?;
        if current.kalla.namn.is_empty() {
            return Err(CoreError::EgetKapitalKallaSaknas);
        }
        let mut errors = FieldErrors::default();
        let medel_fran = errors.keep(Kronor::parse(&input.medel_fran, "medelFran").and_then(|k| {
            if k.get() < 0 {
                Err(CoreError::AmountNegative {
                    field: "medelFran".to_owned(),
                })
            } else {
                Ok(k)
            }
        }));
        let procent = errors.keep(eget_kapital::parse_procent(&input.procent, "procent"));
        errors.finish()?;
        if Some(medel_fran.get()) != input.original
            && current.steg.iter().any(|s| s.medel_fran == medel_fran)
        {
            return Err(CoreError::StegExists {
                medel_fran: medel_fran.to_string(),
            });
        }
        let step = EgetKapitalSteg {
            medel_fran,
            procent,
        };
        self.write(format!("Eget kapital: steg från {medel_fran} kr"), |tx| {
            if let Some(original) = input.original.filter(|o| *o != medel_fran.get()) {
                db::eget_kapital::delete_step(tx, original)?;
            }
            Ok(db::eget_kapital::upsert_step(tx, step)?)
        })?;
        self.eget_kapital()
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

    /// Saves the source of the steps: its name (required), address and date.
    pub fn save_eget_kapital_kalla(
        &mut self,
        input: EgetKapitalKallaInput,
    ) -> crate::Result<EgetKapital> {
        let mut errors = FieldErrors::default();
        let namn = errors.keep(text::required(&input.namn, "namn", "Källa", 300));
        let url = errors.keep(url(&input.url, "url"));
        let datum = errors.keep(date::parse_optional(&input.datum, "datum"));
        errors.finish()?;
        let kalla = EgetKapitalKalla { namn, url, datum };
        self.write("Eget kapital: källa".to_owned(), |tx| {
            Ok(db::eget_kapital::set_kalla(tx, &kalla)?)
        })?;
        self.eget_kapital()
    }
}

/// A web address, or nothing: `https://…` (or `http://…`), without spaces.
fn url(input: &str, field: &'static str) -> crate::Result<String> {
    let text = text::optional(input, field, "Adress", 500)?;
    let ok = text.is_empty()
        || ((text.starts_with("https://") || text.starts_with("http://"))
            && text.len() > "https://".len()
            && !text.contains(char::is_whitespace));
    if ok {
        Ok(text)
    } else {
        Err(CoreError::UrlFormat { field })
    }
}
