// The package as users get it: what `npm pack` ships, how bundlers resolve it for browsers,
// and require() of the package root from outside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('npm pack ships every file the entries load, and no sources', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root, encoding: 'utf8' }));
  const shipped = new Set(files.map((f) => f.path));
  for (const path of ['index.cjs', 'index.mjs', 'web.mjs', 'index.d.ts', 'web.d.ts', 'js/api.mjs', 'js/cli/feeds.mjs', 'dist/api.cjs',
    'pkg/node/mde_indicator.js', 'pkg/node/mde_indicator_bg.wasm', 'pkg/web/mde_indicator.js', 'pkg/web/mde_indicator_bg.wasm', 'package.json', 'README.md', 'LICENSE',
    'validate/index.cjs', 'validate/index.mjs', 'validate/web.mjs', 'validate/index.d.ts',
    'pkg/validate-node/mde_indicator.js', 'pkg/validate-node/mde_indicator_bg.wasm', 'pkg/validate-web/mde_indicator.js', 'pkg/validate-web/mde_indicator_bg.wasm',
    'init.mjs', 'init.d.mts', 'validate/init.mjs', 'validate/init.d.mts', 'inline/index.mjs', 'inline/init.mjs', 'inline/validate.mjs', 'inline/validate-init.mjs',
    'js/instance/full.mjs', 'js/instance/lean.mjs', 'js/instance/loader.mjs', 'js/base64.mjs',
    'pkg/web/mde_indicator_bg.wasm.mjs', 'pkg/web/package.json', 'pkg/validate-web/mde_indicator_bg.wasm.mjs', 'pkg/validate-web/package.json']) {
    assert.ok(shipped.has(path), `${path} is shipped`);
  }
  assert.ok(![...shipped].some((p) => p.startsWith('src/') || p.startsWith('tests/')), 'no sources or tests');
});

/** What esbuild bundles for a browser from `source`, which imports the package. */
async function browserBundle(source) {
  const dir = mkdtempSync(join(tmpdir(), 'mde-bundle-'));
  // Installed as a user's project has it, so that package.json "exports" decides.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'mde-indicator'), 'dir');
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, source);
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022',
    logLevel: 'silent', metafile: true,
  });
  const code = result.outputFiles[0].text;
  assert.ok(!/from ["'](node:)?(fs|path|util)["']|require\(["'](fs|path)/.test(code), 'no Node built-ins');
  return { inputs: Object.keys(result.metafile.inputs), code };
}

test('a browser bundle resolves to the web build, without Node built-ins', async () => {
  const { inputs } = await browserBundle("import * as mde from 'mde-indicator';\nexport const ok = mde.validate({}).valid;\n");
  assert.ok(inputs.some((p) => p.endsWith('web.mjs')), `bundled web.mjs: ${inputs.join(', ')}`);
  assert.ok(!inputs.some((p) => p.endsWith('index.cjs') || p.includes('pkg/node')), 'no Node build in a browser bundle');
});

test('mde-indicator/validate bundles the lean module and only the validation API', async () => {
  const { inputs, code } = await browserBundle("import { validate } from 'mde-indicator/validate';\nexport const ok = validate({}).valid;\n");
  assert.ok(inputs.some((p) => p.endsWith('validate/web.mjs')), `bundled validate/web.mjs: ${inputs.join(', ')}`);
  assert.ok(inputs.some((p) => p.includes('pkg/validate-web/')), 'the lean glue');
  assert.ok(!inputs.some((p) => /pkg\/(web|node)\//.test(p) || p.endsWith('index.cjs')), 'not the full module');
  assert.ok(code.includes('validate-web/mde_indicator_bg.wasm'), 'loads the lean wasm');
  assert.ok(!code.includes('BatchSession') && !code.includes('extractJson'), 'no batch or extraction glue');
});

test('require() of the package root from another directory validates the seeds\' example in all four profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-require-'));
  const script = join(dir, 'check.cjs');
  const seed = readFileSync(new URL('../fixtures/cases.json', import.meta.url), 'utf8');
  writeFileSync(script, `
    const mde = require(${JSON.stringify(root)});
    const seed = JSON.parse(${JSON.stringify(seed)}).bases.seed;
    console.log(JSON.stringify(['2020', '2021', '2022', 'current'].map((profile) => mde.validate(seed, { profile }).valid)));
  `);
  assert.equal(execFileSync(process.execPath, [script], { encoding: 'utf8' }).trim(), '[true,true,true,true]');
});
