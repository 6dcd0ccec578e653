// `npm run bench`: mde-indicator against what a web developer would use instead (ajv 8 +
// ajv-formats with allErrors, zod 4, valibot 1, each encoding the `current` profile's rules;
// tests/bench/peers/), on the same seeded data (tests/bench/data.mjs), in one run:
//   1. correctness gate: every contender must reject exactly the items `validate()` rejects;
//      one that disagrees is reported (how many, which kinds) and left out of the baselines
//   2. one object at a time: ns per `validate()` / `safeParse` / ajv call, valid and invalid apart
//   3. a batch of JSON text: `validateBatch` (text, bytes) against JSON.parse + each peer per
//      item, and JSON.parse alone as the floor
//   4. cold start, each in a fresh Node process (tests/bench/cold.mjs)
//   5. shipped size: esbuild --bundle --minify --format=esm, gzip -9
//   6. extraction against ioc-extractor (tests/bench/extract.mjs, run as it is)
// Contenders are interleaved in a rotating order, warmed up, and each figure is the median of
// the rounds; the report gives ratios to the fastest peer with absolute figures beside them,
// states each target of the benchmark issue as met or missed, and is written to
// tests/bench/RESULTS.md as well as printed; its targets table also replaces the one between
// the bench markers of docs/performance.md.
//
//   node --expose-gc tests/bench/run.mjs [--seed=42] [--count=10000] [--rounds=11] [--cold-runs=9] [--out=PATH]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { BREAKER_KINDS, generate } from './data.mjs';
import { ajvCheck, createAjvValidator } from './peers/ajv.mjs';
import { createValibotSchema, valibotCheck } from './peers/valibot.mjs';
import { createZodSchema, zodCheck } from './peers/zod.mjs';

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const SEED = Number(arg('seed', 42));
const COUNT = Number(arg('count', 10_000));
const ROUNDS = Number(arg('rounds', 11));
const WARMUP = 2;
const COLD_RUNS = Number(arg('cold-runs', 9));
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const ROOT = here('../..');
const OUT = arg('out', here('RESULTS.md'));
const NOW = '2026-01-01T00:00:00Z';
const TARGETS = { batchVsAjv: 4, batchVsParse: 1, singleVsPeer: 0.25, sizeKB: 60, instantiateMs: 5, extractVsIoc: 5 };

const mde = createRequire(import.meta.url)(ROOT);
const log = (...a) => console.error('[bench]', ...a);
const gc = globalThis.gc ?? (() => {});
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const fmt = (n, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (x) => `${x >= 10 ? fmt(x, 1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3)}×`;
const time = (msValue) => (msValue >= 1000 ? `${fmt(msValue / 1000, 2)} s` : msValue >= 1 ? `${fmt(msValue, 1)} ms` : `${fmt(msValue * 1000, 0)} µs`);
const nanos = (ns) => (ns >= 1000 ? `${fmt(ns / 1000, 2)} µs` : `${fmt(ns, 0)} ns`);
const kb = (bytes) => `${fmt(bytes / 1000, 1)} KB`;

// --- data and contenders ---------------------------------------------------------------
const started = new Date();
const loadAverage = os.loadavg();
const { items, kinds } = generate(COUNT, SEED);
const text = JSON.stringify(items);
const bytes = Buffer.from(text);
const options = { now: NOW };
const batchOptions = { now: NOW, format: 'json', includePayloads: false };
const ajvValidate = createAjvValidator();
const zodSchema = createZodSchema();
const valibotSchema = createValibotSchema();

const PEERS = ['ajv', 'zod', 'valibot'];
const LABEL = {
  mde: 'mde-indicator `validate()`',
  'mde-validate': 'mde-indicator/validate `validate()`',
  batchText: 'mde-indicator `validateBatch(text)`',
  batchBytes: 'mde-indicator `validateBatch(bytes)`',
  ajv: 'ajv 8 + ajv-formats (`allErrors`)',
  zod: 'zod 4 (`safeParse`)',
  valibot: 'valibot 1 (`safeParse`)',
  parse: '`JSON.parse` alone (floor)',
};
const VERSIONS = Object.fromEntries(['ajv', 'ajv-formats', 'zod', 'valibot', 'esbuild', 'ioc-extractor'].map((p) => [p, JSON.parse(readFileSync(`${ROOT}/node_modules/${p}/package.json`, 'utf8')).version]));

// --- 1. correctness gate ---------------------------------------------------------------
log('correctness gate');
const batchVerdicts = (input) => {
  const report = mde.validateBatch(input, batchOptions);
  const out = new Array(items.length).fill(null);
  for (const item of report.items) out[item.index] = item.valid;
  return out;
};
const reference = items.map((o) => mde.validate(o, options).valid);
const verdicts = {
  batchText: batchVerdicts(text),
  batchBytes: batchVerdicts(bytes),
  ajv: items.map((o) => ajvCheck(ajvValidate, o).valid),
  zod: items.map((o) => zodCheck(zodSchema, o).valid),
  valibot: items.map((o) => valibotCheck(valibotSchema, o).valid),
};
const intended = kinds.map((k) => k.startsWith('valid'));
function disagreements(list) {
  const byKind = new Map();
  let accepted = 0;
  list.forEach((v, i) => {
    if (v === reference[i]) return;
    if (v) accepted++;
    const key = `${kinds[i]}, ${v ? 'accepted' : v === false ? 'rejected' : 'missing from the report'}`;
    const entry = byKind.get(key) ?? { count: 0, example: items[i] };
    entry.count++;
    byKind.set(key, entry);
  });
  const total = [...byKind.values()].reduce((sum, e) => sum + e.count, 0);
  return { total, accepted, rejected: total - accepted, byKind };
}
const gate = Object.fromEntries(Object.entries(verdicts).map(([name, list]) => [name, disagreements(list)]));
const generatorGate = disagreements(intended);
const agrees = (name) => !(name in gate) || gate[name].total === 0;
const invalidCount = reference.filter((v) => !v).length;
const invalidKinds = new Set(kinds.filter((k, i) => !reference[i] && !k.startsWith('valid'))).size;
const validKinds = new Set(kinds.filter((k) => k.startsWith('valid'))).size;

// Rules the generated data cannot reach (JS values JSON has no form for, rare forms): probed
// one by one, so that what a peer would still let through or refuse is on the record.
const probeBase = { indicatorValue: 'contoso.com', indicatorType: 'DomainName', action: 'Block', title: 'Dropper', description: 'Seen' };
const PROBES = [
  ['`expirationTime` with lower-case `t` and `z` (RFC 3339 allows them)', { ...probeBase, expirationTime: '2027-06-01t00:00:00z' }],
  ['`expirationTime` in year 0000', { ...probeBase, expirationTime: '0000-06-01T00:00:00Z' }],
  ['`expirationTime` before year 1 in UTC (`0001-01-01T00:00:00+01:00`)', { ...probeBase, expirationTime: '0001-01-01T00:00:00+01:00' }],
  ['`expirationTime` as a JS `Date`', { ...probeBase, expirationTime: new Date('2027-06-01T00:00:00Z') }],
  ['a title holding a lone UTF-16 surrogate', { ...probeBase, title: 'Dropper \ud800' }],
  ['a title of U+0085 (NEL) alone, blank to Rust, not to JS `\\s`', { ...probeBase, title: '\u0085' }],
  ['a title of U+FEFF alone, blank to JS `\\s`, not to Rust', { ...probeBase, title: '\ufeff' }],
  ['a URL holding U+FEFF', { ...probeBase, indicatorType: 'Url', indicatorValue: 'http://contoso.com/a\ufeffb' }],
  ['`undefined` inside `rbacGroupNames`', { ...probeBase, rbacGroupNames: ['Tier 1', undefined] }],
];
const probes = PROBES.map(([what, o]) => ({
  what,
  mde: mde.validate(o, options).valid,
  ajv: ajvCheck(ajvValidate, o).valid,
  zod: zodCheck(zodSchema, o).valid,
  valibot: valibotCheck(valibotSchema, o).valid,
}));

// --- timing helpers --------------------------------------------------------------------
function timed(fn) {
  gc();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
/** Rounds of every contender in a rotating order; `record` gets (name, round) after warm-up. */
function interleave(names, runOnce, label) {
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    if (round >= WARMUP) log(`${label}: round ${round - WARMUP + 1}/${ROUNDS}`);
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      runOnce(name, round >= WARMUP);
    }
  }
}
let sink = 0;

// --- 2. one object at a time -----------------------------------------------------------
const single = {
  mde: (o) => mde.validate(o, options),
  ajv: (o) => ajvCheck(ajvValidate, o),
  zod: (o) => zodCheck(zodSchema, o),
  valibot: (o) => valibotCheck(valibotSchema, o),
};
const validItems = items.filter((_, i) => reference[i]);
const invalidItems = items.filter((_, i) => !reference[i]);
const singleTimes = Object.fromEntries(Object.keys(single).map((k) => [k, { valid: [], invalid: [] }]));
interleave(Object.keys(single), (name, record) => {
  const fn = single[name];
  for (const [set, list] of [['valid', validItems], ['invalid', invalidItems]]) {
    const ms = timed(() => {
      for (const o of list) sink += fn(o).valid ? 1 : 0;
    });
    if (record) singleTimes[name][set].push((ms * 1e6) / list.length);
  }
}, 'one object');
const singleNs = Object.fromEntries(Object.entries(singleTimes).map(([k, v]) => [k, { valid: median(v.valid), invalid: median(v.invalid) }]));

// --- 3. batch --------------------------------------------------------------------------
const perItem = (check) => () => {
  const parsed = JSON.parse(text);
  const out = new Array(parsed.length);
  for (let i = 0; i < parsed.length; i++) out[i] = { index: i, ...check(parsed[i]) };
  return out;
};
const batch = {
  parse: () => JSON.parse(text),
  batchText: () => mde.validateBatch(text, batchOptions),
  batchBytes: () => mde.validateBatch(bytes, batchOptions),
  ajv: perItem((o) => ajvCheck(ajvValidate, o)),
  zod: perItem((o) => zodCheck(zodSchema, o)),
  valibot: perItem((o) => valibotCheck(valibotSchema, o)),
};
const batchTimes = Object.fromEntries(Object.keys(batch).map((k) => [k, []]));
interleave(Object.keys(batch), (name, record) => {
  const ms = timed(() => {
    const result = batch[name]();
    sink += result.length ?? result.summary.total;
  });
  if (record) batchTimes[name].push(ms);
}, 'batch');
const batchMs = Object.fromEntries(Object.entries(batchTimes).map(([k, v]) => [k, median(v)]));
const perSecond = (name) => COUNT / (batchMs[name] / 1000);

// --- 4. cold start ---------------------------------------------------------------------
const coldNames = ['mde', 'mde-validate', ...PEERS];
const coldRuns = Object.fromEntries(coldNames.map((k) => [k, []]));
for (let run = 0; run < COLD_RUNS; run++) {
  log(`cold start: run ${run + 1}/${COLD_RUNS}`);
  for (let k = 0; k < coldNames.length; k++) {
    const name = coldNames[(run + k) % coldNames.length];
    const child = spawnSync(process.execPath, [here('cold.mjs'), name], { encoding: 'utf8', cwd: ROOT });
    if (child.status !== 0) throw new Error(`cold start of ${name} failed: ${child.stderr}`);
    coldRuns[name].push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
}
const cold = Object.fromEntries(Object.entries(coldRuns).map(([name, runs]) => {
  const pick = (key) => (runs[0][key] === undefined ? undefined : median(runs.map((r) => r[key])));
  return [name, { ready: pick('ready'), compile: pick('compile'), instantiate: pick('instantiate'), load: pick('load'), first: pick('first'), total: median(runs.map((r) => r.load + r.ready + r.first)) }];
}));

// --- 5. shipped size -------------------------------------------------------------------
log('shipped size');
async function bundle(entry) {
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return result.outputFiles[0].contents;
}
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const sizes = {};
{
  // The package root (every function) and the lean validation entry, each JS bundle plus its wasm.
  for (const [name, entry, wasmPath] of [['mde', 'web.mjs', 'pkg/web'], ['mde-validate', 'validate/web.mjs', 'pkg/validate-web']]) {
    const js = await bundle(`${ROOT}/${entry}`);
    const wasm = readFileSync(`${ROOT}/${wasmPath}/mde_indicator_bg.wasm`);
    sizes[name] = { js: js.length, jsGz: gz(js), wasm: wasm.length, wasmGz: gz(wasm) };
    sizes[name].totalGz = sizes[name].jsGz + sizes[name].wasmGz;
  }
  for (const peer of PEERS) {
    const js = await bundle(here(`peers/${peer}.mjs`));
    sizes[peer] = { js: js.length, jsGz: gz(js), totalGz: gz(js) };
  }
}

// --- 6. extraction ---------------------------------------------------------------------
log('extraction (tests/bench/extract.mjs)');
const extraction = spawnSync(process.execPath, [here('extract.mjs')], { encoding: 'utf8', cwd: ROOT });
if (extraction.status !== 0) throw new Error(`extract.mjs failed: ${extraction.stderr}`);
const extractOutput = extraction.stdout.trim();
const extractMs = (name) => Number(new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s+([\\d.]+) ms`, 'm').exec(extractOutput)?.[1]);
const mdeExtractMs = extractMs('mde-indicator extract()');
const iocExtractMs = extractMs('ioc-extractor 8 extractIOC()');

// --- report ----------------------------------------------------------------------------
const fairPeers = PEERS.filter(agrees);
const baseline = fairPeers.length ? fairPeers : PEERS; // if every peer disagreed, compare anyway, flagged
const flag = (name) => (agrees(name) ? '' : ` ✗ disagrees on ${gate[name].total} items`);
const bestOf = (value, lower = true) => baseline.reduce((best, p) => (lower ? Math.min(best, value(p)) : Math.max(best, value(p))), lower ? Infinity : 0);
const bestPeerName = (value, lower = true) => baseline.find((p) => value(p) === bestOf(value, lower));

const lines = [];
const out = (s = '') => lines.push(s);
const cpu = os.cpus();
out('# mde-indicator benchmark');
out();
out(`Generated by \`npm run bench\` (tests/bench/run.mjs) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC.`);
out();
out(`Machine: ${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}; Node ${process.version} (V8 ${process.versions.v8}); load average at start ${loadAverage.map((l) => l.toFixed(2)).join(' ')}. Peers: ajv ${VERSIONS.ajv} + ajv-formats ${VERSIONS['ajv-formats']}, zod ${VERSIONS.zod}, valibot ${VERSIONS.valibot}; bundles by esbuild ${VERSIONS.esbuild}.`);
out();
out(`Data: ${fmt(COUNT)} indicators of all seven types from seed ${SEED} (tests/bench/data.mjs), ${fmt(invalidCount)} invalid (${(invalidCount / COUNT * 100).toFixed(1)} %) in ${invalidKinds} kinds of mistake (of the generator's ${BREAKER_KINDS.length}), and ${validKinds} kinds of valid indicator; as JSON text ${fmt(bytes.length / 1e6, 2)} MB. Profile \`current\`, \`now\` ${NOW}. mde-indicator's times are of its Node modules (pkg/node, pkg/validate-node: \`opt-level = 3\`), its sizes of its browser modules (pkg/web, pkg/validate-web: \`opt-level = "s"\`, whose calls take about 1.25× as long). Every contender is measured in this one run on these items, interleaved in a rotating order, after ${WARMUP} warm-up rounds; a figure is the median of ${ROUNDS} rounds (cold start: of ${COLD_RUNS} fresh processes each)${globalThis.gc ? ', with a garbage collection before each timed run' : ''}. Ratios are to the fastest peer (ajv, zod, valibot) that passed the correctness gate: for times and sizes below 1× is better, for throughput above 1×; absolute figures are in parentheses. On a shared machine absolute times move between runs; the ratios of one run much less.`);
out();

// targets
const batchVsAjv = perSecond('batchText') / perSecond('ajv');
const batchVsParse = perSecond('batchText') / perSecond('parse');
const bestValid = bestOf((p) => singleNs[p].valid);
const bestInvalid = bestOf((p) => singleNs[p].invalid);
const singleValid = singleNs.mde.valid / bestValid;
const singleInvalid = singleNs.mde.invalid / bestInvalid;
// Size and start-up are judged on the lean entry, which is what a page that validates ships
// (the peers validate only, too); the full package's figures stand beside them.
const lean = 'mde-validate';
const sizeKB = sizes[lean].totalGz / 1000;
const instantiateMs = cold[lean].ready;
const extractVsIoc = iocExtractMs / mdeExtractMs;
const atLeast = (value, goal) => (value >= goal ? `**met**, ${ratio(value / goal)} the target` : `**missed**, ${ratio(goal / value)} short of it`);
const atMost = (value, goal) => (value <= goal ? `**met**, with ${ratio(goal / value)} headroom` : `**missed**, ${ratio(value / goal)} over it`);
const targets = [
  [`batch from JSON text ≥ ${TARGETS.batchVsAjv}× ajv's throughput${flag('ajv')}`, `${ratio(batchVsAjv)} (${fmt(perSecond('batchText'))} vs ${fmt(perSecond('ajv'))} indicators/s)`, atLeast(batchVsAjv, TARGETS.batchVsAjv)],
  ['batch from JSON text ≥ as fast as `JSON.parse` alone', `${ratio(batchVsParse)} (${time(batchMs.batchText)} vs ${time(batchMs.parse)})`, atLeast(batchVsParse, TARGETS.batchVsParse)],
  [`one valid object ≤ ¼ of the best peer's ns/op`, `${ratio(singleValid)} of ${LABEL[bestPeerName((p) => singleNs[p].valid)]} (${nanos(singleNs.mde.valid)} vs ${nanos(bestValid)})`, atMost(singleValid, TARGETS.singleVsPeer)],
  [`one invalid object ≤ ¼ of the best peer's ns/op`, `${ratio(singleInvalid)} of ${LABEL[bestPeerName((p) => singleNs[p].invalid)]} (${nanos(singleNs.mde.invalid)} vs ${nanos(bestInvalid)})`, atMost(singleInvalid, TARGETS.singleVsPeer)],
  [`shipped size (wasm + JS glue, gzipped) ≤ ${TARGETS.sizeKB} KB`, `\`mde-indicator/validate\` ${kb(sizes[lean].totalGz)} (wasm ${kb(sizes[lean].wasmGz)} + JS ${kb(sizes[lean].jsGz)}); the whole package ${kb(sizes.mde.totalGz)}`, atMost(sizeKB, TARGETS.sizeKB)],
  [`instantiate (compile + instantiate the wasm in Node) ≤ ${TARGETS.instantiateMs} ms`, `\`mde-indicator/validate\` ${time(instantiateMs)} (compile ${time(cold[lean].compile)} + instantiate ${time(cold[lean].instantiate)}); the whole package ${time(cold.mde.ready)}`, atMost(instantiateMs, TARGETS.instantiateMs)],
  [`extraction ≥ ${TARGETS.extractVsIoc}× ioc-extractor`, `${ratio(extractVsIoc)} (${time(mdeExtractMs)} vs ${time(iocExtractMs)} for 1 MB)`, atLeast(extractVsIoc, TARGETS.extractVsIoc)],
];
out('## The project\'s targets');
out();
out('| target | measured | verdict |');
out('|---|---|---|');
for (const row of targets) out(`| ${row.join(' | ')} |`);
out();
out(`Met: ${targets.filter((t) => t[2].startsWith('**met')).length} of the project's ${targets.length} targets. (KB = 1,000 bytes.)`);
out();

// gate
out('## Correctness gate');
out();
out(`Each contender's verdict on each of the ${fmt(COUNT)} items against \`validate()\`'s (which rejects ${fmt(invalidCount)}). A contender that disagrees is listed with the kinds of items, marked ✗ in the tables below and left out of the "fastest peer" baselines.`);
out();
out('| contender | rejects | disagreements |');
out('|---|---|---|');
out(`| ${LABEL.mde} | ${fmt(invalidCount)} | (reference) |`);
for (const [name, result] of Object.entries(gate)) {
  const rejected = verdicts[name].filter((v) => v === false).length;
  const detail = `✗ ${result.total}: accepts ${result.accepted} that \`validate()\` rejects, rejects ${result.rejected} that it accepts`;
  out(`| ${LABEL[name]} | ${fmt(rejected)} | ${result.total === 0 ? 'none' : detail} |`);
}
out();
for (const [name, result] of [...Object.entries(gate), ['generator', generatorGate]]) {
  if (result.total === 0) continue;
  out(`${name === 'generator' ? 'The generator\'s intent (items it broke)' : LABEL[name]} differs from \`validate()\` on ${result.total} items:`);
  out();
  const sorted = [...result.byKind].sort((a, b) => b[1].count - a[1].count);
  for (const [key, entry] of sorted) out(`- ${entry.count} × ${key}, e.g. \`${JSON.stringify(entry.example)}\``);
  out();
}
if (generatorGate.total === 0) out('`validate()` also rejects exactly the items the generator broke, and accepts every valid variant.');
out();
out('Rules the generated data does not reach, probed one by one (✓ accepted, ✗ rejected; a peer that differs from `validate()` is in bold):');
out();
out('| input | mde-indicator | ajv | zod | valibot |');
out('|---|---|---|---|---|');
for (const p of probes) {
  const cell = (v, differs) => (differs ? `**${v ? '✓' : '✗'}**` : v ? '✓' : '✗');
  out(`| ${p.what} | ${cell(p.mde)} | ${cell(p.ajv, p.ajv !== p.mde)} | ${cell(p.zod, p.zod !== p.mde)} | ${cell(p.valibot, p.valibot !== p.mde)} |`);
}
out();

// one object
out('## One object at a time');
out();
out(`Per call on JS objects: \`validate(o, { now })\` (whose report includes the canonical payload), ajv's compiled function (with \`.errors\`), \`schema.safeParse(o)\`, \`v.safeParse(schema, o)\`; ${fmt(validItems.length)} valid and ${fmt(invalidItems.length)} invalid items timed apart. Ratio to the fastest peer, lower is better.`);
out();
out('| contender | valid object | invalid object |');
out('|---|---|---|');
for (const name of Object.keys(single)) {
  out(`| ${LABEL[name]}${flag(name)} | ${ratio(singleNs[name].valid / bestValid)} (${nanos(singleNs[name].valid)}) | ${ratio(singleNs[name].invalid / bestInvalid)} (${nanos(singleNs[name].invalid)}) |`);
}
out();

// batch
const bestBatch = bestOf(perSecond, false);
out('## A batch of JSON text');
out();
out(`The ${fmt(bytes.length / 1e6, 2)} MB JSON array of the ${fmt(COUNT)} items: \`validateBatch(text or bytes, { format: 'json', includePayloads: false })\` (a per-item report), against \`JSON.parse\` and a per-item \`{ index, valid, errors }\` from each peer, and \`JSON.parse\` alone as the floor. Throughput ratio to the fastest peer, higher is better.`);
out();
out('| contender | indicators/s vs fastest peer | vs `JSON.parse` alone | time |');
out('|---|---|---|---|');
for (const name of Object.keys(batch)) {
  const label = name === 'parse' ? LABEL.parse : PEERS.includes(name) ? `\`JSON.parse\` + ${LABEL[name]}` : LABEL[name];
  out(`| ${label}${flag(name)} | ${ratio(perSecond(name) / bestBatch)} (${fmt(perSecond(name))}/s) | ${ratio(perSecond(name) / perSecond('parse'))} | ${time(batchMs[name])} |`);
}
out();

// cold start
const bestReady = bestOf((p) => cold[p].ready);
const bestTotal = bestOf((p) => cold[p].total);
out('## Cold start');
out();
out(`Each in a fresh Node process (tests/bench/cold.mjs), median of ${COLD_RUNS}. The compared step: for mde-indicator compiling and instantiating the wasm (synchronous, as \`require\` does; timed around the glue's own calls), for ajv \`new Ajv\` + ajv-formats + \`ajv.compile\`, for zod and valibot building the schema. Also the rest of loading the package, the first validation, and all three together (time to the first verdict). Ratio to the fastest peer, lower is better.`);
out();
out('| contender | compared step | module load | first call | to first verdict |');
out('|---|---|---|---|---|');
for (const name of coldNames) {
  const c = cold[name];
  const step = name.startsWith('mde') ? `${ratio(c.ready / bestReady)} (${time(c.ready)}: compile ${time(c.compile)} + instantiate ${time(c.instantiate)})` : `${ratio(c.ready / bestReady)} (${time(c.ready)})`;
  out(`| ${LABEL[name]}${flag(name.startsWith('mde') ? 'mde' : name)} | ${step} | ${time(c.load)} | ${time(c.first)} | ${ratio(c.total / bestTotal)} (${time(c.total)}) |`);
}
out();

// size
const bestSize = bestOf((p) => sizes[p].totalGz);
out('## Shipped size');
out();
out(`esbuild \`--bundle --minify --format=esm --platform=browser\`, gzip -9. mde-indicator: the entry bundled (JS glue and API), the .wasm counted as its own file; \`mde-indicator/validate\` has validation and \`profiles()\` only, the package root everything (batches, CSV, extraction). Peers: the schema module of tests/bench/peers/ bundled with the library and rules.mjs. Ratio to the smallest peer, lower is better.`);
out();
out('| contender | gzipped, vs smallest peer | JS minified | JS gzipped | wasm | wasm gzipped |');
out('|---|---|---|---|---|---|');
for (const [name, label] of [['mde-validate', 'mde-indicator/validate'], ['mde', 'mde-indicator (the whole package)']]) {
  const size = sizes[name];
  out(`| ${label}${flag('mde')} | ${ratio(size.totalGz / bestSize)} (${kb(size.totalGz)}) | ${kb(size.js)} | ${kb(size.jsGz)} | ${kb(size.wasm)} | ${kb(size.wasmGz)} |`);
}
for (const peer of PEERS) out(`| ${LABEL[peer].replace(/ \(.*\)$/, '')}${flag(peer)} | ${ratio(sizes[peer].totalGz / bestSize)} (${kb(sizes[peer].totalGz)}) | ${kb(sizes[peer].js)} | ${kb(sizes[peer].jsGz)} | | |`);
out();

// extraction
out('## Extraction');
out();
out(`\`extract\` against ioc-extractor ${VERSIONS['ioc-extractor']} \`extractIOC\` on the same generated 1 MB report-like text (tests/bench/extract.mjs, median of its 9 interleaved rounds): mde-indicator is ${ratio(extractVsIoc)} as fast (${time(mdeExtractMs)} vs ${time(iocExtractMs)}). Its output:`);
out();
out('```');
out(extractOutput);
out('```');

const report = `${lines.join('\n')}\n`;
writeFileSync(OUT, report);

// docs/performance.md carries the targets table (and where the full report is) between two
// markers, so that each run of the command regenerates it.
const README = `${ROOT}/docs/performance.md`;
const [START, END] = ['<!-- bench:start -->', '<!-- bench:end -->'];
const readme = readFileSync(README, 'utf8');
const [before, rest] = readme.split(START);
if (rest?.includes(END) && OUT === here('RESULTS.md')) {
  const machine = `${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}`;
  const table = lines.slice(lines.indexOf('## The project\'s targets') + 2, lines.findIndex((l) => l.startsWith('Met: ')) + 1);
  const block = [`Run of ${started.toISOString().slice(0, 10)} on ${machine} (the whole report: [tests/bench/RESULTS.md](../tests/bench/RESULTS.md)).`, '', ...table];
  writeFileSync(README, `${before}${START}\n${block.join('\n')}\n${END}${rest.split(END)[1]}`);
}
console.log(report);
log(`written to ${OUT} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
if (sink === -1) console.log(''); // keeps the timed results observable
