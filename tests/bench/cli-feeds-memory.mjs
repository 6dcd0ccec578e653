// Peak memory and speed of the command line on large STIX bundles and MISP events
// (tests/feeds/generate.mjs). A feed is one JSON document, read whole: memory follows the
// file's size once or twice (its bytes in Node, then in wasm), never its tree. Needs GNU time
// (/usr/bin/time) and a built package.
//
//   node tests/bench/cli-feeds-memory.mjs [megabytes = 50]
//
// Prints a markdown table: for each file and command, peak RSS, wall time and entries/s.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mispEvent, stixObjects } from '../feeds/generate.mjs';

const TIME = '/usr/bin/time';
const cli = fileURLToPath(new URL('../../bin/mde-indicator.mjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const megabytes = Number(process.argv[2] ?? 50);

/** A bundle of about `bytes`, written object by object; returns its number of objects. */
export async function writeBundle(path, bytes) {
  const out = createWriteStream(path);
  out.write('{"type":"bundle","id":"bundle--00000000-0000-4000-a000-000000000000","objects":[\n');
  let written = 0;
  let entries = 0;
  const sink = { indicatorsByType: {}, skippedByCode: {}, ignoredByType: {}, invalid: 0 };
  for (const object of stixObjects({ entries: Number.MAX_SAFE_INTEGER, seed: 11 }, sink)) {
    const text = `${entries === 0 ? '' : ',\n'}${object}`;
    if (!out.write(text)) await once(out, 'drain');
    written += text.length;
    entries++;
    if (written >= bytes) break;
  }
  out.end('\n]}\n');
  await once(out, 'finish');
  return entries;
}

/** Runs a command under GNU time; returns { seconds, peakBytes }. Output goes to /dev/null. */
function measure(args) {
  const run = spawnSync(TIME, ['-f', 'mde-time %e %M', ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const times = /mde-time ([\d.]+) (\d+)/.exec(run.stderr);
  if (run.status > 1 || !times) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return { seconds: Number(times[1]), peakBytes: Number(times[2]) * 1024 };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const count = (n) => Math.round(n).toLocaleString('en-US');

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(TIME)) {
    console.error(`${TIME} is missing: install GNU time (apt-get install time)`);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mde-feeds-bench-'));
  try {
    const files = [];
    for (const size of [megabytes / 10, megabytes]) {
      const path = join(dir, `bundle-${size}.json`);
      const entries = await writeBundle(path, size * 1e6);
      files.push({ path, entries, kind: 'STIX bundle', unit: 'objects', bytes: statSync(path).size });
    }
    // MISP averages about 330 bytes an attribute in its own export format.
    const misp = join(dir, 'event.json');
    const entries = Math.round((megabytes * 1e6) / 330);
    writeFileSync(misp, mispEvent({ entries, seed: 5 }).text);
    files.push({ path: misp, entries, kind: 'MISP event', unit: 'attributes', bytes: statSync(misp).size });

    const now = ['--now', '2026-03-01T00:00:00Z'];
    const baseline = measure([process.execPath, '-e', `require(${JSON.stringify(root)}).validate({})`]);
    console.log(`Node ${process.version}; loading the package alone peaks at ${mb(baseline.peakBytes)} RSS.\n`);
    console.log('| file | command | peak RSS | RSS / file | wall | entries/s |');
    console.log('|---|---|---|---|---|---|');
    for (const [at, file] of files.entries()) {
      const runs = {
        validate: ['validate', file.path, ...now],
        'validate --format json': ['validate', file.path, ...now, '--format', 'json'],
        'build --out': ['build', file.path, ...now, '--out', join(dir, `out-${at}`)],
      };
      for (const [name, args] of Object.entries(runs)) {
        const { seconds, peakBytes } = measure([process.execPath, cli, ...args]);
        const label = `${file.kind}, ${count(file.entries)} ${file.unit}, ${mb(file.bytes)}`;
        console.log(`| ${label} | \`${name}\` | ${mb(peakBytes)} | ${(peakBytes / file.bytes * 100).toFixed(0)} % | ${seconds.toFixed(1)} s | ${count(file.entries / seconds)} |`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
