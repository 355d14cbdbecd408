//! The loopback HTTP server and the fixtures the update tests serve from it.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub(super) fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/updater")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub(super) fn fixture_text(name: &str) -> String {
    String::from_utf8(fixture(name))
        .expect("utf-8")
        .trim()
        .to_owned()
}

/// A one-thread HTTP/1.1 server on 127.0.0.1 serving fixed bodies by path, recording
/// every path asked for. It lives until the test process ends.
pub(super) struct Server {
    pub(super) base: String,
    pub(super) requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Starts serving the files that `files` makes, given the server's own address.
    pub(super) fn start(files: impl FnOnce(&str) -> HashMap<String, Vec<u8>>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let files = files(&base);
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                serve(stream, &files, &log);
            }
        });
        Self { base, requests }
    }

    pub(super) fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.base)
    }

    pub(super) fn requested(&self) -> Vec<String> {
        self.requests.lock().expect("log").clone()
    }
}

fn serve(stream: TcpStream, files: &HashMap<String, Vec<u8>>, log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // The headers, up to the empty line; a GET has no body.
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        line.clear();
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .trim_start_matches('/')
        .to_owned();
    log.lock().expect("log").push(path.clone());
    let (status, body) = match files.get(&path) {
        Some(body) => ("200 OK", body.as_slice()),
        None => ("404 Not Found", &b"not found"[..]),
    };
    let mut stream = reader.into_inner();
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nContent-Type: application/octet-stream\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

/// A `latest.json` announcing `version` with the package at `package` and `signature`.
fn manifest(server_base: &str, version: &str, package: &str, signature: &str) -> Vec<u8> {
    let platform = tauri_plugin_updater::target().expect("supported platform");
    serde_json::to_vec(&serde_json::json!({
        "version": version,
        "notes": "Nytt i den här versionen: uppdateringar med signatur.",
        "pub_date": "2026-05-04T09:00:00Z",
        "platforms": {
            platform: { "url": format!("{server_base}/{package}"), "signature": signature }
        }
    }))
    .expect("manifest json")
}

/// The packages and a manifest that announces `version` with `package` and `signature`.
pub(super) fn server_announcing(version: &str, package: &str, signature: &str) -> Server {
    Server::start(|base| {
        let mut files = HashMap::new();
        for name in [
            "finsamkollen_0.2.0_amd64.deb",
            "finsamkollen_0.0.9_amd64.deb",
        ] {
            files.insert(name.to_owned(), fixture(name));
        }
        // The 0.2.0 package with one byte changed after it was signed.
        let mut tampered = fixture("finsamkollen_0.2.0_amd64.deb");
        tampered[100] ^= 0x01;
        files.insert("tampered/finsamkollen_0.2.0_amd64.deb".to_owned(), tampered);
        files.insert(
            "latest.json".to_owned(),
            manifest(base, version, package, signature),
        );
        files
    })
}

/// A server that announces 0.2.0 with its correctly signed package.
pub(super) fn server_announcing_signed_0_2_0() -> Server {
    server_announcing(
        "0.2.0",
        "finsamkollen_0.2.0_amd64.deb",
        &fixture_text("finsamkollen_0.2.0_amd64.deb.sig"),
    )
}

/// A `latest.json` as `scripts/latest-json` writes it for a release: one entry per
/// platform and package. Only the Windows entry points at a correctly signed package.
pub(super) fn release_manifest(base: &str) -> Vec<u8> {
    let good = fixture_text("finsamkollen_0.2.0_amd64.deb.sig");
    let bad = fixture_text("finsamkollen_0.2.0_amd64.deb.other-key.sig");
    let entry = |package: &str, signature: &str| serde_json::json!({ "url": format!("{base}/{package}"), "signature": signature });
    serde_json::to_vec(&serde_json::json!({
        "version": "0.2.0",
        "notes": "Nytt i den här versionen.",
        "pub_date": "2026-05-04T09:00:00Z",
        "platforms": {
            "linux-x86_64": entry("finsamkollen_0.2.0_amd64.deb", &bad),
            "linux-x86_64-deb": entry("finsamkollen_0.2.0_amd64.deb", &bad),
            "windows-x86_64": entry("Finsamkollen-0.2.0-setup.exe", &good),
            "windows-x86_64-nsis": entry("Finsamkollen-0.2.0-setup.exe", &good),
        }
    }))
    .expect("manifest json")
}
