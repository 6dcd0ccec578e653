// Peak memory and speed of the command line on large NDJSON files: the CLI streams, so its
// peak RSS should stay far below the file's size and barely move between a file and one ten
// times larger. Needs GNU time (/usr/bin/time, Debian package `time`) and a built package.
//
//   node tests/bench/cli-memory.mjs [lines = 1000000]
//
// Prints a markdown table: for each file and command, peak RSS, wall time and items/s. The last
// file repeats one indicator: the batch validator keeps a fingerprint per distinct valid
// indicator (to report duplicates across chunks), and this row shows memory without them.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indicators } from './data.mjs';

const TIME = '/usr/bin/time';
const cli = fileURLToPath(new URL('../../bin/mde-indicator.mjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const lines = Number(process.argv[2] ?? 1_000_000);

if (!existsSync(TIME)) {
  console.error(`${TIME} is missing: install GNU time (apt-get install time)`);
  process.exit(1);
}

/** `count` generated indicators (all seven types, about 20 % invalid) as NDJSON. */
async function writeNdjson(path, count) {
  const out = createWriteStream(path);
  // Blocks of 10,000, each with its own seed, so that the generator's memory stays small too.
  for (let done = 0; done < count; done += 10_000) {
    const block = indicators(Math.min(10_000, count - done), done + 1);
    if (!out.write(`${block.map((item) => JSON.stringify(item)).join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** `count` lines of one valid indicator. */
async function writeRepeated(path, count) {
  const [line] = indicators(1, 7).map((item) => `${JSON.stringify(item)}\n`);
  const out = createWriteStream(path);
  for (let done = 0; done < count; done += 10_000) {
    if (!out.write(line.repeat(Math.min(10_000, count - done)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs a command under GNU time; returns { seconds, peakBytes }. Output goes to /dev/null. */
function measure(args) {
  const run = spawnSync(TIME, ['-f', 'mde-time %e %M', ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  // Exit 1 (some items invalid) is the expected outcome of the CLI here.
  const times = /mde-time ([\d.]+) (\d+)/.exec(run.stderr);
  if (run.status > 1 || !times) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return { seconds: Number(times[1]), peakBytes: Number(times[2]) * 1024 };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const count = (n) => Math.round(n).toLocaleString('en-US');

const dir = mkdtempSync(join(tmpdir(), 'mde-cli-bench-'));
try {
  const files = [];
  for (const size of [lines / 10, lines]) {
    const path = join(dir, `feed-${size}.ndjson`);
    await writeNdjson(path, size);
    files.push({ path, size, bytes: statSync(path).size, label: '', commands: ['validate', 'validate --format json', 'build --out'] });
  }
  const repeated = join(dir, 'repeated.ndjson');
  await writeRepeated(repeated, lines);
  files.push({ path: repeated, size: lines, bytes: statSync(repeated).size, label: ', one indicator repeated', commands: ['validate'] });
  const now = ['--now', '2026-01-01T00:00:00Z'];
  const baseline = measure([process.execPath, '-e', `require(${JSON.stringify(root)}).validate({})`]);
  console.log(`Node ${process.version}; loading the package alone peaks at ${mb(baseline.peakBytes)} RSS.\n`);
  console.log('| file | command | peak RSS | RSS / file | wall | items/s |');
  console.log('|---|---|---|---|---|---|');
  for (const file of files) {
    const runs = {
      validate: [file.path, ...now],
      'validate --format json': [file.path, ...now, '--format', 'json'],
      'build --out': [file.path, ...now, '--out', join(dir, `out-${files.indexOf(file)}`)],
    };
    for (const name of file.commands) {
      const { seconds, peakBytes } = measure([process.execPath, cli, name.split(' ')[0], ...runs[name]]);
      const label = `${count(file.size)} lines${file.label}, ${mb(file.bytes)}`;
      console.log(`| ${label} | \`${name}\` | ${mb(peakBytes)} | ${(peakBytes / file.bytes * 100).toFixed(0)} % | ${seconds.toFixed(1)} s | ${count(file.size / seconds)} |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
