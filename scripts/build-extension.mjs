// Builds the browser extension in www/extension/ from the package: copies the browser entry
// (web.mjs), the JS API (js/api.mjs) and the wasm module with its glue (pkg/web/) beside the
// extension's own files, so that it carries everything it runs. Builds the package first
// (scripts/build.sh, quick when nothing changed). Then: chrome://extensions → Developer mode →
// Load unpacked → that folder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const extensionDir = join(repo, 'www', 'extension');
// The package's locales too: the popup gives the issues in the browser's language.
const locales = readdirSync(join(repo, 'locales')).filter((name) => name.endsWith('.js')).map((name) => `locales/${name}`);
const files = ['web.mjs', 'js/api.mjs', 'pkg/web/mde_indicator.js', 'pkg/web/mde_indicator_bg.wasm', ...locales];

export function buildExtension() {
  execFileSync(join(repo, 'scripts', 'build.sh'), { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const file of files) {
    mkdirSync(dirname(join(extensionDir, file)), { recursive: true });
    copyFileSync(join(repo, file), join(extensionDir, file));
  }
  return extensionDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`extension ready to load unpacked: ${buildExtension()}`);
}
