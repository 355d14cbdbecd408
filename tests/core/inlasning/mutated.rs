//! Mutated workbooks and CSV texts (issue 23): bytes flipped, cut off, smeared or
//! inserted. No input may panic out of `read_bytes` or end the program (calamine's own
//! panics on damaged XLS files are caught and are a damaged file; what would make it
//! reserve memory without bound is refused first), and every refusal is a `CoreError`
//! whose message is Swedish, names the file and carries none of a parser's own words.
//!
//! CI runs 64 cases of each property (`PROPTEST_CASES` overrides it). The dedicated run of
//! 10 000 cases each (XLSX; XLS and ODS; CSV) takes 11–35 s in a debug build on the
//! shared 2-core machine (measured 2026-12-07 at load 4–8), so it needs no release build:
//!
//! ```text
//! PROPTEST_CASES=10000 cargo test -p finsamkollen-core --test core inlasning::mutated
//! ```

use finsamkollen_core::report::inlasning::arbetsbok::read_bytes;
use proptest::prelude::*;

use super::xlsx::officers_workbook;
use super::{assert_officers_words, PARSER_WORDS};
use crate::support::proptest_runner;

/// One change to a file's bytes.
#[derive(Clone, Debug)]
enum Mutation {
    /// XOR a byte (at a fraction of the length) with a mask.
    Flip(f64, u8),
    /// Cut the file at a fraction of its length.
    Truncate(f64),
    /// Insert bytes at a fraction of the length.
    Insert(f64, Vec<u8>),
    /// Overwrite a run of bytes with one value.
    Smear(f64, usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    prop_oneof![
        4 => (at.clone(), 1..=255u8).prop_map(|(a, m)| Mutation::Flip(a, m)),
        2 => at.clone().prop_map(Mutation::Truncate),
        2 => (at.clone(), proptest::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(a, b)| Mutation::Insert(a, b)),
        1 => (at, 1..64usize, any::<u8>()).prop_map(|(a, n, b)| Mutation::Smear(a, n, b)),
    ]
}

fn apply(bytes: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for m in mutations {
        let at = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
        match m {
            Mutation::Flip(f, mask) => {
                if !out.is_empty() {
                    let i = at(*f, out.len() - 1);
                    out[i] ^= mask;
                }
            }
            Mutation::Truncate(f) => out.truncate(at(*f, out.len())),
            Mutation::Insert(f, b) => {
                let i = at(*f, out.len());
                out.splice(i..i, b.iter().copied());
            }
            Mutation::Smear(f, n, b) => {
                let i = at(*f, out.len());
                let end = (i + n).min(out.len());
                out[i..end].fill(*b);
            }
        }
    }
    out
}

/// Reads the bytes; a refusal must be in the officer's words.
fn read_or_refuse(file: &str, bytes: &[u8]) {
    if let Err(error) = read_bytes(file, bytes) {
        assert!(!error.code().is_empty());
        assert_officers_words(&error, file);
    }
}

#[test]
fn a_mutated_xlsx_is_read_or_refused_in_swedish_never_a_panic() {
    let source = officers_workbook();
    proptest_runner(64)
        .run(&proptest::collection::vec(mutation(), 1..4), |mutations| {
            read_or_refuse("Överkalix.xlsx", &apply(&source, &mutations));
            Ok(())
        })
        .expect("every mutated XLSX");
}

#[test]
fn a_mutated_xls_or_ods_is_read_or_refused_in_swedish_never_a_panic() {
    let xls = include_bytes!("../../fixtures/inlasning/inlasning.xls");
    let ods = include_bytes!("../../fixtures/inlasning/inlasning.ods");
    proptest_runner(64)
        .run(
            &(any::<bool>(), proptest::collection::vec(mutation(), 1..4)),
            |(is_xls, mutations)| {
                let (file, source): (&str, &[u8]) = if is_xls {
                    ("Överkalix.xls", xls)
                } else {
                    ("Överkalix.ods", ods)
                };
                read_or_refuse(file, &apply(source, &mutations));
                Ok(())
            },
        )
        .expect("every mutated XLS and ODS");
}

fn csv_text() -> impl Strategy<Value = Vec<u8>> {
    let field = prop_oneof![
        "[A-Za-zÅÄÖåäö0-9 ,.−-]{0,12}",
        "\"[^\"]{0,8}(\"\"[^\"]{0,4})?\"",
        "[0-9 ]{1,9}( kr)?",
    ];
    let row = proptest::collection::vec(field, 0..6);
    (
        proptest::collection::vec(row, 0..12),
        prop_oneof![Just(";"), Just("\t")],
        prop_oneof![Just("\r\n"), Just("\n")],
        0..3u8,
    )
        .prop_map(|(rows, sep, nl, encoding)| {
            let text: String = rows.iter().map(|r| r.join(sep) + nl).collect();
            match encoding {
                0 => text.into_bytes(),
                1 => [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat(),
                _ => encoding_1252(&text),
            }
        })
}

/// The text as Windows-1252 (every character the strategy makes has a byte there).
fn encoding_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'Å' => 0xC5,
            'Ä' => 0xC4,
            'Ö' => 0xD6,
            'å' => 0xE5,
            'ä' => 0xE4,
            'ö' => 0xF6,
            '−' => b'-',
            c if c.is_ascii() => c as u8,
            _ => b'?',
        })
        .collect()
}

#[test]
fn a_mutated_csv_is_read_or_refused_in_swedish_never_a_panic() {
    proptest_runner(64)
        .run(
            &(csv_text(), proptest::collection::vec(mutation(), 0..4)),
            |(text, mutations)| {
                read_or_refuse("Överkalix.csv", &apply(&text, &mutations));
                Ok(())
            },
        )
        .expect("every mutated CSV");
}

#[test]
fn the_parser_words_are_checked_in_lower_case() {
    // The list is matched against the lowercased message.
    assert!(PARSER_WORDS.iter().all(|w| *w == w.to_lowercase()));
}
