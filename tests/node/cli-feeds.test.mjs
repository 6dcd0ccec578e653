// STIX and MISP files through the command line (js/cli/feeds.mjs), spawned as users run it:
// detection from the content, --input-format, the skipped entries in each report, skipped.json
// beside the import bodies, the feed options, and memory that follows the file's size, not its tree.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mispEvent, stixBundle } from '../feeds/generate.mjs';
import { writeBundle } from '../bench/cli-feeds-memory.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');
const cli = fileURLToPath(new URL('../../bin/mde-indicator.mjs', import.meta.url));
const now = '2026-03-01T00:00:00Z';

const dir = mkdtempSync(join(tmpdir(), 'mde-cli-feeds-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Prints the process's peak RSS (KiB) on stderr at exit, for the memory test.
const peak = join(dir, 'peak.cjs');
writeFileSync(peak, "process.on('exit', () => process.stderr.write(`\\npeak-rss ${process.resourceUsage().maxRSS}\\n`));\n");

function run(args, { measure = false } = {}) {
  const child = spawn(process.execPath, [...(measure ? ['--require', peak] : []), cli, ...args]);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text) => { stderr += text; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, peakKiB: Number(/peak-rss (\d+)/.exec(stderr)?.[1]) }));
    child.stdin.end();
  });
}

const stix = stixBundle({ entries: 400, seed: 21 });
const stixPath = join(dir, 'bundle.json');
writeFileSync(stixPath, stix.text);
const misp = mispEvent({ entries: 300, seed: 22 });
// MISP exports are often saved as .txt or without an extension: the content decides.
const mispPath = join(dir, 'event.txt');
writeFileSync(mispPath, misp.text);

test('validate: a STIX bundle is recognised, its skipped entries listed with their codes', async () => {
  const { code, stdout, stderr } = await run(['validate', stixPath, '--now', now]);
  const expected = mde.fromStix(stix.text, { now });
  const skippedLines = stdout.split('\n').filter((line) => line.startsWith('skipped'));
  assert.equal(skippedLines.length, expected.skipped.length);
  for (const [at, entry] of expected.skipped.entries()) {
    assert.ok(skippedLines[at].includes(entry.path) && skippedLines[at].includes(entry.code) && skippedLines[at].includes(entry.message), skippedLines[at]);
  }
  // The summary is on stderr when stdout is not a terminal.
  assert.match(stderr, new RegExp(`STIX: 400 objects, ${expected.indicators.length.toLocaleString('en-US')} indicators, ${expected.skipped.length} skipped \\(`));
  // The certificates have no action unless given one: they are the invalid ones, named by their source.
  assert.equal(code, stix.expected.invalid > 0 ? 1 : 0);
  const certificates = expected.indicators.filter((i) => i.indicatorType === 'CertificateThumbprint');
  for (const certificate of certificates) assert.ok(stdout.includes(`${certificate.source.path} (${certificate.source.id})`));
});

test('validate --format json: the report of validateBatch with the feed\'s skipped entries and summary', async () => {
  const { code, stdout } = await run(['validate', mispPath, '--now', now, '--format', 'json']);
  const report = JSON.parse(stdout);
  const expected = mde.fromMisp(misp.text, { now });
  assert.deepEqual(report.skipped, expected.skipped);
  assert.deepEqual(report.feed, expected.summary);
  assert.equal(report.items.length, expected.indicators.length);
  assert.deepEqual(report.items.map((item) => item.source), expected.indicators.map((i) => i.source));
  assert.equal(report.summary.invalid, misp.expected.invalid);
  assert.equal(code, misp.expected.invalid > 0 ? 1 : 0);
});

test('build: bodies of the valid indicators, skipped.json beside invalid.json, and the feed options', async () => {
  const out = join(dir, 'out');
  const args = ['build', stixPath, '--now', now, '--out', out, '--action', 'files=BlockAndRemediate,network=Block,certificates=Allowed', '--expires-in-days', '30'];
  const first = await run(args);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['batch-0001.json', 'invalid.json', 'skipped.json']);
  const expected = mde.fromStix(stix.text, { now, action: { files: 'BlockAndRemediate', network: 'Block', certificates: 'Allowed' }, expiresInDays: 30 });
  assert.deepEqual(JSON.parse(readFileSync(join(out, 'skipped.json'), 'utf8')), expected.skipped);
  const payloads = JSON.parse(readFileSync(join(out, 'batch-0001.json'), 'utf8')).Indicators;
  assert.deepEqual(payloads, mde.validateBatch(expected.indicators, { now }).items.map((item) => item.payload));
  assert.ok(payloads.every((p) => p.expirationTime === '2026-03-31T00:00:00Z' || p.expirationTime > now));
  assert.match(first.stderr, /skipped entries of the feed listed in .*skipped\.json/);
  // A second run refuses to mix its files with these, skipped.json included, unless forced.
  assert.equal((await run(args)).code, 2);
  assert.equal((await run([...args, '--force'])).code, 0);
});

test('--input-format forces the reading; bad feed options are usage errors', async () => {
  const forced = await run(['validate', stixPath, '--input-format', 'misp']);
  assert.equal(forced.code, 2);
  assert.match(forced.stderr, /must be a MISP event, list of events or REST answer, not an object \[invalid_type\]/);
  const truncated = join(dir, 'truncated.json');
  writeFileSync(truncated, stix.text.slice(0, 5000));
  const broken = await run(['validate', truncated]);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /is not valid JSON: .* at line \d+, column \d+ \[invalid_json\]/);
  for (const bad of [['--action', 'file=Block'], ['--expires-in-days', 'soon']]) {
    const usage = await run(['validate', stixPath, ...bad]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /see mde-indicator --help/);
  }
});

test('memory follows the size of a feed, not its tree', async () => {
  const small = join(dir, 'small.json');
  const large = join(dir, 'large.json');
  await writeBundle(small, 2e6);
  await writeBundle(large, 20e6);
  const runs = [];
  for (const path of [small, large]) {
    const started = performance.now();
    const { code, peakKiB, stderr } = await run(['validate', path, '--now', now], { measure: true });
    assert.ok(code <= 1, stderr);
    runs.push({ bytes: statSync(path).size, peak: peakKiB * 1024, seconds: (performance.now() - started) / 1000 });
  }
  const [a, b] = runs;
  const growth = (b.peak - a.peak) / (b.bytes - a.bytes);
  // The file's bytes, their copy in wasm, and wasm memory that grows by doubling: about three
  // times the feed, with the GC's timing on top (it varied by a third between runs on a busy
  // machine). A tree of the feed would be ten times and more.
  assert.ok(growth < 4.5, `peak RSS grew ${growth.toFixed(2)} bytes per byte of feed (${(a.peak / 1e6).toFixed(0)} → ${(b.peak / 1e6).toFixed(0)} MB)`);
  assert.ok(b.seconds < 20, `${b.seconds.toFixed(1)} s for ${(b.bytes / 1e6).toFixed(0)} MB`);
});
