#!/usr/bin/env bash
# Builds the package: the wasm modules with their glue (pkg/, below), dist/api.cjs and
# dist/client.cjs. Only builds: it installs nothing and writes nothing outside the repo and the
# user's cargo home. The tools come from scripts/setup.sh (`npm run setup`; `npm start` and
# `npm test` run it first). Skips the wasm steps when no Rust source changed since the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

marker=target/wasm-toolchain   # written by scripts/setup.sh: which toolchain builds wasm
# wasm-pack downloads a wasm-bindgen of another version than the crate's pin: refuse instead.
bindgen_version=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
if [ ! -f "$marker" ] || ! command -v wasm-pack >/dev/null || ! command -v wasm-opt >/dev/null \
  || [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  echo "build: the wasm toolchain is not set up here; run \`npm run setup\` first" >&2
  exit 1
fi
[ "$(cat "$marker")" = system ] && export RUSTUP_TOOLCHAIN=system

# The one list of wasm-opt flags (wasm-pack's own run is off in Cargo.toml): size-first, and
# the post-MVP features that every supported browser and Node has.
wasm_opt_flags=(-Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)

# The full module (pkg/node, pkg/web) and the lean validation-only one of the
# `mde-indicator/validate` entry (pkg/validate-node, pkg/validate-web), each for Node (CommonJS)
# and for browsers and bundlers (ES module). Browsers download the module, so theirs is built for
# size (the `release` profile); Node reads it from disk, so its is built for speed (the `node`
# profile of Cargo.toml).
built=pkg/validate-web/mde_indicator_bg.wasm
sources=(src Cargo.toml Cargo.lock build.rs rust-toolchain.toml)
if [ ! -f "$built" ] || [ -n "$(find "${sources[@]}" -newer "$built" -print -quit)" ]; then
  for module in full validate; do
    prefix=$([ "$module" = validate ] && echo validate- || true)
    features=$([ "$module" = validate ] && echo --no-default-features || true)
    for target in nodejs web; do
      dir=pkg/$prefix$([ "$target" = nodejs ] && echo node || echo web)
      profile=$([ "$target" = nodejs ] && echo node || echo release)
      wasm-pack --quiet build --profile "$profile" --target "$target" --out-dir "$dir" --out-name mde_indicator --no-pack -- $features
      wasm-opt "${wasm_opt_flags[@]}" "$dir/mde_indicator_bg.wasm" -o "$dir/mde_indicator_bg.wasm"
      rm -f "$dir/.gitignore"
    done
  done
fi
# The web glue, also of a build made before these steps (so each runs when it has not yet).
guess="module_or_path = new URL('mde_indicator_bg.wasm', import.meta.url);"
for dir in pkg/web pkg/validate-web; do
  # Every entry says where its wasm is (or hands over its bytes). The glue's own guess would make
  # Vite and webpack emit the file a second time and esbuild warn of an empty import.meta in iife
  # and CommonJS bundles, also for the inline-wasm entries, which fetch nothing.
  if grep -qF "$guess" "$dir/mde_indicator.js"; then
    sed -i "s|$guess|throw new Error('mde-indicator: no wasm location given');|" "$dir/mde_indicator.js"
  elif ! grep -qF "mde-indicator: no wasm location given" "$dir/mde_indicator.js"; then
    echo "build: the wasm-bindgen glue of $dir has changed; update the guess above" >&2
    exit 1
  fi
  # The glue is an ES module in a .js file: said so, Node loads it (the inline entries in Node)
  # without a reparse warning, and bundlers need not guess.
  printf '{ "type": "module" }\n' > "$dir/package.json"
  # The module as base64 text in an ES module, for the inline-wasm entries (inline/): bundlers
  # that do not copy a `new URL(..., import.meta.url)` asset (esbuild, Rollup) take it as code.
  if [ ! -f "$dir/mde_indicator_bg.wasm.mjs" ] || [ "$dir/mde_indicator_bg.wasm" -nt "$dir/mde_indicator_bg.wasm.mjs" ]; then
    node -e 'const fs = require("fs"); const [wasm, out] = process.argv.slice(1);
      fs.writeFileSync(out, `// The wasm module beside this file, as base64 (scripts/build.sh).\nexport default "${fs.readFileSync(wasm).toString("base64")}";\n`);' \
      "$dir/mde_indicator_bg.wasm" "$dir/mde_indicator_bg.wasm.mjs"
  fi
done
esbuild js/api.mjs --format=cjs --platform=neutral --log-level=warning --outfile=dist/api.cjs
# mde-indicator/client for require(): js/client.mjs and its modules (js/client/) in one file.
esbuild js/client.mjs --bundle --format=cjs --platform=neutral --log-level=warning --outfile=dist/client.cjs
