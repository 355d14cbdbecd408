//! R1, Ändrat efter inmatning: a figure ticked "Inmatat" in the keying view is compared
//! with the value it had when ticked, and an insats ticked "Registrerad" with its details
//! as registered. Pure: the caller reads both.

/// R1: whether a figure ticked with `keyed` (its value then; `None` when it was empty) has
/// changed since: `Some((keyed, now))` when it differs from `now`, `None` when it is still
/// what was keyed into Uppföljning Finsam.
pub fn andrat_efter_inmatning(
    keyed: Option<i64>,
    now: Option<i64>,
) -> Option<(Option<i64>, Option<i64>)> {
    (keyed != now).then_some((keyed, now))
}

/// The value a web form wants: plain digits without spaces or unit ("1234567").
pub fn kopia(value: Option<i64>) -> Option<String> {
    value.map(|v| v.to_string())
}

/// R1 for a registered insats: the details registered and now, each a (label, value) pair
/// in the form's order. For each detail now, `Some((registered, now))` when it differs from
/// what was registered (`registered` is `None` for a detail the registration did not have).
pub fn andrat_efter_registrering<'a>(
    registered: &'a [(String, String)],
    now: &[(String, String)],
) -> Vec<Option<(Option<&'a str>, String)>> {
    now.iter()
        .map(|(etikett, varde)| {
            let then = registered
                .iter()
                .find(|(e, _)| e == etikett)
                .map(|(_, v)| v.as_str());
            (then != Some(varde.as_str())).then(|| (then, varde.clone()))
        })
        .collect()
}
