//! Uppdrag — the people linked to the förbund: which roles record an employer (U2).

use crate::domain::uppdrag::Roll;

/// U2: a deltagaransvarig has an employer among the ingående organisationer; a
/// förbundsadministratör has none recorded.
pub fn takes_arbetsgivare(roll: Roll) -> bool {
    roll == Roll::Deltagaransvarig
}

/// U2: the roles that record an employer, for the uppdrag form and list.
pub fn with_arbetsgivare() -> Vec<Roll> {
    [Roll::Forbundsadministrator, Roll::Deltagaransvarig]
        .into_iter()
        .filter(|r| takes_arbetsgivare(*r))
        .collect()
}
