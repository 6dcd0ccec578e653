// mde-indicator/client against the local emulator of the service (tests/emulator/defender.mjs):
// what a user relies on. Every valid item lands exactly once, no invalid item is sent, no call
// is made above the limits or inside a Retry-After window, an abort or a dead service leaves a
// complete report, a wrong token or a missing permission gives a clear error, and sync touches
// only its owner's indicators. Pacing runs on a virtual clock shared by client and emulator, so
// hours of pacing take milliseconds.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startEmulator } from '../emulator/defender.mjs';
import { CLOUDS, REGIONS, ClientError, createClient, virtualClock } from '../../client/index.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');
const fixtures = JSON.parse(readFileSync(new URL('../fixtures/batch.json', import.meta.url), 'utf8'));

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const START = Date.parse('2026-03-01T00:00:00Z');

/** `n` valid indicators with distinct values. */
const valid = (n, tag = 'feed') => Array.from({ length: n }, (_, i) => ({
  indicatorValue: sha256(`${tag}-${i}`), indicatorType: 'FileSha256', action: 'Block', title: `${tag} ${i}`, description: 'from a test feed',
}));

/** Indicators the validator rejects: the service must never see them. */
const INVALID = [
  { indicatorValue: 'abc', indicatorType: 'FileSha256', action: 'Block', title: 'short hash', description: 'x' },
  { indicatorValue: 'evil.example', indicatorType: 'DomainName', action: 'Audit', title: 'audit without alert', description: 'x' },
  { indicatorValue: '10.0.0.1', indicatorType: 'IpAddress', action: 'Block', title: 'internal ip', description: 'x' },
];

const emulators = [];
after(() => Promise.all(emulators.map((e) => e.close())));

/** An emulator and a client on one virtual clock; `limits` for both unless `clientLimits` differ. */
async function setup({ limits, clientLimits, emulator: emulatorOptions = {}, client: clientOptions = {} } = {}) {
  const clock = virtualClock(START);
  const emulator = await startEmulator({ clock, limits, ...emulatorOptions });
  emulators.push(emulator);
  const client = createClient({
    token: 'good-token', baseUrl: emulator.url, clock, limits: clientLimits ?? limits, random: () => 1, ...clientOptions,
  });
  return { clock, emulator, client };
}

/** The report holds each input item exactly once, in order, and its summary adds up. */
function assertComplete(report, total) {
  assert.deepEqual(report.items.map((i) => i.index), Array.from({ length: total }, (_, i) => i));
  const s = report.summary;
  assert.equal(s.total, total);
  assert.equal(s.sent, s.succeeded + s.failed);
  assert.equal(s.invalid + s.sent + s.notSent + (s.unchanged ?? 0), total);
  for (const status of ['succeeded', 'failed', 'invalid', 'notSent']) {
    assert.equal(report.items.filter((i) => i.status === status).length, s[status], `${status} count`);
  }
}

/**
 * Every valid item is stored once with the service's id, and no invalid value reached the
 * service. `writes`: how often each was written (more than once only where a test drops an
 * answer after the service applied the call, and the retry updates the same indicator).
 */
function assertLandedOnce(emulator, items, report, writes = 1) {
  for (const [index, item] of items.entries()) {
    const stored = emulator.find(item.indicatorType, item.indicatorValue);
    if (report.items[index].status === 'invalid') {
      assert.equal(stored, undefined, `invalid item ${index} is not stored`);
      assert.ok(!emulator.received.some((r) => r.indicatorValue === item.indicatorValue), `invalid item ${index} was never sent`);
    } else {
      assert.ok(stored, `item ${index} is stored`);
      const written = emulator.writes.get(`${item.indicatorType}|${item.indicatorValue.toLowerCase()}`);
      assert.ok(written >= 1 && written <= writes, `item ${index} written ${written} times`);
      assert.equal(report.items[index].id, stored.id, `item ${index} has the service's id`);
    }
  }
}

/** No sliding minute or hour holds more calls of `route` than its limits. */
function assertWithinLimits(calls, route, { perMinute, perHour }) {
  const starts = calls.filter((c) => c.route === route).map((c) => c.at);
  for (const t of starts) {
    const inMinute = starts.filter((s) => s > t - 60_000 && s <= t).length;
    assert.ok(inMinute <= perMinute, `${inMinute} ${route} calls in the minute up to ${t - START} ms (limit ${perMinute})`);
    if (perHour) {
      const inHour = starts.filter((s) => s > t - 3_600_000 && s <= t).length;
      assert.ok(inHour <= perHour, `${inHour} ${route} calls in the hour up to ${t - START} ms (limit ${perHour})`);
    }
  }
}

/** No call at all starts inside the window of a 429's Retry-After. */
function assertRetryAfterKept(calls) {
  calls.forEach((c, i) => {
    if (!c.retryAfterMs) return;
    for (const later of calls.slice(i + 1)) {
      assert.ok(later.at >= c.at + c.retryAfterMs, `a call ${later.at - c.at} ms after a 429 that asked for ${c.retryAfterMs} ms`);
    }
  });
}

describe('submit', () => {
  test('import: every valid item lands exactly once, no invalid item is sent, in bodies of at most 500', async () => {
    const { emulator, client } = await setup();
    const items = [...valid(1_100)];
    items.splice(7, 0, INVALID[0]);
    items.splice(600, 0, INVALID[1], INVALID[2]);
    const progress = [];
    const report = await client.submit(items, { onProgress: (p) => progress.push(p) });
    assertComplete(report, items.length);
    assert.deepEqual(report.summary, { total: 1_103, invalid: 3, sent: 1_100, succeeded: 1_100, failed: 0, notSent: 0 });
    assert.deepEqual(report.errors, []);
    assertLandedOnce(emulator, items, report);
    assert.deepEqual(emulator.calls.map((c) => c.route), ['import', 'import', 'import']);
    assert.equal(progress.at(-1).succeeded, 1_100);
    // The verdicts are validateBatch's.
    const verdicts = mde.validateBatch(items, { now: new Date(START) });
    for (const [i, item] of verdicts.items.entries()) {
      assert.equal(report.items[i].status === 'invalid', !item.valid);
      if (!item.valid) assert.deepEqual(report.items[i].errors, item.errors);
    }
  });

  test('single: one POST each, never above 5 a minute and 12 an hour, without a 429', async () => {
    const limits = { submit: { perMinute: 5, perHour: 12 } };
    const { clock, emulator, client } = await setup({ limits });
    const items = valid(30);
    const dry = await client.submit(items, { mode: 'single', dryRun: true });
    const report = await client.submit(items, { mode: 'single' });
    assertComplete(report, 30);
    assert.equal(report.summary.succeeded, 30);
    assertLandedOnce(emulator, items, report);
    assertWithinLimits(emulator.calls, 'submit', limits.submit);
    assert.ok(emulator.calls.every((c) => c.status === 200), 'the paced client never met a 429');
    // 30 calls at 12 an hour: the last starts in the third hour, as the dry run said.
    const elapsed = (emulator.calls.at(-1).at - emulator.calls[0].at) / 1000;
    assert.equal(dry.dryRun.seconds, elapsed);
    assert.ok(elapsed >= 2 * 3600 && clock.now() - START < 3 * 3600_000, `${elapsed} s`);
  });

  test('a 429 is waited out: no call of any kind inside its Retry-After window', async () => {
    // The service is stricter than the client believes: 3 imports a minute, not 30.
    const { emulator, client } = await setup({ limits: { import: { perMinute: 3, perHour: null } } , clientLimits: {} });
    emulator.inject({ route: 'import', status: 429, retryAfter: 7 });
    const items = valid(5_000);
    const report = await client.submit(items, { mode: 'import' });
    assertComplete(report, 5_000);
    assert.equal(report.summary.succeeded, 5_000);
    assertLandedOnce(emulator, items, report);
    const limited = emulator.calls.filter((c) => c.status === 429);
    assert.ok(limited.length >= 3, `${limited.length} answers 429`);
    assertRetryAfterKept(emulator.calls);
  });

  test('503s and dropped connections are retried; each item still lands once', async () => {
    const { emulator, client } = await setup();
    emulator.inject({ route: 'import', status: 503 });
    emulator.inject({ route: 'import', drop: 'before' });
    emulator.inject({ route: 'import', drop: 'after' }); // applied, but the answer is lost
    emulator.inject({ route: 'import', status: 503, retryAfter: 3, times: 2 });
    const items = valid(1_500);
    const report = await client.submit(items);
    assertComplete(report, 1_500);
    assert.equal(report.summary.succeeded, 1_500);
    assertLandedOnce(emulator, items, report, 2);
    assert.equal(emulator.store.size, 1_500);
    assertRetryAfterKept(emulator.calls);
    assert.deepEqual(emulator.calls.map((c) => c.status), [503, 'dropped', 'dropped', 503, 503, 200, 200, 200]);
  });

  test('a stalled answer times out and is retried', async () => {
    const { emulator, client } = await setup({ client: { timeoutMs: 200 } });
    emulator.inject({ route: 'submit', stall: true });
    const report = await client.submit(valid(2), { mode: 'single' });
    assert.equal(report.summary.succeeded, 2);
    assert.deepEqual(emulator.calls.map((c) => c.status), ['stalled', 200, 200]);
  });

  test('a dead service leaves a complete report: the items of the failing call failed, the rest not sent', async () => {
    const { emulator, client } = await setup({ client: { retry: { retries: 3 } } });
    const items = valid(1_200);
    emulator.inject({ route: 'import', status: 503, times: 1_000, body: undefined });
    const report = await client.submit(items);
    assertComplete(report, 1_200);
    assert.deepEqual(report.summary, { total: 1_200, invalid: 0, sent: 500, succeeded: 0, failed: 500, notSent: 700 });
    assert.deepEqual(report.errors.map((e) => [e.code, e.params]), [['service_unavailable', { status: 503, attempts: 4, cause: 'status', reason: null }]]);
    assert.equal(emulator.calls.length, 4, 'one call and 3 retries, then it stops');
    assert.equal(report.items[0].errors[0].code, 'service_unavailable');
  });

  test('an unreachable host: network errors, retried, then service_unavailable', async () => {
    const { emulator, client } = await setup({ client: { retry: { retries: 2 } } });
    await emulator.close();
    const report = await client.submit(valid(3), { mode: 'single' });
    assertComplete(report, 3);
    assert.equal(report.errors[0].code, 'service_unavailable');
    assert.equal(report.errors[0].params.cause, 'network');
    assert.deepEqual([report.summary.failed, report.summary.notSent], [1, 2]);
  });

  test('an abort stops between calls and the report is still complete', async () => {
    const { emulator, client } = await setup({ limits: { submit: { perMinute: 2, perHour: null } } });
    const controller = new AbortController();
    const report = await client.submit(valid(10), {
      mode: 'single', signal: controller.signal,
      onProgress: (p) => { if (p.sent === 3) controller.abort(); },
    });
    assertComplete(report, 10);
    assert.deepEqual([report.summary.succeeded, report.summary.notSent], [3, 7]);
    assert.deepEqual(report.errors.map((e) => e.code), ['aborted']);
    assert.equal(emulator.calls.length, 3, 'no call after the abort');
  });

  test('an abort during a Retry-After wait ends the wait at once', async () => {
    // A real clock here: the abort must end a real 60-second wait.
    const emulator = await startEmulator();
    emulators.push(emulator);
    const client = createClient({ token: 'good-token', baseUrl: emulator.url });
    emulator.inject({ route: 'submit', status: 429, retryAfter: 60 });
    const controller = new AbortController();
    const started = Date.now();
    const report = await client.submit(valid(2), { mode: 'single', signal: controller.signal, onProgress: (p) => { if (p.waitingMs) controller.abort(); } });
    assert.ok(Date.now() - started < 5_000, 'did not wait the minute');
    assert.deepEqual(report.errors.map((e) => e.code), ['aborted']);
    assert.deepEqual(report.items.map((i) => i.status), ['failed', 'notSent']);
  });

  test('per-item failures of an import become issues on those items', async () => {
    const bad = new Set([sha256('feed-3'), sha256('feed-601')]);
    const { client } = await setup({ emulator: { failValue: (v) => (bad.has(v) ? 'Indicator value is on the exclusion list' : null) } });
    const report = await client.submit(valid(700));
    assertComplete(report, 700);
    assert.deepEqual([report.summary.succeeded, report.summary.failed], [698, 2]);
    const failed = report.items.filter((i) => i.status === 'failed');
    assert.deepEqual(failed.map((i) => i.index), [3, 601]);
    assert.deepEqual(failed.map((i) => [i.errors[0].code, i.errors[0].path]), [['import_item_failed', '/3/indicatorValue'], ['import_item_failed', '/601/indicatorValue']]);
    assert.equal(failed[1].errors[0].params.reason, 'Indicator value is on the exclusion list');
  });

  test('a 400 is not retried; the service error body becomes the item\'s issue', async () => {
    const { emulator, client } = await setup({ emulator: { failValue: (v) => (v === sha256('feed-1') ? 'the value is excluded' : null) } });
    const report = await client.submit(valid(3), { mode: 'single' });
    assert.deepEqual(report.items.map((i) => i.status), ['succeeded', 'failed', 'succeeded']);
    const [issue] = report.items[1].errors;
    assert.equal(issue.code, 'service_rejected');
    assert.equal(issue.params.serviceCode, 'InvalidInput');
    assert.ok(issue.path.startsWith('/1'));
    assert.equal(emulator.calls.length, 3);
  });

  test('unusable input sends nothing', async () => {
    const { emulator, client } = await setup();
    const report = await client.submit('[{"indicatorValue": ', { format: 'json' });
    assert.deepEqual(report.errors.map((e) => e.code), ['invalid_json']);
    assert.equal(emulator.calls.length, 0);
  });

  test('text input: NDJSON lines keep their line numbers in the report', async () => {
    const { client } = await setup();
    const text = `${valid(2).map((i) => JSON.stringify(i)).join('\n')}\n${JSON.stringify(INVALID[0])}\n`;
    const report = await client.submit(text);
    assert.deepEqual(report.items.map((i) => [i.line, i.status]), [[1, 'succeeded'], [2, 'succeeded'], [3, 'invalid']]);
  });

  test('dryRun: no network; calls and pacing time as the limits give them, equal to planSubmission within an hour', async () => {
    const client = createClient({ token: 'never-used', fetch: () => { throw new Error('no network in a dry run'); } });
    for (const [count, mode] of [[1, 'import'], [14_999, 'import'], [100, 'single'], [1_500, 'single']]) {
      const report = await client.submit(valid(count), { mode, dryRun: true });
      const plan = mde.planSubmission(count);
      const route = mode === 'import' ? plan.import : plan.submit;
      assert.deepEqual(report.dryRun, { mode, items: count, calls: route.calls, seconds: route.minimumSeconds });
      assert.equal(report.summary.notSent, count);
    }
  });

  test('the verdicts are validateBatch\'s for every shared batch fixture', async () => {
    const client = createClient({ token: 'never-used' });
    for (const batch of fixtures.batches.filter((b) => b.items || b.text)) {
      const input = batch.items ?? batch.text;
      const options = { now: fixtures.now, format: batch.format };
      const report = await client.submit(input, { ...options, dryRun: true });
      const expected = mde.validateBatch(input, options);
      assert.equal(report.items.length, expected.items.length, batch.name);
      for (const [i, item] of expected.items.entries()) {
        assert.equal(report.items[i].status, item.valid ? 'notSent' : 'invalid', `${batch.name} item ${i}`);
        assert.deepEqual(report.items[i].errors, item.errors, `${batch.name} item ${i}`);
        assert.deepEqual(report.items[i].warnings, item.warnings, `${batch.name} item ${i}`);
      }
    }
  });
});

describe('tokens', () => {
  test('a wrong token: one fresh token is tried, then a clear 401 error; the token appears nowhere', async () => {
    const { emulator } = await setup();
    let asked = 0;
    const credential = { getToken: async () => ({ token: `stale-secret-${++asked}`, expiresOnTimestamp: START + 3600_000 }) };
    const client = createClient({ credential, baseUrl: emulator.url, clock: virtualClock(START) });
    const report = await client.submit(valid(2), { mode: 'single' });
    assert.equal(asked, 2, 'asked for a fresh token once');
    assert.deepEqual(report.errors.map((e) => e.code), ['unauthorized']);
    assert.deepEqual([report.summary.failed, report.summary.notSent], [1, 1]);
    assert.ok(!JSON.stringify(report).includes('stale-secret'), 'no token in the report');
    await assert.rejects(client.list(), (error) => error instanceof ClientError && error.code === 'unauthorized' && !error.message.includes('stale-secret'));
  });

  test('a fixed token string that is refused: 401 at once, no refresh possible', async () => {
    const { emulator, client } = await setup({ client: { token: 'not-a-token' } });
    const report = await client.submit(valid(1), { mode: 'single' });
    assert.equal(report.errors[0].code, 'unauthorized');
    assert.equal(emulator.calls.length, 1);
  });

  test('a token without the permission: permission_denied names Ti.ReadWrite.All, nothing retried', async () => {
    const { emulator, client } = await setup({ emulator: { tokens: { 'read-only': { permissions: ['Ti.Read.All'] } } }, client: { token: 'read-only' } });
    const report = await client.submit(valid(600));
    const [issue] = report.errors;
    assert.equal(issue.code, 'permission_denied');
    assert.deepEqual(issue.params.permissions, ['Ti.ReadWrite', 'Ti.ReadWrite.All']);
    assert.match(issue.message, /Ti\.ReadWrite\.All/);
    assert.equal(emulator.calls.length, 1);
    assertComplete(report, 600);
  });

  test('locale: every issue of the report, the core\'s and the client\'s, in the locale; an unloaded locale throws at createClient', async () => {
    require('../../locales/fr.js');
    const read = { emulator: { tokens: { 'read-only': { permissions: ['Ti.Read.All'] } } } };
    const items = [INVALID[0], ...valid(2)];
    const english = await (await setup({ ...read, client: { token: 'read-only' } })).client.submit(items);
    const { client } = await setup({ ...read, client: { token: 'read-only', locale: 'fr' } });
    const french = await client.submit(items);
    const messages = (report) => [...report.errors, ...report.items.flatMap((item) => item.errors)];
    assert.ok(messages(french).length >= 3);
    assert.deepEqual(messages(french).map((e) => e.message), messages(english).map((e) => mde.formatIssue(e, 'fr')));
    assert.match(french.errors[0].message, /^le jeton n’a pas l’autorisation/);
    assert.throws(() => createClient({ token: 't', locale: 'ja' }), /import 'mde-indicator\/locales\/ja'/);
  });

  test('tokens are renewed before they expire, and once after a 401', async () => {
    const clock = virtualClock(START);
    const limits = { submit: { perMinute: 2, perHour: null } };
    const emulator = await startEmulator({ clock, tokens: {}, limits });
    emulators.push(emulator);
    let issued = 0;
    const credential = {
      getToken: async (scopes) => {
        assert.deepEqual(scopes, ['https://api.securitycenter.microsoft.com/.default']);
        const token = `token-${++issued}`;
        const expiresOnTimestamp = clock.now() + 10 * 60_000;
        emulator.tokens.set(token, { permissions: ['Ti.ReadWrite.All'], expiresAt: expiresOnTimestamp });
        return { token, expiresOnTimestamp };
      },
    };
    const client = createClient({ credential, baseUrl: emulator.url, clock, limits });
    // 40 single posts at 2 a minute span 19.5 minutes: tokens of 10 minutes, each renewed
    // 2 minutes before it expires, are issued at 0, 8 and 16 minutes.
    const report = await client.submit(valid(40), { mode: 'single' });
    assert.equal(report.summary.succeeded, 40);
    assert.ok(emulator.calls.every((c) => c.status === 200), 'no call with an expired token');
    assert.equal(issued, 3);
    // Revoked mid-run: one 401, then a fresh token.
    emulator.tokens.delete(`token-${issued}`);
    const again = await client.submit(valid(1, 'later'), { mode: 'single' });
    assert.equal(again.summary.succeeded, 1);
    assert.deepEqual(emulator.calls.slice(-2).map((c) => c.status), [401, 200]);
  });

  test('no credential: a clear error, no call', async () => {
    const { emulator } = await setup();
    const client = createClient({ baseUrl: emulator.url });
    const report = await client.submit(valid(1));
    assert.equal(report.errors[0].code, 'sign_in_failed');
    assert.equal(emulator.calls.length, 0);
  });
});

describe('list and delete', () => {
  test('list pages with $top/$skip and filters', async () => {
    const { emulator, client } = await setup();
    await client.submit([...valid(25), { indicatorValue: 'https://bad.example/x', indicatorType: 'Url', action: 'Warn', title: "it's a url", description: 'x' }]);
    const calls = emulator.calls.length;
    const all = await client.list({ pageSize: 10 });
    assert.equal(all.length, 26);
    assert.equal(new Set(all.map((i) => i.id)).size, 26);
    assert.equal(emulator.calls.length - calls, 3);
    assert.deepEqual((await client.list({ top: 12, pageSize: 5 })).map((i) => i.id), all.slice(0, 12).map((i) => i.id));
    const urls = await client.list({ filter: { indicatorType: 'Url', title: "it's a url" } });
    assert.deepEqual(urls.map((i) => i.indicatorValue), ['https://bad.example/x']);
    assert.equal((await client.list({ filter: "action eq 'Block'" })).length, 25);
    await assert.rejects(client.list({ filter: 'nonsense here' }), (error) => error.code === 'service_rejected');
    await assert.rejects(client.list({ pageSize: 10_001 }), RangeError);
  });

  test('delete: BatchDelete of at most 500; a 404 is resolved id by id', async () => {
    // The docs do not say whether a BatchDelete that answers 404 deleted the other ids; this
    // emulator deletes none of them (atomic), the next test all it can.
    const { emulator, client } = await setup({ emulator: { batchDelete: 'atomic' } });
    await client.submit(valid(1_200));
    const ids = [...emulator.store.values()].map((e) => e.id);
    const report = await client.delete([...ids.slice(0, 1_100), 'no-such-id', ids[0]]);
    assert.deepEqual(report.summary, { total: 1_101, deleted: 1_100, missing: 1, failed: 0, notSent: 0 });
    assert.equal(emulator.store.size, 100);
    const batchCalls = emulator.calls.filter((c) => c.route === 'batchDelete');
    assert.equal(batchCalls.length, 3);
    // The last BatchDelete (100 ids and the missing one) answered 404: one DELETE per id told which.
    assert.equal(batchCalls[2].status, 404);
    assert.equal(emulator.calls.filter((c) => c.method === 'DELETE').length, 101);
    const dry = await client.delete(ids.slice(1_100), { dryRun: true });
    assert.deepEqual(dry.dryRun, { calls: 1, seconds: 0 });
    assert.equal(emulator.store.size, 100);
  });

  test('delete: a 404 from a BatchDelete that removed the others still leaves every id gone', async () => {
    const { emulator, client } = await setup({ emulator: { batchDelete: 'partial' } });
    await client.submit(valid(10));
    const ids = [...emulator.store.values()].map((e) => e.id);
    const report = await client.delete([...ids, '999999']);
    assert.equal(report.summary.deleted + report.summary.missing, 11);
    assert.equal(report.summary.failed, 0);
    assert.equal(emulator.store.size, 0);
  });
});

describe('sync', () => {
  const mine = (n) => valid(n, 'mine');

  async function tenant() {
    const other = valid(5, 'other').map((i, k) => ({ ...i, externalId: `misp:${k}` }));
    const unmarked = valid(2, 'unmarked');
    const owned = mine(6).map((i, k) => ({ ...i, externalId: `feodo:${k}` }));
    return setup({ emulator: { seed: [...other, ...unmarked, ...owned] } });
  }

  const snapshot = (emulator, prefix) => JSON.stringify([...emulator.store.values()].filter((e) => !e.externalId?.startsWith(prefix)));

  test('adds what is missing, updates what changed, deletes what is gone, never touches other owners', async () => {
    const { emulator, client } = await tenant();
    const othersBefore = snapshot(emulator, 'feodo:');
    const wanted = mine(8).map((i, k) => ({ ...i, externalId: `feodo:${k}` }));
    wanted[1].title = 'renamed';
    wanted.splice(2, 1); // mine-2 is gone
    wanted.push({ ...valid(1, 'other')[0] }); // another owner's value: left alone
    const dry = await client.sync(wanted, { owner: 'feodo', dryRun: true });
    assert.equal(emulator.calls.filter((c) => c.method !== 'GET').length, 0, 'a dry run writes nothing');
    assert.deepEqual(dry.items.map((i) => i.action), ['none', 'update', 'none', 'none', 'none', 'add', 'add', null]);
    assert.deepEqual(dry.deletions.items.map((i) => i.indicatorValue), [sha256('mine-2')]);

    const report = await client.sync(wanted, { owner: 'feodo' });
    assertComplete(report, 8);
    assert.deepEqual(
      [report.summary.added, report.summary.updated, report.summary.unchanged, report.summary.notSent, report.deletions.summary.deleted],
      [2, 1, 4, 1, 1],
    );
    assert.equal(report.items[7].errors[0].code, 'not_owned');
    assert.equal(snapshot(emulator, 'feodo:'), othersBefore, 'other owners\' indicators are as they were');
    const owned = [...emulator.store.values()].filter((e) => e.externalId?.startsWith('feodo:'));
    assert.deepEqual(owned.map((e) => e.indicatorValue).sort(), wanted.slice(0, 7).map((i) => i.indicatorValue).sort());
    assert.equal(emulator.find('FileSha256', sha256('mine-1')).title, 'renamed');

    // Run again: nothing to do.
    const again = await client.sync(wanted, { owner: 'feodo' });
    assert.deepEqual([again.summary.unchanged, again.summary.sent, again.deletions.summary.total], [7, 0, 0]);
  });

  test('items without the owner\'s prefix get it; an empty list deletes all of the owner\'s and nothing else', async () => {
    const { emulator, client } = await tenant();
    const othersBefore = snapshot(emulator, 'feodo:');
    const report = await client.sync([{ ...valid(1, 'new')[0], externalId: 'row-17' }, valid(1, 'new2')[0]], { owner: 'feodo' });
    assert.deepEqual([report.summary.added, report.deletions.summary.deleted], [2, 6]);
    assert.equal(emulator.find('FileSha256', sha256('new-0')).externalId, 'feodo:row-17');
    assert.equal(emulator.find('FileSha256', sha256('new2-0')).externalId, 'feodo:');
    assert.equal(snapshot(emulator, 'feodo:'), othersBefore);
  });

  test('an invalid item: nothing is deleted, with a warning', async () => {
    const { emulator, client } = await tenant();
    const report = await client.sync([INVALID[0]], { owner: 'feodo' });
    assert.deepEqual(report.warnings.map((w) => w.code), ['deletions_skipped']);
    assert.equal(report.deletions.summary.total, 0);
    assert.equal(emulator.store.size, 13);
  });

  test('refuses before any write when the result would pass the tenant\'s active limit', async () => {
    const clock = virtualClock(START);
    const seed = valid(14_990, 'big').map((i) => ({ ...i, externalId: 'misp:x' }));
    const emulator = await startEmulator({ clock, seed });
    emulators.push(emulator);
    const client = createClient({ token: 'good-token', baseUrl: emulator.url, clock });
    const report = await client.sync(mine(11), { owner: 'feodo' });
    assert.deepEqual(report.errors.map((e) => [e.code, e.params]), [['active_limit_exceeded', { limit: 15_000, active: 14_990, adding: 11 }]]);
    assert.ok(emulator.calls.every((c) => c.method === 'GET'), 'only listing calls');
    assertComplete(report, 11);
    assert.equal((await client.sync(mine(10), { owner: 'feodo' })).summary.added, 10);
  });

  test('a profile without externalId cannot sync; a bad owner name is refused', async () => {
    const { emulator } = await setup();
    const old = createClient({ token: 'good-token', baseUrl: emulator.url, profile: '2022' });
    await assert.rejects(old.sync(mine(1), { owner: 'feodo' }), (error) => error.code === 'sync_needs_external_id');
    const client = createClient({ token: 'good-token', baseUrl: emulator.url });
    for (const owner of [undefined, '', 'a:b', 'x'.repeat(65), 'white space']) {
      await assert.rejects(client.sync(mine(1), { owner }), TypeError, String(owner));
    }
    assert.equal(emulator.calls.length, 0);
  });
});

describe('createClient', () => {
  test('hosts, scopes and authorities follow the cloud and region', () => {
    const endpoint = (options) => createClient({ token: 't', ...options }).endpoint;
    assert.deepEqual(endpoint({}), { cloud: 'public', baseUrl: 'https://api.security.microsoft.com', scope: 'https://api.securitycenter.microsoft.com/.default', authorityHost: 'https://login.microsoftonline.com' });
    assert.equal(endpoint({ region: 'eu' }).baseUrl, 'https://eu.api.security.microsoft.com');
    assert.deepEqual(REGIONS.slice(0, 6), ['us', 'eu', 'uk', 'au', 'swa', 'ina']);
    assert.equal(endpoint({ cloud: 'gcc' }).baseUrl, 'https://api-gcc.securitycenter.microsoft.us');
    assert.equal(endpoint({ cloud: 'gcc' }).authorityHost, 'https://login.microsoftonline.com');
    assert.equal(endpoint({ cloud: 'gcc-high' }).authorityHost, 'https://login.microsoftonline.us');
    assert.equal(endpoint({ cloud: 'dod' }).baseUrl, 'https://api-gov.securitycenter.microsoft.us');
    assert.equal(CLOUDS.public.host, mde.profiles().current.host, 'the public host is the current profile\'s');
    assert.equal(endpoint({ baseUrl: 'http://127.0.0.1:8080/' }).baseUrl, 'http://127.0.0.1:8080');
    assert.equal(endpoint({ baseUrl: 'https://proxy.example/mde' }).baseUrl, 'https://proxy.example/mde');
  });

  test('bad options throw at once, with a message naming the option', () => {
    const cases = [
      [{ baseUrl: 'http://proxy.example' }, /https/],
      [{ baseUrl: 'not a url' }, /not a URL/],
      [{ cloud: 'gcc', region: 'eu' }, /region/],
      [{ region: 'mars' }, /unknown region/],
      [{ cloud: 'azure' }, /unknown cloud/],
      [{ profile: '2030' }, /unknown profile/],
      [{ credential: {}, token: undefined }, /getToken/],
      [{ credential: { getToken() {} }, token: 't' }, /not both/],
      [{ limits: { import: { perMinute: 0 } } }, /positive integer/],
      [{ limits: { imports: {} } }, /not a route/],
      [{ retry: { tries: 3 } }, /not an option/],
    ];
    for (const [options, message] of cases) assert.throws(() => createClient({ token: 't', ...options }), message, JSON.stringify(options));
  });

  test('the documented rate limits come from profiles(), one home for them', () => {
    const { rateLimits, limits } = mde.profiles().current;
    assert.deepEqual(rateLimits, {
      submit: { perMinute: 100, perHour: 1500 }, import: { perMinute: 30, perHour: null },
      list: { perMinute: 100, perHour: 1500 }, batchDelete: { perMinute: 30, perHour: null },
    });
    assert.deepEqual([limits.importBatchSize, limits.listPageSize, limits.batchDeleteSize], [500, 10_000, 500]);
  });
});

describe('the library files', () => {
  const dir = new URL('../../js/', import.meta.url);
  const files = ['client.mjs', ...readdirSync(new URL('client/', dir)).map((f) => `client/${f}`)];

  test('use no Node-only API, so they run in a service worker', () => {
    for (const file of files) {
      const code = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      assert.ok(!/from ['"](node:|fs|path|http|crypto)/.test(code), `${file}: no Node module`);
      assert.ok(!/\b(process|Buffer|require)\b/.test(code), `${file}: no process, Buffer or require`);
      assert.ok(!/(import|require)\(?\s*['"]@azure\/identity/.test(code), `${file}: the library never loads @azure/identity`);
    }
  });

  test('every client issue code is in client/index.d.ts', () => {
    const types = readFileSync(new URL('../../client/index.d.ts', import.meta.url), 'utf8');
    const block = /interface ClientIssueParams \{([\s\S]*?)\n\}/.exec(types)[1];
    const declared = [...block.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]).sort();
    const source = files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
    const used = [...new Set([...source.matchAll(/make\('(\w+)'/g)].map((m) => m[1]))].sort();
    assert.deepEqual(declared, used);
  });
});
