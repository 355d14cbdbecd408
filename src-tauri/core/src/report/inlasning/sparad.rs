//! Saved mappings: a mapping the officer corrected is kept in the settings file under its
//! sheet's header signature (the header words, years left out), so next year's workbook of
//! the same layout is mapped the same way without a word from the officer. The settings
//! file, not the data file: see `Settings::inlasning_mappningar` for why.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::arbetsbok::{Arbetsbok, Blad, Cell};
use super::falt::{guess_mapping, words, year_in, Falt, Mappning};
use crate::error::CoreError;
use crate::ops::Service;
use crate::settings::Settings;

/// A sheet's proposed mapping, and the name of the saved mapping it came from (`None`:
/// guessed from the header words).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MappningsForslag {
    pub mappning: Mappning,
    pub sparad: Option<String>,
    /// Hidden sheets are offered only when asked for.
    pub dolt: bool,
    /// A summary sheet of Finsamkollen's own årsrapport export (Kostnadsrapport,
    /// Förhandskontroll, Organisationer): offered, but not ticked at first, since its rows
    /// are sums and checks rather than insatser ([`rapportvy`]).
    pub rapportvy: bool,
}

/// Whether `blad` is a summary sheet of Finsamkollen's own årsrapport: the workbook has
/// the export's four sheets, and this is not its insats sheet, the one that reads back.
/// Read with the rest, its sums ("Insatser totalt", "Saldo") would only be named as
/// insatser that do not exist.
fn rapportvy(bok: &Arbetsbok, blad: &Blad) -> bool {
    use crate::report::xlsx::{
        SHEET_INSATSER, SHEET_KONTROLL, SHEET_KOSTNADER, SHEET_ORGANISATIONER,
    };
    let names = [
        SHEET_KOSTNADER,
        SHEET_INSATSER,
        SHEET_KONTROLL,
        SHEET_ORGANISATIONER,
    ];
    let export = names
        .iter()
        .all(|name| bok.blad.iter().any(|b| b.name == *name));
    export && blad.name != SHEET_INSATSER && names.contains(&blad.name.as_str())
}

/// A mapping as the settings file keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Sparad {
    namn: String,
    rubrikrad: u32,
    kolumner: Vec<Option<Falt>>,
}

/// The header row's words, years left out, column by column: what a saved mapping is found
/// by.
pub fn signature(blad: &Blad, rubrikrad: u32) -> String {
    let index = usize::try_from(rubrikrad.saturating_sub(1)).unwrap_or(0);
    let row = blad.rows.get(index).map(Vec::as_slice).unwrap_or(&[]);
    row.iter()
        .map(|c| match c {
            Cell::Text(t) => words(t)
                .into_iter()
                .filter(|w| !(w.len() == 4 && year_in(w).is_some()))
                .collect::<Vec<_>>()
                .join(" "),
            _ => String::new(),
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// A saved mapping laid on `blad`: its columns, each figure's year read again from this
/// year's header ("Budget 2024" where last year said "Budget 2023").
fn apply(saved: Sparad, blad: &Blad, guess: &Mappning) -> Mappning {
    let index = usize::try_from(saved.rubrikrad.saturating_sub(1)).unwrap_or(0);
    let header = blad.rows.get(index);
    let kolumner = saved
        .kolumner
        .into_iter()
        .enumerate()
        .map(|(col, falt)| {
            falt.map(|f| {
                let text = header.and_then(|r| r.get(col));
                let ar = match (f.ar, text) {
                    (Some(_), Some(Cell::Text(t))) => year_in(t).or(f.ar),
                    (ar, _) => ar,
                };
                Falt { typ: f.typ, ar }
            })
        })
        .collect();
    Mappning {
        blad: blad.name.clone(),
        rubrikrad: saved.rubrikrad,
        ar: guess.ar,
        kolumner,
    }
}

impl Service {
    /// Step 4's proposal for every sheet (hidden ones only when `med_dolda`): a saved
    /// mapping when one was made for a sheet of the same header, else the guess.
    pub fn inlasning_forslag(&self, bok: &Arbetsbok, med_dolda: bool) -> Vec<MappningsForslag> {
        let settings = self.settings_file().map(Settings::load).unwrap_or_default();
        bok.blad
            .iter()
            .filter(|b| med_dolda || !b.hidden)
            .map(|blad| {
                let guess = guess_mapping(blad);
                let saved = settings
                    .inlasning_mappningar
                    .get(&signature(blad, guess.rubrikrad))
                    .and_then(|v| serde_json::from_value::<Sparad>(v.clone()).ok());
                match saved {
                    Some(saved) => MappningsForslag {
                        sparad: Some(saved.namn.clone()),
                        mappning: apply(saved, blad, &guess),
                        dolt: blad.hidden,
                        rapportvy: rapportvy(bok, blad),
                    },
                    None => MappningsForslag {
                        mappning: guess,
                        sparad: None,
                        dolt: blad.hidden,
                        rapportvy: rapportvy(bok, blad),
                    },
                }
            })
            .collect()
    }

    /// "Spara mappningen": keeps `mappning` of a sheet of `bok` under `namn` in the settings
    /// file, found again by the sheet's header.
    pub fn spara_inlasning_mappning(
        &self,
        bok: &Arbetsbok,
        mappning: &Mappning,
        namn: &str,
    ) -> crate::Result<()> {
        let settings_file = self.required_settings_file()?;
        let blad = bok
            .blad
            .iter()
            .find(|b| b.name == mappning.blad)
            .ok_or_else(|| CoreError::NotFound {
                what: format!("Bladet ”{}”", mappning.blad),
            })?;
        let namn = crate::rules::text::required(namn, "namn", "Namn", 200)?;
        let saved = Sparad {
            namn,
            rubrikrad: mappning.rubrikrad,
            kolumner: mappning.kolumner.clone(),
        };
        let value = serde_json::to_value(saved).map_err(|e| CoreError::Report(e.to_string()))?;
        let mut settings = Settings::load(&settings_file);
        settings
            .inlasning_mappningar
            .insert(signature(blad, mappning.rubrikrad), value);
        settings.save(&settings_file)
    }
}
