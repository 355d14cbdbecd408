//! How the copy was installed decides whether it looks for updates at all: a copy the IT
//! department installed with the MSI never asks the server, never installs, and says so.

use tauri::Url;

use super::{app_with, check, install, server_announcing, test_key, RUNNING};
use crate::update::{self, UpdateSettings};
use finsamkollen_core::update::{InstallKind, UpdateStatus};

fn settings(endpoint: &str, install_kind: InstallKind) -> UpdateSettings {
    UpdateSettings {
        endpoint: Some(Url::parse(endpoint).expect("endpoint url")),
        pubkey: test_key(),
        dry_run: false,
        install_kind: Some(install_kind),
        platform: None,
    }
}

#[test]
fn an_msi_installed_copy_never_asks_the_server_or_installs() {
    let server = server_announcing(
        "0.2.0",
        "finsamkollen_0.2.0_amd64.deb",
        &super::fixture_text("finsamkollen_0.2.0_amd64.deb.sig"),
    );
    let app = app_with(settings(&server.url("latest.json"), InstallKind::Msi));
    let state = update::state(app.handle());
    assert!(!state.kan_soka);
    assert_eq!(state.install_kind, InstallKind::Msi);
    let expected =
        format!("Uppdateringar sköts av er IT-avdelning. Installerad version: {RUNNING}.");
    assert_eq!(state.meddelande.as_deref(), Some(expected.as_str()));

    for answer in [check(&app), install(&app)] {
        assert_eq!(answer.status, UpdateStatus::SkotsAvIt, "{answer:?}");
        assert_eq!(answer.meddelande, expected);
        assert!(!answer.kan_installeras);
    }
    assert!(server.requested().is_empty(), "{:?}", server.requested());
}

#[test]
fn an_nsis_installed_copy_checks_and_may_install() {
    let server = server_announcing(
        "0.2.0",
        "finsamkollen_0.2.0_amd64.deb",
        &super::fixture_text("finsamkollen_0.2.0_amd64.deb.sig"),
    );
    let app = app_with(settings(&server.url("latest.json"), InstallKind::Nsis));
    let state = update::state(app.handle());
    assert!(state.kan_soka);
    assert_eq!(state.meddelande, None);
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::NyVersion, "{answer:?}");
    assert!(answer.kan_installeras);
}
