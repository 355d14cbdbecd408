//! The start-up measurement (docs/benchmarks.md). With `--measure-startup` the app exits as
//! soon as the UI reports its first year table painted, and prints the milliseconds since
//! `run` began on standard output. `--measure-startup=bare` loads an empty page instead of
//! the UI, which reports itself painted the same way: the same binary, data file and window
//! without the app's own screen, to compare against. Honoured by every build, since the
//! release binary is the one worth measuring; without the switch nothing here does anything.
//!
//! `--measure-inlasning=PATH` serves the measurement of "Läs in tidigare år"
//! (scripts/measure-inlasning): its "Välj fil …" takes that workbook instead of asking with
//! the native dialog, which WebDriver cannot drive, so the release app's preview of the
//! benchmark workbook can be timed in the window.

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

/// The switch on the command line.
const SWITCH: &str = "--measure-startup";

/// The switch naming the workbook of the import measurement.
const INLASNING_SWITCH: &str = "--measure-inlasning=";

/// What is being measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The app as it is, up to its first year table.
    App,
    /// An empty page in the same window.
    Bare,
}

#[derive(Debug)]
struct Measurement {
    started: Instant,
    mode: Option<Mode>,
    inlasning_file: Option<PathBuf>,
}

static MEASUREMENT: OnceLock<Measurement> = OnceLock::new();

/// Notes the moment the app starts and whether it is measured. Called first in `run`, so
/// the time counts everything the app itself does.
pub fn start(args: impl Iterator<Item = String>) {
    let started = Instant::now();
    let args: Vec<String> = args.collect();
    let _ = MEASUREMENT.set(Measurement {
        started,
        mode: mode_from(args.iter().cloned()),
        inlasning_file: inlasning_file_from(args.into_iter()),
    });
}

fn inlasning_file_from(mut args: impl Iterator<Item = String>) -> Option<PathBuf> {
    args.find_map(|arg| {
        arg.strip_prefix(INLASNING_SWITCH)
            .filter(|path| !path.is_empty())
            .map(PathBuf::from)
    })
}

/// The workbook "Välj fil …" of "Läs in tidigare år" takes without a dialog, when measured.
pub fn inlasning_file() -> Option<PathBuf> {
    MEASUREMENT.get().and_then(|m| m.inlasning_file.clone())
}

fn mode_from(mut args: impl Iterator<Item = String>) -> Option<Mode> {
    args.find_map(|arg| match arg.strip_prefix(SWITCH)? {
        "" => Some(Mode::App),
        "=bare" => Some(Mode::Bare),
        _ => None,
    })
}

/// What is measured, if anything.
pub fn mode() -> Option<Mode> {
    MEASUREMENT.get().and_then(|m| m.mode)
}

/// The UI's first year table is on screen: when measuring, print the time and exit.
pub fn first_table_painted<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    let Some(measurement) = MEASUREMENT.get().filter(|m| m.mode.is_some()) else {
        return;
    };
    let millis = measurement.started.elapsed().as_secs_f64() * 1000.0;
    let mut out = std::io::stdout().lock();
    // The script reads this line; if stdout is gone there is no one to tell.
    let _ = writeln!(out, "{millis:.1}");
    let _ = out.flush();
    app.exit(0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::tests::args;

    #[test]
    fn the_switch_selects_what_is_measured() {
        assert_eq!(mode_from(args(&[])), None);
        assert_eq!(mode_from(args(&["--data-file", "a.db"])), None);
        assert_eq!(
            mode_from(args(&["--data-file", "a.db", "--measure-startup"])),
            Some(Mode::App)
        );
        assert_eq!(
            mode_from(args(&["--measure-startup=bare"])),
            Some(Mode::Bare)
        );
        assert_eq!(mode_from(args(&["--measure-startup=other"])), None);
        assert_eq!(mode_from(args(&["--measure-inlasning=/tmp/a.xlsx"])), None);
    }

    #[test]
    fn the_import_measurement_names_its_workbook() {
        assert_eq!(inlasning_file_from(args(&[])), None);
        assert_eq!(inlasning_file_from(args(&["--measure-inlasning="])), None);
        assert_eq!(
            inlasning_file_from(args(&[
                "--data-file",
                "a.db",
                "--measure-inlasning=/tmp/h.xlsx"
            ])),
            Some(PathBuf::from("/tmp/h.xlsx"))
        );
    }
}
