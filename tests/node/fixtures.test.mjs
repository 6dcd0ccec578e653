// Runs tests/fixtures/cases.json (shared with the Rust tests) through the built package, as
// CommonJS and as an ES module, and through the lean `mde-indicator/validate` entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esm from '../../index.mjs';
import * as validateEsm from '../../validate/index.mjs';

const require = createRequire(import.meta.url);
const cjs = require('../..');
const validateCjs = require('../../validate/index.cjs');
const doc = JSON.parse(readFileSync(new URL('../fixtures/cases.json', import.meta.url), 'utf8'));

function inputOf(c) {
  if (c.input !== undefined) return c.input;
  const object = { ...doc.bases[c.base] };
  for (const key of c.unset ?? []) delete object[key];
  return Object.assign(object, c.set ?? {});
}

// Params compared with their keys sorted, as the Rust side does.
const sorted = (params) => JSON.stringify(Object.fromEntries(Object.entries(params ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))));
const pairs = (issues) => issues.map((i) => `${i.path} ${i.code} ${sorted(i.params)}`).sort();

const entries = [['require()', cjs], ['import', esm], ['mde-indicator/validate, require()', validateCjs], ['mde-indicator/validate, import', validateEsm]];
for (const [entry, mde] of entries) {
  test(`fixture cases through ${entry}`, () => {
    let runs = 0;
    for (const c of doc.cases) {
      // Text as the binding encodes a JS value: only the Rust side can be given it as such.
      if (c.encodedText !== undefined) continue;
      for (const [profile, expect] of Object.entries(c.expect)) {
        const options = { profile, now: doc.now, allowUndocumented: c.allowUndocumented === true };
        const result = c.inputText !== undefined ? mde.validateJson(c.inputText, options) : mde.validate(inputOf(c), options);
        const where = `${c.name} [${profile}]`;
        assert.deepEqual(pairs(result.errors), pairs(expect.errors.map(([path, code, params]) => ({ path, code, params }))), `${where}: errors`);
        assert.deepEqual(pairs(result.warnings), pairs(expect.warnings.map(([path, code, params]) => ({ path, code, params }))), `${where}: warnings`);
        assert.equal(result.valid, expect.errors.length === 0, `${where}: valid`);
        if (expect.payload) {
          // Same keys in the same order: compare the JSON text, not just the values.
          assert.equal(JSON.stringify(result.payload), JSON.stringify(orderLike(result.payload, expect.payload)), `${where}: payload order`);
          assert.deepEqual(result.payload, expect.payload, `${where}: payload`);
        }
        runs++;
      }
    }
    assert.ok(runs > 100, `only ${runs} runs`);
  });
}

// The expected payload's values in the documented field order of the current profile.
function orderLike(actual, expected) {
  const order = cjs.profiles().current.fields.map((f) => f.name);
  const known = Object.keys(expected).filter((k) => order.includes(k)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const extra = Object.keys(expected).filter((k) => !order.includes(k));
  return Object.fromEntries([...known, ...extra].map((k) => [k, expected[k]]));
}
