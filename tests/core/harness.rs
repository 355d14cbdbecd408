//! The test harness keeps itself in one place (issue 24, part 8): a helper that
//! `support` exports is not written again in a test module, and every place that reaches
//! past the core with raw SQL (`raw_db()`, `rusqlite::Connection::open`, `raw_sql`, `sql`)
//! says why in a `// Raw SQL: …` comment in the same paragraph of code, so a set-up that
//! could go through the core's typed functions is seen for what it is. The bench crate's
//! tests (`tests/bench`) are held to the raw-SQL rule too.

use crate::support::{repository, rust_files, tests_dir};

/// Every Rust file of the core's tests, as (path from `tests/core`, text).
fn test_files() -> Vec<(String, String)> {
    let root = tests_dir();
    let files: Vec<(String, String)> = rust_files(&root)
        .into_iter()
        .map(|(path, text)| {
            let relative = path.strip_prefix(&root).expect("under tests/core");
            (relative.to_string_lossy().replace('\\', "/"), text)
        })
        .collect();
    assert!(files.len() > 50, "the walk found the tests");
    files
}

/// The name a top-level (unindented) `fn` or `trait` line declares, if it is one.
fn declared(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("pub ")
        .or_else(|| line.strip_prefix("pub(crate) "))
        .unwrap_or(line);
    let rest = rest
        .strip_prefix("fn ")
        .or_else(|| rest.strip_prefix("trait "))?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The helpers `support` exports: its public top-level functions and traits.
fn support_exports(files: &[(String, String)]) -> Vec<String> {
    let mut names: Vec<String> = files
        .iter()
        .filter(|(path, _)| path.starts_with("support/"))
        .flat_map(|(_, text)| text.lines())
        .filter(|line| line.starts_with("pub "))
        .filter_map(declared)
        .map(str::to_owned)
        .collect();
    names.sort();
    names
}

/// The top-level helpers of one test module that share a name with a `support` export.
fn redefined<'a>(text: &'a str, exports: &[String]) -> Vec<&'a str> {
    text.lines()
        .filter_map(declared)
        .filter(|name| exports.iter().any(|e| e == name))
        .collect()
}

/// Whether a line reaches past the core with raw SQL.
fn is_raw_sql(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    if code.contains("fn raw_sql(") || code.contains("fn sql(") {
        return false;
    }
    let calls_sql = code.match_indices("sql(").any(|(at, _)| {
        let before = code[..at].chars().next_back();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
    });
    code.contains("raw_db()")
        || code.contains("Connection::open")
        || code.contains("raw_sql(")
        || calls_sql
}

/// The lines (1-based) with raw SQL whose paragraph has no `// Raw SQL:` reason: looking up
/// from the line, the reason must come before a blank line or the start of an item.
fn unexplained(text: &str) -> Vec<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let explained = |at: usize| {
        lines[..=at]
            .iter()
            .rev()
            .map(|line| line.trim_start())
            .take_while(|line| !line.is_empty() && !line.starts_with("#["))
            .any(|line| line.starts_with("// Raw SQL:"))
    };
    (0..lines.len())
        .filter(|&at| is_raw_sql(lines[at]) && !explained(at))
        .map(|at| at + 1)
        .collect()
}

#[test]
fn harness_no_test_module_redefines_a_support_helper() {
    let files = test_files();
    let exports = support_exports(&files);
    assert!(
        exports.len() > 30,
        "the support exports were found: {exports:?}"
    );
    let offenders: Vec<String> = files
        .iter()
        .filter(|(path, _)| !path.starts_with("support/"))
        .flat_map(|(path, text)| {
            redefined(text, &exports)
                .into_iter()
                .map(move |name| format!("{path}: fn {name}"))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "these redefine a helper that crate::support exports; use the support one:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn harness_raw_sql_says_why() {
    let bench = repository().join("tests/bench");
    let bench_files = rust_files(&bench).into_iter().map(|(path, text)| {
        let relative = path.strip_prefix(&bench).expect("under tests/bench");
        (format!("../bench/{}", relative.display()), text)
    });
    let offenders: Vec<String> = test_files()
        .into_iter()
        .chain(bench_files)
        .filter(|(path, _)| path != "harness.rs")
        .flat_map(|(path, text)| {
            unexplained(&text)
                .into_iter()
                .map(|line| format!("{path}:{line}"))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "raw SQL without a `// Raw SQL: <why>` comment in its paragraph; go through the \
         core's typed functions, or say why the test must go past the core:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn harness_checks_catch_what_they_are_for() {
    let exports = vec!["medel".to_owned(), "SaveRoles".to_owned()];
    assert_eq!(
        redefined(
            "fn medel(year: i32) {}\npub trait SaveRoles {}\n    fn medel() {}\nfn medel_of() {}",
            &exports
        ),
        ["medel", "SaveRoles"],
        "top-level items only, by whole name"
    );
    assert_eq!(declared("pub(crate) fn key(id: i64)"), Some("key"));
    assert_eq!(declared("let key = 1;"), None);

    let unexplained_lines = unexplained(
        "fn a() {\n    // Raw SQL: a damaged file.\n    let conn = service\n        .raw_db()\n\n    \
         raw_sql(&s, \"x\");\n    sql(&s, \"y\");\n    count_rows(&s, \"z\");\n}\n\
         #[test]\nfn b() {\n    Connection::open(p);\n}\n",
    );
    assert_eq!(unexplained_lines, [6, 7, 12]);
    assert!(!is_raw_sql(
        "pub fn raw_sql(service: &Service, sql: &str) {"
    ));
    assert!(!is_raw_sql(
        "    let error = service.save(sql_text); // sql(x) in a comment"
    ));
}
