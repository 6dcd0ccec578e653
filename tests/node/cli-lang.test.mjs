// The command line in every language (js/cli/lang.mjs, js/cli/help.mjs), spawned as users run
// it: each command's help, usage errors, hints and the lines of the validate, build and feed
// reports are translated (no line of English prose left, option names kept), and plurals, lists
// and numbers follow the locale (French: 0 and 1 take the singular).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stixBundle } from '../feeds/generate.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');
const cli = fileURLToPath(new URL('../../bin/mde-indicator.mjs', import.meta.url));
const now = '2026-01-01T00:00:00Z';
const COMMANDS = ['validate', 'build', 'schema', 'submit', 'list', 'delete', 'sync'];
const OTHERS = mde.LOCALES.filter((tag) => tag !== 'en');

function run(args, env = {}) {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, LC_ALL: 'C', MDE_TOKEN: '', ...env } });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text) => { stderr += text; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'mde-cli-lang-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const bad = { indicatorValue: '10.0.0.1', indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' };
const good = { indicatorValue: 'example.com', indicatorType: 'DomainName', action: 'Audit', generateAlert: true, title: 't', description: 'd' };
const mixed = join(dir, 'mixed.json');
writeFileSync(mixed, JSON.stringify([good, good, bad]));
const zip = join(dir, 'book.csv');
writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
const stix = join(dir, 'bundle.json');
writeFileSync(stix, stixBundle({ entries: 40, seed: 21 }).text);

/** A line with words of prose in it, once the names (options, placeholders, paths, codes) are taken out. */
const prose = (line) => (line
  .replace(/--?[\w-]+|<[^>]*>|\S*[/.@_=$]\S*|\b[A-Z][A-Za-z]*[A-Z]\w*\b|\b\w*[a-z][A-Z]\w*\b/g, ' ')
  .match(/[A-Za-z]{2,}/g) ?? []).length >= 3;
/** An example command line, the same in every language. */
const example = (line) => /^ {2}(mde-indicator|cat |MDE_TOKEN=)/.test(line);

/** Fails on every line of `text` that is English prose found as such in `english`. */
function assertTranslated(text, english, label) {
  const englishLines = new Set(english.split('\n').filter(prose));
  const left = text.split('\n').filter((line) => englishLines.has(line) && !example(line));
  assert.deepEqual(left, [], `${label}: lines still in English`);
}

describe('every command in every language', () => {
  test('each command\'s help is translated, its option names and examples kept', async () => {
    for (const command of COMMANDS) {
      const english = await run([command, '--help']);
      assert.equal(english.code, 0);
      const options = new Set(english.stdout.match(/--[a-z][\w-]*/g));
      const examples = english.stdout.split('\n').filter(example);
      for (const tag of OTHERS) {
        const { code, stdout } = await run([command, '--help', '--lang', tag]);
        assert.equal(code, 0, `${command} ${tag}`);
        assertTranslated(stdout, english.stdout, `${command} --help --lang ${tag}`);
        for (const option of options) assert.ok(stdout.includes(option), `${command} ${tag}: ${option}`);
        for (const line of examples) assert.ok(stdout.includes(line), `${command} ${tag}: ${line}`);
        // The generated parts are the core's: its profiles and the import limit.
        for (const profile of Object.keys(mde.profiles())) if (english.stdout.includes(profile)) assert.ok(stdout.includes(profile), `${command} ${tag}: ${profile}`);
      }
    }
  });

  test('usage errors are one translated line with the hint to --help in that language', async () => {
    const { CLI_TEXT } = await import('../../js/cli/lang.mjs');
    const mistakes = [
      ['validate'], ['validate', mixed, '--profile', 'nope'], ['validate', mixed, '--bogus'], ['build', mixed],
      ['build', mixed, '--out', dir, '--batch-size', '0'], ['frobnicate'], ['list', 'extra'], ['sync', mixed],
      ['validate', mixed, '--expires-in-days', 'x'], ['delete'], ['submit', mixed, '--mode', 'x', '--dry-run'],
    ];
    for (const args of mistakes) {
      const english = await run(args);
      assert.equal(english.code, 2, args.join(' '));
      for (const tag of OTHERS) {
        const { code, stderr } = await run([...args, '--lang', tag]);
        assert.equal(code, 2, `${args.join(' ')} ${tag}`);
        assert.equal(stderr.split('\n').length, 2, `${args.join(' ')} ${tag}: one line`);
        assert.ok(stderr.includes(CLI_TEXT[tag].seeHelp), `${args.join(' ')} ${tag}: ${stderr}`);
        assert.notEqual(stderr.replace(CLI_TEXT[tag].seeHelp, ''), english.stderr.replace(CLI_TEXT.en.seeHelp, ''), `${args.join(' ')} ${tag}`);
      }
    }
  });

  test('the validate, build and feed reports and the hints are translated', async () => {
    const runs = [
      ['validate', mixed, '--now', now],
      ['validate', zip],
      ['validate', stix, '--now', now],
    ];
    for (const tag of OTHERS) {
      for (const args of runs) {
        const english = await run(args);
        const translated = await run([...args, '--lang', tag]);
        assert.equal(translated.code, english.code, `${args.join(' ')} ${tag}`);
        assertTranslated(translated.stdout + translated.stderr, english.stdout + english.stderr, `${args.join(' ')} --lang ${tag}`);
      }
      const out = (name) => join(dir, `${name}-${tag}`);
      const english = await run(['build', stix, '--out', out('en'), '--now', now]);
      const translated = await run(['build', stix, '--out', out(tag), '--now', now, '--lang', tag]);
      assert.equal(translated.code, english.code);
      assertTranslated(translated.stderr.replaceAll(out(tag), out('en')), english.stderr, `build --lang ${tag}`);
    }
  });
});

describe('plurals, lists and numbers follow the locale', () => {
  test('French takes the singular for 0 and 1, the plural from 2', async () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '[]');
    const none = await run(['validate', empty, '--lang', 'fr']);
    assert.match(none.stderr, /: 0 indicateur, 0 valide, 0 non valide, 0 avertissement /m);
    const three = await run(['validate', mixed, '--lang', 'fr', '--now', now]);
    assert.match(three.stderr, /3 indicateurs, 2 valides, 1 non valide, /);
    const english = await run(['validate', empty]);
    assert.match(english.stderr, /0 indicators, 0 valid, 0 invalid, 0 warnings /);
  });

  test('lists join with the locale\'s word for "or", numbers are the locale\'s', async () => {
    const cases = { en: /current$/, fr: / ou current$/, de: / oder current$/, ja: /または/ };
    for (const [tag, list] of Object.entries(cases)) {
      const { stderr } = await run(['validate', mixed, '--profile', 'nope', '--lang', tag]);
      const message = stderr.replace(/ ?[(（][^()（）]*[)）]\n$/, '');
      assert.match(message, list, `${tag}: ${stderr}`);
    }
    const { lang, chooseLanguage } = await import('../../js/cli/lang.mjs');
    chooseLanguage(['--lang', 'de'], {});
    assert.equal(lang.number(1234567), new Intl.NumberFormat('de').format(1234567));
    assert.equal(lang.text.indicators(1, lang.number), '1 Indikator');
    assert.equal(lang.text.indicators(1000, lang.number), `${new Intl.NumberFormat('de').format(1000)} Indikatoren`);
  });
});
