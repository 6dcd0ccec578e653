// extract(), detectType(), refang() and defang() through the built package: the shared cases
// of tests/fixtures/extract.json (also run by cargo test), offsets as JavaScript strings count
// them, agreement with validate(), long adversarial inputs, and misuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esm from '../../index.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');
const fixtures = JSON.parse(readFileSync(new URL('../fixtures/extract.json', import.meta.url), 'utf8'));
const codes = (issues) => issues.map((i) => i.code);

test('the entries export the extraction API', () => {
  for (const name of ['extract', 'detectType', 'refang', 'defang']) {
    assert.equal(typeof mde[name], 'function', name);
    assert.equal(esm[name], mde[name], name);
  }
});

for (const c of fixtures.extract) {
  test(`extract: ${c.name}`, () => {
    const found = mde.extract(c.text, { profile: c.profile, unique: c.unique });
    assert.deepEqual(found.map((f) => [f.indicatorType, f.value, f.text, f.defanged]), c.found);
    for (const f of found) {
      assert.equal(c.text.slice(f.start, f.end), f.text, 'start/end are UTF-16 offsets into the text');
      assert.equal(f.submittable, f.errors.length === 0);
    }
    if (c.errors) assert.deepEqual(found.map((f) => codes(f.errors)), c.errors);
    if (c.warnings) assert.deepEqual(found.map((f) => codes(f.warnings)), c.warnings);
  });
}

test('each finding carries what validate says of its value', () => {
  const text = fixtures.extract.map((c) => c.text).join('\n');
  const found = mde.extract(text);
  assert.ok(found.length > 30);
  assert.ok(found.some((f) => codes(f.errors).includes('onion_service')));
  for (const f of found) {
    const body = { indicatorValue: f.value, indicatorType: f.indicatorType, action: 'Allowed', title: 't', description: 'd' };
    const report = mde.validate(body);
    // `onion_service` is extraction's own: validate cannot tell a Tor address from a domain.
    const onion = f.errors.filter((i) => i.code === 'onion_service');
    assert.equal(onion.length > 0, /\.onion(?:[/:?#]|$)/.test(f.value), f.value);
    assert.equal(report.valid && onion.length === 0, f.submittable, f.value);
    assert.deepEqual(report.errors, f.errors.filter((i) => i.code !== 'onion_service'), f.value);
    assert.deepEqual(report.warnings, f.warnings, f.value);
  }
});

// The same scoring as tests/extract.rs, through the package: UTF-16 offsets on real-shaped
// reports, and the figures per kind printed as diagnostics.
test('the corpus of reports: precision and recall per kind, file and detection names', (t) => {
  const dir = new URL('../fixtures/reports/', import.meta.url);
  const truth = JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8'));
  const kindOf = (type) => (type.startsWith('File') ? 'hash' : type);
  const tally = {};
  const entry = (kind) => (tally[kind] ??= { expected: 0, right: 0, found: 0 });
  let fileNames = 0, fileNamesAsDomains = 0, detections = 0, detectionsAsDomains = 0;
  for (const report of truth.reports) {
    const text = readFileSync(new URL(report.file, dir), 'utf8');
    const all = mde.extract(text);
    for (const f of all) assert.equal(text.slice(f.start, f.end), f.text, `${report.file}: ${f.value}`);
    const found = new Set(mde.extract(text, { unique: true }).map((f) => `${f.indicatorType} ${f.value}`));
    const expected = new Set(report.indicators.map(([type, value]) => `${type} ${value}`));
    for (const key of expected) {
      const e = entry(kindOf(key.split(' ')[0]));
      e.expected++;
      if (found.has(key)) e.right++;
    }
    for (const key of found) entry(kindOf(key.split(' ')[0])).found++;
    const domains = [...found].filter((k) => k.startsWith('DomainName ')).map((k) => k.slice('DomainName '.length));
    for (const name of report.fileNames) {
      fileNames++;
      if (domains.includes(name.toLowerCase())) fileNamesAsDomains++;
    }
    for (const name of report.detectionNames) {
      detections++;
      if (domains.some((d) => name.toLowerCase().includes(d))) detectionsAsDomains++;
    }
  }
  const percent = (part, whole) => (whole ? (100 * part) / whole : 100);
  for (const [kind, { expected, right, found }] of Object.entries(tally)) {
    t.diagnostic(`${kind}: recall ${right}/${expected} (${percent(right, expected).toFixed(1)} %), precision ${right}/${found} (${percent(right, found).toFixed(1)} %)`);
  }
  t.diagnostic(`file names as domains ${fileNamesAsDomains}/${fileNames}, detection names as domains ${detectionsAsDomains}/${detections}`);
  for (const [kind, target] of [['Url', 95], ['DomainName', 95], ['IpAddress', 99], ['hash', 99]]) {
    assert.ok(percent(tally[kind].right, tally[kind].expected) >= target, `${kind} recall`);
  }
  assert.ok(percent(fileNamesAsDomains, fileNames) <= 1, 'file names as domains');
  assert.ok(percent(detectionsAsDomains, detections) <= 5, 'detection names as domains');
});

test('detectType, refang and defang', () => {
  for (const [input, type, value, submittable] of fixtures.detectType) {
    const detected = mde.detectType(input);
    assert.deepEqual([detected.indicatorType, detected.value, detected.submittable], [type, value, submittable], input);
  }
  assert.equal(mde.detectType('evil[.]example[.]com').defanged, true);
  assert.deepEqual(codes(mde.detectType('10.0.0.1').errors), ['ip_not_global']);
  for (const [plain, defanged] of fixtures.defang) {
    assert.equal(mde.defang(plain), defanged);
    assert.equal(mde.refang(defanged), plain);
    assert.equal(mde.defang(defanged), defanged, 'defang is idempotent');
  }
});

test('offsets stay right after many characters outside the BMP', () => {
  const text = `${'🦀'.repeat(5000)} evil[.]example[.]com ${'𝔘é'.repeat(3000)} 8[.]8[.]8[.]8`;
  const found = mde.extract(text);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['evil[.]example[.]com', '8[.]8[.]8[.]8']);
  assert.equal(found[0].start, 10_001);
});

test('long adversarial inputs take linear time and find nothing', () => {
  const MB = 1 << 20;
  const inputs = {
    dots: '.'.repeat(MB),
    digits: '1'.repeat(MB),
    'defanged dots': '[.]'.repeat(MB / 3),
    'dotted digits': '1.'.repeat(MB / 2),
    'dotted letters': 'a.'.repeat(MB / 2),
    colons: '1:'.repeat(MB / 2),
    'open brackets': '[('.repeat(MB / 2),
    hxxp: 'hxxp'.repeat(MB / 4),
    hex: 'a1'.repeat(MB / 2),
    'half brackets': 'a[.'.repeat(MB / 3),
    'spaced dots': 'a [.] '.repeat(MB / 6),
  };
  mde.extract('warm up');
  for (const [name, text] of Object.entries(inputs)) {
    const start = performance.now();
    const found = mde.extract(text);
    const ms = performance.now() - start;
    assert.deepEqual(found, [], name);
    // A quadratic pass over 1 MB would take minutes; this bound only catches that.
    assert.ok(ms < 1500, `${name}: ${ms.toFixed(0)} ms`);
  }
});

test('time grows linearly with the text', () => {
  const unit = 'see hxxp://evil[.]example[.]com/a and 8.8.8.8 in report.pdf 1.2.3.4.5 '.repeat(200);
  const time = (text) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      mde.extract(text);
      runs.push(performance.now() - start);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  time(unit);
  const small = time(unit.repeat(4));
  const large = time(unit.repeat(32));
  assert.ok(large < small * 8 * 3, `8x the text took ${(large / small).toFixed(1)}x the time`);
});

test('misuse throws; bad text never does', () => {
  assert.throws(() => mde.extract(42), TypeError);
  assert.throws(() => mde.extract('x', 'current'), TypeError);
  assert.throws(() => mde.extract('x', { profile: '2019' }), /unknown profile "2019"/);
  assert.throws(() => mde.detectType(null), TypeError);
  assert.throws(() => mde.refang(undefined), TypeError);
  assert.throws(() => mde.defang(1), TypeError);
  for (const text of ['', '\uD800 lone surrogate 8.8.8.8', '\u0000'.repeat(100), '[[[[', 'http://', '::']) {
    assert.ok(Array.isArray(mde.extract(text)));
  }
  const lone = '\uD800 8.8.8.8';
  const [found] = mde.extract(lone);
  assert.equal(lone.slice(found.start, found.end), '8.8.8.8');
});

test('the README example of extract says what the package does', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const code = readme.split('## Finding indicators in text')[1].match(/```js\n([\s\S]*?)```/)[1];
  const [first, second] = mde.extract('C2: hxxps://evil[.]example[.]com/gate.php and 10[.]1[.]2[.]3, not report.pdf', { unique: true });
  for (const f of [first, second]) {
    assert.ok(code.includes(`value: '${f.value}', indicatorType: '${f.indicatorType}', start: ${f.start}, end: ${f.end}`), f.value);
    assert.ok(code.includes(`submittable: ${f.submittable}`));
  }
  assert.ok(code.includes(`'${mde.refang('hxxps[://]evil[dot]example{.}com')}'`));
  assert.ok(code.includes(`'${mde.defang('https://evil.example.com/a.php')}'`));
  assert.ok(code.includes(`value: '${mde.detectType('hxxp://evil[.]example[.]com').value}'`));
});
