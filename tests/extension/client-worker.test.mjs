// mde-indicator/client in a real extension service worker (Debian's Chromium through
// playwright-core): an unpacked MV3 extension whose module service worker imports
// client/web.mjs as shipped, loads the wasm on first use, and submits to the local emulator
// with a token function (as MSAL would give one). Service workers allow no top-level await and
// have no Node APIs, so this is where the library must work as it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startEmulator } from '../emulator/defender.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let emulator, context, worker, workDir;

before(async () => {
  emulator = await startEmulator();
  workDir = mkdtempSync(join(tmpdir(), 'mde-client-worker-'));
  const dir = join(workDir, 'extension');
  // The files the entry loads, in the package's layout.
  for (const file of ['client/web.mjs', 'js/client.mjs', 'js/client', 'js/api.mjs', 'pkg/web/mde_indicator.js', 'pkg/web/mde_indicator_bg.wasm']) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file), { recursive: true });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'client in a worker', version: '1.0',
    background: { service_worker: 'worker.js', type: 'module' },
    host_permissions: ['http://127.0.0.1/*'],
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
  }));
  writeFileSync(join(dir, 'worker.js'), `import { createClient } from './client/web.mjs';
self.submit = async (baseUrl, items) => {
  const client = createClient({ baseUrl, token: async () => 'good-token' });
  return client.submit(items, { mode: 'single' });
};
`);
  context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: false,
    args: ['--headless=new', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
});

after(async () => {
  await context?.close();
  await emulator?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('the service worker validates, submits, and paces with its timers', async () => {
  const items = [
    { indicatorValue: 'https://phish.example/login', indicatorType: 'Url', action: 'Block', title: 'phishing', description: 'from a report' },
    { indicatorValue: 'abc', indicatorType: 'FileSha1', action: 'Block', title: 'bad hash', description: 'x' },
    { indicatorValue: '45.33.32.156', indicatorType: 'IpAddress', action: 'Warn', title: 'scanner', description: 'x' },
  ];
  // A 429 with a Retry-After of 1 s on the first call: the worker waits it out with its timers.
  emulator.inject({ route: 'submit', status: 429, retryAfter: 1 });
  const report = await worker.evaluate(([url, list]) => self.submit(url, list), [emulator.url, items]);
  assert.deepEqual(report.summary, { total: 3, invalid: 1, sent: 2, succeeded: 2, failed: 0, notSent: 0 });
  assert.deepEqual(report.items.map((i) => i.status), ['succeeded', 'invalid', 'succeeded']);
  assert.equal(report.items[1].errors[0].code, 'invalid_hash');
  assert.equal(emulator.store.size, 2);
  const [limited, next] = emulator.calls.filter((c) => c.route === 'submit').slice(0, 2);
  assert.equal(limited.status, 429);
  assert.ok(next.at - limited.at >= 1000, `waited ${next.at - limited.at} ms for a Retry-After of 1 s`);
});
