// The CLI's commands that call the service (submit, list, delete, sync), spawned as users run
// them against the local emulator with --base-url: exit codes, reports, the token's sources,
// and Ctrl-C, which stops the run and still prints the report.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/defender.mjs';

const cli = fileURLToPath(new URL('../../bin/mde-indicator.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mde-client-cli-'));
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const valid = (n, tag = 'cli') => Array.from({ length: n }, (_, i) => ({
  indicatorValue: sha256(`${tag}-${i}`), indicatorType: 'FileSha256', action: 'Block', title: `${tag} ${i}`, description: 'x',
}));
const INVALID = { indicatorValue: 'abc', indicatorType: 'FileSha256', action: 'Block', title: 'short', description: 'x' };

function file(name, items) {
  const path = join(dir, name);
  writeFileSync(path, Array.isArray(items) ? items.map((i) => JSON.stringify(i)).join('\n') : items);
  return path;
}

// A clean environment: no sign-in variables from the machine.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AZURE_') && k !== 'MDE_TOKEN'));

/** Runs the CLI; `onStderr(text, child)` sees stderr as it comes. */
function run(args, { env = {}, input, onSpawn } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...baseEnv, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t) => { stdout += t; });
    child.stderr.setEncoding('utf8').on('data', (t) => { stderr += t; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    onSpawn?.(child);
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

const emulators = [];
after(() => Promise.all(emulators.map((e) => e.close())));
async function emulator(options) {
  const e = await startEmulator(options);
  emulators.push(e);
  return e;
}
const token = { MDE_TOKEN: 'good-token' };

describe('submit', () => {
  test('all valid: exit 0, every item stored, the SubmitReport with --format json', async () => {
    const e = await emulator();
    const items = valid(700);
    const { code, stdout } = await run(['submit', file('ok.ndjson', items), '--base-url', e.url, '--format', 'json'], { env: token });
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.summary, { total: 700, invalid: 0, sent: 700, succeeded: 700, failed: 0, notSent: 0 });
    assert.equal(e.store.size, 700);
    assert.equal(e.calls.filter((c) => c.route === 'import').length, 2);
  });

  test('some invalid: exit 1, the invalid ones named and never sent; stdin and --mode single', async () => {
    const e = await emulator();
    const items = [...valid(3), INVALID];
    const input = items.map((i) => JSON.stringify(i)).join('\n');
    const { code, stdout } = await run(['submit', '-', '--base-url', e.url, '--mode', 'single'], { env: token, input });
    assert.equal(code, 1);
    assert.match(stdout, /line 4 \(item 3\): invalid\n {2}\/3\/indicatorValue {2}invalid_hash/);
    assert.match(stdout, /stdin: 4 indicators: 3 succeeded, 0 failed, 1 invalid, 0 not sent/);
    assert.deepEqual(e.calls.map((c) => c.route), ['submit', 'submit', 'submit']);
    assert.ok(!e.received.some((r) => r.indicatorValue === 'abc'));
  });

  test('--dry-run needs no token and sends nothing', async () => {
    const { code, stdout } = await run(['submit', file('dry.ndjson', valid(1_001)), '--dry-run', '--base-url', 'http://127.0.0.1:9']);
    assert.equal(code, 0);
    assert.match(stdout, /dry run: would send 1,001 of 1,001 indicators in 3 calls to POST \/api\/indicators\/import/);
  });

  test('unusable input and usage mistakes: exit 2', async () => {
    const e = await emulator();
    const cases = [
      [['submit', file('broken.json', '[{"indicatorValue": '), '--base-url', e.url], /invalid_json/],
      [['submit', join(dir, 'missing.ndjson'), '--base-url', e.url], /cannot read .*no such file/],
      [['submit'], /missing the input file/],
      [['submit', 'x', '--mode', 'batch'], /unknown mode "batch"/],
      [['submit', 'x', '--base-url', 'http://proxy.example'], /--base-url must use https/],
      [['submit', 'x', '--cloud', 'gcc', '--region', 'eu'], /region/],
      [['sync', file('s.ndjson', valid(1))], /missing --owner/],
      [['list', '--top', 'many'], /--top must be/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args, { env: token });
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message, args.join(' '));
    }
    assert.equal(e.calls.length, 0);
  });

  test('a wrong token, a missing permission, an unreachable service: exit 3 with the reason', async () => {
    const e = await emulator({ tokens: { 'good-token': { permissions: ['Ti.ReadWrite.All'] }, 'read-only': { permissions: ['Ti.Read.All'] } } });
    const input = file('three.ndjson', valid(3));
    const wrong = await run(['submit', input, '--base-url', e.url], { env: { MDE_TOKEN: 'secret-but-wrong' } });
    assert.equal(wrong.code, 3);
    assert.match(wrong.stderr, /unauthorized: the service refused the token \(401\)/);
    assert.ok(!(wrong.stdout + wrong.stderr).includes('secret-but-wrong'), 'the token is never printed');
    const denied = await run(['submit', input, '--base-url', e.url], { env: { MDE_TOKEN: 'read-only' } });
    assert.equal(denied.code, 3);
    assert.match(denied.stderr, /permission_denied: .*Ti\.ReadWrite\.All/);
    const dead = await startEmulator();
    await dead.close();
    const gone = await run(['submit', input, '--base-url', dead.url, '--retries', '1'], { env: token });
    assert.equal(gone.code, 3);
    assert.match(gone.stderr, /service_unavailable: no usable answer after 2 attempts/);
    assert.match(gone.stdout, /3 indicators: 0 succeeded, 3 failed, 0 invalid, 0 not sent/);
  });

  test('without MDE_TOKEN the @azure/identity chain signs in: here through az login (a stand-in az on PATH)', async () => {
    const e = await emulator({ tokens: { 'cli-token': { permissions: ['Ti.ReadWrite.All'] } } });
    const bin = mkdtempSync(join(tmpdir(), 'mde-fake-az-'));
    const asked = join(bin, 'asked');
    // What `az account get-access-token --output json --resource <r>` prints after az login.
    writeFileSync(join(bin, 'az'), `#!/bin/sh\necho "$@" > '${asked}'\necho '{"accessToken": "cli-token", "expires_on": ${Math.floor(Date.now() / 1000) + 3600}}'\n`, { mode: 0o755 });
    const { code, stderr } = await run(['submit', file('az.ndjson', valid(2, 'az')), '--base-url', e.url], {
      env: { PATH: `${bin}:${process.env.PATH}`, AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential' },
    });
    assert.equal(code, 0, stderr);
    assert.equal(e.store.size, 2);
    assert.match(readFileSync(asked, 'utf8'), /get-access-token --output json --resource https:\/\/api\.securitycenter\.microsoft\.com/);
  });

  test('without MDE_TOKEN, when no credential of the chain works: exit 3', async () => {
    // Only the environment credential, and no AZURE_* variables: it fails at once, offline.
    const { code, stderr } = await run(['submit', file('one.ndjson', valid(1)), '--base-url', 'http://127.0.0.1:9'], { env: { AZURE_TOKEN_CREDENTIALS: 'EnvironmentCredential' } });
    assert.equal(code, 3);
    assert.match(stderr, /sign_in_failed: could not get a token: .*EnvironmentCredential/);
  });

  test('Ctrl-C stops during a Retry-After wait, and the report is still printed', async () => {
    const e = await emulator();
    e.inject({ route: 'submit', status: 429, retryAfter: 120 });
    let child;
    const started = Date.now();
    const waiting = setInterval(() => {
      if (e.calls.length === 1 && e.calls[0].status === 429) {
        clearInterval(waiting);
        setTimeout(() => child.kill('SIGINT'), 200);
      }
    }, 20);
    const { code, stdout, stderr } = await run(['submit', file('ctrl-c.ndjson', valid(4)), '--mode', 'single', '--base-url', e.url, '--format', 'json'], {
      env: token, onSpawn: (c) => { child = c; },
    });
    clearInterval(waiting);
    assert.ok(Date.now() - started < 20_000, 'did not wait out the two minutes');
    assert.equal(code, 130);
    assert.match(stderr, /stopping after the call in flight/);
    const report = JSON.parse(stdout);
    assert.equal(report.items.length, 4);
    assert.deepEqual(report.items.map((i) => i.status), ['failed', 'notSent', 'notSent', 'notSent']);
    assert.deepEqual(report.errors.map((i) => i.code), ['aborted']);
  });

  // script(1) runs a command on a pseudo-terminal; without it the test is skipped.
  const script = ['/usr/bin/script', '/bin/script'].find((path) => existsSync(path));
  test('a progress line on a terminal', { skip: !script && 'no script(1)' }, async () => {
    const e = await emulator();
    e.inject({ route: 'submit', status: 429, retryAfter: 1 });
    const command = [process.execPath, cli, 'submit', file('tty.ndjson', valid(2)), '--mode', 'single', '--base-url', e.url].map((a) => JSON.stringify(a)).join(' ');
    const { stdout } = await new Promise((resolve) => {
      const child = spawn(script, ['-qec', command, '/dev/null'], { env: { ...baseEnv, ...token } });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (t) => { out += t; });
      child.on('close', (code) => resolve({ code, stdout: out }));
    });
    assert.match(stdout, /\r0 of 2 sent, 0 succeeded, 0 failed, waiting 1 s for the rate limit/);
    assert.match(stdout, /2 indicators: 2 succeeded/);
  });
});

describe('list, delete, sync', () => {
  test('list prints a line per indicator, or JSON; --filter and --top', async () => {
    const e = await emulator({ seed: valid(12) });
    const text = await run(['list', '--base-url', e.url], { env: token });
    assert.equal(text.code, 0);
    assert.equal(text.stdout.trim().split('\n').length, 12);
    assert.match(text.stdout, new RegExp(`^1\\tFileSha256\\t${sha256('cli-0')}\\tBlock\\t-\\t-$`, 'm'));
    const json = await run(['list', '--base-url', e.url, '--format', 'json', '--top', '5', '--filter', "title eq 'cli 3'"], { env: token });
    assert.deepEqual(JSON.parse(json.stdout).map((i) => i.title), ['cli 3']);
  });

  test('delete takes ids a line or list\'s JSON; exit 0 when all are gone', async () => {
    const e = await emulator({ seed: valid(6) });
    const lines = await run(['delete', file('ids.txt', '# old ones\n1\n2\n\n3\n'), '--base-url', e.url], { env: token });
    assert.equal(lines.code, 0);
    assert.match(lines.stdout, /3 ids: 3 deleted, 0 not found, 0 failed, 0 not sent/);
    const listed = await run(['list', '--base-url', e.url, '--format', 'json'], { env: token });
    const fromJson = await run(['delete', '-', '--base-url', e.url, '--format', 'json'], { env: token, input: listed.stdout });
    assert.equal(JSON.parse(fromJson.stdout).summary.deleted, 3);
    assert.equal(e.store.size, 0);
  });

  test('sync --owner touches only the owner\'s indicators; --dry-run changes nothing', async () => {
    const seed = [...valid(3, 'other').map((i) => ({ ...i, externalId: 'misp:1' })), ...valid(3, 'mine').map((i) => ({ ...i, externalId: 'feodo:' }))];
    const e = await emulator({ seed });
    const others = JSON.stringify([...e.store.values()].filter((i) => i.externalId === 'misp:1'));
    const input = file('feodo.ndjson', [...valid(2, 'mine'), ...valid(1, 'new')]);
    const dry = await run(['sync', input, '--owner', 'feodo', '--dry-run', '--base-url', e.url], { env: token });
    assert.equal(dry.code, 0);
    assert.match(dry.stdout, /dry run: would add 1, update 0, delete 1; 2 unchanged, 0 invalid, 0 left to other owners/);
    assert.equal(e.store.size, 6);
    const real = await run(['sync', input, '--owner', 'feodo', '--base-url', e.url, '--format', 'json'], { env: token });
    assert.equal(real.code, 0);
    const report = JSON.parse(real.stdout);
    assert.deepEqual([report.summary.added, report.summary.unchanged, report.deletions.summary.deleted], [1, 2, 1]);
    assert.equal(JSON.stringify([...e.store.values()].filter((i) => i.externalId === 'misp:1')), others);
    // Another owner's value in the file is refused: exit 1.
    const clash = await run(['sync', file('clash.ndjson', [...valid(2, 'mine'), ...valid(1, 'new'), valid(1, 'other')[0]]), '--owner', 'feodo', '--base-url', e.url], { env: token });
    assert.equal(clash.code, 1);
    assert.match(clash.stdout, /not_owned/);
  });
});
