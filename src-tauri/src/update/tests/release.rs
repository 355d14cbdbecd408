//! The release configuration the shipped app checks updates with.

use tauri::Url;

use super::server::fixture_text;

/// The release configuration: a real minisign public key, an https endpoint, signed
/// versions required, and none of the plugin's `dangerous…` switches.
#[test]
fn the_release_configuration_is_safe() {
    let conf: serde_json::Value =
        serde_json::from_str(include_str!("../../../tauri.conf.json")).expect("tauri.conf.json");
    let updater = conf["plugins"]["updater"]
        .as_object()
        .expect("plugins.updater");
    // The plugin ignores keys it does not know, so a misspelt one would silently do
    // nothing: every key must be one tauri-plugin-updater 2.x reads.
    const PLUGIN_KEYS: &[&str] = &[
        "pubkey",
        "endpoints",
        "requireSignedVersion",
        "allowDowngrades",
        "windows",
        "dangerousInsecureTransportProtocol",
        "dangerousAcceptInvalidCerts",
        "dangerousAcceptInvalidHostnames",
    ];
    for key in updater.keys() {
        assert!(
            PLUGIN_KEYS.contains(&key.as_str()),
            "{key} is no updater option"
        );
        assert!(!key.starts_with("dangerous"), "{key} in the release config");
    }
    // As the plugin reads it.
    let parsed: tauri_plugin_updater::Config =
        serde_json::from_value(conf["plugins"]["updater"].clone()).expect("updater config");
    assert!(parsed.require_signed_version);
    assert!(!parsed.allow_downgrades);
    assert!(!parsed.dangerous_insecure_transport_protocol);
    assert_eq!(parsed.pubkey, updater["pubkey"].as_str().expect("pubkey"));
    let endpoints = updater["endpoints"].as_array().expect("endpoints");
    assert!(!endpoints.is_empty());
    for endpoint in endpoints {
        let url = Url::parse(endpoint.as_str().expect("url")).expect("endpoint url");
        assert_eq!(url.scheme(), "https", "{url}");
    }
    let pubkey = updater["pubkey"].as_str().expect("pubkey");
    let decoded = decode_base64(pubkey);
    let text = String::from_utf8(decoded).expect("key text");
    assert!(
        text.starts_with("untrusted comment: minisign public key: "),
        "{text}"
    );
    assert_ne!(
        pubkey,
        fixture_text("test-key.pub"),
        "the release key is not a test key"
    );
    assert_eq!(conf["bundle"]["createUpdaterArtifacts"], true);
}

/// Standard base64, enough to read the configured key (no extra dependency for a test).
fn decode_base64(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut count = 0;
    let mut out = Vec::new();
    for byte in text.bytes().filter(|b| *b != b'=') {
        let value = ALPHABET
            .iter()
            .position(|c| *c == byte)
            .expect("base64 character") as u32;
        bits = (bits << 6) | value;
        count += 6;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
        }
    }
    out
}
