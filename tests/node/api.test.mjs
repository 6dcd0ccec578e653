// The JavaScript API beyond the shared fixtures: JS values JSON cannot hold, misuse, errors,
// profiles(), and that no input leaves the module broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as esm from '../../index.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');

const good = { indicatorValue: '45.33.32.156', indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' };
const now = '2026-01-01T00:00:00Z';
const issuesAt = (result, path) => result.errors.filter((e) => e.path === path).map((e) => e.code);

test('require() and import share one module and one error class', () => {
  assert.equal(esm.validate, mde.validate);
  assert.equal(esm.IndicatorError, mde.IndicatorError);
});

test('JS values that JSON cannot hold are typed errors, never coerced or dropped', () => {
  const cases = [
    ['title', () => 1, 'function'],
    ['title', Symbol('x'), 'symbol'],
    ['title', 10n, 'bigint'],
    ['title', NaN, 'NaN'],
    ['title', Infinity, 'Infinity'],
    ['title', new Date('2026-01-01'), 'Date'],
    ['title', new Map([['a', 1]]), 'Map'],
    ['title', new Set(['a']), 'Set'],
    ['title', /x/, 'RegExp'],
    ['title', new String('boxed'), 'String'],
    ['title', new Uint8Array(2), 'Uint8Array'],
  ];
  for (const [field, value, received] of cases) {
    const result = mde.validate({ ...good, [field]: value }, { now });
    assert.equal(result.valid, false, received);
    assert.deepEqual(result.errors.map((e) => [e.path, e.code, e.params.received]), [[`/${field}`, 'invalid_type', received]]);
  }
  const inArray = mde.validate({ ...good, rbacGroupNames: ['a', undefined, null] }, { now });
  assert.deepEqual(inArray.errors.map((e) => [e.path, e.params.received]), [['/rbacGroupNames/1', 'undefined'], ['/rbacGroupNames/2', 'null']]);
});

test('a property set to undefined is absent, as in JS', () => {
  assert.deepEqual(mde.validate({ ...good, severity: undefined }, { now }).payload, good);
  assert.deepEqual(issuesAt(mde.validate({ ...good, title: undefined }, { now }), '/title'), ['required']);
});

test('a Date is accepted as expirationTime and normalised to UTC', () => {
  const result = mde.validate({ ...good, expirationTime: new Date(Date.UTC(2027, 0, 2, 3, 4, 5)) }, { now });
  assert.equal(result.payload.expirationTime, '2027-01-02T03:04:05Z');
  assert.deepEqual(issuesAt(mde.validate({ ...good, expirationTime: new Date('nope') }, { now }), '/expirationTime'), ['invalid_type']);
});

test('unreadable inputs are reported, not thrown', () => {
  const cyclic = { ...good };
  cyclic.self = cyclic;
  const throwing = new Proxy({}, { ownKeys() { throw 'not an Error'; } });
  const getter = Object.defineProperty({ ...good }, 'title', { enumerable: true, get() { throw new Error('boom'); } });
  for (const input of [cyclic, throwing, getter]) {
    const result = mde.validate(input, { now });
    assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['', 'unreadable_input']]);
  }
});

test('non-object inputs are typed errors at the root', () => {
  for (const [input, received] of [[null, 'null'], [undefined, 'undefined'], ['8.8.8.8', 'string'], [[good], 'array'], [42, 'number']]) {
    const result = mde.validate(input, { now });
    assert.deepEqual(result.errors.map((e) => [e.path, e.code, e.params.received]), [['', 'invalid_type', received]]);
  }
});

test('frozen objects, class instances and null-prototype objects read like plain objects', () => {
  class Dto { constructor() { Object.assign(this, good); } }
  for (const input of [Object.freeze({ ...good }), new Dto(), Object.assign(Object.create(null), good)]) {
    assert.equal(mde.validate(input, { now }).valid, true);
  }
});

test('keys that look like prototype pollution are unknown fields, and pollute nothing', () => {
  const result = mde.validateJson(JSON.stringify({ ...good }).replace('{', '{"__proto__":{"polluted":1},"constructor":1,'), { now });
  assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['/__proto__', 'unknown_field'], ['/constructor', 'unknown_field']]);
  assert.equal({}.polluted, undefined);
});

test('lone surrogates from JS strings are reported at their field', () => {
  const result = mde.validate({ ...good, description: 'a\uD800b', rbacGroupNames: ['\uDC00'] }, { now });
  assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['/description', 'unrepresentable_string'], ['/rbacGroupNames/0', 'unrepresentable_string']]);
});

test('misuse throws real Errors', () => {
  assert.throws(() => mde.validate(good, { profile: '2019' }), (e) => e instanceof Error && /unknown profile "2019"/.test(e.message));
  assert.throws(() => mde.validate(good, { now: 'tomorrow' }), (e) => e instanceof Error && /options.now/.test(e.message));
  assert.throws(() => mde.validate(good, { now: new Date('x') }), RangeError);
  assert.throws(() => mde.validate(good, { profile: 2022 }), TypeError);
  assert.throws(() => mde.validate(good, 'current'), TypeError);
  assert.throws(() => mde.validateJson(good), TypeError);
});

test('buildPayload returns the canonical body or throws an IndicatorError with every error', () => {
  assert.deepEqual(mde.buildPayload({ ...good, indicatorValue: '8.8.4.4' }, { now }), { ...good, indicatorValue: '8.8.4.4' });
  assert.throws(
    () => mde.buildPayload({ indicatorType: 'IpAddress', indicatorValue: '10.0.0.1' }, { now }),
    (e) => e instanceof mde.IndicatorError && e instanceof Error && e.name === 'IndicatorError'
      && e.errors.map((i) => i.code).sort().join() === 'ip_not_global,required,required,required' && /10\.0\.0\.1|ip|internal|required/i.test(e.message),
  );
});

test('now defaults to the clock and accepts a Date', () => {
  const past = { ...good, expirationTime: '2000-01-01T00:00:00Z' };
  assert.deepEqual(mde.validate(past).warnings.map((w) => w.code), ['expiration_in_past']);
  assert.deepEqual(mde.validate(past, { now: new Date('1999-01-01T00:00:00Z') }).warnings, []);
});

test('profiles() describes each revision as the spec tables do', () => {
  const p = mde.profiles();
  assert.deepEqual(Object.keys(p), ['2020', '2021', '2022', 'current']);
  assert.equal(p.current.default, true);
  assert.equal(p['2020'].cidr, true);
  assert.equal(p['2021'].cidr, false);
  assert.equal(p['2020'].host, 'api.securitycenter.windows.com');
  assert.equal(p.current.submitUrl, 'https://api.security.microsoft.com/api/indicators');
  assert.equal(p['2020'].limits.activeIndicators, 5000);
  assert.equal(p.current.limits.activeIndicators, 15000);
  assert.deepEqual(p.current.rateLimits.submit, { perMinute: 100, perHour: 1500 });
  assert.equal(p.current.rateLimits.import.perMinute, 30);
  assert.deepEqual(p['2021'].indicatorTypes, ['FileSha1', 'FileSha256', 'IpAddress', 'DomainName', 'Url']);
  assert.equal(p['2022'].indicatorTypes.length, 7);
  assert.deepEqual(p.current.legacyActions, ['Alert', 'AlertAndBlock']);
  assert.ok(!p.current.actionsByType.IpAddress.includes('BlockAndRemediate'));
  assert.deepEqual(p.current.actionsByType.CertificateThumbprint, ['Allowed', 'BlockAndRemediate', 'AlertAndBlock']);
  const required = (name) => p[name].fields.filter((f) => f.required).map((f) => f.name);
  for (const name of Object.keys(p)) assert.deepEqual(required(name), ['indicatorValue', 'indicatorType', 'action', 'title', 'description']);
  assert.deepEqual(p['2021'].fields.map((f) => f.name).includes('generateAlert'), false);
  assert.deepEqual(p.current.fields.slice(-3).map((f) => f.name), ['category', 'mitreTechniques', 'externalId']);
  p.current.fields.length = 0; // callers get their own copy
  assert.equal(mde.profiles().current.fields.length, 15);
});

test('every enum value of every profile validates there (and nowhere it does not exist)', () => {
  const samples = {
    FileSha1: '220e7d15b011d7fac48f2bd61114db1022197f7f', CertificateThumbprint: '220e7d15b011d7fac48f2bd61114db1022197f7f',
    FileSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', FileMd5: 'd41d8cd98f00b204e9800998ecf8427e',
    IpAddress: '8.8.8.8', DomainName: 'contoso.com', Url: 'http://contoso.com/x',
  };
  for (const [name, profile] of Object.entries(mde.profiles())) {
    const alert = profile.fields.some((f) => f.name === 'generateAlert') ? { generateAlert: true } : {};
    for (const [type, actions] of Object.entries(profile.actionsByType)) {
      for (const action of actions) {
        const result = mde.validate({ indicatorValue: samples[type], indicatorType: type, action, title: 't', description: 'd', ...alert }, { profile: name, now });
        assert.equal(result.valid, true, `${name} ${type} ${action}: ${JSON.stringify(result.errors)}`);
      }
    }
    for (const type of Object.keys(samples).filter((t) => !profile.indicatorTypes.includes(t))) {
      const result = mde.validate({ ...good, indicatorType: type, indicatorValue: samples[type] }, { profile: name, now });
      assert.deepEqual(issuesAt(result, '/indicatorType'), ['enum_not_in_profile'], `${name} ${type}`);
    }
  }
});

test('the module keeps working after hostile inputs', () => {
  const deep = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
  const hostile = [
    { ...good, title: 'x'.repeat(10 * 1024 * 1024) },
    { ...good, rbacGroupNames: deep },
    { ...good, title: '\u202Egnp.exe\u0000\u0007' },
    Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`k${i}`, i])),
  ];
  for (const input of hostile) {
    const result = mde.validate(input, { now });
    assert.equal(typeof result.valid, 'boolean');
    assert.ok(Array.isArray(result.errors));
    assert.equal(mde.validate(good, { now }).valid, true, 'a good input still validates afterwards');
  }
  for (const text of ['', '\u0000', '{'.repeat(100000), '"\\ud800', '{"a":1e999999}', '\ufeff\ufeff{}']) {
    assert.equal(mde.validateJson(text, { now }).valid, false, JSON.stringify(text.slice(0, 20)));
    assert.equal(mde.validate(good, { now }).valid, true);
  }
});

test('JSON pointers: an issue path becomes keys and back, escapes included', () => {
  const keys = ['a/b', 'c~d', '0'];
  const pointer = mde.toPointer(keys);
  assert.equal(pointer, '/a~1b/c~0d/0');
  assert.deepEqual(mde.pointerSegments(pointer), keys);
  assert.deepEqual(mde.pointerSegments(''), []);
  const report = mde.validateBatch([{ ...good, rbacGroupNames: ['x', 1] }], { now });
  const path = report.items[0].errors.find((e) => e.path.includes('rbacGroupNames')).path;
  assert.deepEqual(mde.pointerSegments(path), ['0', 'rbacGroupNames', '1']);
  assert.throws(() => mde.pointerSegments('rbacGroupNames'), TypeError);
});

test('detectFormat names one of formats(); the content names a feed, else the file name, else the first character', () => {
  const names = mde.formats().map((f) => f.name);
  const stix = JSON.stringify({ type: 'bundle', id: 'bundle--1', objects: [] });
  const cases = [
    [stix, 'feed.ndjson', 'stix'],
    ['{"indicatorValue":"a"}\n', '', 'ndjson'],
    ['{"indicatorValue":"a"}\n', 'one.JSON', 'json'],
    ['[', '', 'json'],
    ['IndicatorType,IndicatorValue\n', 'x.txt', 'csv'],
  ];
  for (const [text, fileName, expected] of cases) {
    assert.ok(names.includes(expected));
    assert.equal(mde.detectFormat(text, { fileName }), expected, `${fileName}: ${text}`);
    assert.equal(mde.detectFormat(new TextEncoder().encode(text), { fileName }), expected);
  }
  assert.equal(mde.detectFeed(stix), 'stix');
  assert.equal(mde.detectFeed('[]'), null);
  assert.throws(() => mde.detectFormat(42), TypeError);
});
