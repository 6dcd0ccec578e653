#!/usr/bin/env bash
# Builds the package: the wasm modules with their glue (pkg/, below) and dist/api.cjs from
# js/api.mjs. Sets up first where needed; skips the wasm steps when no Rust source changed
# since the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
toolchain=$(cat target/wasm-toolchain)
[ "$toolchain" = system ] && export RUSTUP_TOOLCHAIN=system

# The full module (pkg/node, pkg/web) and the lean validation-only one of the
# `mde-indicator/validate` entry (pkg/validate-node, pkg/validate-web), each for Node (CommonJS)
# and for browsers and bundlers (ES module). Browsers download the module, so theirs is built for
# size (the `release` profile); Node reads it from disk, so its is built for speed (the `node`
# profile of Cargo.toml: about a fifth faster, 6 KB larger gzipped).
built=pkg/validate-web/mde_indicator_bg.wasm
if [ ! -f "$built" ] || [ -n "$(find src Cargo.toml Cargo.lock -newer "$built" -print -quit)" ]; then
  for module in full validate; do
    prefix=$([ "$module" = validate ] && echo validate- || true)
    features=$([ "$module" = validate ] && echo --no-default-features || true)
    for target in nodejs web; do
      dir=pkg/$prefix$([ "$target" = nodejs ] && echo node || echo web)
      profile=$([ "$target" = nodejs ] && echo node || echo release)
      wasm-pack --quiet build --profile "$profile" --target "$target" --out-dir "$dir" --out-name mde_indicator --no-pack -- $features
      rm -f "$dir/.gitignore"
    done
  done
fi
esbuild js/api.mjs --format=cjs --platform=neutral --log-level=warning --outfile=dist/api.cjs
# mde-indicator/client for require(): js/client.mjs and its modules (js/client/) in one file.
esbuild js/client.mjs --bundle --format=cjs --platform=neutral --log-level=warning --outfile=dist/client.cjs
