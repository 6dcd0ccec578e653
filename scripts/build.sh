#!/usr/bin/env bash
# Builds the package: the wasm for Node (CommonJS, pkg/node) and for browsers and bundlers
# (ES module, pkg/web), and dist/api.cjs from js/api.mjs. Sets up first where needed; skips
# the wasm steps when no Rust source changed since the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
toolchain=$(cat target/wasm-toolchain)
[ "$toolchain" = system ] && export RUSTUP_TOOLCHAIN=system

built=pkg/web/mde_indicator_bg.wasm
if [ ! -f "$built" ] || [ -n "$(find src Cargo.toml Cargo.lock -newer "$built" -print -quit)" ]; then
  for target in nodejs web; do
    dir=pkg/$([ "$target" = nodejs ] && echo node || echo web)
    wasm-pack --quiet build --release --target "$target" --out-dir "$dir" --out-name mde_indicator --no-pack
    rm -f "$dir/.gitignore"
  done
fi
esbuild js/api.mjs --format=cjs --platform=neutral --log-level=warning --outfile=dist/api.cjs
