//! The budget grid's draft figured by the core (issue 27, item 2): the avvikelse and the
//! summering follow typed and pasted cells before Spara, by the same functions as stored
//! figures, and nothing is written.

use super::*;
use crate::support::{budget_grid, key, medel};

#[test]
fn budget_preview_follows_the_draft_with_the_cores_formula_and_writes_nothing() {
    let mut service = service_with_forbund(TODAY);
    let alfa = individ(&mut service, "Alfa");
    let beta = individ(&mut service, "Beta");
    service
        .save_medel(medel(2026, "1 000 000", "", ""))
        .expect("medel");
    let stored = service
        .save_budget(budget_grid(
            2026,
            vec![cells(&key(alfa), "500 000", "", "")],
        ))
        .expect("saved");
    let draft = budget_grid(
        2026,
        vec![
            cells(&key(alfa), "800000", "850 000", "12"),
            cells(&key(beta), "100 000", "12,5", ""),
            cells("admin", "200 000", "190 000", ""),
        ],
    );
    let preview = service.budget_preview(draft).expect("preview");
    let alfa_row = rad(&preview, &key(alfa));
    // Typed without spaces, read as Spara reads it.
    assert_eq!(alfa_row.budget, Some(kr(800_000)));
    assert_eq!(alfa_row.budgeterade_deltagare, Some(12));
    assert_eq!(
        (alfa_row.avvikelse, alfa_row.avvikelse_promille),
        (Some(kr(50_000)), Some(63))
    );
    // A cell Spara would refuse counts as empty: no avvikelse for the row.
    let beta_row = rad(&preview, &key(beta));
    assert_eq!((beta_row.utfall, beta_row.avvikelse), (None, None));
    assert_eq!(
        preview.summering.insatser_budget,
        kr(900_000),
        "the draft's budgets"
    );
    assert_eq!(preview.summering.saldo_budget, kr(-100_000));
    assert_eq!(preview.summering.admin_utfall, kr(190_000));

    // Nothing was written.
    assert_eq!(service.year_view(2026).expect("view").rader, stored.rader);
    // The same figures as after Spara of a draft that saves.
    let saveable = budget_grid(
        2026,
        vec![
            cells(&key(alfa), "800000", "850 000", "12"),
            cells("admin", "200 000", "190 000", ""),
        ],
    );
    let preview = service.budget_preview(saveable.clone()).expect("preview");
    let saved = service.save_budget(saveable).expect("saved");
    assert_eq!(preview.rader, saved.rader);
    assert_eq!(preview.summering, saved.summering);
}
