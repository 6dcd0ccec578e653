// The JSON Schemas of toJsonSchema() with a real validator (ajv, draft 2020-12 and draft-07):
// sound (every body that validate() accepts, ajv accepts, and every payload it returns the
// output schema accepts) for every profile and target, over every fixture, the bench's data
// and mutations of them; and useful (ajv rejects the clear errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv07 from 'ajv';
import addFormats from 'ajv-formats';
import * as mde from '../../index.mjs';
import * as lean from '../../validate/index.mjs';
import { generate, rng } from '../bench/data.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'));
const PROFILES = Object.keys(mde.profiles());
const TARGETS = ['draft-2020-12', 'draft-07', 'openapi-3.0'];
/** The schemas' own keywords, which ajv's strict mode wants declared. */
const KEYWORDS = ['x-mde-since', 'x-mde-values-since', 'x-mde-profile', 'x-mde-not-expressed'];

function ajvFor(target) {
  const ajv = target === 'draft-2020-12' ? new Ajv2020({ allErrors: true }) : new Ajv07({ allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(target === 'openapi-3.0' ? [...KEYWORDS, 'example'] : KEYWORDS);
  return ajv;
}

const validators = new Map();
/** The compiled schema of a profile, target, io and allowUndocumented. */
function schemaValidator(profile, target, io, allowUndocumented) {
  const key = [profile, target, io, allowUndocumented].join(' ');
  if (!validators.has(key)) validators.set(key, ajvFor(target).compile(mde.toJsonSchema({ profile, target, io, allowUndocumented })));
  return validators.get(key);
}

const asJson = (value) => JSON.parse(JSON.stringify(value));

// ---------------------------------------------------------------------------------------------
// Every body the fixtures and the bench hold: { label, profile, allowUndocumented, input } or
// { ..., text } for validateJson.

function fixtureBodies() {
  const bodies = [];
  const cases = fixture('cases');
  for (const c of cases.cases) {
    if (c.encodedText !== undefined) continue; // text only the Rust side can be given
    let input = c.input;
    if (input === undefined && c.base !== undefined) {
      input = { ...cases.bases[c.base] };
      for (const key of c.unset ?? []) delete input[key];
      Object.assign(input, c.set ?? {});
    }
    for (const profile of Object.keys(c.expect)) {
      const body = { label: `cases.json: ${c.name} [${profile}]`, profile, allowUndocumented: c.allowUndocumented === true };
      bodies.push(c.inputText !== undefined ? { ...body, text: c.inputText } : { ...body, input });
    }
  }
  const adversarial = fixture('adversarial');
  for (const c of adversarial.objects) {
    const input = c.parse ? { ...adversarial.base, ...JSON.parse(c.parse) } : { ...adversarial.base, ...c.set };
    bodies.push({ label: `adversarial.json: ${c.name}`, profile: 'current', allowUndocumented: false, input });
  }
  for (const c of adversarial.texts) {
    const text = `${c.before ?? ''}{${c.members ? `${c.members},` : ''}${JSON.stringify(adversarial.base).slice(1)}`;
    bodies.push({ label: `adversarial.json: ${c.name}`, profile: 'current', allowUndocumented: false, text });
  }
  for (const c of fixture('batch').batches) {
    for (const [i, input] of (c.items ?? []).entries()) {
      bodies.push({ label: `batch.json: ${c.name} item ${i}`, profile: 'current', allowUndocumented: false, input });
    }
  }
  return bodies;
}

const BENCH = generate(3000, 7).items;
const benchBodies = () => PROFILES.map((profile) => BENCH.map((input, i) => ({ label: `bench item ${i} [${profile}]`, profile, allowUndocumented: false, input }))).flat();

/** The report of a body, and the JSON value a schema validator is given. */
function judge(body) {
  if (body.text === undefined) return { report: mde.validate(body.input, { profile: body.profile, now: '2026-01-01T00:00:00Z', allowUndocumented: body.allowUndocumented }), json: asJson(body.input) };
  const report = mde.validateJson(body.text, { profile: body.profile, now: '2026-01-01T00:00:00Z', allowUndocumented: body.allowUndocumented });
  return { report, json: report.valid ? JSON.parse(body.text.replace(/^\uFEFF/, '')) : undefined };
}

/** Checks that each schema accepts every accepted body and its payload; answers the count. */
function assertSound(bodies, targets = TARGETS) {
  let accepted = 0;
  for (const body of bodies) {
    const { report, json } = judge(body);
    if (!report.valid) continue;
    accepted++;
    for (const target of targets) {
      const input = schemaValidator(body.profile, target, 'input', body.allowUndocumented);
      assert.ok(input(json), `${body.label}, ${target} input: ${JSON.stringify(input.errors)} for ${JSON.stringify(json)}`);
      const output = schemaValidator(body.profile, target, 'output', body.allowUndocumented);
      assert.ok(output(report.payload), `${body.label}, ${target} output: ${JSON.stringify(output.errors)} for ${JSON.stringify(report.payload)}`);
    }
  }
  return accepted;
}

test('every schema compiles in ajv, strict mode, with no warning', (t) => {
  const warnings = [];
  const logger = { log() {}, warn: (...args) => warnings.push(args.join(' ')), error: (...args) => warnings.push(args.join(' ')) };
  for (const profile of PROFILES) {
    for (const target of TARGETS) {
      for (const io of ['input', 'output']) {
        for (const allowUndocumented of [false, true]) {
          const ajv = target === 'draft-2020-12' ? new Ajv2020({ logger }) : new Ajv07({ logger });
          addFormats(ajv);
          ajv.addVocabulary(target === 'openapi-3.0' ? [...KEYWORDS, 'example'] : KEYWORDS);
          ajv.compile(mde.toJsonSchema({ profile, target, io, allowUndocumented }));
          if (target !== 'openapi-3.0') assert.ok(ajv.validateSchema(mde.toJsonSchema({ profile, target, io, allowUndocumented })), `${profile} ${target} ${io}: not a valid schema of its draft`);
        }
      }
    }
  }
  assert.deepEqual(warnings, []);
  t.diagnostic(`${PROFILES.length * TARGETS.length * 4} schemas`);
});

test('sound on every fixture: each body validate() accepts, ajv accepts, in every profile and target, input and output', (t) => {
  const bodies = fixtureBodies();
  const accepted = assertSound(bodies);
  t.diagnostic(`${accepted} accepted bodies of ${bodies.length}, each under ${TARGETS.length} targets, input and output`);
  assert.ok(accepted >= 40, `only ${accepted} accepted bodies`);
});

test("sound on the bench's data in every profile", (t) => {
  const bodies = benchBodies();
  const accepted = assertSound(bodies);
  t.diagnostic(`${accepted} accepted of ${bodies.length} (${BENCH.length} items x ${PROFILES.length} profiles)`);
  assert.ok(accepted > 2000, `only ${accepted}`);
});

test('sound on the payloads of every batch fixture, CSV included', (t) => {
  let payloads = 0;
  for (const c of fixture('batch').batches) {
    if (c.text === undefined && c.items === undefined) continue;
    const report = mde.validateBatch(c.text ?? c.items, { now: '2026-01-01T00:00:00Z', format: c.format });
    for (const item of report.items.filter((i) => i.valid)) {
      for (const target of TARGETS) {
        const output = schemaValidator('current', target, 'output', false);
        assert.ok(output(item.payload), `${c.name} item ${item.index}, ${target}: ${JSON.stringify(output.errors)}`);
      }
      payloads++;
    }
  }
  t.diagnostic(`${payloads} payloads`);
  assert.ok(payloads > 10);
});

// ---------------------------------------------------------------------------------------------
// Mutations: bodies one edit away from valid ones, where the finer rules are decided.

const ODD = ['', ' ', '\t', '\u00a0', '\u0085', '\u2028', '\u3000', '\ufeff', '\u200b', '\u200d', '\u202e', '\u0000', '.', '..', ':', '::', '/', '//', '\\', '*', '@', '?', '#', '%', '-', '_', ',', ', ', '[', ']', 'T', 't', 'Z', 'z', '+', '0', '00', '9', 'f', 'F', 'g', 'é', 'xn--', '1.2.3.4', 'ffff:', '://', 'http://', 'HTTPS://', '60', '24', '.5', '+14:00', '2024-02-29', '2023-02-29'];

function mutate(value, next) {
  const at = Math.floor(next() * (value.length + 1));
  const odd = ODD[Math.floor(next() * ODD.length)];
  switch (Math.floor(next() * 5)) {
    case 0: return value.slice(0, at) + odd + value.slice(at);
    case 1: return value.slice(0, at) + value.slice(at + 1);
    case 2: return value.slice(0, at) + odd + value.slice(at + odd.length);
    case 3: return value.toUpperCase();
    default: return value.slice(0, at) + value.slice(at, at + 4) + value.slice(at);
  }
}

const MUTABLE = ['indicatorValue', 'expirationTime', 'educateUrl', 'title', 'category', 'rbacGroupNames', 'mitreTechniques', 'application'];

test('sound on 40,000 mutations of valid bodies (values one to three edits away)', (t) => {
  const next = rng(2024);
  const valid = generate(4000, 11, 0).items;
  const extra = { educateUrl: 'http://contoso.com/why', category: 'Malware', mitreTechniques: ['T1059', 'T1059.001'], rbacGroupNames: 'Tier 1, Servers' };
  const bodies = [];
  for (let i = 0; i < 40000; i++) {
    const input = { ...valid[i % valid.length] };
    if (next() < 0.3) Object.assign(input, extra);
    const field = MUTABLE[Math.floor(next() * MUTABLE.length)];
    let value = input[field] ?? extra[field];
    for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
      value = Array.isArray(value) ? value.map((v) => (next() < 0.5 ? mutate(v, next) : v)) : mutate(String(value), next);
    }
    input[field] = value;
    bodies.push({ label: `mutation ${i} of ${field}`, profile: next() < 0.2 ? '2020' : 'current', allowUndocumented: false, input });
  }
  const accepted = assertSound(bodies, ['draft-2020-12', 'openapi-3.0']);
  t.diagnostic(`${accepted} of ${bodies.length} mutated bodies accepted by validate(), every one by ajv`);
  assert.ok(accepted > 5000);
});

/** An IPv6 address in one of the text forms std reads: compressed anywhere, any case, zero-padded, IPv4 at the end. */
function ipv6Text(next) {
  const groups = Array.from({ length: 8 }, () => (next() < 0.4 ? 0 : Math.floor(next() * 0x10000)));
  groups[0] = 0x2000 + Math.floor(next() * 0x1000); // global unicast, so that validate() may accept it
  const v4 = next() < 0.25;
  const parts = groups.map((g) => {
    const hex = g.toString(16);
    const text = next() < 0.2 ? hex.padStart(4, '0') : hex;
    return next() < 0.3 ? text.toUpperCase() : text;
  });
  if (v4) parts.splice(6, 2, `${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`);
  const start = Math.floor(next() * parts.length);
  const length = Math.floor(next() * (parts.length - start + 1));
  if (next() < 0.7 && length > 0) {
    return `${parts.slice(0, start).join(':')}::${parts.slice(start + length).join(':')}`;
  }
  return parts.join(':');
}

test('sound on 20,000 IPv6 texts in every form std reads, and as precise: only non-global ranges set them apart', (t) => {
  const next = rng(6);
  const base = { indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' };
  let accepted = 0;
  let both = 0;
  for (let i = 0; i < 20000; i++) {
    const indicatorValue = i % 4 === 3 ? mutate(ipv6Text(next), next) : ipv6Text(next);
    const input = { ...base, indicatorValue };
    const report = mde.validate(input);
    for (const target of TARGETS) {
      const ok = schemaValidator('current', target, 'input', false)(input);
      if (report.valid) assert.ok(ok, `${indicatorValue}: validate() accepts, ${target} rejects`);
      else if (ok) assert.ok(report.errors.every((e) => e.code === 'ip_not_global'), `${indicatorValue}: ${target} accepts ${report.errors.map((e) => e.code)}`);
    }
    accepted += report.valid ? 1 : 0;
    both += report.valid || report.errors.every((e) => e.code === 'ip_not_global') ? 1 : 0;
  }
  t.diagnostic(`${accepted} accepted, ${both - accepted} refused only as non-global`);
  assert.ok(accepted > 10000);
});

// ---------------------------------------------------------------------------------------------
// Useful: the clear errors are rejected, by every target.

const GOOD = { indicatorValue: '220e7d15b011d7fac48f2bd61114db1022197f7f', indicatorType: 'FileSha1', action: 'Block', title: 't', description: 'd' };

test('the schemas reject the clear errors, each at its field', () => {
  const bad = [
    ['a wrong enum value', { indicatorType: 'Sha1' }, '/indicatorType'],
    ['an enum value in the wrong case', { action: 'block' }, '/action'],
    ['a missing required field', { title: undefined }, ''],
    ['a blank required text', { description: ' \u3000 ' }, '/description'],
    ['a hash one digit short', { indicatorValue: GOOD.indicatorValue.slice(1) }, '/indicatorValue'],
    ['a hash with a non-hex digit', { indicatorValue: `g${GOOD.indicatorValue.slice(1)}` }, '/indicatorValue'],
    ['an MD5 length for a SHA-256', { indicatorType: 'FileSha256' }, '/indicatorValue'],
    ['an unknown field', { severty: 'High' }, ''],
    ['a number for a string', { title: 7 }, '/title'],
    ['a date-time without an offset', { expirationTime: '2026-01-01T00:00:00' }, '/expirationTime'],
    ['a date that does not exist', { expirationTime: '2023-02-29T00:00:00Z' }, '/expirationTime'],
    ['Audit without generateAlert', { action: 'Audit' }, ''],
    ['BlockAndRemediate on an IP address', { indicatorType: 'IpAddress', indicatorValue: '8.8.8.8', action: 'BlockAndRemediate' }, '/action'],
    ['educateUrl on a file', { educateUrl: 'https://contoso.com/why' }, '/indicatorType'],
    ['an IPv4 address with a leading zero', { indicatorType: 'IpAddress', indicatorValue: '8.8.8.08' }, '/indicatorValue'],
    ['a CIDR block outside 2020', { indicatorType: 'IpAddress', indicatorValue: '8.8.8.0/24' }, '/indicatorValue'],
    ['a wildcard domain', { indicatorType: 'DomainName', indicatorValue: '*.contoso.com' }, '/indicatorValue'],
    ['a single-label domain', { indicatorType: 'DomainName', indicatorValue: 'intranet' }, '/indicatorValue'],
    ['a URL with a backslash', { indicatorType: 'Url', indicatorValue: 'http://contoso.com\\x' }, '/indicatorValue'],
    ['an ftp URL', { indicatorType: 'Url', indicatorValue: 'ftp://contoso.com/x' }, '/indicatorValue'],
    ['a URL with port 0', { indicatorType: 'Url', indicatorValue: 'http://contoso.com:0/x' }, '/indicatorValue'],
    ['a technique that is no ID', { mitreTechniques: ['T10'] }, '/mitreTechniques/0'],
    ['a category not in PascalCase', { category: 'malware' }, '/category'],
    ['group names as a string with an empty name', { rbacGroupNames: 'a,,b' }, '/rbacGroupNames'],
    ['null for an optional field', { severity: null }, '/severity'],
  ];
  for (const [what, change, path] of bad) {
    const input = asJson({ ...GOOD, ...change });
    assert.equal(mde.validate(input).valid, false, `${what}: validate() accepts it, so the case proves nothing`);
    for (const target of TARGETS) {
      const check = schemaValidator('current', target, 'input', false);
      assert.equal(check(input), false, `${what}: ${target} accepts ${JSON.stringify(input)}`);
      assert.ok(check.errors.some((e) => e.instancePath === path), `${what}: ${target} errors ${JSON.stringify(check.errors.map((e) => e.instancePath))}, not at ${path || 'the body'}`);
    }
  }
});

test('the output schema holds the canonical forms: lower-case hashes, UTC times, arrays', () => {
  const check = schemaValidator('current', 'draft-2020-12', 'output', false);
  const payload = mde.buildPayload({ ...GOOD, indicatorValue: GOOD.indicatorValue.toUpperCase(), expirationTime: '2027-01-01T02:00:00.50+02:00', rbacGroupNames: 'a, b' });
  assert.ok(check(payload));
  assert.equal(check({ ...payload, indicatorValue: GOOD.indicatorValue.toUpperCase() }), false);
  assert.equal(check({ ...payload, expirationTime: '2027-01-01T02:00:00.50+02:00' }), false);
  assert.equal(check({ ...payload, expirationTime: '2027-01-01T00:00:00.50Z' }), false, 'a trailing zero');
  assert.equal(check({ ...payload, rbacGroupNames: 'a, b' }), false);
});

test('undocumented fields are in the schema only with allowUndocumented, like validate()', () => {
  const input = { ...GOOD, bypassDurationHours: 4 };
  assert.equal(mde.validate(input).valid, false);
  assert.equal(schemaValidator('current', 'draft-07', 'input', false)(input), false);
  assert.equal(mde.validate(input, { allowUndocumented: true }).valid, true);
  assert.equal(schemaValidator('current', 'draft-07', 'input', true)(input), true);
});

test('fields and values name the revision they came in, and what cannot be expressed is listed', () => {
  const schema = mde.toJsonSchema({ profile: 'current' });
  assert.equal(schema.properties.educateUrl['x-mde-since'], '2022');
  assert.equal(schema.properties.category['x-mde-since'], 'current');
  assert.equal(schema.properties.indicatorType['x-mde-values-since'].CertificateThumbprint, '2022');
  assert.equal(schema.properties.action['x-mde-values-since'].Warn, '2022');
  const list = schema['x-mde-not-expressed'];
  for (const topic of ['non-global', 'do not exist', 'duplicate keys', 'hidden characters', 'top-level domains']) {
    assert.ok(list.some((item) => item.includes(topic)), `x-mde-not-expressed names ${topic}`);
  }
  for (const item of list) assert.ok(schema.$comment.includes(item));
  const openapi = mde.toJsonSchema({ profile: 'current', target: 'openapi-3.0' });
  assert.equal(openapi.$comment, undefined);
  for (const item of list) assert.ok(openapi.description.includes(item));
});

test('toJsonSchema: misuse throws an Error naming what is known; each call gives a fresh object', () => {
  assert.throws(() => mde.toJsonSchema({ target: 'draft-04' }), { message: 'unknown target "draft-04"; use one of draft-2020-12, draft-07, openapi-3.0' });
  assert.throws(() => mde.toJsonSchema({ profile: '2019' }), { message: /unknown profile "2019"; use one of 2020, 2021, 2022, current/ });
  assert.throws(() => mde.toJsonSchema({ io: 'both' }), { message: 'unknown io "both"; use one of input, output' });
  assert.throws(() => mde.toJsonSchema({ target: 7 }), TypeError);
  assert.throws(() => mde.toJsonSchema('current'), TypeError);
  const a = mde.toJsonSchema();
  a.properties = null;
  assert.notEqual(mde.toJsonSchema().properties, null);
  assert.deepEqual(mde.toJsonSchema(), mde.toJsonSchema({ profile: 'current', target: 'draft-2020-12', io: 'input' }));
  assert.equal(lean.toJsonSchema, undefined, 'the JSON Schema generator is in the package root only');
});

test('the patterns take linear time: hostile strings of 200 KB are judged in well under a second each', () => {
  const n = 100000;
  const cases = [
    ['Url', 'indicatorValue', `http://${'a.'.repeat(n)}-`],
    ['Url', 'indicatorValue', `http://${'1.'.repeat(n)}1`],
    ['Url', 'indicatorValue', `http://a.${'1-'.repeat(n)}`],
    ['Url', 'indicatorValue', `http://[${'1:'.repeat(n)}]`],
    ['Url', 'indicatorValue', `http://a.b:${'0'.repeat(n)}x`],
    ['Url', 'indicatorValue', `${'a.'.repeat(n)}/${'x'.repeat(n)} `],
    ['DomainName', 'indicatorValue', `${'a.'.repeat(n)}-`],
    ['IpAddress', 'indicatorValue', `${'1:'.repeat(n)}x`],
    ['IpAddress', 'indicatorValue', `${'1.'.repeat(n)}/1`],
    ['Url', 'title', ' '.repeat(2 * n)],
    ['Url', 'rbacGroupNames', `${' ,'.repeat(n)} `],
    ['Url', 'expirationTime', `2020-01-01T00:00:00.${'1'.repeat(2 * n)}x`],
  ];
  for (const profile of ['2020', 'current']) {
    const check = schemaValidator(profile, 'draft-2020-12', 'input', false);
    for (const [indicatorType, field, value] of cases) {
      const body = { indicatorValue: 'http://contoso.com/', indicatorType, action: 'Allowed', title: 't', description: 'd', [field]: value };
      const start = performance.now();
      assert.equal(check(body), false);
      const ms = performance.now() - start;
      assert.ok(ms < 1000, `${profile} ${indicatorType} ${field} ${value.slice(0, 20)}...: ${ms.toFixed(0)} ms`);
    }
  }
});
