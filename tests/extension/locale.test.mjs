// The extension in the browser's language: Chromium started in French (LANGUAGE=fr) shows the
// popup's words from www/extension/strings.js and the issues from the package's French locale;
// every language has every string, and _locales/<lang>/messages.json (the manifest's and the
// menu's words) has the keys and placeholders of the English one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildExtension } from '../../scripts/build-extension.mjs';

const require = createRequire(import.meta.url);
const mde = require('../..');
const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(root, 'test-results', 'screenshots');
const localesDir = join(root, 'www/extension/_locales');
const messagesOf = (lang) => JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));
let context, extensionId, workDir;

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mde-extension-fr-'));
  const dir = join(workDir, 'extension');
  cpSync(buildExtension(), dir, { recursive: true });
  context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 460, height: 900 },
    env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8', LC_ALL: '' },
    args: ['--headless=new', '--lang=fr', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('every language of the package has the extension\'s messages, with the English keys and placeholders', () => {
  const english = messagesOf('en');
  const manifest = JSON.parse(readFileSync(join(root, 'www/extension/manifest.json'), 'utf8'));
  assert.equal(manifest.default_locale, 'en');
  assert.deepEqual(readdirSync(localesDir).sort(), mde.LOCALES.map((tag) => tag.replace('-', '_')).sort());
  for (const lang of readdirSync(localesDir)) {
    const messages = messagesOf(lang);
    assert.deepEqual(Object.keys(messages).sort(), Object.keys(english).sort(), lang);
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      assert.deepEqual(Object.keys(placeholders ?? {}), Object.keys(english[key].placeholders ?? {}), `${lang} ${key}`);
      assert.equal(message.includes('%s'), english[key].message.includes('%s'), `${lang} ${key}`);
      if (lang !== 'en' && !['action', 'description'].includes(key)) assert.notEqual(message, english[key].message, `${lang} ${key}: English`);
    }
  }
});

test('every language of the package has every string of the extension, none of them English', async () => {
  const { ALL_STRINGS } = await import('../../www/extension/strings.js');
  assert.deepEqual(Object.keys(ALL_STRINGS).sort(), [...mde.LOCALES].sort());
  const sample = (value) => (typeof value === 'function' ? value(...Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : 'x'))) : value);
  const flat = (table, prefix = '') => Object.entries(table).flatMap(([key, value]) => (
    typeof value === 'object' ? flat(value, `${prefix}${key}.`) : [[`${prefix}${key}`, sample(value)]]));
  const english = Object.fromEntries(flat(ALL_STRINGS.en));
  // Words that are the same in English and in that language.
  const same = { nl: ['options.cloud', 'kinds'], de: ['options.cloud', 'popup.title'], fr: ['popup.description', 'options.cloud'], es: [], ja: [], 'zh-TW': [], 'zh-CN': [] };
  for (const [tag, table] of Object.entries(ALL_STRINGS)) {
    const strings = Object.fromEntries(flat(table));
    assert.deepEqual(Object.keys(strings).sort(), Object.keys(english).sort(), tag);
    if (tag === 'en') continue;
    for (const [key, text] of Object.entries(strings)) {
      assert.equal(typeof text, 'string', `${tag} ${key}`);
      if (!(same[tag] ?? []).some((k) => key.startsWith(k)) && !['copyImport', 'exportCsv'].includes(key)) assert.notEqual(text, english[key], `${tag} ${key}: English`);
    }
  }
});

test('in a French browser the popup and its verdicts are French', async () => {
  const { ALL_STRINGS } = await import('../../www/extension/strings.js');
  const words = ALL_STRINGS.fr;
  const fragment = new URLSearchParams({ text: 'IOCs: 10[.]0[.]0[.]1 and 8[.]8[.]8[.]8', source: 'Rapport', url: 'https://blog.example.org/post' });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#${fragment}`);
  await popup.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getAttribute('html', 'lang'), 'fr');
  assert.equal(await popup.textContent('h1'), words.popup.heading);
  assert.equal(await popup.textContent('#source'), words.from('Rapport'));
  assert.equal(await popup.inputValue('#title'), words.titleFrom('blog.example.org'));
  // 10.0.0.1 is invalid, 8.8.8.8 a public resolver (valid, not pre-selected): French plurals.
  assert.equal(await popup.textContent('#count'), words.counts(2, 1, 0));
  assert.equal(words.counts(2, 1, 0), '2 trouvés, 1 prêt, 0 sélectionné');
  require('../../locales/fr.js');
  const privateIp = mde.validate({ indicatorValue: '10.0.0.1', indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' });
  assert.equal(await popup.locator('#list li.invalid .verdict').textContent(), mde.formatIssue(privateIp.errors[0], 'fr'));
  mkdirSync(shots, { recursive: true });
  await popup.locator('body').screenshot({ path: join(shots, 'extension-popup-fr.png') });
  await popup.close();
});
