// Extraction throughput for the README: mde-indicator `extract` and ioc-extractor's
// `extractIOC` on the same generated 1 MB threat-report text, in the same run, interleaved,
// median of several rounds; then how many distinct indicators of each kind each one found, and
// recall and precision of both on the corpus of tests/fixtures/reports/.
// Run: npm run build && node tests/bench/extract.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { extractIOC } from 'ioc-extractor';
import { rng } from './data.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');

/**
 * Prose with indicators as reports write them: defanged or not, among file names, versions and
 * code. Returns the text and what was planted in it, refanged, by kind.
 */
export function reportText(bytes = 1 << 20, seed = 7) {
  const next = rng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  const label = () => pick(['update', 'cdn', 'login', 'secure', 'files', 'mail', 'portal', 'sync']) + Math.floor(next() * 5000);
  const domain = () => `${label()}.${pick(['com', 'net', 'org', 'info', 'ru', 'xyz', 'top', 'co.uk'])}`;
  const ip = () => [20 + Math.floor(next() * 180), Math.floor(next() * 256), Math.floor(next() * 256), 1 + Math.floor(next() * 254)].join('.');
  const dotted = (text) => (next() < 0.5 ? text.replaceAll('.', pick(['[.]', '(.)', '[dot]', '{.}'])) : text);
  const planted = { urls: new Set(), urlHosts: new Set(), domains: new Set(), ips: new Set(), hashes: new Set() };
  const indicators = [
    () => {
      const [scheme, host, path] = [pick(['hxxp', 'hxxps', 'http', 'https', '[http]']), domain(), pick(['gate.php', 'dl/payload.bin', 'index.html?id=3', 'wp-admin/'])];
      planted.urls.add(`${scheme.replace('hxxp', 'http').replace(/[[\]]/g, '')}://${host}/${path}`);
      planted.urlHosts.add(host);
      return `${scheme}://${dotted(host)}/${path}`;
    },
    () => {
      const name = domain();
      planted.domains.add(name);
      return dotted(name);
    },
    () => {
      const address = ip();
      planted.ips.add(address);
      return dotted(address);
    },
    () => {
      const hash = hex(pick([32, 40, 64]));
      planted.hashes.add(hash);
      return next() < 0.5 ? hash.toUpperCase() : hash;
    },
    () => {
      const name = domain();
      planted.domains.add(name);
      return `user${Math.floor(next() * 100)}[@]${dotted(name)}`;
    },
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
  return { text: parts.join(''), planted };
}

/** `found of planted`, and how many found values were never planted. */
function score(values, truth, planted = truth) {
  const found = new Set(values);
  const hits = [...planted].filter((v) => found.has(v)).length;
  const wrong = [...found].filter((v) => !truth.has(v));
  return { text: `${hits}/${planted.size}${wrong.length ? ` +${wrong.length} not planted` : ''}`, wrong };
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
  const { text, planted } = reportText();
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

  // Against what was planted. A URL's host and a mail address's domain count as domains
  // found rightly, but only the planted standalone and mail domains are expected.
  const mine = mde.extract(text, { unique: true });
  const theirs = extractIOC(text);
  const of = (type) => mine.filter((f) => f.indicatorType === type).map((f) => f.value);
  const allDomains = new Set([...planted.domains, ...planted.urlHosts]);
  const rows = {
    'mde-indicator': {
      URLs: score(of('Url'), planted.urls),
      domains: score(of('DomainName'), allDomains, planted.domains),
      IPs: score(of('IpAddress'), planted.ips),
      hashes: score([...of('FileMd5'), ...of('FileSha1'), ...of('FileSha256')], planted.hashes),
    },
    'ioc-extractor': {
      URLs: score(theirs.urls, planted.urls),
      domains: score(theirs.domains, allDomains, planted.domains),
      IPs: score([...theirs.ipv4s, ...theirs.ipv6s], planted.ips),
      // ioc-extractor keeps a hash's case; compared in lower case, as the service does.
      hashes: score([...theirs.md5s, ...theirs.sha1s, ...theirs.sha256s].map((h) => h.toLowerCase()), planted.hashes),
    },
  };
  console.log('\nfound of planted (distinct values)');
  for (const [name, kinds] of Object.entries(rows)) {
    console.log(`${name.padEnd(14)} ${Object.entries(kinds).map(([kind, r]) => `${kind} ${r.text}`).join(', ')}`);
  }
  console.log(`mde-indicator submittable: ${mine.filter((f) => f.submittable).length} of ${mine.length}; ioc-extractor also lists ${theirs.emails.length} mail addresses`);
  for (const [name, kinds] of Object.entries(rows)) {
    for (const [kind, r] of Object.entries(kinds)) if (r.wrong.length) console.log(`${name} ${kind} not planted, e.g. ${r.wrong.slice(0, 4).join('  ')}`);
  }

  // The corpus of tests/fixtures/reports/ against its ground truth: recall (right/expected)
  // and precision (right/found) per kind, distinct values per report, for both.
  const dir = new URL('../fixtures/reports/', import.meta.url);
  const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8'));
  const kinds = { URLs: ['Url'], domains: ['DomainName'], IPs: ['IpAddress'], hashes: ['FileMd5', 'FileSha1', 'FileSha256', 'CertificateThumbprint'] };
  const corpus = { 'mde-indicator': {}, 'ioc-extractor': {} };
  const add = (who, kind, expected, found) => {
    const tally = (corpus[who][kind] ??= { expected: 0, right: 0, found: 0 });
    tally.expected += expected.size;
    tally.found += found.size;
    tally.right += [...found].filter((v) => expected.has(v)).length;
  };
  for (const report of truth.reports) {
    const text = readFileSync(new URL(report.file, dir), 'utf8');
    const ours = mde.extract(text, { unique: true });
    const ioc = extractIOC(text);
    const peer = { URLs: ioc.urls, domains: ioc.domains, IPs: [...ioc.ipv4s, ...ioc.ipv6s], hashes: [...ioc.md5s, ...ioc.sha1s, ...ioc.sha256s].map((h) => h.toLowerCase()) };
    for (const [kind, types] of Object.entries(kinds)) {
      const expected = new Set(report.indicators.filter(([type]) => types.includes(type)).map(([, value]) => value));
      add('mde-indicator', kind, expected, new Set(ours.filter((f) => types.includes(f.indicatorType)).map((f) => f.value)));
      add('ioc-extractor', kind, expected, new Set(peer[kind]));
    }
  }
  const expectedTotal = Object.values(corpus['mde-indicator']).reduce((sum, t) => sum + t.expected, 0);
  console.log(`\ncorpus of ${truth.reports.length} reports (tests/fixtures/reports, ${expectedTotal} indicators): recall, precision`);
  const pct = (part, whole) => `${(whole ? (100 * part) / whole : 100).toFixed(1)} %`;
  for (const [name, tallies] of Object.entries(corpus)) {
    console.log(`${name.padEnd(14)} ${Object.entries(tallies).map(([kind, t]) => `${kind} ${pct(t.right, t.expected)}, ${pct(t.right, t.found)}`).join('; ')}`);
  }
}
