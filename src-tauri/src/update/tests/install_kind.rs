//! How the copy was installed decides whether it looks for updates at all: a copy the IT
//! department installed with the MSI never asks the server, never installs, and says so.

use tauri::test::MockRuntime;
use tauri::Url;

use super::server::{server_announcing_signed_0_2_0, Server};
use super::{app_with, check, install, test_key, RUNNING};
use crate::update::{self, UpdateSettings};
use finsamkollen_core::update::{InstallKind, UpdateStatus};

/// A copy installed as `install_kind`, with the server it would ask, which announces a
/// correctly signed 0.2.0.
fn installed_as(install_kind: InstallKind) -> (Server, tauri::App<MockRuntime>) {
    let server = server_announcing_signed_0_2_0();
    let app = app_with(UpdateSettings {
        endpoint: Some(Url::parse(&server.url("latest.json")).expect("endpoint url")),
        pubkey: test_key(),
        dry_run: false,
        install_kind: Some(install_kind),
        platform: None,
    });
    (server, app)
}

#[test]
fn an_msi_installed_copy_never_asks_the_server_or_installs() {
    let (server, app) = installed_as(InstallKind::Msi);
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
    let (_server, app) = installed_as(InstallKind::Nsis);
    let state = update::state(app.handle());
    assert!(state.kan_soka);
    assert_eq!(state.meddelande, None);
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::NyVersion, "{answer:?}");
    assert!(answer.kan_installeras);
}
