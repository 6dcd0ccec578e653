// The README's client script runs as written against the emulator: only the network is
// redirected (a preload swaps the API host for the emulator's address in fetch), and
// DefaultAzureCredential signs in through a stand-in `az` on PATH.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/defender.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

test('the README script pushes a feed, reports, and writes what was not done', async () => {
  const script = /```js\n(\/\/ push-feed\.mjs[\s\S]*?)```/.exec(readme)[1];
  const host = /region: '(\w+)'/.exec(script)[1];
  const emulator = await startEmulator({ tokens: { 'az-token': { permissions: ['Ti.ReadWrite.All'] } } });
  try {
    const dir = mkdtempSync(join(tmpdir(), 'mde-readme-client-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'mde-indicator'), 'dir');
    symlinkSync(join(root, 'node_modules', '@azure'), join(dir, 'node_modules', '@azure'), 'dir');
    writeFileSync(join(dir, 'push-feed.mjs'), script);
    writeFileSync(join(dir, 'redirect.mjs'), `const real = globalThis.fetch;
globalThis.fetch = (url, init) => real(String(url).replace('https://${host}.api.security.microsoft.com', ${JSON.stringify(emulator.url)}), init);\n`);
    writeFileSync(join(dir, 'az'), `#!/bin/sh\necho '{"accessToken": "az-token", "expires_on": ${Math.floor(Date.now() / 1000) + 3600}}'\n`, { mode: 0o755 });
    const sha = (i) => createHash('sha256').update(`readme-${i}`).digest('hex');
    const feed = [...Array.from({ length: 600 }, (_, i) => ({ indicatorValue: sha(i), indicatorType: 'FileSha256', action: 'Block', title: `t${i}`, description: 'd' })),
      { indicatorValue: 'not-a-hash', indicatorType: 'FileSha256', action: 'Block', title: 'bad', description: 'd' }];
    writeFileSync(join(dir, 'feed.ndjson'), feed.map((i) => JSON.stringify(i)).join('\n'));
    const env = { ...process.env, PATH: `${dir}:${process.env.PATH}`, AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential' };
    const { code, stdout } = await new Promise((resolve) => {
      execFile(process.execPath, ['--import', './redirect.mjs', 'push-feed.mjs', 'feed.ndjson'], { cwd: dir, env }, (error, out) => resolve({ code: error?.code ?? 0, stdout: out }));
    });
    assert.equal(code, 1, 'one item is invalid');
    assert.match(stdout, /total: 601,\s+invalid: 1,\s+sent: 600,\s+succeeded: 600/);
    assert.equal(emulator.store.size, 600);
    const notDone = JSON.parse(readFileSync(join(dir, 'not-done.json'), 'utf8'));
    assert.deepEqual(notDone.map((i) => [i.index, i.status, i.errors[0].code]), [[600, 'invalid', 'invalid_hash']]);
  } finally {
    await emulator.close();
  }
});
