//! What "Sök efter uppdateringar" and "Installera" answer: plain data with the Swedish
//! sentence the officer reads. The shell drives the updater plugin (network, signature,
//! installation) and picks the outcome; the wording lives here, beside the core's other
//! messages, so every outcome reads the same wherever it is shown.
//!
//! An update is offered only once its package has been downloaded and its signature has
//! verified against the app's public key: the officer is never shown a version that could
//! not be installed safely.
//!
//! Whether the app looks for updates at all depends on how it was installed
//! ([`install_kind`]): a copy the kommun's IT department deployed with the MSI never does.
//!
//! Layer: a foundation. May use `crate::error` only.

pub mod install_kind;

use serde::Serialize;
use ts_rs::TS;

pub use install_kind::{InstallKind, UpdateState, INSTALL_KIND_OVERRIDE_ENV};

/// The outcome of a check or an installation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum UpdateStatus {
    /// No version newer than the one running.
    Senaste,
    /// A newer version whose package is downloaded and verified, ready to install.
    NyVersion,
    /// The update server could not be reached: no network, or the server is down.
    Offline,
    /// A newer version was announced, but its package did not verify (tampered, another
    /// key's signature, or signed for another version). Nothing is offered or installed.
    EjVerifierad,
    /// The server's answer could not be read, or installing failed; nothing changed.
    Fel,
    /// Installed; the new version runs from the next start.
    Installerad,
    /// Debug builds' dry run only: downloaded and verified, deliberately not installed.
    Provad,
    /// Installed by the MSI: the IT department updates this copy, so nothing was asked.
    SkotsAvIt,
}

/// The answer shown beside "Sök efter uppdateringar".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateAnswer {
    pub status: UpdateStatus,
    /// The running version.
    pub nuvarande_version: String,
    /// The version found, when there is one.
    pub version: Option<String>,
    /// The new version's publication date (ÅÅÅÅ-MM-DD), when the server gives one.
    pub datum: Option<String>,
    /// The release notes, when the server gives them.
    pub anteckningar: Option<String>,
    /// Whether "Installera" can be offered: a copy that was not installed from a package
    /// (a development build, a copied program file) cannot replace itself.
    pub kan_installeras: bool,
    /// What the officer reads, in plain Swedish.
    pub meddelande: String,
}

/// A newer version, as the server announced it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewVersion {
    pub version: String,
    pub datum: Option<String>,
    pub anteckningar: Option<String>,
}

impl UpdateAnswer {
    fn new(status: UpdateStatus, nuvarande: &str, meddelande: String) -> Self {
        Self {
            status,
            nuvarande_version: nuvarande.to_owned(),
            version: None,
            datum: None,
            anteckningar: None,
            kan_installeras: false,
            meddelande,
        }
    }

    fn with_version(mut self, ny: NewVersion) -> Self {
        self.version = Some(ny.version);
        self.datum = ny.datum;
        self.anteckningar = ny.anteckningar.filter(|n| !n.trim().is_empty());
        self
    }

    /// Nothing newer than the running version.
    pub fn senaste(nuvarande: &str) -> Self {
        Self::new(
            UpdateStatus::Senaste,
            nuvarande,
            format!("Du har den senaste versionen ({nuvarande})."),
        )
    }

    /// A newer version, downloaded and verified.
    pub fn ny_version(nuvarande: &str, ny: NewVersion, kan_installeras: bool) -> Self {
        let publicerad = ny
            .datum
            .as_deref()
            .map(|d| format!(" (publicerad {d})"))
            .unwrap_or_default();
        let meddelande = if kan_installeras {
            format!(
                "Version {} finns{publicerad}. Den är hämtad och kontrollerad. Välj Installera \
                 för att uppdatera från version {nuvarande}.",
                ny.version
            )
        } else {
            format!(
                "Version {} finns{publicerad}. Den här kopian av Finsamkollen är inte \
                 installerad från ett installationspaket och kan inte uppdatera sig själv: \
                 installera den nya versionen från paketet.",
                ny.version
            )
        };
        let mut this = Self::new(UpdateStatus::NyVersion, nuvarande, meddelande).with_version(ny);
        this.kan_installeras = kan_installeras;
        this
    }

    /// The update server could not be reached.
    pub fn offline(nuvarande: &str) -> Self {
        Self::new(
            UpdateStatus::Offline,
            nuvarande,
            "Kunde inte nå uppdateringsservern. Du kan fortsätta arbeta som vanligt.".to_owned(),
        )
    }

    /// The announced package failed verification; nothing was installed.
    pub fn ej_verifierad(nuvarande: &str, ny: Option<NewVersion>) -> Self {
        let this = Self::new(
            UpdateStatus::EjVerifierad,
            nuvarande,
            format!(
                "Uppdateringen kunde inte verifieras och installerades inte. Du har kvar \
                 version {nuvarande}."
            ),
        );
        match ny {
            Some(ny) => this.with_version(ny),
            None => this,
        }
    }

    /// The server answered with something that is not a readable update description.
    pub fn olasbart_svar(nuvarande: &str) -> Self {
        Self::new(
            UpdateStatus::Fel,
            nuvarande,
            "Uppdateringsservern gav ett svar som inte gick att läsa. Försök igen senare."
                .to_owned(),
        )
    }

    /// "Installera" without a verified update from a check in this session.
    pub fn inget_att_installera(nuvarande: &str) -> Self {
        Self::new(
            UpdateStatus::Fel,
            nuvarande,
            "Det finns ingen hämtad uppdatering att installera. Sök efter uppdateringar först."
                .to_owned(),
        )
    }

    /// Installing failed or was cancelled (for example at the password prompt).
    pub fn installation_misslyckades(nuvarande: &str, ny: NewVersion) -> Self {
        Self::new(
            UpdateStatus::Fel,
            nuvarande,
            format!(
                "Version {} kunde inte installeras, eller så avbröts installationen. Du har \
                 kvar version {nuvarande}.",
                ny.version
            ),
        )
        .with_version(ny)
    }

    /// Installed; the new version starts next time.
    pub fn installerad(nuvarande: &str, ny: NewVersion) -> Self {
        Self::new(
            UpdateStatus::Installerad,
            nuvarande,
            format!(
                "Version {} är installerad. Starta om Finsamkollen för att börja använda den.",
                ny.version
            ),
        )
        .with_version(ny)
    }

    /// A copy installed by the MSI: the server is not asked and nothing is installed.
    pub fn skots_av_it(nuvarande: &str) -> Self {
        Self::new(
            UpdateStatus::SkotsAvIt,
            nuvarande,
            install_kind::managed_by_it(nuvarande),
        )
    }

    /// Debug builds' dry run: verified again and deliberately not installed.
    pub fn provad(nuvarande: &str, ny: NewVersion) -> Self {
        Self::new(
            UpdateStatus::Provad,
            nuvarande,
            format!(
                "Testläge: version {} är hämtad och verifierad men installerades inte.",
                ny.version
            ),
        )
        .with_version(ny)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ny() -> NewVersion {
        NewVersion {
            version: "0.2.0".into(),
            datum: Some("2026-05-04".into()),
            anteckningar: Some("  ".into()),
        }
    }

    #[test]
    fn messages_name_the_versions() {
        assert_eq!(
            UpdateAnswer::senaste("0.1.0").meddelande,
            "Du har den senaste versionen (0.1.0)."
        );
        let offered = UpdateAnswer::ny_version("0.1.0", ny(), true);
        assert_eq!(offered.status, UpdateStatus::NyVersion);
        assert!(offered.kan_installeras);
        assert!(offered
            .meddelande
            .starts_with("Version 0.2.0 finns (publicerad 2026-05-04)."));
        assert_eq!(offered.anteckningar, None, "blank notes are dropped");
        let refused = UpdateAnswer::ej_verifierad("0.1.0", Some(ny()));
        assert_eq!(refused.version.as_deref(), Some("0.2.0"));
        assert!(!refused.kan_installeras);
        assert!(refused
            .meddelande
            .starts_with("Uppdateringen kunde inte verifieras och installerades inte."));
    }

    #[test]
    fn a_copy_not_from_a_package_is_told_to_install_by_hand() {
        let offered = UpdateAnswer::ny_version("0.1.0", ny(), false);
        assert!(!offered.kan_installeras);
        assert!(offered
            .meddelande
            .contains("installera den nya versionen från paketet"));
    }

    #[test]
    fn serialises_for_the_ui() {
        let json = serde_json::to_value(UpdateAnswer::offline("0.1.0")).expect("json");
        assert_eq!(json["status"], "offline");
        assert_eq!(json["nuvarandeVersion"], "0.1.0");
        assert_eq!(json["kanInstalleras"], false);
        let json = serde_json::to_value(UpdateAnswer::ej_verifierad("0.1.0", None)).expect("json");
        assert_eq!(json["status"], "ejVerifierad");
    }
}
