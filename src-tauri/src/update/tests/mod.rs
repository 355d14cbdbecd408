//! Signed updates through the app's own code (the functions the `check_for_update` and
//! `install_update` commands call) with the real updater plugin, on Tauri's mock runtime.
//! A small HTTP server on 127.0.0.1 serves a `latest.json` and the packages in
//! `tests/fixtures/updater/`, which `make-fixtures.sh` signed with the real `tauri signer`
//! and throw-away TEST keys. No network beyond the loopback is used.

mod install_kind;
mod release;
mod server;

use std::collections::HashMap;
use std::net::TcpListener;

use crate::update::{self, UpdateSettings};
use finsamkollen_core::update::{UpdateAnswer, UpdateStatus};
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime};
use tauri::Url;

use server::{
    fixture, fixture_text, release_manifest, server_announcing, server_announcing_signed_0_2_0,
    Server,
};

/// The version the app under test runs: the fixtures offer 0.2.0 and 0.0.9 against it.
const RUNNING: &str = "0.1.0";

/// The app's updater as the real app sets it up, on the mock runtime, with the plugin
/// configuration from `tauri.conf.json`. `pubkey: None` keeps the release key configured
/// there; the tests otherwise trust the TEST key the fixtures were signed with.
fn app_checking(endpoint: &str, pubkey: Option<String>, dry_run: bool) -> tauri::App<MockRuntime> {
    app_checking_as(endpoint, pubkey, dry_run, None)
}

/// As [`app_checking`], on `platform` (a `latest.json` key such as `windows-x86_64`).
fn app_checking_as(
    endpoint: &str,
    pubkey: Option<String>,
    dry_run: bool,
    platform: Option<&str>,
) -> tauri::App<MockRuntime> {
    app_with(UpdateSettings {
        endpoint: Some(Url::parse(endpoint).expect("endpoint url")),
        pubkey,
        dry_run,
        install_kind: None,
        platform: platform.map(str::to_owned),
    })
}

/// The app's updater with these settings, as [`app_checking`] describes.
fn app_with(settings: UpdateSettings) -> tauri::App<MockRuntime> {
    let mut context = mock_context(noop_assets());
    let conf: serde_json::Value =
        serde_json::from_str(include_str!("../../../tauri.conf.json")).expect("tauri.conf.json");
    context
        .config_mut()
        .plugins
        .0
        .insert("updater".into(), conf["plugins"]["updater"].clone());
    context.package_info_mut().version = RUNNING.parse().expect("version");
    update::setup(mock_builder(), settings)
        .build(context)
        .expect("mock app")
}

fn test_key() -> Option<String> {
    Some(fixture_text("test-key.pub"))
}

fn check(app: &tauri::App<MockRuntime>) -> UpdateAnswer {
    tauri::async_runtime::block_on(update::check(app.handle()))
}

fn install(app: &tauri::App<MockRuntime>) -> UpdateAnswer {
    tauri::async_runtime::block_on(update::install(app.handle()))
}

#[test]
fn a_correctly_signed_newer_version_is_offered_once_its_package_verifies() {
    let server = server_announcing_signed_0_2_0();
    let app = app_checking(&server.url("latest.json"), test_key(), false);
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::NyVersion, "{answer:?}");
    assert_eq!(answer.nuvarande_version, RUNNING);
    assert_eq!(answer.version.as_deref(), Some("0.2.0"));
    assert!(
        answer
            .meddelande
            .starts_with("Version 0.2.0 finns (publicerad 2026-05-04)."),
        "{}",
        answer.meddelande
    );
    assert_eq!(answer.datum.as_deref(), Some("2026-05-04"));
    assert_eq!(
        answer.anteckningar.as_deref(),
        Some("Nytt i den här versionen: uppdateringar med signatur.")
    );
    // The package was fetched (and verified) before the version was offered.
    assert_eq!(
        server.requested(),
        ["latest.json", "finsamkollen_0.2.0_amd64.deb"]
    );
    // A test binary is not installed from a package, so it cannot replace itself: the
    // officer is told to install the package instead, and "Installera" says the same.
    assert!(!answer.kan_installeras);
    let installed = install(&app);
    assert_eq!(installed.status, UpdateStatus::NyVersion);
    assert!(installed
        .meddelande
        .contains("installera den nya versionen från paketet"));
}

#[test]
fn windows_takes_the_windows_entry_of_the_release_manifest() {
    let server = Server::start(|base| {
        let mut files = HashMap::new();
        // The signed fixture's bytes stand in for the installer: the signature covers the
        // bytes, not the name.
        files.insert(
            "Finsamkollen-0.2.0-setup.exe".to_owned(),
            fixture("finsamkollen_0.2.0_amd64.deb"),
        );
        files.insert("latest.json".to_owned(), release_manifest(base));
        files
    });
    let app = app_checking_as(
        &server.url("latest.json"),
        test_key(),
        false,
        Some("windows-x86_64"),
    );
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::NyVersion, "{answer:?}");
    assert_eq!(
        server.requested(),
        ["latest.json", "Finsamkollen-0.2.0-setup.exe"],
        "the Windows installer, not a Linux package"
    );
}

/// On Windows the updater runs the downloaded installer with the switches of the configured
/// install mode (tauri-plugin-updater 2.14, `updater_parameters`): `nsis_args()`, then
/// `/UPDATE`, then, to start the new version, `/R` and `/ARGS` with the app's arguments.
/// The installer (scripts/windows/installer.nsi, built with makensis) must honour each.
#[test]
fn windows_the_installer_honours_the_switches_the_updater_passes() {
    let conf: serde_json::Value =
        serde_json::from_str(include_str!("../../../tauri.conf.json")).expect("tauri.conf.json");
    let parsed: tauri_plugin_updater::Config =
        serde_json::from_value(conf["plugins"]["updater"].clone()).expect("updater config");
    let mode = parsed.windows.map(|w| w.install_mode).unwrap_or_default();
    // Passive: a progress bar and no questions, so an officer is never asked twice.
    assert_eq!(mode.nsis_args(), ["/P"]);
    let script = include_str!("../../../../scripts/windows/installer.nsi");
    for switch in mode.nsis_args().iter().chain(&["/UPDATE", "/R", "/ARGS "]) {
        assert!(
            script.contains(&format!("\"{switch}\"")),
            "installer.nsi does not read {switch}"
        );
    }
}

#[test]
fn installera_verifies_the_checked_package_again_and_in_a_dry_run_stops_there() {
    let server = server_announcing_signed_0_2_0();
    let app = app_checking(&server.url("latest.json"), test_key(), true);
    assert_eq!(
        install(&app).status,
        UpdateStatus::Fel,
        "nothing to install before a check"
    );
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::NyVersion, "{answer:?}");
    assert!(answer.kan_installeras);
    let installed = install(&app);
    assert_eq!(installed.status, UpdateStatus::Provad, "{installed:?}");
    assert_eq!(
        installed.meddelande,
        "Testläge: version 0.2.0 är hämtad och verifierad men installerades inte."
    );
    // The verified package is used once: a second press asks for a new check.
    assert_eq!(install(&app).status, UpdateStatus::Fel);
}

#[test]
fn a_tampered_package_is_refused() {
    let server = server_announcing(
        "0.2.0",
        "tampered/finsamkollen_0.2.0_amd64.deb",
        &fixture_text("finsamkollen_0.2.0_amd64.deb.sig"),
    );
    let app = app_checking(&server.url("latest.json"), test_key(), true);
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::EjVerifierad, "{answer:?}");
    assert_eq!(answer.version.as_deref(), Some("0.2.0"));
    assert!(!answer.kan_installeras);
    assert_eq!(
        answer.meddelande,
        "Uppdateringen kunde inte verifieras och installerades inte. Du har kvar version 0.1.0."
    );
    // Nothing was kept to install.
    assert_eq!(install(&app).status, UpdateStatus::Fel);
}

#[test]
fn a_signature_from_another_key_is_refused() {
    let server = server_announcing(
        "0.2.0",
        "finsamkollen_0.2.0_amd64.deb",
        &fixture_text("finsamkollen_0.2.0_amd64.deb.other-key.sig"),
    );
    let app = app_checking(&server.url("latest.json"), test_key(), true);
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::EjVerifierad, "{answer:?}");
    assert_eq!(install(&app).status, UpdateStatus::Fel);
}

#[test]
fn the_release_key_in_the_configuration_refuses_a_test_signature() {
    // No key override: the public key from tauri.conf.json is the one trusted.
    let server = server_announcing_signed_0_2_0();
    let app = app_checking(&server.url("latest.json"), None, true);
    assert_eq!(check(&app).status, UpdateStatus::EjVerifierad);
}

#[test]
fn an_older_or_the_same_version_is_not_offered() {
    for version in ["0.0.9", RUNNING] {
        let server = server_announcing(
            version,
            "finsamkollen_0.0.9_amd64.deb",
            &fixture_text("finsamkollen_0.0.9_amd64.deb.sig"),
        );
        let app = app_checking(&server.url("latest.json"), test_key(), true);
        let answer = check(&app);
        assert_eq!(
            answer.status,
            UpdateStatus::Senaste,
            "{version}: {answer:?}"
        );
        assert_eq!(answer.meddelande, "Du har den senaste versionen (0.1.0).");
        assert_eq!(answer.version, None);
        // Not even downloaded.
        assert_eq!(server.requested(), ["latest.json"]);
        assert_eq!(install(&app).status, UpdateStatus::Fel);
    }
}

#[test]
fn an_older_package_announced_as_a_newer_version_is_refused() {
    // A tampered manifest pairs "0.2.0" with the validly signed 0.0.9 package: the version
    // inside the signature (requireSignedVersion) gives it away.
    let server = server_announcing(
        "0.2.0",
        "finsamkollen_0.0.9_amd64.deb",
        &fixture_text("finsamkollen_0.0.9_amd64.deb.sig"),
    );
    let app = app_checking(&server.url("latest.json"), test_key(), true);
    assert_eq!(check(&app).status, UpdateStatus::EjVerifierad);
}

#[test]
fn an_unreachable_server_gives_the_calm_offline_answer() {
    // A port that was just free: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let app = app_checking(
        &format!("http://127.0.0.1:{port}/latest.json"),
        test_key(),
        true,
    );
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::Offline, "{answer:?}");
    assert_eq!(
        answer.meddelande,
        "Kunde inte nå uppdateringsservern. Du kan fortsätta arbeta som vanligt."
    );
    // A server that answers 404 for the manifest reads the same to the officer.
    let server = Server::start(|_| HashMap::new());
    let app = app_checking(&server.url("latest.json"), test_key(), true);
    assert_eq!(check(&app).status, UpdateStatus::Offline);
}

#[test]
fn an_unreadable_manifest_is_a_plain_error() {
    let server = Server::start(|_| {
        HashMap::from([("latest.json".to_owned(), b"<html>inte json</html>".to_vec())])
    });
    let app = app_checking(&server.url("latest.json"), test_key(), true);
    let answer = check(&app);
    assert_eq!(answer.status, UpdateStatus::Fel, "{answer:?}");
    assert_eq!(
        answer.meddelande,
        "Uppdateringsservern gav ett svar som inte gick att läsa. Försök igen senare."
    );
}
