//! The catalogue of rules, `docs/regler.md`, against the code (issue 16, item 7): every
//! rule id the core's source or tests use has a section; every function, code and test the
//! catalogue names still exists; every code it names is still produced by the core. So a
//! newcomer who reads the catalogue is never sent to something that is gone.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use crate::support::{core_src, repository, rust_files, tests_dir};

/// The families of rule ids in the domain spec: F1, B1, I1, D1, M1, U1, Y1, …, and R1
/// (inmatning i Uppföljning Finsam, issue 15).
const FAMILIES: &[char] = &['B', 'D', 'F', 'I', 'M', 'R', 'U', 'Y'];

fn catalogue() -> String {
    fs::read_to_string(repository().join("docs/regler.md")).expect("docs/regler.md")
}

/// `m2` → `M2` when the word is a rule id: a family letter and digits only.
fn rule_id(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let family = chars.next()?.to_ascii_uppercase();
    let digits = chars.as_str();
    (FAMILIES.contains(&family) && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("{family}{digits}"))
}

/// The rule ids a snake_case name begins with: `y2_y3_the_year_…` → Y2, Y3.
fn leading_ids(name: &str) -> Vec<String> {
    name.split('_').map_while(rule_id).collect()
}

/// The names of the functions defined in `text` (`fn name`).
fn fn_names(text: &str) -> Vec<&str> {
    text.match_indices("fn ")
        .filter(|(i, _)| {
            *i == 0
                || !text.as_bytes()[i - 1].is_ascii_alphanumeric() && text.as_bytes()[i - 1] != b'_'
        })
        .map(|(i, _)| {
            let rest = &text[i + 3..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// The string literals in `text` that look like a rule's code: `"y1_locked"`.
fn rule_codes(text: &str) -> BTreeSet<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            s.contains('_')
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && rule_id(s.split('_').next().unwrap_or_default()).is_some()
        })
        .map(str::to_owned)
        .collect()
}

/// Rule ids written as words in comments and docs: `M5`, `Y1–Y6` (both ends).
fn ids_in_prose(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        .filter_map(rule_id)
        .collect()
}

/// One rule's section of the catalogue.
#[derive(Debug, Default)]
struct Section {
    id: String,
    functions: Vec<String>,
    codes: Vec<String>,
    tests: Vec<String>,
    /// Triggers and tables in `migrations/` that back the rule up.
    schema: Vec<String>,
}

/// The `code spans` of a text.
fn code_spans(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The sections: `### M2 — …` headings, with the backticked names of their `Funktion`,
/// `Koder`, `Tester` and `Schema` rows.
fn sections(catalogue: &str) -> Vec<Section> {
    let mut sections: Vec<Section> = Vec::new();
    for line in catalogue.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            let id = heading.split_whitespace().next().unwrap_or_default();
            assert!(
                rule_id(id).is_some(),
                "a ### heading must begin with a rule id: {line}"
            );
            sections.push(Section {
                id: id.to_owned(),
                ..Section::default()
            });
            continue;
        }
        let Some(section) = sections.last_mut() else {
            continue;
        };
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        match cells.get(1).copied() {
            Some("Funktion") => section.functions.extend(code_spans(cells[2])),
            Some("Koder") => section.codes.extend(code_spans(cells[2])),
            Some("Tester") => section.tests.extend(code_spans(cells[2])),
            Some("Schema") => section.schema.extend(code_spans(cells[2])),
            _ => {}
        }
    }
    sections
}

/// The source file of a module path (`rules::year` → `src/rules/year.rs` or
/// `src/rules/year/mod.rs`), if there is one.
fn module_file(segments: &[&str]) -> Option<PathBuf> {
    let dir = segments
        .iter()
        .fold(core_src(), |path, segment| path.join(segment));
    [dir.with_extension("rs"), dir.join("mod.rs")]
        .into_iter()
        .find(|p| p.is_file())
}

/// Whether `path` (`domain::year::YearStatus::of`) names a function that exists: the
/// longest leading module path that is a source file defines `fn <last segment>`.
fn function_exists(path: &str) -> bool {
    let segments: Vec<&str> = path.split("::").collect();
    let Some((name, modules)) = segments.split_last() else {
        return false;
    };
    (1..=modules.len()).rev().any(|n| {
        module_file(&modules[..n]).is_some_and(|file| {
            let text = fs::read_to_string(file).expect("read module");
            fn_names(&text).contains(name)
        })
    })
}

/// The text of the test module `file`: `tests/core/<file>.rs`, or every file of the folder
/// module `tests/core/<file>/`, whose sub-files' tests the catalogue names as `file::test`.
fn test_module_text(file: &str) -> Option<String> {
    let single = tests_dir().join(format!("{file}.rs"));
    let folder = tests_dir().join(file);
    if let Ok(text) = fs::read_to_string(single) {
        Some(text)
    } else if folder.join("mod.rs").is_file() {
        Some(
            rust_files(&folder)
                .into_iter()
                .map(|(_, text)| text)
                .collect(),
        )
    } else {
        None
    }
}

/// Whether `text` defines `fn name(` as a test: `#[test]` among the attributes and doc
/// comments right above it, so a helper of the same name does not count.
fn is_test(text: &str, name: &str) -> bool {
    let needle = format!("fn {name}(");
    text.match_indices(&needle).any(|(i, _)| {
        text[..i]
            .trim_end_matches([' ', '\t'])
            .lines()
            .rev()
            .map(str::trim)
            .take_while(|l| l.starts_with("#[") || l.starts_with("///"))
            .any(|l| l == "#[test]")
    })
}

#[test]
fn regler_every_rule_id_in_the_code_and_tests_has_a_section() {
    let catalogued: BTreeSet<String> = sections(&catalogue()).into_iter().map(|s| s.id).collect();
    let mut used: BTreeSet<(String, String)> = BTreeSet::new();
    for (path, text) in rust_files(&tests_dir()) {
        for name in fn_names(&text) {
            for id in leading_ids(name) {
                used.insert((id, format!("test {name} in {}", path.display())));
            }
        }
    }
    for (path, text) in rust_files(&core_src()) {
        for code in rule_codes(&text) {
            for id in leading_ids(&code) {
                used.insert((id, format!("code \"{code}\" in {}", path.display())));
            }
        }
        for id in ids_in_prose(&text) {
            used.insert((id.clone(), format!("{id} in {}", path.display())));
        }
    }
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !catalogued.contains(id))
        .map(|(id, what)| format!("{id} ({what})"))
        .collect();
    assert!(
        missing.is_empty(),
        "rule ids used but not in docs/regler.md: {missing:#?}"
    );
    // The ids the issue names are all there.
    for id in [
        "F1", "B1", "I1", "I2", "I3", "I4", "I5", "D1", "D2", "D3", "M1", "M2", "M3", "M4", "M5",
        "M6", "U1", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7",
    ] {
        assert!(catalogued.contains(id), "{id} has no section");
    }
}

#[test]
fn regler_every_section_names_a_function_and_a_test() {
    for section in sections(&catalogue()) {
        assert!(!section.functions.is_empty(), "{}: no function", section.id);
        assert!(!section.tests.is_empty(), "{}: no test", section.id);
    }
}

#[test]
fn regler_every_function_named_still_exists() {
    let gone: Vec<String> = sections(&catalogue())
        .iter()
        .flat_map(|s| s.functions.iter().map(move |f| (s, f)))
        .filter(|(_, f)| !function_exists(f))
        .map(|(s, f)| format!("{}: {f}", s.id))
        .collect();
    assert!(
        gone.is_empty(),
        "functions in docs/regler.md not found: {gone:#?}"
    );
}

#[test]
fn regler_every_test_named_still_exists() {
    let gone: Vec<String> = sections(&catalogue())
        .iter()
        .flat_map(|s| s.tests.iter().map(move |t| (s, t)))
        .filter(|(_, test)| {
            let Some((file, name)) = test.split_once("::") else {
                return true;
            };
            let Some(text) = test_module_text(file) else {
                return true;
            };
            !is_test(&text, name)
        })
        .map(|(s, t)| format!("{}: {t}", s.id))
        .collect();
    assert!(
        gone.is_empty(),
        "tests in docs/regler.md not found: {gone:#?}"
    );
}

#[test]
fn regler_every_trigger_or_table_named_still_exists() {
    let migrations: String = fs::read_dir(repository().join("migrations"))
        .expect("migrations")
        .map(|entry| fs::read_to_string(entry.expect("entry").path()).expect("migration"))
        .collect();
    let gone: Vec<String> = sections(&catalogue())
        .iter()
        .flat_map(|s| s.schema.iter().map(move |name| (s, name)))
        .filter(|(_, name)| {
            // A migration that may run again on its own file creates "IF NOT EXISTS" (V9).
            ![
                "CREATE TRIGGER",
                "CREATE TABLE",
                "CREATE TRIGGER IF NOT EXISTS",
                "CREATE TABLE IF NOT EXISTS",
            ]
            .iter()
            .any(|create| {
                [" ", "\n", "("]
                    .iter()
                    .any(|end| migrations.contains(&format!("{create} {name}{end}")))
            })
        })
        .map(|(s, name)| format!("{}: {name}", s.id))
        .collect();
    assert!(
        gone.is_empty(),
        "triggers or tables in docs/regler.md not in migrations/: {gone:#?}"
    );
}

#[test]
fn regler_every_code_named_is_produced_by_the_core() {
    let source: String = rust_files(&core_src())
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    let gone: Vec<String> = sections(&catalogue())
        .iter()
        .flat_map(|s| s.codes.iter().map(move |c| (s, c)))
        .filter(|(_, code)| !source.contains(&format!("\"{code}\"")))
        .map(|(s, c)| format!("{}: {c}", s.id))
        .collect();
    assert!(
        gone.is_empty(),
        "codes in docs/regler.md not in the core: {gone:#?}"
    );
}

#[test]
fn regler_the_guard_sees_what_it_guards() {
    // The parsers above find what they must, so an empty catalogue cannot pass.
    let sections = sections(&catalogue());
    let m2 = sections.iter().find(|s| s.id == "M2").expect("M2");
    assert!(m2
        .functions
        .contains(&"rules::organisation::af_never_financier".to_owned()));
    assert_eq!(m2.codes, ["m2_af_not_financier"]);
    assert!(function_exists("rules::year::YearStatus::of"));
    assert!(!function_exists("rules::year::no_such_rule"));
    assert!(!function_exists("rules::organisation::check_roles_twice"));
    let organisation_rules = test_module_text("organisation_rules").expect("organisation_rules");
    assert!(is_test(
        &organisation_rules,
        "m5_full_membership_gives_no_warning"
    ));
    assert!(!is_test(&organisation_rules, "m5_warnings"), "a helper");
    assert_eq!(leading_ids("y2_y3_the_year_after_next"), ["Y2", "Y3"]);
    assert_eq!(leading_ids("m1_to_m6_usual_roles"), ["M1"]);
    assert_eq!(leading_ids("report_failed"), Vec::<String>::new());
    assert!(
        rule_codes(r#"code: "y6_year_locked", "forbund_not_member""#).contains("y6_year_locked")
    );
    assert_eq!(
        ids_in_prose("Y1–Y3 and M5, not F2key or BUDGET"),
        ["M5", "Y1", "Y3"].map(str::to_owned).into()
    );
}
