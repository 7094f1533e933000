#!/usr/bin/env bash
# Installs what Pyroom's build (`tools/setup.sh build`) or its tests (`tools/setup.sh test`) need on a fresh
# Debian 12 machine with Rust, Node and Python, and skips whatever is already there, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."
WASM_BINDGEN_VERSION=0.2.130
what=${1:-build}
say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: the CLI's lock file pins a crate version that the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

apt_missing=()
if [ "$what" = test ] || [ "$what" = run ]; then
  command -v chromium >/dev/null || apt_missing+=(chromium)
fi
if [ "$what" = test ]; then
  command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
  command -v xvfb-run >/dev/null || apt_missing+=(xvfb xauth)
  dpkg -s python3-tk >/dev/null 2>&1 || apt_missing+=(python3-tk)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${apt_missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_missing[@]}"
fi
say "ready for $what"
