// The README's first example runs as written and says what it claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README example runs and its comments are true', () => {
  const code = readme.match(/```js\n([\s\S]*?)```/)[1];
  const context = { require: (name) => (name === 'mde-indicator' ? require('../..') : require(name)) };
  vm.runInNewContext(`${code}\nthis.r = r;`, context);
  const { r } = context;
  assert.equal(r.valid, false);
  assert.deepEqual(r.errors.map((e) => [e.path, e.code, e.message]), [
    ['/indicatorValue', 'invalid_hash', 'must be 40 hex digits for FileSha1, not 39'],
    ['/generateAlert', 'audit_requires_generate_alert', 'must be true when action is Audit'],
  ]);
  for (const claim of ["path: '/indicatorValue'", "code: 'invalid_hash'", "message: 'must be 40 hex digits for FileSha1, not 39'", "code: 'audit_requires_generate_alert'"]) {
    assert.ok(code.includes(claim), `README example mentions ${claim}`);
  }
});
