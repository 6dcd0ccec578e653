// The JavaScript around the core (the CLI, the client, the page, the extension) takes the
// core's names from the core: profile names, the default profile, input formats and their file
// extensions, and JSON-pointer escaping have one home each. A literal copy of one of them in
// those sources is drift waiting to happen, so this test fails on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mde = require('../..');
const root = fileURLToPath(new URL('../..', import.meta.url));

// The sources as committed: copies that builds and tests make (www/extension/js/ ...) are not sources.
const tracked = execFileSync('git', ['ls-files', '-z', 'bin', 'js', 'www', 'client', 'validate'], { cwd: root, encoding: 'utf8' }).split('\0');
const files = tracked.filter((path) => /\.(mjs|cjs|js)$/.test(path)).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
const quoted = (names) => new RegExp(`(['"\`])(${names.map((n) => n.replace(/[.]/g, '\\.')).join('|')})\\1`);

test('the sources around the core exist and are read', () => {
  assert.ok(files.some((f) => f.path.startsWith('js/cli/')) && files.some((f) => f.path.startsWith('www/')));
});

test('no profile name is spelled out: the default and the list come from profiles()', () => {
  const names = Object.keys(mde.profiles());
  for (const { path, text } of files) assert.doesNotMatch(text, quoted(names), `${path} names a profile`);
});

test('no file extension or feed name of an input format is spelled out: they come from formats()', () => {
  const formats = mde.formats();
  const spelled = [...formats.flatMap((f) => f.extensions), ...formats.filter((f) => f.feed).map((f) => f.name)];
  assert.ok(spelled.length >= 4);
  // js/api.mjs binds fromStix and fromMisp to the core's feed names: that is its job.
  for (const { path, text } of files.filter((f) => f.path !== 'js/api.mjs')) assert.doesNotMatch(text, quoted(spelled), `${path} names a format`);
});

test('JSON pointers are escaped and unescaped in one place (js/api.mjs)', () => {
  const escaping = files.filter(({ text }) => text.includes("'~1'") || text.includes("'~0'")).map(({ path }) => path);
  assert.deepEqual(escaping, ['js/api.mjs']);
});
