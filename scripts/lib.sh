# Shared by scripts/run and scripts/test: installs whatever is missing on a Debian or
# Ubuntu machine that has git, Rust (rustup) and Node.js with npm. Safe to run again; it
# only installs what is not there yet.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TAURI_DRIVER_VERSION="2.1.0"

# Debian packages for building Tauri (WebKitGTK 4.1) and for headless end-to-end runs;
# Debian's Chromium runs the UI's component tests in the engine of Windows' WebView2,
# driven by WebdriverIO through Debian's chromedriver (chromium-driver): with both given,
# nothing downloads a browser or a driver (docs/chromium.md).
APT_BUILD=(libwebkit2gtk-4.1-dev libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  librsvg2-dev libayatana-appindicator3-dev libxdo-dev libssl-dev build-essential file
  pkg-config)
APT_TEST=(xvfb xauth x11-utils webkit2gtk-driver python3 dbus xdotool chromium
  chromium-driver)
# Windows from Linux: the mingw-w64 linker, makensis for the per-user installer, wixl (and
# msitools' msiinfo to read what it made) for the per-machine MSI, osslsigncode for
# Authenticode, and Wine 8 to run the core's tests and both installers as Windows binaries
# (docs/windows.md).
APT_WINDOWS=(gcc-mingw-w64-x86-64 nsis wixl msitools wine64 osslsigncode)
WINDOWS_TARGET="x86_64-pc-windows-gnu"
# For scripts/windows/test-sign: a tiny MSI (wixl) and a stand-in token (SoftHSM, OpenSC's
# pkcs11-tool, OpenSSL's PKCS#11 engine).
APT_SIGN_TEST=(openssl msitools softhsm2 opensc libengine-pkcs11-openssl)
# Optional, for scripts/xlsx-print-check only (not CI): LibreOffice renders the XLSX
# workbook to PDF, poppler-utils reads its pages and renders them as PNG.
APT_PRINT_CHECK=(libreoffice-calc-nogui poppler-utils)

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if ! command -v apt-get >/dev/null; then
      echo "Saknar ${missing[*]} och apt-get finns inte: se README för andra system." >&2
      exit 1
    fi
    step "apt: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"
  fi
}

# npm ci only when node_modules is missing or older than the lockfile.
install_npm() {
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
    [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    step "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

install_rust_tools() {
  if command -v rustup >/dev/null; then
    rustup component list --installed 2>/dev/null | grep -q '^clippy' ||
      rustup component add clippy
    rustup component list --installed 2>/dev/null | grep -q '^rustfmt' ||
      rustup component add rustfmt
  fi
}

install_tauri_driver() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v tauri-driver >/dev/null; then
    step "cargo install tauri-driver $TAURI_DRIVER_VERSION"
    cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked
  fi
}

setup_build() {
  install_apt "${APT_BUILD[@]}"
  install_npm "$ROOT/ui"
}

# Windows from Linux: the mingw-w64 target, makensis and Wine (docs/windows.md).
setup_windows() {
  setup_build
  install_apt "${APT_WINDOWS[@]}"
  if command -v rustup >/dev/null; then
    rustup target list --installed | grep -qx "$WINDOWS_TARGET" ||
      rustup target add "$WINDOWS_TARGET"
  fi
  # The Windows-only crates, fetched now so the build itself needs no network; online only
  # when something is missing.
  (cd "$ROOT" && { cargo fetch --locked --offline --target "$WINDOWS_TARGET" >/dev/null 2>&1 ||
    cargo fetch --locked --target "$WINDOWS_TARGET"; })
}

# makensis on scripts/windows/installer.nsi: the installer for the files in $1
# (finsamkollen.exe, WebView2Loader.dll, icon.ico), written to $2, for version $3; any
# further arguments are makensis options (the tests pass -DCOMPRESSOR=zlib). The uninstaller
# it carries is made first, from scripts/windows/uninstaller.nsi. Both are signed when a
# certificate is given (sign_windows). FINSAMKOLLEN_KEEP_UNINSTALLER=<file> keeps a copy of
# the uninstaller there (scripts/windows/test-sign checks its signature; inside the
# installer it is compressed).
build_installer() {
  local publisher source outfile work uninstaller
  publisher="$(node -p "require('$ROOT/src-tauri/tauri.conf.json').bundle.publisher")"
  # makensis works from the script's folder: absolute paths only.
  mkdir -p "$(dirname "$2")"
  source="$(cd "$1" && pwd)"
  outfile="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  local defines=(-DVERSION="$3" -DVERSION4="$3.0" -DPUBLISHER="$publisher" -DSOURCE="$source")
  work="$(mktemp -d)"
  uninstaller="$work/Avinstallera Finsamkollen.exe"
  makensis -V2 -WX -INPUTCHARSET UTF8 "${defines[@]}" -DOUTFILE="$uninstaller" "${@:4}" \
    "$ROOT/scripts/windows/uninstaller.nsi" || { rm -rf "$work"; return 1; }
  sign_windows "$uninstaller" || { rm -rf "$work"; return 1; }
  if [ -n "${FINSAMKOLLEN_KEEP_UNINSTALLER:-}" ]; then
    cp "$uninstaller" "$FINSAMKOLLEN_KEEP_UNINSTALLER"
  fi
  makensis -V2 -WX -INPUTCHARSET UTF8 "${defines[@]}" -DOUTFILE="$outfile" \
    -DUNINSTALLER_FILE="$uninstaller" "${@:4}" "$ROOT/scripts/windows/installer.nsi" ||
    { rm -rf "$work"; return 1; }
  rm -rf "$work"
  sign_windows "$outfile"
}

# Authenticode: signs each Windows file given (.exe, .dll, .msi) in place with osslsigncode,
# with the key in a PKCS#12 file (FINSAMKOLLEN_SIGN_PFX) or, as public CAs issue them since
# June 2023, on a hardware token or HSM (FINSAMKOLLEN_SIGN_PKCS11_MODULE, the token's PKCS#11
# module; FINSAMKOLLEN_SIGN_PKCS11_KEY, the key's pkcs11: URI; FINSAMKOLLEN_SIGN_CERT, the
# certificate chain as PEM). FINSAMKOLLEN_SIGN_PASSWORD is the file's password or the
# token's PIN; FINSAMKOLLEN_SIGN_TIMESTAMP_URL an RFC 3161 timestamp server. Files that
# already carry a signature are left as they are, so it is safe to call twice. Without a
# certificate it only says that the files are unsigned (docs/windows.md).
sign_windows() {
  local file key=() ts=() signed
  if [ -n "${FINSAMKOLLEN_SIGN_PFX:-}" ]; then
    if [ ! -f "$FINSAMKOLLEN_SIGN_PFX" ]; then
      echo "Hittar inte certifikatet FINSAMKOLLEN_SIGN_PFX=$FINSAMKOLLEN_SIGN_PFX." >&2
      return 1
    fi
    key=(-pkcs12 "$FINSAMKOLLEN_SIGN_PFX")
  elif [ -n "${FINSAMKOLLEN_SIGN_PKCS11_MODULE:-}" ]; then
    if [ -z "${FINSAMKOLLEN_SIGN_PKCS11_KEY:-}" ] || [ ! -f "${FINSAMKOLLEN_SIGN_CERT:-}" ]; then
      echo "Med FINSAMKOLLEN_SIGN_PKCS11_MODULE behövs också FINSAMKOLLEN_SIGN_PKCS11_KEY" \
        "(nyckelns pkcs11:-adress) och FINSAMKOLLEN_SIGN_CERT (certifikatkedjan, PEM)." >&2
      return 1
    fi
    install_apt libengine-pkcs11-openssl
    key=(-pkcs11module "$FINSAMKOLLEN_SIGN_PKCS11_MODULE" -key "$FINSAMKOLLEN_SIGN_PKCS11_KEY"
      -certs "$FINSAMKOLLEN_SIGN_CERT")
  else
    for file in "$@"; do
      echo "Inget certifikat (FINSAMKOLLEN_SIGN_PFX):" \
        "$(basename "$file") är osignerad (Authenticode)."
    done
    return 0
  fi
  if [ -z "${FINSAMKOLLEN_SIGN_PASSWORD+set}" ]; then
    echo "FINSAMKOLLEN_SIGN_PASSWORD saknas (certifikatfilens lösenord eller nyckelns PIN)." >&2
    return 1
  fi
  command -v osslsigncode >/dev/null || install_apt osslsigncode
  if [ -n "${FINSAMKOLLEN_SIGN_TIMESTAMP_URL:-}" ]; then
    ts=(-ts "$FINSAMKOLLEN_SIGN_TIMESTAMP_URL")
  else
    echo "Varning: ingen FINSAMKOLLEN_SIGN_TIMESTAMP_URL, så signaturen får ingen tidsstämpel" \
      "och slutar gälla när certifikatet gör det." >&2
  fi
  for file in "$@"; do
    # osslsigncode writes only to a file that does not exist yet.
    signed="$(mktemp -u "${TMPDIR:-/tmp}/finsamkollen-sign.XXXXXX")"
    if osslsigncode extract-signature -in "$file" -out "$signed" >/dev/null 2>&1; then
      echo "$(basename "$file") är redan signerad."
      rm -f "$signed"
      continue
    fi
    rm -f "$signed"
    # The password is read from a pipe, so it never shows on a command line.
    if ! osslsigncode sign "${key[@]}" -readpass <(printf '%s' "$FINSAMKOLLEN_SIGN_PASSWORD") \
      -h sha256 -n "Finsamkollen" "${ts[@]}" -in "$file" -out "$signed" >/dev/null; then
      rm -f "$signed"
      echo "Kunde inte signera $file." >&2
      return 1
    fi
    mv "$signed" "$file"
    echo "Signerad (Authenticode): $(basename "$file")"
  done
}

# Copies the exe $1 to $2 marked with the package type $3 (NSS or MSI), as Tauri's bundler
# would: the app reads the mark to know how it was installed (docs/windows.md).
mark_bundle_type() {
  python3 "$ROOT/scripts/windows/mark-bundle-type" "$@"
}

# wixl on scripts/windows/finsamkollen.wxs: the per-machine MSI for the files in $1
# (finsamkollen.exe marked MSI, WebView2Loader.dll, icon.ico), written to $2, for version
# $3 (1.2.3). Refuses an exe that is not marked MSI, so an MSI-installed copy can never try
# to update itself.
build_msi() {
  local publisher outfile
  publisher="$(node -p "require('$ROOT/src-tauri/tauri.conf.json').bundle.publisher")"
  python3 "$ROOT/scripts/windows/mark-bundle-type" --check "$1/finsamkollen.exe" MSI
  outfile="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
  # wixl finds the files relative to the working folder only (absolute paths fail).
  (cd "$1" && wixl --arch x64 -D Version="$3" -D SourceDir=. -D Publisher="$publisher" \
    -o "$outfile" "$ROOT/scripts/windows/finsamkollen.wxs")
}

setup_test() {
  setup_build
  install_apt "${APT_TEST[@]}"
  install_rust_tools
  install_npm "$ROOT/tests/e2e"
  install_tauri_driver
  setup_windows
  install_apt "${APT_SIGN_TEST[@]}"
}
