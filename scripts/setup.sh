#!/usr/bin/env bash
# Installs what building (and, with --browser, testing in Chromium) needs, skipping what is
# already there. Safe to re-run; takes about a second when nothing is missing.
#
# The Rust wasm32 target is tried the normal way first (`rustup target add`, a laptop with
# internet). Machines that only reach the package registries fall back to Debian's rustc-web
# plus a wasm32 standard library built once from Debian's own Rust source.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    *) echo "usage: scripts/setup.sh [--browser]" >&2; exit 2 ;;
  esac
done

log() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must equal the crate's version exactly, so read the pin from Cargo.toml.
bindgen_version=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
wasm_pack_version=0.15.1
sysroot_wasm=/usr/lib/rustlib/wasm32-unknown-unknown/lib
marker=target/wasm-toolchain   # read by scripts/build.sh: which rustup toolchain builds wasm

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

system_toolchain_ready() {
  rustup toolchain list 2>/dev/null | grep -q '^system' && ls "$sysroot_wasm"/libstd-*.rlib >/dev/null 2>&1 \
    && ls "$sysroot_wasm"/libtest-*.rlib >/dev/null 2>&1
}

build_system_toolchain() {
  log "rustup cannot fetch the wasm32 target here: using Debian's rustc-web with a locally built std"
  apt_install rustc-web cargo-web rust-web-src lld-22
  [ -e /usr/bin/rust-lld ] || as_root ln -sf "$(ls /usr/bin/ld.lld* /usr/lib/llvm-*/bin/ld.lld 2>/dev/null | head -n1)" /usr/bin/rust-lld
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && /usr/bin/cargo new --lib empty -q && cd empty &&
    PATH=/usr/bin:$PATH RUSTC_BOOTSTRAP=1 /usr/bin/cargo build --release -q \
      -Zbuild-std=std,panic_abort,test --target wasm32-unknown-unknown)
  as_root mkdir -p "$sysroot_wasm"
  as_root cp "$tmp"/empty/target/wasm32-unknown-unknown/release/deps/*.rlib "$sysroot_wasm/"
  as_root rm -f "$sysroot_wasm"/libempty-*.rlib
  rm -rf "$tmp"
  rustup toolchain link system /usr
}

# MDE_SETUP_OFFLINE=1 skips rustup's download (behind proxies where it hangs).
wasm_toolchain() {
  local offline=${MDE_SETUP_OFFLINE:-0}
  if [ "$offline" != 1 ] && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then echo stable; return; fi
  if system_toolchain_ready; then echo system; return; fi
  if [ "$offline" != 1 ] && timeout 30 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then echo stable; return; fi
  build_system_toolchain
  echo system
}

mkdir -p target
toolchain=$(wasm_toolchain)
echo "$toolchain" > "$marker"

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  log "cargo install wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  cargo install -q wasm-bindgen-cli --version "$bindgen_version" --force
fi
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$wasm_pack_version" ]; then
  log "cargo install wasm-pack $wasm_pack_version (about 3 minutes)"
  cargo install -q wasm-pack --version "$wasm_pack_version" --force
fi

# npm dependencies (binaryen gives wasm-opt offline; playwright-core, ajv for tests and figures).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want_browser" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium chromium-driver
fi
# The page's Chinese and Japanese (tests/browser/page.test.mjs screenshots them): without
# these fonts Chromium draws boxes. chromium-l10n: Chromium in other languages than English,
# for the extension's (tests/extension/locale.test.mjs).
if [ "$want_browser" = 1 ]; then
  apt_install fonts-noto-cjk chromium-l10n
fi
