//! F3 — the split of samverkansparterna per financier (fördelning per finansiär), a
//! warning only: the law's shares (Försäkringskassan ½, the regions ¼ together, the
//! kommuner ¼ together) and the split's sum against the year's samverkansparterna. The
//! split screen and the förhandskontroll call the same function.

use crate::domain::organisation::{Known, Organisation, OrganisationTyp};
use crate::error::{CoreError, Warning};
use crate::money::Kronor;

/// M6: a share above zero goes to a financier only. `financier` is whether the
/// organisation is an ingående organisation marked finansiär; `field` names the split's row.
/// The refusal says what to do: Arbetsförmedlingen can never be a financier (M2), so its
/// amount goes; anyone else can be marked as one first.
pub fn ensure_share_to_financier(
    organisation: &Organisation,
    belopp: Option<Kronor>,
    financier: bool,
    field: String,
) -> crate::Result<()> {
    if belopp.is_some_and(|b| b.get() > 0) && !financier {
        let what_to_do = if organisation.is(Known::Arbetsformedlingen) {
            "kan inte vara finansiär; ta bort beloppet."
        } else {
            "är inte finansiär. Markera den som finansiär under Ingående organisationer, \
             eller ta bort beloppet."
        };
        return Err(CoreError::ShareNotFinancier {
            field,
            organisation: organisation.namn.clone(),
            what_to_do,
        });
    }
    Ok(())
}

/// The code of the law's-shares warning (kept from the förhandskontroll that had it first).
pub const LAGENS_ANDELAR: &str = "lagens_andelar";
/// The code of the warning that the split does not add up to samverkansparterna.
pub const FORDELNING_SUMMA: &str = "f3_fordelning_summa";

/// F3: a warning for each of the law's parts the registered split is off by more than a
/// krona (Finsamlagen: the state, through Försäkringskassan, pays half; the regions a
/// quarter; the kommuner a quarter). Region Gotland pays both the region's and the
/// kommun's part for Gotland, so half of its share counts for the regions and half for the
/// kommuner. Nothing when no split is registered.
pub fn law_share_warnings(shares: &[(Organisation, i64)], year: i32) -> Vec<Warning> {
    let total: i64 = shares.iter().map(|(_, b)| b).sum();
    if total == 0 {
        return Vec::new();
    }
    // Sums in half kronor, so Region Gotland's halves stay exact in integers: each share
    // counts twice for its own kind, Region Gotland's once for each kind.
    let halves = |pick: &dyn Fn(&Organisation) -> i64| -> i64 {
        shares.iter().map(|(o, b)| pick(o) * b).sum()
    };
    let of_kind = |o: &Organisation, typ: OrganisationTyp| -> i64 {
        if o.is_region_gotland() {
            1
        } else {
            2 * i64::from(o.typ == typ)
        }
    };
    let parts = [
        (
            "Försäkringskassan",
            halves(&|o| 2 * i64::from(o.is(Known::Forsakringskassan))),
            2,
        ),
        (
            "regionerna",
            halves(&|o| of_kind(o, OrganisationTyp::Region)),
            4,
        ),
        (
            "kommunerna",
            halves(&|o| of_kind(o, OrganisationTyp::Kommun)),
            4,
        ),
    ];
    parts
        .into_iter()
        // Exact in integers: part / total == 1 / denominator, within one krona.
        .filter(|(_, halves, denominator)| {
            (halves * denominator - 2 * total).abs() > 2 * denominator
        })
        .map(|(who, halves, denominator)| {
            Warning::new(
                LAGENS_ANDELAR,
                format!(
                    "Enligt lagen står {who} för 1/{denominator} av samverkansparternas \
                     medel, men för {year} är andelen {} av {} kr.",
                    Kronor::new(halves / 2),
                    Kronor::new(total)
                ),
                None,
            )
        })
        .collect()
}

/// F3: the split should add up to the year's samverkansparterna. Nothing when no split is
/// registered or no medel are.
pub fn sum_warning(
    shares: &[(Organisation, i64)],
    samverkansparterna: Option<Kronor>,
    year: i32,
) -> Option<Warning> {
    let sum: i64 = shares.iter().map(|(_, b)| b).sum();
    let expected = samverkansparterna?;
    (!shares.is_empty() && sum != expected.get()).then(|| {
        Warning::new(
            FORDELNING_SUMMA,
            format!(
                "Fördelningen per finansiär är {} kr, men samverkansparterna för {year} är \
                 {expected} kr.",
                Kronor::new(sum)
            ),
            None,
        )
    })
}
