// Builds the browser extension in www/extension/ from the package: copies the browser entries
// (web.mjs, client/web.mjs), the JS API and client (js/api.mjs, js/client.mjs, js/client/) and
// the wasm module with its glue (pkg/web/) beside the extension's own files, and bundles
// Microsoft's MSAL for the browser into msal.mjs (esbuild), so that the extension carries
// everything it runs. Builds the package first (scripts/build.sh, quick when nothing changed).
//
// `node scripts/build-extension.mjs` (npm run build:extension) also writes
// dist/mde-indicator-extension.zip, what Chrome's "Load unpacked" (unzipped) and the Web Store take.
// `buildTestExtension(dir, hosts)` writes a copy for the tests only, which may also reach the
// given loopback origins (a fake sign-in endpoint, the emulator): the shipped files never can.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const extensionDir = join(repo, 'www', 'extension');
export const zipPath = join(repo, 'dist', 'mde-indicator-extension.zip');
// The package's locales too: the popup gives the issues in the browser's language.
const locales = readdirSync(join(repo, 'locales')).filter((name) => name.endsWith('.js')).map((name) => `locales/${name}`);
const files = ['web.mjs', 'js/api.mjs', 'client/web.mjs', 'js/client.mjs', 'js/client', 'pkg/web/mde_indicator.js', 'pkg/web/mde_indicator_bg.wasm', ...locales];

export function buildExtension() {
  execFileSync(join(repo, 'scripts', 'build.sh'), { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  for (const file of files) {
    mkdirSync(dirname(join(extensionDir, file)), { recursive: true });
    cpSync(join(repo, file), join(extensionDir, file), { recursive: true });
  }
  buildSync({
    entryPoints: [join(repo, 'node_modules', '@azure', 'msal-browser', 'dist', 'index.mjs')],
    bundle: true, format: 'esm', platform: 'browser', minify: true, legalComments: 'inline',
    outfile: join(extensionDir, 'msal.mjs'), logLevel: 'error',
  });
  return extensionDir;
}

/** A copy of the built extension for the tests: TEST_BUILD on, and `origins` allowed. */
export function buildTestExtension(dir, origins) {
  cpSync(buildExtension(), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, 'http://127.0.0.1/*'];
  manifest.content_security_policy.extension_pages = manifest.content_security_policy.extension_pages.replace('connect-src', `connect-src ${origins.join(' ')}`);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const config = join(dir, 'config.js');
  writeFileSync(config, readFileSync(config, 'utf8').replace('export const TEST_BUILD = false;', 'export const TEST_BUILD = true;'));
  return dir;
}

// ---- a zip file (stored names, deflated data), so that no zip tool is needed ----
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function listFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function writeZip(dir, out) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const path of listFiles(dir)) {
    const name = Buffer.from(relative(dir, path).split('\\').join('/'));
    const data = readFileSync(path);
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(0x0021, 12); // 1980-01-01: a build writes the same bytes each time
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x0021, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, packed);
    centrals.push(central, name);
    offset += head.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, Buffer.concat([...locals, directory, end]));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = buildExtension();
  console.log(`extension ready to load unpacked: ${dir}\nzip for the Web Store or to share: ${writeZip(dir, zipPath)}`);
}
