// tests/fixtures/batch.json (shared with the Rust tests) through the built package, and what
// only the JS API has: arrays of JS objects, bytes, streaming, import bodies, misuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mde = require('../..');
const doc = JSON.parse(readFileSync(new URL('../fixtures/batch.json', import.meta.url), 'utf8'));
const now = doc.now;
const pairs = (issues) => issues.map((i) => `${i.path} ${i.code}`).sort();
const want = (list) => list.map(([path, code]) => `${path} ${code}`).sort();

function inputOf(c) {
  if (c.text !== undefined) return c.text;
  if (c.bytes) return Uint8Array.from(c.bytes);
  if (c.items) return c.items;
  const { format, row, times } = c.generate;
  if (format === 'csv') return `${doc.csvHeader}\r\n${Array(times).fill(row).join('\r\n')}\r\n`;
  return JSON.stringify({ Indicators: Array(times).fill(row) });
}

test('batch fixture cases', () => {
  for (const c of doc.batches) {
    const report = mde.validateBatch(inputOf(c), { now, format: c.format });
    assert.deepEqual(report.summary, c.expect.summary, `${c.name}: summary`);
    assert.deepEqual(pairs(report.errors), want(c.expect.errors), `${c.name}: input errors`);
    if (!c.expect.items) continue;
    assert.equal(report.items.length, c.expect.items.length, `${c.name}: items`);
    report.items.forEach((item, i) => {
      const [index, line, errors, warnings] = c.expect.items[i];
      assert.equal(item.index, index);
      assert.equal(item.line ?? null, line, `${c.name}: line of ${index}`);
      assert.deepEqual(pairs(item.errors), want(errors), `${c.name}: errors of ${index}`);
      assert.deepEqual(pairs(item.warnings), want(warnings), `${c.name}: warnings of ${index}`);
      assert.equal(item.payload !== undefined, item.valid);
    });
  }
});

test('service answers, plans and CSV writing fixtures', () => {
  for (const c of doc.serviceErrors) {
    for (const body of [c.body, (() => { try { return JSON.parse(c.body); } catch { return c.body; } })()]) {
      const issue = mde.readServiceError(body);
      assert.deepEqual([issue.path, issue.code], c.expect.slice(0, 2), c.name);
      for (const [key, value] of Object.entries(c.expect[2])) assert.deepEqual(issue.params[key], value, `${c.name}: ${key}`);
    }
  }
  for (const c of doc.importResponses) {
    const r = mde.readImportResponse(c.body);
    assert.deepEqual(r.summary, c.expect.summary, c.name);
    assert.deepEqual(pairs(r.errors), want(c.expect.errors), c.name);
    assert.deepEqual(r.items.map((i) => [i.index, i.failed, pairs(i.errors)]), c.expect.items.map(([i, f, e]) => [i, f, want(e)]), c.name);
  }
  for (const c of doc.plans) {
    const plan = mde.planSubmission(c.count, { activeIndicators: c.activeIndicators, profile: c.profile });
    assert.equal(plan.valid, c.expect.valid);
    assert.deepEqual(plan.errors.map((e) => e.code), c.expect.errors);
    for (const route of ['submit', 'import']) {
      assert.deepEqual({ calls: plan[route].calls, minimumSeconds: plan[route].minimumSeconds }, c.expect[route], `${c.count}: ${route}`);
    }
  }
  for (const c of doc.csvWrites) {
    if (c.expect.csv) {
      assert.equal(mde.toCsv(c.items), c.expect.csv, c.name);
    } else {
      assert.throws(() => mde.toCsv(c.items), (e) => e instanceof mde.IndicatorError && assert.deepEqual(pairs(e.errors), want(c.expect.errors)) === undefined, c.name);
    }
  }
});

test('CSV -> objects -> CSV is lossless for every field of the template', () => {
  const report = mde.validateBatch(doc.csvRoundTrip, { now });
  assert.equal(report.summary.valid, 4);
  const objects = report.items.map((i) => i.payload);
  const csv = mde.toCsv(objects);
  assert.equal(csv, doc.csvRoundTrip);
  assert.deepEqual(mde.validateBatch(csv, { now }).items.map((i) => i.payload), objects);
  const fields = new Set(objects.flatMap(Object.keys));
  assert.equal(fields.size, 12, `every template column is exercised: ${[...fields]}`);
});

test('text, bytes and objects give the same verdicts', () => {
  const text = doc.batches.find((c) => c.name.startsWith('NDJSON with every kind')).text;
  const fromText = mde.validateBatch(text, { now });
  const fromBytes = mde.validateBatch(Buffer.from(text), { now });
  assert.deepEqual(fromBytes, fromText);
  const objects = text.split('\n').filter((l) => l.trim()).flatMap((l) => { try { return [JSON.parse(l)]; } catch { return []; } });
  const fromObjects = mde.validateBatch(objects, { now });
  assert.deepEqual(fromObjects.items.map((i) => i.valid), fromText.items.filter((i) => i.errors[0]?.code !== 'invalid_json').map((i) => i.valid));
});

test('each item of a batch gets what validate() gives it alone: messages, params, payload', () => {
  const cases = JSON.parse(readFileSync(new URL('../fixtures/cases.json', import.meta.url), 'utf8'));
  // Every single-indicator fixture whose input is a JSON object, as one batch of JS objects and
  // as an import body: the batch's answer arrives compact (src/batch/compact.rs) and is expanded.
  const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  const inputs = cases.cases.filter((c) => c.base !== undefined && !c.allowUndocumented).map((c) => {
    const object = { ...cases.bases[c.base] };
    for (const key of c.unset ?? []) delete object[key];
    return Object.assign(object, c.set ?? {});
  }).concat(cases.cases.filter((c) => isObject(c.input)).map((c) => c.input));
  assert.ok(inputs.length > 50, `${inputs.length} inputs`);
  const options = { now: cases.now };
  const runs = [[inputs, '', true, true], [JSON.stringify({ Indicators: inputs }), '/Indicators', false, true], [inputs, '', true, false]];
  for (const [input, base, lines, includePayloads] of runs) {
    const report = mde.validateBatch(input, { ...options, includePayloads });
    assert.equal(report.items.length, inputs.length);
    report.items.forEach((item, i) => {
      const alone = mde.validate(inputs[i], options);
      const prefixed = (issues) => issues.map((issue) => ({ ...issue, path: `${base}/${i}${issue.path}` }));
      const duplicate = (issue) => issue.code === 'duplicate_indicator';
      assert.equal('line' in item, lines, `line of ${i}`);
      assert.deepEqual(item.errors, prefixed(alone.errors), `errors of ${i}`);
      assert.deepEqual(item.warnings.filter((w) => !duplicate(w)), prefixed(alone.warnings), `warnings of ${i}`);
      assert.deepEqual(item.payload, item.valid && includePayloads ? alone.payload : undefined, `payload of ${i}`);
      assert.equal('payload' in item, item.valid && includePayloads, `payload key of ${i}`);
    });
    // Issues that repeat across items are written once but handed out as separate objects.
    const params = report.items.flatMap((item) => [...item.errors, ...item.warnings]).map((issue) => issue.params);
    assert.equal(new Set(params).size, params.length);
  }
});

test('a streaming validator continues indexes, lines and the duplicate check across chunks', () => {
  const line = (v) => JSON.stringify({ indicatorValue: v, indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' });
  const validator = mde.createBatchValidator({ now, includePayloads: false });
  try {
    const first = validator.validate(`${line('45.33.32.156')}\n${line('45.33.32.157')}\n`, 'ndjson');
    const second = validator.validate(Buffer.from(`${line('45.33.32.156')}\n`), 'ndjson');
    assert.deepEqual(first.items.map((i) => [i.index, i.line]), [[0, 1], [1, 2]]);
    assert.deepEqual(second.items.map((i) => [i.index, i.line, pairs(i.warnings)]), [[2, 3, ['/2/indicatorValue duplicate_indicator']]]);
    assert.equal(second.items[0].warnings[0].params.firstIndex, 0);
    assert.equal(first.items[0].payload, undefined, 'includePayloads: false');
    assert.deepEqual(validator.summary(), { total: 3, valid: 3, invalid: 0, warnings: 1 });
    assert.deepEqual(validator.finish(), []);
  } finally {
    validator.free();
  }
});

test('JS values that JSON cannot hold are reported per item', () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const report = mde.validateBatch([{ title: () => 1 }, cyclic], { now });
  assert.deepEqual(report.items[0].errors.find((e) => e.path === '/0/title')?.params.received, 'function');
  assert.deepEqual(pairs(report.items[1].errors), ['/1 unreadable_input']);
});

test('toImportBodies: valid items in bodies of at most batchSize, invalid ones apart, none dropped', () => {
  const items = Array.from({ length: 1203 }, (_, i) => ({
    indicatorValue: `host${i}.contoso.com`, indicatorType: 'DomainName', action: i % 100 === 7 ? 'block' : 'Block', title: 't', description: 'd',
  }));
  const { bodies, invalid, summary } = mde.toImportBodies(items, { now });
  assert.deepEqual(bodies.map((b) => b.Indicators.length), [500, 500, 191]);
  assert.equal(invalid.length, 12);
  assert.equal(summary.total, 1203);
  const sent = bodies.flatMap((b) => b.Indicators.map((p) => p.indicatorValue));
  assert.equal(new Set(sent).size, sent.length + 0);
  assert.equal(sent.length + invalid.length, items.length);
  assert.deepEqual(mde.toImportBodies(mde.validateBatch(items.slice(0, 3), { now }), { batchSize: 2 }).bodies.map((b) => b.Indicators.length), [2, 1]);
  assert.throws(() => mde.toImportBodies(items, { batchSize: 501 }), RangeError);
  assert.throws(() => mde.toImportBodies(mde.validateBatch(items.slice(0, 1), { now, includePayloads: false })), TypeError);
});

test('misuse throws real Errors', () => {
  assert.throws(() => mde.validateBatch({}, { now }), TypeError);
  assert.throws(() => mde.validateBatch('[]', { format: 'xml' }), (e) => e instanceof Error && /unknown format "xml"/.test(e.message));
  assert.throws(() => mde.validateBatch('[]', { profile: '2019' }), /unknown profile/);
  assert.throws(() => mde.planSubmission(-1), TypeError);
  assert.throws(() => mde.planSubmission(1.5), TypeError);
  assert.throws(() => mde.planSubmission(1, { profile: 'x' }), /unknown profile/);
  assert.throws(() => mde.toCsv('x'), TypeError);
});
