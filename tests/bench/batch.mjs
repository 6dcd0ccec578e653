// Batch throughput: 10,000 indicators as JSON text, validated by validateBatch (text and
// bytes), against JSON.parse of the same text alone (the floor) and JSON.parse + ajv per item,
// in the same run, interleaved, median of 9 rounds. Verdicts are compared first.
import { createRequire } from 'node:module';
import os from 'node:os';
import { compileAjv } from './peers.mjs';
import { indicators } from './data.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');
const ajvValidate = compileAjv();
const now = '2026-01-01T00:00:00Z';
const text = JSON.stringify(indicators(10_000, 7));
const bytes = Buffer.from(text);

const mdeVerdicts = mde.validateBatch(bytes, { now, includePayloads: false }).items.map((i) => i.valid);
const ajvVerdicts = JSON.parse(text).map((o) => ajvValidate(o));
const disagreements = mdeVerdicts.filter((v, i) => v !== ajvVerdicts[i]).length;

const contenders = {
  'JSON.parse alone (floor)': () => JSON.parse(text),
  'validateBatch(bytes), no payloads': () => mde.validateBatch(bytes, { now, format: 'json', includePayloads: false }),
  'validateBatch(text), no payloads': () => mde.validateBatch(text, { now, format: 'json', includePayloads: false }),
  'validateBatch(bytes), with payloads': () => mde.validateBatch(bytes, { now, format: 'json' }),
  'JSON.parse + ajv per item': () => JSON.parse(text).map((o) => ajvValidate(o)),
};
const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
for (let round = 0; round < 9; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const start = process.hrtime.bigint();
    fn();
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const floor = median(times['JSON.parse alone (floor)']);
const ajv = median(times['JSON.parse + ajv per item']);
console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} x${os.cpus().length}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`10,000 indicators, ${(bytes.length / 1e6).toFixed(2)} MB of JSON; verdicts differing from ajv: ${disagreements}`);
console.log('| path | time | indicators/s | vs JSON.parse | vs ajv |');
console.log('|---|---|---|---|---|');
for (const [name, t] of Object.entries(times)) {
  const ms = median(t);
  console.log(`| ${name} | ${ms.toFixed(1)} ms | ${Math.round(10_000 / (ms / 1000)).toLocaleString('en')} | ${(floor / ms).toFixed(2)}× | ${(ajv / ms).toFixed(2)}× |`);
}
