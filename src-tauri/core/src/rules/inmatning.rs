//! R1, Ändrat efter inmatning: a figure ticked "Inmatat" in the keying view is compared
//! with the value it had when ticked. Pure: the caller reads both.

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
