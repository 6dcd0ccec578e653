// The locales (locales/<tag>.js): every code of the issue table has a message in every locale,
// rendered from the samples of tests/fixtures/issue-table.json (generated from src/issue by
// tests/issue_table.rs), with every token its params can hold; numbers, lists and plurals
// follow the locale; the locale option reaches every function that returns issues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const table = JSON.parse(readFileSync(new URL('tests/fixtures/issue-table.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const mde = require('../..');
const { LOCALES, formatIssue, matchLocale } = mde;
const translated = LOCALES.filter((tag) => tag !== 'en');

// Half of the locales through import, half through require: both land in the one registry.
for (const [i, tag] of translated.entries()) {
  if (i % 2) await import(`../../locales/${tag}.js`);
  else require(`../../locales/${tag}.js`);
}

const kindOf = Object.fromEntries(table.codes.map((c) => [c.code, c.params]));
// Kinds whose values the API spells and a message must keep as they are (tokens are translated).
const KEPT = new Set(['number', 'input', 'derived', 'field', 'profile', 'indicatorType', 'action', 'enumValue', 'enumValues', 'actions']);

/** What a message in `tag` must contain for the core's English `english` of these params. */
function keptValues(code, params, english, tag) {
  const kept = [];
  for (const [key, kind] of Object.entries(kindOf[code])) {
    const value = params[key];
    if (value === null || !KEPT.has(kind.replace('?', ''))) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      if (!english.includes(String(one))) continue;
      kept.push(typeof one === 'number' ? [String(one), new Intl.NumberFormat(tag).format(one)] : [one]);
    }
  }
  // Every figure of the English (limits, years, digits of examples) is kept too.
  for (const digits of english.match(/\d+/g) ?? []) kept.push([digits, new Intl.NumberFormat(tag).format(Number(digits))]);
  return kept;
}

function assertRendered(tag, sample, message) {
  const what = `${tag} ${sample.code} ${JSON.stringify(sample.params)}`;
  assert.equal(typeof message, 'string', what);
  assert.ok(message.length > 0, what);
  assert.notEqual(message, sample.message, `${what}: the English message`);
  for (const junk of ['undefined', '[object', 'null', 'NaN', '${']) {
    if (!sample.message.includes(junk)) assert.ok(!message.includes(junk), `${what}: ${message}`);
  }
  for (const forms of keptValues(sample.code, sample.params, sample.message, tag)) {
    assert.ok(forms.some((form) => message.includes(form)), `${what}: "${message}" lacks ${forms.join(' or ')}`);
  }
}

test('the table is the core\'s: every code has samples', () => {
  const sampled = new Set(table.samples.map((s) => s.code));
  assert.deepEqual(table.codes.map((c) => c.code).filter((c) => !sampled.has(c)), []);
  assert.ok(table.codes.length >= 40);
});

test('every sample of every code renders in every locale, keeping the values the API spells', () => {
  for (const tag of translated) {
    for (const sample of table.samples) {
      assertRendered(tag, sample, formatIssue({ path: '', ...sample }, tag));
    }
  }
});

test('every token a param can hold renders in every locale, never as the English phrase', () => {
  const tokenParams = [];
  for (const { code, params } of table.codes) {
    for (const [key, kind] of Object.entries(params)) {
      const set = { reason: 'Reason', expected: 'Expected', ipRange: 'IpRange' }[kind];
      if (set) tokenParams.push({ code, key, tokens: table.tokens[set] });
    }
  }
  assert.ok(tokenParams.length >= 8);
  for (const tag of translated) {
    for (const { code, key, tokens } of tokenParams) {
      const sample = table.samples.find((s) => s.code === code);
      for (const { token, english } of tokens) {
        const message = formatIssue({ path: '', code, params: { ...sample.params, [key]: token } }, tag);
        const what = `${tag} ${code} ${key}=${token}`;
        assert.ok(!/undefined|\[object/.test(message), `${what}: ${message}`);
        // One-word terms (loopback, multicast) are loanwords in several languages; phrases are not.
        if (english.includes(' ')) assert.ok(!message.includes(english), `${what}: English "${english}" in "${message}"`);
      }
    }
  }
});

test('numbers, lists and plurals follow the locale', () => {
  for (const tag of translated) {
    const numbers = new Intl.NumberFormat(tag);
    const rows = formatIssue({ code: 'too_many_rows', params: { rows: 12345, limit: 500 } }, tag);
    assert.ok(rows.includes(numbers.format(12345)), `${tag}: ${rows}`);
    const allowed = ['Informational', 'Low', 'Medium', 'High'];
    const enumIssue = { code: 'invalid_enum', params: { field: 'severity', received: 'x', allowed, suggestion: null } };
    const list = new Intl.ListFormat(tag, { type: 'disjunction' }).format(allowed);
    assert.ok(formatIssue(enumIssue, tag).includes(list), `${tag}: ${formatIssue(enumIssue, tag)}`);
    // Where the language has a singular, one cell and two cells read differently beyond the figure.
    const cells = (found) => formatIssue({ code: 'invalid_csv_row', params: { expected: 12, found } }, tag).replace(numbers.format(found), '#');
    const hasOne = new Intl.PluralRules(tag).select(1) === 'one';
    assert.equal(cells(1) !== cells(2), hasOne, `${tag}: ${cells(1)} / ${cells(2)}`);
  }
});

test('matchLocale maps language tags and POSIX locales to the package\'s locales', () => {
  const cases = [
    ['fr', 'fr'], ['fr-CA', 'fr'], ['FR', 'fr'], ['fr_FR.UTF-8', 'fr'], ['nl-BE', 'nl'], ['de-AT', 'de'], ['es-419', 'es'],
    ['ja-JP', 'ja'], ['en-GB', 'en'], ['zh-TW', 'zh-TW'], ['zh-HK', 'zh-TW'], ['zh-Hant', 'zh-TW'], ['zh_TW.UTF-8', 'zh-TW'],
    ['zh', 'zh-CN'], ['zh-CN', 'zh-CN'], ['zh-SG', 'zh-CN'], ['zh-Hans-HK', 'zh-CN'], ['pt-BR', null], ['C', null], ['', null], ['not a tag!', null],
  ];
  for (const [tag, wanted] of cases) assert.equal(matchLocale(tag), wanted, tag);
});

const good = { indicatorValue: '8.8.8.8', indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' };
const bad = { indicatorValue: '10.0.0.1', indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd', application: 'a' };
const now = '2026-01-01T00:00:00Z';

test('the locale option translates every issue a function returns, and formatIssue renders it again', () => {
  const english = mde.validate(bad, { now });
  const french = mde.validate(bad, { now, locale: 'fr' });
  assert.deepEqual(french.errors.map((e) => [e.path, e.code, e.params]), english.errors.map((e) => [e.path, e.code, e.params]));
  assert.deepEqual(french.errors.map((e) => e.message), english.errors.map((e) => formatIssue(e, 'fr')));
  assert.deepEqual(french.warnings.map((e) => e.message), english.warnings.map((e) => formatIssue(e, 'fr')));
  assert.deepEqual(french.errors.map((e) => formatIssue(e, 'en')), english.errors.map((e) => e.message));
  assert.deepEqual(french.errors.map((e) => formatIssue(e, 'ja')), english.errors.map((e) => formatIssue(e, 'ja')));
  assert.equal(mde.validateJson(JSON.stringify(bad), { now, locale: 'fr-CA' }).errors[0].message, french.errors[0].message);

  assert.throws(() => mde.buildPayload(bad, { now, locale: 'de' }), (error) => {
    assert.ok(error instanceof mde.IndicatorError);
    assert.equal(error.message, `ungültiger Indikator: /indicatorValue ${formatIssue(english.errors[0], 'de')}`);
    return true;
  });

  const items = [good, bad, bad, { ...good, indicatorValue: 'x' }];
  const batchEnglish = mde.validateBatch(items, { now });
  const batch = mde.validateBatch(items, { now, locale: 'zh-TW' });
  const all = (report) => report.items.flatMap((item) => [...item.errors, ...item.warnings]);
  assert.ok(all(batch).length >= 4);
  assert.deepEqual(all(batch).map((e) => e.message), all(batchEnglish).map((e) => formatIssue(e, 'zh-TW')));
  assert.deepEqual(all(batch).map((e) => formatIssue(e, 'en')), all(batchEnglish).map((e) => e.message));
  const empty = mde.createBatchValidator({ locale: 'es' });
  try {
    empty.validate([]);
    assert.deepEqual(empty.finish().map((e) => e.message), [formatIssue({ code: 'empty_input', params: {} }, 'es')]);
  } finally {
    empty.free();
  }

  const found = mde.extract('see 10.0.0.1 and 8.8.8.8', { locale: 'nl' });
  const foundEnglish = mde.extract('see 10.0.0.1 and 8.8.8.8');
  assert.deepEqual(found.flatMap((f) => f.errors.map((e) => e.message)), foundEnglish.flatMap((f) => f.errors.map((e) => formatIssue(e, 'nl'))));
  assert.ok(found.some((f) => f.errors.length > 0));
  const detected = mde.detectType('10.0.0.1', { locale: 'zh-CN' });
  assert.equal(detected.errors[0].message, formatIssue(mde.detectType('10.0.0.1').errors[0], 'zh-CN'));

  const serviceError = { error: { code: 'InvalidRequestBody', message: 'bad body', target: 'indicatorValue' } };
  assert.equal(mde.readServiceError(serviceError, { locale: 'fr' }).message, formatIssue(mde.readServiceError(serviceError), 'fr'));
  const answer = { value: [{ id: null, indicator: 'x', isFailed: true, failureReason: 'nope' }] };
  const read = mde.readImportResponse(answer, { locale: 'ja' });
  assert.equal(read.items[0].errors[0].message, formatIssue(mde.readImportResponse(answer).items[0].errors[0], 'ja'));
  assert.equal(mde.planSubmission(20, { activeIndicators: 14990, locale: 'fr' }).errors[0].message,
    formatIssue(mde.planSubmission(20, { activeIndicators: 14990 }).errors[0], 'fr'));
  const schema = mde.indicatorSchema({ now, locale: 'de' });
  assert.equal(schema['~standard'].validate(bad).issues[0].message, formatIssue(english.errors[0], 'de'));
});

test('a locale that is not loaded, or that the package lacks, is an Error that says what to do', () => {
  const script = `const m = require(${JSON.stringify(new URL('index.cjs', root).pathname)});
    const out = [globalThis[Symbol.for('mde-indicator.locales')] === undefined];
    for (const locale of ['fr', 'pt']) try { m.validate({}, { locale }); } catch (e) { out.push(e.constructor.name + ': ' + e.message); }
    try { m.formatIssue({ code: 'required', params: {} }, 'ja'); } catch (e) { out.push(e.message); }
    console.log(JSON.stringify(out));`;
  const [nothingLoaded, notLoaded, unknown, format] = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  assert.equal(nothingLoaded, true, 'requiring the package loads no locale');
  assert.match(notLoaded, /^Error: .*not loaded.*import 'mde-indicator\/locales\/fr'/);
  assert.match(unknown, /^RangeError: .*no locale "pt".*en, nl, fr, zh-TW, de, es, ja, zh-CN/);
  assert.match(format, /import 'mde-indicator\/locales\/ja'/);
  assert.equal(formatIssue({ code: 'required', message: 'is required', params: {} }), 'is required');
});

test('a program that loads no locale carries none: the API holds no translated text', () => {
  const api = readFileSync(new URL('js/api.mjs', root), 'utf8');
  for (const word of ['indicateur', 'Indikator', '指示器', 'インジケーター']) assert.ok(!api.includes(word), word);
});

test('each locale is exported with its types and shipped', () => {
  for (const tag of translated) {
    const entry = pkg.exports[`./locales/${tag}`];
    assert.deepEqual(entry, { types: `./locales/${tag}.d.ts`, default: `./locales/${tag}.js` }, tag);
    assert.ok(existsSync(new URL(`locales/${tag}.d.ts`, root)), tag);
    // No import or export: the one file is both the ES module and the CommonJS module.
    const source = readFileSync(new URL(`locales/${tag}.js`, root), 'utf8');
    assert.ok(!/^\s*(import|export)\b/m.test(source) && !/\brequire\(/.test(source), tag);
  }
  assert.deepEqual(Object.keys(pkg.exports).filter((k) => k.startsWith('./locales/')).sort(), translated.map((t) => `./locales/${t}`).sort());
  assert.ok(pkg.files.includes('locales/'));
});

test('the client\'s own codes have a message in every locale too', async () => {
  const { issues } = await import('../../js/client/issues.mjs');
  const types = readFileSync(new URL('client/index.d.ts', root), 'utf8');
  const declared = [...types.split('export interface ClientIssueParams {')[1].split('\n}')[0].matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
  const failure = Object.assign(new Error('AADSTS7000215: Invalid client secret'), { name: 'AuthenticationError' });
  const serviceError = { code: 'service_rejected', params: { serviceCode: 'Forbidden', message: 'Missing role' } };
  const samples = [
    issues.noCredential(), issues.signInFailed(failure),
    issues.unauthorized('https://api.securitycenter.microsoft.com/.default', serviceError),
    issues.unauthorized('https://api.securitycenter.microsoft.com/.default', null),
    issues.permissionDenied(serviceError), issues.permissionDenied(null),
    issues.serviceUnavailable({ status: 503, attempts: 6, cause: 'status' }),
    issues.serviceUnavailable({ attempts: 1, cause: 'timeout', reason: 'timed out' }),
    issues.unexpectedResponse(200, 'import_result', 'invalid_type'), issues.unexpectedResponse(200, 'import_result', '2/3'),
    issues.unexpectedResponse(200, 'value_array'), issues.unexpectedResponse(400, 'error_body'),
    issues.unexpectedResponse(409, 'service_error', 'Conflict: exists'), issues.unexpectedResponse(404, 'status', 'GET /api/indicators'),
    issues.aborted(),
    issues.notOwned('feed-a', { id: 42, externalId: 'feed-b:1' }, '/0'), issues.notOwned('feed-a', { id: 43 }, '/1'),
    issues.syncNeedsExternalId('2022'), issues.deletionsSkipped(1), issues.deletionsSkipped(1200),
  ];
  assert.deepEqual([...new Set(samples.map((s) => s.code))].sort(), [...declared].sort());
  for (const tag of translated) {
    for (const sample of samples) {
      const message = formatIssue(sample, tag);
      const what = `${tag} ${sample.code} ${JSON.stringify(sample.params)}`;
      assert.notEqual(message, sample.message, what);
      assert.ok(!/undefined|null|\[object|\$\{/.test(message), `${what}: ${message}`);
      // Values are kept as they are; `cause` and `expected` are tokens, which are translated.
      const values = Object.entries(sample.params).filter(([key]) => key !== 'cause' && key !== 'expected').flatMap(([, v]) => v);
      const kept = values.filter((v) => typeof v === 'string' && sample.message.includes(v));
      for (const digits of sample.message.match(/\d+/g) ?? []) kept.push(digits);
      for (const value of kept) {
        const forms = /^\d+$/.test(value) ? [value, new Intl.NumberFormat(tag).format(Number(value))] : [value];
        assert.ok(forms.some((form) => message.includes(form)), `${what}: "${message}" lacks ${value}`);
      }
    }
  }
});

test('the README gives each locale module\'s size as shipped', async () => {
  const { gzipSync } = await import('node:zlib');
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const tag of translated) {
    const bytes = readFileSync(new URL(`locales/${tag}.js`, root));
    const row = `| \`${tag}\` | ${kb(bytes.length)} | ${kb(gzipSync(bytes, { level: 9 }).length)} |`;
    assert.ok(readme.includes(row), `README lacks ${row}`);
  }
});
