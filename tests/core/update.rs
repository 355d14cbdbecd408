//! How the copy was installed, and what it means for "Uppdateringar": the IT department's
//! MSI never updates itself; the packages the app can install over do.

use finsamkollen_core::update::{InstallKind, UpdateAnswer, UpdateState, UpdateStatus};

#[test]
fn update_install_kind_follows_the_package_mark() {
    for (mark, kind) in [
        (Some("deb"), InstallKind::Deb),
        (Some("rpm"), InstallKind::Rpm),
        (Some("appimage"), InstallKind::AppImage),
        (Some("nsis"), InstallKind::Nsis),
        (Some("msi"), InstallKind::Msi),
        (Some("dmg"), InstallKind::NoPackage),
        (None, InstallKind::NoPackage),
    ] {
        assert_eq!(InstallKind::from_bundle_type(mark), kind, "{mark:?}");
    }
}

#[test]
fn update_an_msi_install_never_checks_and_names_the_it_department() {
    let kind = InstallKind::Msi;
    assert!(!kind.checks_for_updates());
    assert!(!kind.installs_updates());
    let state = UpdateState::new(kind, "1.4.2");
    assert!(!state.kan_soka);
    assert_eq!(state.nuvarande_version, "1.4.2");
    assert_eq!(
        state.meddelande.as_deref(),
        Some("Uppdateringar sköts av er IT-avdelning. Installerad version: 1.4.2.")
    );
    let answer = UpdateAnswer::skots_av_it("1.4.2");
    assert_eq!(answer.status, UpdateStatus::SkotsAvIt);
    assert!(!answer.kan_installeras);
    assert_eq!(Some(answer.meddelande), state.meddelande);
}

#[test]
fn update_the_packages_the_app_installs_over_check_and_install() {
    for kind in [
        InstallKind::Deb,
        InstallKind::Rpm,
        InstallKind::AppImage,
        InstallKind::Nsis,
    ] {
        assert!(
            kind.checks_for_updates() && kind.installs_updates(),
            "{kind:?}"
        );
        let state = UpdateState::new(kind, "1.4.2");
        assert!(state.kan_soka);
        assert_eq!(state.meddelande, None);
    }
    // A development build or a copied program may ask, but cannot replace itself.
    assert!(InstallKind::NoPackage.checks_for_updates());
    assert!(!InstallKind::NoPackage.installs_updates());
}

#[test]
fn update_install_kind_override_is_parsed_like_the_clock_override() {
    for value in [None, Some(""), Some("  ")] {
        assert_eq!(
            InstallKind::from_override(value).expect("no override"),
            None
        );
    }
    assert_eq!(
        InstallKind::from_override(Some("MSI")).expect("msi"),
        Some(InstallKind::Msi)
    );
    assert_eq!(
        InstallKind::from_override(Some("none")).expect("none"),
        Some(InstallKind::NoPackage)
    );
    let error = InstallKind::from_override(Some("intune")).expect_err("unknown");
    assert_eq!(error.code(), "install_kind_override");
}

#[test]
fn update_state_serialises_for_the_ui() {
    let json = serde_json::to_value(UpdateState::new(InstallKind::Msi, "0.1.0")).expect("json");
    assert_eq!(json["installKind"], "msi");
    assert_eq!(json["kanSoka"], false);
    assert_eq!(json["nuvarandeVersion"], "0.1.0");
    let json = serde_json::to_value(UpdateAnswer::skots_av_it("0.1.0")).expect("json");
    assert_eq!(json["status"], "skotsAvIt");
}
