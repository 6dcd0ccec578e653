// Runs tests/fixtures/feeds.json (shared with tests/feeds.rs) through the built package as
// CommonJS and as an ES module: every case given as text, as bytes and as the parsed value,
// then what a user does next with the indicators (validateBatch) and the reader's chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esm from '../../index.mjs';
import { mispEvent, stixBundle } from '../feeds/generate.mjs';

const require = createRequire(import.meta.url);
const cjs = require('../..');
const doc = JSON.parse(readFileSync(new URL('../fixtures/feeds.json', import.meta.url), 'utf8'));

/** `base` with `set` applied: a null removes the key. */
function merged(base, set = {}) {
  const object = { ...base };
  for (const [key, value] of Object.entries(set)) {
    if (value === null) delete object[key];
    else object[key] = value;
  }
  return object;
}

/** The case's feed as a value, or `undefined` when it is only text. */
function inputOf(c) {
  if (c.input !== undefined) return c.input;
  if (c.indicator) {
    const object = merged(doc.bases.stix, c.indicator.set);
    if (c.indicator.patternParts) object.pattern = c.indicator.patternParts.map(([text, times]) => text.repeat(times)).join('');
    else if (!('pattern' in object)) object.pattern = c.indicator.pattern;
    return object;
  }
  if (c.attribute) return { Event: { ...merged(doc.bases.mispEvent, c.event), Attribute: [c.attribute] } };
  return undefined;
}

const optionsOf = (c) => ({ ...(c.options ?? {}), now: doc.now });
const pairs = (list, a, b) => list.map((x) => [x[a], x[b]]);

function check(c, result, how) {
  const where = `${c.name} (${how})`;
  const expect = c.expect;
  assert.deepEqual(pairs(result.indicators, 'indicatorType', 'indicatorValue'), expect.indicators, `${where}: indicators`);
  assert.deepEqual(pairs(result.skipped, 'path', 'code'), expect.skipped, `${where}: skipped`);
  assert.deepEqual(pairs(result.errors, 'path', 'code'), expect.errors ?? [], `${where}: errors`);
  // Copies: only the enumerable fields, which are what validate and JSON see.
  const plain = result.indicators.map((i) => ({ ...i }));
  if (expect.indicator) assert.deepEqual(plain[0], expect.indicator, `${where}: indicator`);
  if (expect.indicatorsFull) assert.deepEqual(plain, expect.indicatorsFull, `${where}: indicators in full`);
  for (const [key, want] of Object.entries(expect.indicatorFields ?? {})) {
    if (want === null) assert.ok(!(key in plain[0]), `${where}: ${key} should be absent`);
    else assert.deepEqual(plain[0][key], want, `${where}: ${key}`);
  }
  if (expect.source) assert.deepEqual(result.indicators[0].source, expect.source, `${where}: source`);
  if (expect.sources) assert.deepEqual(result.indicators.map((i) => i.source), expect.sources, `${where}: sources`);
  if (expect.summary) assert.deepEqual(result.summary, expect.summary, `${where}: summary`);
  if (expect.titles) assert.deepEqual(plain.map((i) => i.title), expect.titles, `${where}: titles`);
  if (expect.descriptions) assert.deepEqual(plain.map((i) => i.description), expect.descriptions, `${where}: descriptions`);
  (expect.params ?? []).forEach((want, at) => {
    for (const [key, value] of Object.entries(want)) assert.deepEqual(result.skipped[at].params[key], value, `${where}: skipped ${at} params.${key}`);
  });
  for (const entry of result.skipped) assert.ok(entry.message.length > 0 && typeof entry.params === 'object', `${where}: message and params`);
}

for (const [entry, mde] of [['require()', cjs], ['import', esm]]) {
  test(`feed fixture cases through ${entry}`, () => {
    let runs = 0;
    for (const c of doc.cases) {
      const read = c.format === 'stix' ? mde.fromStix : mde.fromMisp;
      const value = inputOf(c);
      const text = c.inputText ?? JSON.stringify(value);
      check(c, read(text, optionsOf(c)), 'text');
      check(c, read(new TextEncoder().encode(text), optionsOf(c)), 'bytes');
      // A string given as the value is JSON text, not a JSON string.
      if (value !== undefined && typeof value !== 'string') check(c, read(value, optionsOf(c)), 'value');
      runs++;
    }
    assert.ok(runs > 100, `only ${runs} cases`);
  });
}

test('the source is not enumerable: indicators go to validateBatch and JSON as they are', () => {
  const { indicators } = cjs.fromStix(inputOf(doc.cases[0]), { now: doc.now });
  assert.equal(indicators.length, 1);
  assert.deepEqual(Object.keys(indicators[0]).includes('source'), false);
  assert.equal(JSON.stringify(indicators[0]).includes('source'), false);
  const report = cjs.validateBatch(indicators, { now: doc.now });
  assert.deepEqual(report.items[0].errors, []);
  assert.equal(report.items[0].valid, true);
});

test('bytes that are not UTF-8, values JSON cannot hold, and bad options', () => {
  const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
  assert.deepEqual(cjs.fromStix(bytes).errors.map((e) => e.code), ['invalid_utf8']);
  const cyclic = { type: 'bundle', objects: [] };
  cyclic.objects.push(cyclic);
  const answer = cjs.fromStix(cyclic);
  assert.deepEqual(answer.errors.map((e) => e.code), ['unreadable_input']);
  assert.deepEqual(answer.indicators, []);
  assert.deepEqual(cjs.fromMisp(10n).errors.map((e) => e.code), ['unreadable_input']);
  assert.throws(() => cjs.fromStix('{}', { action: 5 }), TypeError);
  assert.throws(() => cjs.fromStix('{}', { action: { file: 'Block' } }), /not a kind/);
  assert.throws(() => cjs.fromMisp('{}', { toIdsOnly: 'yes' }), TypeError);
  assert.throws(() => cjs.fromMisp('{}', { expiresInDays: 1.5 }), TypeError);
  assert.throws(() => cjs.fromMisp('{}', { expiresInDays: 3, expirationTime: '2027-01-01T00:00:00Z' }), /exclude each other/);
  assert.throws(() => cjs.fromStix('{}', { profile: '2019' }), /unknown profile/);
  assert.throws(() => cjs.createFeedReader('{}', { format: 'csv' }), TypeError);
});

test('detectFeed tells the formats apart from their first bytes', () => {
  assert.equal(cjs.detectFeed('{"type": "bundle", "id": "bundle--1"'), 'stix');
  assert.equal(cjs.detectFeed(new TextEncoder().encode('[{"Event": {"info": "x"')), 'misp');
  assert.equal(cjs.detectFeed('[{"indicatorValue": "8.8.8.8"}]'), null);
  assert.equal(cjs.detectFeed('IndicatorType,IndicatorValue'), null);
});

// Realistic feeds of a few thousand entries, generated deterministically (tests/feeds/generate.mjs).
for (const [name, generate, read] of [['STIX bundle', stixBundle, cjs.fromStix], ['MISP event', mispEvent, cjs.fromMisp]]) {
  test(`a ${name} of a few thousand entries: every entry accounted for, the mapped ones valid`, () => {
    const { text, expected } = generate({ entries: 3000, seed: 7 });
    const started = performance.now();
    const result = read(text, { now: '2026-03-01T00:00:00Z' });
    const seconds = (performance.now() - started) / 1000;
    assert.deepEqual(result.errors, []);
    assert.equal(result.summary.entries, expected.entries);
    assert.deepEqual(result.summary.indicatorsByType, expected.indicatorsByType);
    assert.deepEqual(result.summary.skippedByCode, expected.skippedByCode);
    assert.equal(result.indicators.length, result.summary.indicators);
    assert.equal(result.skipped.length, result.summary.skipped);
    const report = cjs.validateBatch(result.indicators, { now: '2026-03-01T00:00:00Z', includePayloads: false });
    assert.equal(report.summary.invalid, expected.invalid, JSON.stringify(report.items.find((i) => !i.valid)));
    assert.ok(seconds < 5, `${seconds.toFixed(2)} s`);
  });
}

test('a reader gives the same as fromStix, chunk by chunk', () => {
  const { text } = stixBundle({ entries: 500, seed: 3 });
  const whole = cjs.fromStix(text, { now: '2026-03-01T00:00:00Z' });
  const reader = cjs.createFeedReader(text, { now: '2026-03-01T00:00:00Z' });
  const indicators = [];
  const skipped = [];
  try {
    assert.equal(reader.format, 'stix');
    for (let chunk = reader.next(7); chunk; chunk = reader.next(7)) {
      indicators.push(...chunk.indicators);
      skipped.push(...chunk.skipped);
    }
    assert.deepEqual(reader.summary(), whole.summary);
  } finally {
    reader.free();
  }
  assert.deepEqual(indicators.map((i) => [{ ...i }, i.source]), whole.indicators.map((i) => [{ ...i }, i.source]));
  assert.deepEqual(skipped, whole.skipped);
});
