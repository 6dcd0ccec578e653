// The package as a user's bundler sees it: the `npm pack` tarball installed into a temporary
// project, a small app bundled by Vite, webpack 5, esbuild and Rollup in a `"type": "module"`
// and a `"type": "commonjs"` project, each with no configuration or the one line the README
// gives, and run in Chromium; then the init() entries in a target without top-level await.
// Each app validates the seeds' example with the package root and a broken copy with
// mde-indicator/validate, and writes both verdicts on the page; they must be Node's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build as viteBuild } from 'vite';
import { root, ensureBuilt, launch } from './harness.mjs';

const mde = createRequire(import.meta.url)('../..');
const seed = JSON.parse(readFileSync(new URL('../fixtures/cases.json', import.meta.url), 'utf8')).bases.seed;
const broken = { ...seed, indicatorValue: seed.indicatorValue.slice(0, 12) };
const expected = JSON.stringify([mde.validate(seed).valid, mde.validate(broken).errors.map((e) => e.code)]);

// What each app writes on the page, with the names it imported the two validate functions as.
const verdict = (full, lean) => `document.body.dataset.verdict = JSON.stringify([${full}(${JSON.stringify(seed)}).valid, ${lean}(${JSON.stringify(broken)}).errors.map((e) => e.code)]);\n`;
const APPS = {
  import: "import { validate } from 'mde-indicator';\nimport { validate as validateLean } from 'mde-indicator/validate';\n" + verdict('validate', 'validateLean'),
  defaultImport: "import mde from 'mde-indicator';\nimport lean from 'mde-indicator/validate';\n" + verdict('mde.validate', 'lean.validate'),
  require: "const { validate } = require('mde-indicator');\nconst { validate: validateLean } = require('mde-indicator/validate');\n" + verdict('validate', 'validateLean'),
  init: "import init, { validate } from 'mde-indicator/init';\nimport initLean, { validate as validateLean } from 'mde-indicator/validate/init';\n"
    + `Promise.all([init(), initLean()]).then(() => {\n  ${verdict('validate', 'validateLean')}});\n`,
};

let work;
let server;
let origin;
let browser;

before(async () => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'mde-bundlers-'));
  // The tarball unpacked where npm would put it: the browser entries load nothing of the
  // package's dependencies (@azure/identity is the Node client's), and no test may reach the registry.
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  const installed = join(work, 'node_modules', 'mde-indicator');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);
  for (const type of ['module', 'commonjs']) {
    mkdirSync(join(work, type));
    writeFileSync(join(work, type, 'package.json'), JSON.stringify({ name: `app-${type}`, private: true, type }));
  }
  server = createServer(async (request, response) => {
    const path = normalize(join(work, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    try {
      if (!path.startsWith(work)) throw new Error('outside');
      const body = await readFile(path);
      const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A new app directory in the project of that type, with src/main.js. */
function app(type, name, source) {
  const dir = join(work, type, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'main.js'), source);
  return dir;
}

// Else Chromium asks for /favicon.ico, a 404 that would read as a missing file of the bundle.
const NO_ICON = '<link rel="icon" href="data:,">';

/** Writes dist/index.html loading the bundle, as a module script or a classic one. */
function page(dir, script, module) {
  writeFileSync(join(dir, 'dist', 'index.html'), `<!doctype html><html><head>${NO_ICON}</head><body><script${module ? ' type="module"' : ''} src="./${script}"></script></body></html>\n`);
}

/** Opens the built page; resolves to its verdict and the wasm files it fetched. */
async function run(dir) {
  const tab = await browser.newPage();
  const failures = [];
  const wasm = [];
  tab.on('pageerror', (error) => failures.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && failures.push(message.text()));
  tab.on('requestfinished', (request) => request.url().endsWith('.wasm') && wasm.push(request.url()));
  try {
    await tab.goto(`${origin}${dir.slice(work.length)}/dist/index.html`);
    await tab.waitForFunction(() => document.body?.dataset.verdict || null, null, { timeout: 20_000 }).catch(() => {});
    const seen = await tab.evaluate(() => document.body?.dataset.verdict ?? null);
    assert.deepEqual(failures, [], 'no error on the page');
    return { verdict: seen, wasm };
  } finally {
    await tab.close();
  }
}

// The user's bundler runs, as from its CLI, with the options named here and nothing else
// (Vite's relative `base` and webpack's silenced size hints are for this test's serving, where
// each app lives in a subfolder, and its output).
const BUNDLERS = {
  async vite(dir, options = {}) {
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head>${NO_ICON}</head><body><script type="module" src="/src/main.js"></script></body></html>\n`);
    await viteBuild({ root: dir, base: './', configFile: false, logLevel: 'silent', ...options });
  },
  async webpack(dir) {
    const stats = await new Promise((resolve, reject) => {
      webpack({ mode: 'production', context: dir, entry: './src/main.js', output: { path: join(dir, 'dist') }, performance: { hints: false } }, (error, result) => (error ? reject(error) : resolve(result)));
    });
    assert.ok(!stats.hasErrors(), stats.toString('errors-only'));
    page(dir, 'main.js', false);
  },
  // esbuild copies no `new URL(..., import.meta.url)` asset: the README's line is the inline-wasm condition.
  async esbuild(dir, options = {}) {
    const { warnings } = await esbuild.build({ absWorkingDir: dir, entryPoints: ['src/main.js'], bundle: true, outdir: 'dist', logLevel: 'silent', conditions: ['inline-wasm'], ...options });
    assert.deepEqual(warnings.map((w) => w.text), [], 'no warning (an empty import.meta in an iife bundle, say)');
    page(dir, 'main.js', options.format === 'esm');
  },
  // Rollup needs node-resolve to find any package; the README's line is its exportConditions.
  async rollup(dir) {
    const warnings = [];
    const bundle = await rollup({ input: join(dir, 'src', 'main.js'), plugins: [nodeResolve({ browser: true, exportConditions: ['inline-wasm'] })], onLog: (level, log) => level === 'warn' && warnings.push(log.message) });
    await bundle.write({ dir: join(dir, 'dist'), format: 'es' });
    await bundle.close();
    assert.deepEqual(warnings, [], 'no warning');
    page(dir, 'main.js', true);
  },
};

// What a user of each bundler writes in each kind of project: webpack, which follows Node's
// rules, reads a .js file of a CommonJS project as CommonJS; Vite and Rollup only take modules.
const CASES = [
  ['vite', 'module', 'defaultImport'], ['vite', 'commonjs', 'import'],
  ['webpack', 'module', 'import'], ['webpack', 'commonjs', 'require'],
  ['esbuild', 'module', 'import'], ['esbuild', 'commonjs', 'import'],
  ['rollup', 'module', 'import'], ['rollup', 'commonjs', 'import'],
];

for (const [bundler, type, kind] of CASES) {
  test(`${bundler}, "type": "${type}" (${kind}): the bundled app gives Node's verdicts in Chromium`, async () => {
    const dir = app(type, `${bundler}-${kind}`, APPS[kind]);
    await BUNDLERS[bundler](dir);
    const { verdict: seen, wasm } = await run(dir);
    assert.equal(seen, expected);
    // Vite and webpack copy the wasm files and the page fetches them; the inline-wasm condition fetches none.
    const fetches = bundler === 'vite' || bundler === 'webpack' ? (kind === 'require' ? 0 : 2) : 0;
    assert.equal(wasm.length, fetches, `wasm fetched: ${wasm.join(', ')}`);
  });
}

/** Whether an ES-module bundle has no top-level await: esbuild refuses one at es2020. */
async function withoutTopLevelAwait(dir) {
  const assets = join(dir, 'dist', 'assets');
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    await esbuild.transform(readFileSync(join(assets, file), 'utf8'), { format: 'esm', target: 'es2020', logLevel: 'silent' });
  }
}

test('without top-level await (Vite at es2020): the package root keeps its await, the init() entries run without one', async () => {
  // Vite 8 only warns at es2020 and leaves the await in, which browsers before it cannot parse.
  const target = { build: { target: 'es2020' } };
  const refused = app('module', 'vite-es2020-root', APPS.import);
  await BUNDLERS.vite(refused, target);
  await assert.rejects(withoutTopLevelAwait(refused), /top-level await/i);
  const dir = app('module', 'vite-es2020-init', APPS.init);
  await BUNDLERS.vite(dir, target);
  await withoutTopLevelAwait(dir);
  const { verdict: seen, wasm } = await run(dir);
  assert.equal(seen, expected);
  assert.equal(wasm.length, 2, 'init() fetched both wasm files');
});

test('without top-level await (esbuild, iife at es2020, in a CommonJS project): the init() entries run', async () => {
  const options = { format: 'iife', target: 'es2020' };
  const refused = app('commonjs', 'esbuild-es2020-root', APPS.import);
  await assert.rejects(esbuild.build({ absWorkingDir: refused, entryPoints: ['src/main.js'], bundle: true, outdir: 'dist', logLevel: 'silent', ...options }), /top-level await/i);
  const dir = app('commonjs', 'esbuild-es2020-init', APPS.init);
  await BUNDLERS.esbuild(dir, options);
  assert.equal((await run(dir)).verdict, expected);
});
