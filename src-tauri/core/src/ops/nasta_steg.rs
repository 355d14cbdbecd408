//! "Nästa steg": the short list of what a new förbund registers first, shown after "Skapa
//! förbund" and on an empty förbund (issue 27). The core says which steps exist and which
//! are done; the start page only draws them. The officer may close the list; that is
//! remembered per data file in the settings, so it stays closed.

use serde::Serialize;
use ts_rs::TS;

use super::Service;
use crate::db;
use crate::settings::Settings;

/// One step of "Nästa steg", in the order the list shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Steg {
    /// The verksamhetsområde, on the förbund page.
    Verksamhetsomrade,
    /// The ingående organisationer besides the förbund itself, on the förbund page.
    Organisationer,
    /// At least one uppdrag, on the förbund page.
    Uppdrag,
    /// The first insats, "Lägg till insats" on the start page.
    Insats,
    /// Medel for some year, on the start page's year.
    Medel,
    /// "Läs in tidigare år", for a förbund that started before the current year.
    TidigareAr,
}

impl Steg {
    /// The step's words on the list.
    fn text(self) -> &'static str {
        match self {
            Steg::Verksamhetsomrade => "Ange verksamhetsområde",
            Steg::Organisationer => "Lägg till ingående organisationer",
            Steg::Uppdrag => "Lägg till uppdrag",
            Steg::Insats => "Lägg till den första insatsen",
            Steg::Medel => "Registrera medel",
            Steg::TidigareAr => "Läs in tidigare år",
        }
    }
}

/// One line of "Nästa steg".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NastaStegPost {
    pub steg: Steg,
    pub text: String,
    pub klar: bool,
}

/// What "Nästa steg" is worked out from: what the data file holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NastaStegFakta {
    pub verksamhetsomrade: bool,
    pub organisationer: bool,
    pub uppdrag: bool,
    pub insats: bool,
    pub medel: bool,
    /// `None` for a förbund that started in the current year or later (nothing earlier to
    /// read in); otherwise whether any earlier year holds figures.
    pub tidigare_ar: Option<bool>,
}

/// The list's lines for `fakta`, done or not, in order. Empty when every step is done:
/// the list then goes away.
pub fn nasta_steg(fakta: NastaStegFakta) -> Vec<NastaStegPost> {
    let mut steps = vec![
        (Steg::Verksamhetsomrade, fakta.verksamhetsomrade),
        (Steg::Organisationer, fakta.organisationer),
        (Steg::Uppdrag, fakta.uppdrag),
        (Steg::Insats, fakta.insats),
        (Steg::Medel, fakta.medel),
    ];
    if let Some(klar) = fakta.tidigare_ar {
        steps.push((Steg::TidigareAr, klar));
    }
    if steps.iter().all(|(_, klar)| *klar) {
        return Vec::new();
    }
    steps
        .into_iter()
        .map(|(steg, klar)| NastaStegPost {
            steg,
            text: steg.text().to_owned(),
            klar,
        })
        .collect()
}

impl Service {
    /// "Nästa steg" for the open förbund: empty when every step is done or the officer
    /// closed the list for this data file.
    pub fn nasta_steg(&self) -> crate::Result<Vec<NastaStegPost>> {
        let forbund = self.require_forbund()?;
        let closed = match (self.db().path(), self.settings_file()) {
            (Some(data_file), Some(settings)) => {
                Settings::load(settings).nasta_steg_stangd(data_file)
            }
            _ => false,
        };
        if closed {
            return Ok(Vec::new());
        }
        let conn = self.db.conn();
        let this_year = chrono::Datelike::year(&self.clock.today());
        let first_year = forbund.period().first_year();
        let tidigare_ar = (first_year < this_year).then(|| {
            db::oversikt::years_with_figures_or_reported(conn)
                .map(|years| years.range(..this_year).next().is_some())
        });
        let fakta = NastaStegFakta {
            verksamhetsomrade: !db::omrade::verksamhetsomrade(conn, self.clock.today())?.is_empty(),
            organisationer: db::organisation::ingaende(conn)?
                .iter()
                .any(|o| !o.konsument),
            uppdrag: !db::uppdrag::all(conn)?.is_empty(),
            insats: db::insats::any(conn)?,
            medel: db::medel::last_year(conn)?.is_some(),
            tidigare_ar: tidigare_ar.transpose()?,
        };
        Ok(nasta_steg(fakta))
    }

    /// Closes "Nästa steg" for the open data file, for good.
    pub fn stang_nasta_steg(&mut self) -> crate::Result<()> {
        let data_file = self.data_file()?;
        let settings_file = self.required_settings_file()?;
        let mut settings = Settings::load(&settings_file);
        settings.stang_nasta_steg(&data_file);
        settings.save(&settings_file)
    }
}
