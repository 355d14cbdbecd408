//! The TypeScript types the UI uses are generated from the Rust types. This test fails when
//! the committed file has drifted; `UPDATE_BINDINGS=1 cargo test bindings` rewrites it.

use std::path::PathBuf;

#[test]
fn bindings_typescript_types_are_up_to_date() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/api/bindings.ts");
    let expected = finsamkollen_core::api::typescript_bindings();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &expected).expect("write bindings");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "{} is out of date with the Rust types: run `UPDATE_BINDINGS=1 cargo test bindings` \
         and commit the result",
        path.display()
    );
}
