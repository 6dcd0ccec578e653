// Extraction throughput for the README: mde-indicator `extract` and ioc-extractor's
// `extractIOC` on the same generated 1 MB threat-report text, in the same run, interleaved,
// median of several rounds; then how many distinct indicators of each kind each one found.
// Run: npm run build && node tests/bench/extract.mjs
import { createRequire } from 'node:module';
import os from 'node:os';
import { extractIOC } from 'ioc-extractor';
import { rng } from './data.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');

/** Prose with indicators as reports write them: defanged or not, among file names, versions and code. */
export function reportText(bytes = 1 << 20, seed = 7) {
  const next = rng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  const label = () => pick(['update', 'cdn', 'login', 'secure', 'files', 'mail', 'portal', 'sync']) + Math.floor(next() * 5000);
  const domain = () => `${label()}.${pick(['com', 'net', 'org', 'info', 'ru', 'xyz', 'top', 'co.uk'])}`;
  const ip = () => [20 + Math.floor(next() * 180), Math.floor(next() * 256), Math.floor(next() * 256), 1 + Math.floor(next() * 254)].join('.');
  const dotted = (text) => (next() < 0.5 ? text.replaceAll('.', pick(['[.]', '(.)', '[dot]', '{.}'])) : text);
  const indicators = [
    () => `${pick(['hxxp', 'hxxps', 'http', 'https', '[http]'])}://${dotted(domain())}/${pick(['gate.php', 'dl/payload.bin', 'index.html?id=3', 'wp-admin/'])}`,
    () => dotted(domain()),
    () => dotted(ip()),
    () => hex(pick([32, 40, 64])).toUpperCase(),
    () => hex(pick([32, 40, 64])),
    () => `user${Math.floor(next() * 100)}[@]${dotted(domain())}`,
  ];
  const noise = [
    () => pick(['report.pdf', 'setup.exe', 'invoice.docx', 'payload.dll', 'config.json']),
    () => `v${Math.floor(next() * 9)}.${Math.floor(next() * 20)}.${Math.floor(next() * 99)}`,
    () => `${Math.floor(next() * 9)}.${Math.floor(next() * 9)}.${Math.floor(next() * 9)}.${Math.floor(next() * 9)}.${Math.floor(next() * 9)}`,
    () => pick(['window.location.href', 'document.cookie', 'console.log(x)', 'os.path.join']),
    () => pick(['🦀', '😀', 'données', '攻撃者', 'Злоумышленник']),
  ];
  const words = 'the actor used a loader to reach its server after the first stage dropped files on disk and then contacted infrastructure which we observed during the campaign in several sectors'.split(' ');
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const sentence = [];
    for (let i = 0; i < 12; i++) {
      const roll = next();
      sentence.push(roll < 0.06 ? pick(indicators)() : roll < 0.1 ? pick(noise)() : pick(words));
    }
    const line = `${sentence.join(' ')}.${next() < 0.2 ? '\n' : ' '}`;
    parts.push(line);
    size += Buffer.byteLength(line);
  }
  return parts.join('');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function counts(found) {
  const byType = {};
  for (const f of found) byType[f.indicatorType] = (byType[f.indicatorType] ?? 0) + 1;
  return byType;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = reportText();
  const megabytes = Buffer.byteLength(text) / 2 ** 20;
  const contenders = {
    'mde-indicator extract()': () => mde.extract(text),
    'mde-indicator extract({ unique: true })': () => mde.extract(text, { unique: true }),
    'ioc-extractor 8 extractIOC()': () => extractIOC(text),
  };
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const fn of Object.values(contenders)) fn(); // warm up
  for (let round = 0; round < 9; round++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const start = process.hrtime.bigint();
      fn();
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  console.log(`${megabytes.toFixed(2)} MB report-like text; ${os.cpus()[0]?.model}, ${os.cpus().length} cores, Node ${process.versions.node}`);
  for (const [name, list] of Object.entries(times)) {
    const ms = median(list);
    console.log(`${name.padEnd(42)} ${ms.toFixed(1).padStart(7)} ms  ${(megabytes / (ms / 1000)).toFixed(1).padStart(6)} MB/s`);
  }

  const mine = mde.extract(text, { unique: true });
  const theirs = extractIOC(text);
  const mineByType = counts(mine);
  console.log('\ndistinct indicators found');
  console.log(`mde-indicator: ${mine.length} (${Object.entries(mineByType).map(([k, v]) => `${k} ${v}`).join(', ')}); submittable ${mine.filter((f) => f.submittable).length}`);
  const kinds = ['urls', 'domains', 'ipv4s', 'ipv6s', 'md5s', 'sha1s', 'sha256s', 'emails'];
  const total = kinds.reduce((sum, k) => sum + theirs[k].length, 0);
  console.log(`ioc-extractor: ${total} (${kinds.map((k) => `${k} ${theirs[k].length}`).join(', ')})`);
  const file = ['report.pdf', 'setup.exe', 'invoice.docx', 'payload.dll', 'config.json', 'window.location.href', 'document.cookie'];
  console.log(`file names or code taken for domains: mde-indicator ${mine.filter((f) => file.includes(f.value)).length}, ioc-extractor ${theirs.domains.filter((d) => file.includes(d)).length}`);
}
