//! "Fördelning per finansiär": the split of samverkansparterna over the financiers, read
//! and saved in one transaction (M6 refuses a share for an organisation that is no
//! financier; F3 warns when the law's shares or the sum are off). The förhandskontroll
//! reports the stored split by the same functions, as errors (M6).

use std::collections::HashMap;

use chrono::NaiveDate;

use super::kontroll::remark;
use super::year::MEDEL;
use super::Service;
use crate::db;
use crate::domain::fordelning::{
    field, Fordelning, FordelningAndring, FordelningInput, FordelningRad,
};
use crate::domain::kontroll::{Anmarkning, Lank};
use crate::domain::organisation::{IngaendeOrganisation, Known, Organisation, OrganisationTyp};
use crate::domain::year::YearStatus;
use crate::error::CoreError;
use crate::money::Kronor;
use crate::rules::belopp::ensure_not_negative;
use crate::rules::fordelning::{ensure_share_to_financier, law_share_warnings, sum_warning};
use crate::rules::parse;
use crate::rules::text::swedish_cmp;
use crate::rules::year::ensure_editable;

/// Försäkringskassan first, then the regions, the kommuner and the rest, each by name.
fn rank(o: &Organisation) -> u8 {
    if o.is(Known::Forsakringskassan) {
        return 0;
    }
    match o.typ {
        OrganisationTyp::Stat => 1,
        OrganisationTyp::Region if !o.is_region_gotland() => 2,
        OrganisationTyp::Region | OrganisationTyp::Kommun => 3,
        OrganisationTyp::Esf => 4,
        OrganisationTyp::Samordningsforbund => 5,
        OrganisationTyp::Ovrigt => 6,
    }
}

impl Service {
    /// The split of `year`'s samverkansparterna: every ingående organisation marked
    /// finansiär with its amount, the sum, and F3's warnings.
    pub fn fordelning(&self, year: i32) -> crate::Result<Fordelning> {
        let forbund = self.require_forbund()?;
        self.ensure_selectable(&forbund, year)?;
        let conn = self.db.conn();
        let shares = db::organisation::funding_shares(conn, year)?;
        let mut amounts: HashMap<i64, i64> = shares.iter().map(|(o, b)| (o.id, *b)).collect();
        let mut organisations: Vec<Organisation> = db::organisation::ingaende(conn)?
            .into_iter()
            .filter(|r| r.finansiar)
            .map(|r| r.organisation)
            .collect();
        // A share stored for an organisation that is no financier any more (M6 keeps
        // that from happening) is still shown, so nothing stored is hidden.
        for (o, _) in &shares {
            if !organisations.iter().any(|f| f.id == o.id) {
                organisations.push(o.clone());
            }
        }
        organisations.sort_by(|a, b| rank(a).cmp(&rank(b)).then(swedish_cmp(&a.namn, &b.namn)));
        let samverkansparterna = db::medel::get(conn, year)?.map(|m| m.samverkansparterna);
        let mut varningar = law_share_warnings(&shares, year);
        varningar.extend(sum_warning(&shares, samverkansparterna, year));
        let summa = shares
            .iter()
            .fold(Kronor::ZERO, |s, (_, b)| s.saturating_add(Kronor::new(*b)));
        Ok(Fordelning {
            year,
            redigerbar: YearStatus::of(year, self.clock.today(), &forbund.period()).is_editable(),
            samverkansparterna,
            rader: organisations
                .into_iter()
                .map(|o| FordelningRad {
                    belopp: amounts.remove(&o.id).map(Kronor::new),
                    organisation_id: o.id,
                    namn: o.namn,
                    typ_namn: o.typ.label().to_owned(),
                    typ: o.typ,
                })
                .collect(),
            summa,
            varningar,
        })
    }

    /// "Ändra fördelning" → Spara: every amount read ([`parse::fordelning`], F1), then
    /// applied.
    pub fn save_fordelning(&mut self, input: FordelningInput) -> crate::Result<Fordelning> {
        let change = parse::fordelning(&input)?;
        let year = change.year;
        self.apply_fordelning(change, self.clock.today())?;
        self.fordelning(year)
    }

    /// Every financier's share in one transaction, while the year is open (Y1–Y3); `None`
    /// removes the share. M6: only an ingående organisation marked finansiär may have a
    /// share. One bad row and nothing is saved. Builds no view: the screen reads
    /// [`Service::fordelning`] after. On the day `on`, which the year lock reads.
    pub fn apply_fordelning(
        &mut self,
        change: FordelningAndring,
        on: NaiveDate,
    ) -> crate::Result<()> {
        let forbund = self.require_forbund()?;
        let year = change.year;
        ensure_editable(MEDEL, year, on, &forbund.period())?;
        let conn = self.db.conn();
        let roles = db::organisation::ingaende(conn)?;
        let stored: HashMap<i64, i64> = db::organisation::funding_shares(conn, year)?
            .into_iter()
            .map(|(o, b)| (o.id, b))
            .collect();
        let known = db::organisation::by_ids(
            conn,
            &change
                .rader
                .iter()
                .map(|r| r.organisation_id)
                .collect::<Vec<_>>(),
        )?;
        let mut errors = Vec::new();
        let mut writes: Vec<(i64, Option<i64>)> = Vec::new();
        for rad in &change.rader {
            let Some(organisation) = known.iter().find(|o| o.id == rad.organisation_id) else {
                return Err(CoreError::NotFound {
                    what: format!("Organisationen {}", rad.organisation_id),
                });
            };
            if let Err(e) = ensure_not_negative(rad.belopp, "belopp") {
                errors.push(CoreError::Cell {
                    code: e.code(),
                    message: e.to_string(),
                    field: field(rad.organisation_id),
                });
                continue;
            }
            let financier = roles
                .iter()
                .any(|r| r.organisation.id == organisation.id && r.finansiar);
            let to_financier = ensure_share_to_financier(
                organisation,
                rad.belopp,
                financier,
                field(rad.organisation_id),
            );
            if let Err(e) = to_financier {
                errors.push(e);
                continue;
            }
            let amount = rad.belopp.map(Kronor::get);
            if stored.get(&rad.organisation_id).copied() != amount {
                writes.push((rad.organisation_id, amount));
            }
        }
        if !errors.is_empty() {
            return Err(CoreError::combine(errors));
        }
        self.write_on(
            on,
            format!("Ändra fördelning per finansiär {year}"),
            |tx| {
                for (id, amount) in &writes {
                    match amount {
                        Some(b) => db::organisation::set_funding_share(tx, year, *id, *b)?,
                        None => db::organisation::remove_funding_share(tx, year, *id)?,
                    }
                }
                Ok(())
            },
        )
    }
}

impl Service {
    /// M6 for the year's stored split per financier: a share for an organisation that is
    /// no financier, and a split that does not add up to samverkansparterna. The codes and
    /// words are the split screen's (`ensure_share_to_financier`, `sum_warning`); here they
    /// are errors, since a report would carry a split that contradicts its own total.
    pub(super) fn fordelning_errors(
        &self,
        year: i32,
        samverkansparterna: Option<Kronor>,
        roles: &[IngaendeOrganisation],
    ) -> crate::Result<Vec<Anmarkning>> {
        let shares = db::organisation::funding_shares(self.db.conn(), year)?;
        let mut errors: Vec<Anmarkning> = shares
            .iter()
            .filter_map(|(organisation, belopp)| {
                let financier = roles
                    .iter()
                    .any(|r| r.organisation.id == organisation.id && r.finansiar);
                ensure_share_to_financier(
                    organisation,
                    Some(Kronor::new(*belopp)),
                    financier,
                    String::new(),
                )
                .err()
            })
            .map(|e| {
                remark(
                    e.code(),
                    format!("Fördelningen per finansiär för {year}: {e}"),
                    Lank::Medel,
                )
            })
            .collect();
        errors.extend(
            sum_warning(&shares, samverkansparterna, year)
                .map(|w| remark(&w.code, w.message, Lank::Medel)),
        );
        Ok(errors)
    }
}
