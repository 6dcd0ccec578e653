// Quick figures for the README (the full benchmark is a separate issue): `validate` per
// object and over a 10,000-item loop, against ajv 8 + ajv-formats with the same rules, in
// the same run, interleaved, median of several rounds.
import { createRequire } from 'node:module';
import os from 'node:os';
import { compileAjv } from './peers.mjs';
import { indicators } from './data.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');
const ajvValidate = compileAjv();
const options = { now: '2026-01-01T00:00:00Z' };
const items = indicators(10_000);

// Correctness gate: both must reject the same items, or the timing compares different work.
const mdeVerdicts = items.map((o) => mde.validate(o, options).valid);
const ajvVerdicts = items.map((o) => ajvValidate(o));
const disagreements = mdeVerdicts.filter((v, i) => v !== ajvVerdicts[i]).length;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeLoop(fn, list) {
  const start = process.hrtime.bigint();
  for (const item of list) fn(item);
  return Number(process.hrtime.bigint() - start) / 1e6; // ms
}

const contenders = {
  'mde-indicator validate()': (o) => mde.validate(o, options),
  'ajv 8 + ajv-formats (allErrors)': (o) => ajvValidate(o),
};
const valid = items.filter((_, i) => mdeVerdicts[i]);
const invalid = items.filter((_, i) => !mdeVerdicts[i]);
const rounds = 9;
const results = Object.fromEntries(Object.keys(contenders).map((k) => [k, { loop: [], valid: [], invalid: [] }]));
for (let round = 0; round < rounds; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    results[name].loop.push(timeLoop(fn, items));
    results[name].valid.push((timeLoop(fn, valid) * 1e6) / valid.length);
    results[name].invalid.push((timeLoop(fn, invalid) * 1e6) / invalid.length);
  }
}

const best = (key) => Math.min(...Object.values(results).map((r) => median(r[key])));
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${items.length} indicators, ${invalid.length} invalid; verdicts that differ between contenders: ${disagreements}`);
console.log('| contender | 10,000-item loop | valid object | invalid object |');
console.log('|---|---|---|---|');
for (const [name, r] of Object.entries(results)) {
  const cell = (key, unit, digits) => `${(median(r[key]) / best(key)).toFixed(2)}× (${median(r[key]).toFixed(digits)} ${unit})`;
  console.log(`| ${name} | ${cell('loop', 'ms', 1)} | ${cell('valid', 'ns', 0)} | ${cell('invalid', 'ns', 0)} |`);
}
