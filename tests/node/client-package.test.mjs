// mde-indicator/client as users get it: shipped by npm pack, require()d and imported from
// another directory, and bundled for a browser or an extension's service worker (which allows
// no top-level await and no Node built-ins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A directory where `mde-indicator` is installed as in a user's project. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'mde-client-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'mde-indicator'), 'dir');
  return dir;
}

test('npm pack ships the client, its CommonJS build, its types and the CLI commands', () => {
  const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root, encoding: 'utf8' }));
  const shipped = new Set(files.map((f) => f.path));
  for (const path of ['client/index.mjs', 'client/index.cjs', 'client/web.mjs', 'client/index.d.ts', 'js/client.mjs', 'js/client/pacer.mjs',
    'js/client/http.mjs', 'dist/client.cjs', 'js/cli/submit.mjs', 'js/cli/service.mjs']) {
    assert.ok(shipped.has(path), `${path} is shipped`);
  }
  assert.ok(![...shipped].some((p) => p.startsWith('tests/')), 'not the emulator');
});

test('require() and import of mde-indicator/client from a project give the same working client', () => {
  const dir = project();
  const items = JSON.stringify([{ indicatorValue: '8.8.8.8', indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' }, { indicatorValue: 'x' }]);
  writeFileSync(join(dir, 'a.cjs'), `
    const { createClient } = require('mde-indicator/client');
    createClient({ token: 't' }).submit(${items}, { dryRun: true }).then((r) => console.log(JSON.stringify(r.items.map((i) => i.status))));
  `);
  writeFileSync(join(dir, 'b.mjs'), `
    import { createClient } from 'mde-indicator/client';
    const r = await createClient({ token: 't' }).submit(${items}, { dryRun: true });
    console.log(JSON.stringify(r.items.map((i) => i.status)));
  `);
  for (const script of ['a.cjs', 'b.mjs']) {
    assert.equal(execFileSync(process.execPath, [join(dir, script)], { encoding: 'utf8' }).trim(), '["notSent","invalid"]', script);
  }
});

test('a browser or service-worker bundle takes client/web.mjs: no Node built-ins, no top-level await, no @azure/identity', async () => {
  const dir = project();
  const entry = join(dir, 'worker.mjs');
  writeFileSync(entry, "import { createClient } from 'mde-indicator/client';\nself.client = createClient({ token: async () => 'from-msal' });\n");
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', metafile: true, logLevel: 'silent',
    // Service workers refuse top-level await: esbuild fails the build if any module has one.
    supported: { 'top-level-await': false },
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((p) => p.endsWith('client/web.mjs')), inputs.join(', '));
  assert.ok(!inputs.some((p) => p.includes('@azure') || p.endsWith('index.cjs') || p.includes('pkg/node')), inputs.join(', '));
  const code = result.outputFiles[0].text;
  assert.ok(!/from ["'](node:)?(fs|path|util|http)["']|require\(["']/.test(code), 'no Node built-ins');
});
