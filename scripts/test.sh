#!/usr/bin/env bash
# Every test, from a bare machine: set up (with Chromium), build, then the Rust checks and
# tests, the TypeScript declarations, and the Node and browser tests of the built package.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
scripts/build.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
toolchain=$(cat target/wasm-toolchain)

step() { printf '\n== %s\n' "$*"; }
step "cargo fmt --check";  cargo fmt --check
step "cargo clippy";       cargo clippy --all-targets -q -- -D warnings
if [ "$toolchain" = stable ]; then
  step "cargo clippy (wasm32)"; cargo clippy --target wasm32-unknown-unknown -q -- -D warnings
  step "cargo clippy (wasm32, the lean module)"; cargo clippy --target wasm32-unknown-unknown --no-default-features -q -- -D warnings
else
  step "cargo clippy (wasm32): skipped, Debian's offline toolchain has no clippy; src/wasm.rs is linted where rustup has the target"
fi
step "cargo test";         cargo test -q
step "tsc (index.d.ts)";   tsc -p tests/types
step "node --test";        node --test tests/node/ tests/extension/ $( [ -d tests/browser ] && echo tests/browser/ )
