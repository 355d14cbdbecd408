//! The summary: ratios from criterion's estimates of this run.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// (group, numerator, denominator, target ratio)
pub const RATIOS: &[(&str, &str, &str, f64)] = &[
    ("open", "command", "baseline", 2.0),
    ("start_page", "command", "baseline", 2.0),
    ("year_view", "command", "baseline", 2.0),
    ("year_view_history", "20_years", "1_year", 1.2),
    ("all_years", "command", "year_view", 1.2),
    ("grid_save", "command", "baseline", 2.0),
    ("kontroll", "command", "baseline", 2.0),
    ("export_json", "command", "baseline", 2.0),
    ("export_xlsx", "command", "baseline", 2.0),
    ("insats_detail", "command", "baseline", 2.0),
    ("organisation_search", "command", "baseline", 2.0),
];

/// "Läs in tidigare år" (issue 23): each step against the calamine baseline. The issue sets
/// no ratio; its target is absolute (the preview in the app within 2 s), so these rows show
/// the time beside the ratio.
pub const INLASNING: &[&str] = &[
    "read",
    "preview",
    "read_guess_preview",
    "apply",
    "apply_without_backup",
];

/// Where criterion keeps its estimates, found as criterion finds it.
pub fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    // target/release/deps/commands-<hash>
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(|t| t.join("criterion")))
        .unwrap_or_else(|| PathBuf::from("target/criterion"))
}

/// The median of one benchmark in nanoseconds, if it ran after `since`.
pub fn median_ns(home: &Path, group: &str, function: &str, since: SystemTime) -> Option<f64> {
    let file = home.join(group).join(function).join("new/estimates.json");
    let modified = std::fs::metadata(&file).ok()?.modified().ok()?;
    if modified < since {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

pub fn summary(since: SystemTime) {
    let home = criterion_home();
    let mut lines = Vec::new();
    for (group, top, bottom, target) in RATIOS {
        let (Some(a), Some(b)) = (
            median_ns(&home, group, top, since),
            median_ns(&home, group, bottom, since),
        ) else {
            continue;
        };
        let ratio = a / b;
        lines.push(format!(
            "| {group:<30} | {:>10.3} | {:>10.3} | {ratio:>5.2}× | ≤ {target:.1}× {} |",
            a / 1e6,
            b / 1e6,
            if ratio <= *target { "  ok" } else { "MISS" }
        ));
    }
    for step in INLASNING {
        let (Some(a), Some(b)) = (
            median_ns(&home, "inlasning", step, since),
            median_ns(&home, "inlasning", "baseline", since),
        ) else {
            continue;
        };
        lines.push(format!(
            "| {:<30} | {:>10.3} | {:>10.3} | {:>5.2}× | {:<9} |",
            format!("inlasning {step}"),
            a / 1e6,
            b / 1e6,
            a / b,
            if *step == "read_guess_preview" {
                if a < 2e9 {
                    "< 2 s   ok"
                } else {
                    "< 2 s MISS"
                }
            } else {
                "—"
            }
        ));
    }
    if lines.is_empty() {
        return;
    }
    println!(
        "\nMedians in ms; ratio = command / baseline (year_view_history: 20 years / 1 year; \
         all_years: all years / one year view; inlasning: step / calamine baseline, and \
         read_guess_preview's target is the core's share of the 2 s the issue allows the \
         preview in the app, IPC and drawing not included)"
    );
    println!("| benchmark                      |    command |   baseline | ratio  | target    |");
    println!("|--------------------------------|-----------:|-----------:|-------:|-----------|");
    for line in lines {
        println!("{line}");
    }
}
