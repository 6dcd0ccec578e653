// End-to-end tests of the demo page (www/) in Chromium: live validation in the form, profile
// switching, paste mode, copying the payload, and that the page stays on its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { root, ensureBuilt, startServer, launch } from './harness.mjs';

const shots = `${root}test-results/screenshots`;
const now = '2026-01-01T00:00:00Z';
const sha1 = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
const good = { indicatorValue: sha1, indicatorType: 'FileSha1', action: 'Block', title: 'Known bad tool', description: 'Seen in incident 42' };
const selects = new Set(['indicatorType', 'action', 'severity', 'generateAlert']);
const TIMEOUT = { timeout: 120_000 };

let server;
let browser;
const requests = []; // every request of every page, for the same-origin test

before(async () => {
  ensureBuilt();
  mkdirSync(shots, { recursive: true });
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A fresh page on the demo, once the validator has loaded and rendered the form. */
async function open(contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  const response = await page.goto(`${server.origin}/`);
  await page.locator('#f-indicatorValue').waitFor();
  return { page, context, response, problems };
}

async function fill(page, values) {
  for (const [name, value] of Object.entries(values)) {
    if (selects.has(name)) await page.selectOption(`#f-${name}`, value);
    else await page.fill(`#f-${name}`, value);
  }
}

/** Full-page screenshots at 1280 px and 375 px, checking the narrow one does not scroll sideways. */
async function screenshots(page, name) {
  await page.screenshot({ path: `${shots}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${name}: ${overflow}px of horizontal scroll at 375px`);
  await page.screenshot({ path: `${shots}/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The ids an element's aria-describedby lists. */
const describedBy = async (locator) => ((await locator.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);

test('a 39-digit SHA-1 is an error at indicatorValue; 40 digits show the payload', TIMEOUT, async () => {
  const { page, context, problems } = await open();
  const value = page.locator('#f-indicatorValue');
  await fill(page, { ...good, indicatorValue: sha1.slice(0, 39) });

  const messages = page.locator('#m-indicatorValue');
  await messages.locator('[data-code="invalid_hash"]').waitFor();
  assert.match(await messages.textContent(), /40 hex digits/);
  assert.equal(await value.getAttribute('aria-invalid'), 'true');
  assert.ok((await describedBy(value)).includes('m-indicatorValue'));
  assert.match(await page.textContent('#counts'), /^1 error, 0 warnings/);
  assert.equal(await page.isHidden('#payload-ready'), true);
  await screenshots(page, 'form-invalid');

  await value.fill(sha1);
  await page.locator('#payload-ready').waitFor();
  assert.equal(await value.getAttribute('aria-invalid'), null);
  assert.equal(await messages.isHidden(), true);
  assert.equal(await messages.textContent(), '');
  assert.ok(!(await describedBy(value)).includes('m-indicatorValue'));
  assert.match(await page.textContent('#counts'), /^0 errors, 0 warnings — valid/);
  assert.equal(JSON.parse(await page.textContent('#payload')).indicatorValue, sha1);
  await screenshots(page, 'form-valid');
  assert.deepEqual(problems, []);
  await context.close();
});

test('action Audit without generateAlert is an error at generateAlert', TIMEOUT, async () => {
  const { page, context } = await open();
  await fill(page, { ...good, action: 'Audit' });
  const select = page.locator('#f-generateAlert');
  await page.locator('#m-generateAlert [data-code="audit_requires_generate_alert"]').waitFor();
  assert.equal(await select.getAttribute('aria-invalid'), 'true');
  assert.ok((await describedBy(select)).includes('m-generateAlert'));

  await select.selectOption('true');
  await page.locator('#payload-ready').waitFor();
  assert.equal(await select.getAttribute('aria-invalid'), null);
  assert.equal(JSON.parse(await page.textContent('#payload')).generateAlert, true);
  await context.close();
});

test('a profile switch keeps every value and says what the profile does not have', TIMEOUT, async () => {
  const { page, context } = await open();
  const typeOptions = () => page.locator('#f-indicatorType option:not([data-foreign])').evaluateAll((options) => options.map((o) => o.value));
  assert.ok((await typeOptions()).includes('CertificateThumbprint'));
  await fill(page, { indicatorType: 'CertificateThumbprint', title: 'kept', category: 'Malware' });

  await page.selectOption('#profile', '2020');
  assert.deepEqual(await typeOptions(), ['', 'FileSha1', 'FileSha256', 'IpAddress', 'DomainName', 'Url']);
  // The type 2020 lacks stays chosen, marked, and validation says why it does not do.
  assert.equal(await page.inputValue('#f-indicatorType'), 'CertificateThumbprint');
  await page.locator('#m-indicatorType [data-code="enum_not_in_profile"]').waitFor();
  assert.equal(await page.inputValue('#f-title'), 'kept');
  // A field 2020 has not is kept aside, and named.
  assert.equal(await page.locator('#f-category').count(), 0);
  assert.match(await page.textContent('#status'), /Not in profile 2020, kept for when you switch back: category/);
  assert.match(await page.textContent('#profile-info'), /api\.securitycenter\.windows\.com/);
  assert.doesNotMatch(await page.textContent('#profile-info'), /seeds\/|spec\/|\.md\b/, 'no repository file names');

  await page.selectOption('#profile', 'current');
  assert.equal(await page.inputValue('#f-category'), 'Malware');
  assert.equal(await page.inputValue('#f-indicatorType'), 'CertificateThumbprint');
  assert.equal(await page.locator('#m-indicatorType [data-code="enum_not_in_profile"]').count(), 0);
  await context.close();
});

test('a fresh form says what is needed without errors; labels are words, codes on hover', TIMEOUT, async () => {
  const { page, context } = await open();
  const required = Object.values((await import('../../index.cjs')).default.profiles()).find((p) => p.default).fields.filter((f) => f.required).length;
  assert.equal(await page.getAttribute('#summary', 'data-state'), 'pending');
  assert.equal(await page.textContent('#counts'), `${required} required fields to fill in`);
  assert.equal(await page.locator('.field .issues li').count(), 0, 'no error shown before anything is typed');
  assert.equal(await page.textContent('label[for="f-rbacGroupNames"] .label'), 'Device groups');
  assert.equal(await page.textContent('label[for="f-rbacGroupNames"] .name'), 'rbacGroupNames');

  // Leaving a required field empty is touching it: now it says so, with the code on hover only.
  await page.focus('#f-title');
  await page.focus('#f-description');
  const issue = page.locator('#m-title li');
  await issue.waitFor();
  assert.equal(await issue.getAttribute('title'), 'required');
  assert.doesNotMatch(await issue.textContent(), /\brequired\b.*\brequired\b/);
  assert.equal(await page.getAttribute('#summary', 'data-state'), 'error');
  await screenshots(page, 'form-fresh');
  await context.close();
});

test('a defanged value offers its refanged form in one click, and the type is guessed', TIMEOUT, async () => {
  const { page, context } = await open();
  await page.fill('#f-indicatorValue', 'hxxps://evil[.]example[.]com/gate.php');
  const suggestion = page.locator('#s-indicatorValue');
  await suggestion.locator('code').getByText('https://evil.example.com/gate.php').waitFor();
  assert.equal(await page.inputValue('#f-indicatorType'), 'Url', 'guessed while no type is chosen');
  assert.ok(await page.isVisible('#s-indicatorType'));
  await suggestion.locator('button').click();
  assert.equal(await page.inputValue('#f-indicatorValue'), 'https://evil.example.com/gate.php');
  assert.equal(await suggestion.isHidden(), true);
  // A type the user chose is theirs: a new value does not change it.
  await page.selectOption('#f-indicatorType', 'DomainName');
  await page.fill('#f-indicatorValue', '8.8.8.8');
  assert.equal(await page.inputValue('#f-indicatorType'), 'DomainName');
  await context.close();
});

test('paste takes an array and NDJSON as validateBatch does, items numbered from 1', TIMEOUT, async () => {
  const { page, context } = await open();
  await page.check('input[name="mode"][value="paste"]');
  const bad = { ...good, indicatorValue: sha1.slice(0, 39) };
  for (const text of [JSON.stringify([good, bad]), `${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`]) {
    await page.fill('#paste-text', text);
    await page.locator('#paste-result h3').getByText('List with 2 indicators').waitFor();
    const summaries = await page.locator('#paste-result details.item summary').allTextContents();
    assert.deepEqual(summaries.map((line) => line.split(' ')[0] + ' ' + line.split(' ')[1]), ['item 1', 'item 2']);
    await page.locator('#paste-result [data-code="invalid_hash"]').first().waitFor();
    await page.click('button.link:text-is("/1/indicatorValue")');
    assert.equal(await page.evaluate(() => document.activeElement.querySelector('.key')?.textContent), 'indicatorValue');
  }
  await context.close();
});

test('at 375 px the request body comes right after the summary, before the form', TIMEOUT, async () => {
  const { page, context } = await open({ viewport: { width: 375, height: 800 } });
  await fill(page, good);
  await page.locator('#payload-ready').waitFor();
  const top = (selector) => page.locator(selector).evaluate((node) => node.getBoundingClientRect().top);
  assert.ok((await top('#payload-panel')) < (await top('#indicator-form')));
  await page.screenshot({ path: `${shots}/form-narrow-375.png`, fullPage: true });
  await context.close();
});

test('pasted markup is shown as text, never turned into elements', TIMEOUT, async () => {
  const { page, context, problems } = await open();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    dialog.dismiss();
  });
  const title = '<img src=x onerror=alert(1)>';
  const key = '<img src=y onerror=alert(2)>';
  await page.check('input[name="mode"][value="paste"]');
  await page.fill('#paste-text', JSON.stringify({ ...good, title, [key]: 1 }, null, 2));
  await page.locator('#paste-result [data-code="unknown_field"]').first().waitFor();
  const shown = await page.textContent('#paste-result');
  assert.ok(shown.includes(title), 'the title is shown literally');
  assert.ok(shown.includes(key), 'the unknown key is shown literally');
  await screenshots(page, 'paste-single');

  // Valid once the stray key is gone: load it into the form, where it is a value too.
  await page.fill('#paste-text', JSON.stringify({ ...good, title }, null, 2));
  await page.click('#load-into-form');
  await page.locator('#payload-ready').waitFor();
  assert.equal(await page.inputValue('#f-title'), title);
  assert.equal(JSON.parse(await page.textContent('#payload')).title, title);

  await page.waitForTimeout(500); // time for an injected onerror to fire, were there one
  assert.equal(await page.locator('img').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('paste mode links each issue to its item, field, or place in the text', TIMEOUT, async () => {
  const { page, context } = await open();
  await page.check('input[name="mode"][value="paste"]');
  const bad = { ...good, indicatorValue: sha1.slice(0, 39), action: 'Audit' };
  await page.fill('#paste-text', JSON.stringify({ Indicators: [good, bad] }, null, 2));
  await page.locator('#paste-result h3').getByText('Import body with 2 indicators').waitFor();
  assert.match(await page.textContent('#counts'), /^2 errors, 0 warnings/);

  const items = page.locator('#paste-result details.item');
  assert.equal(await items.count(), 2);
  assert.equal(await items.nth(0).getAttribute('open'), null, 'a clean item starts folded');
  await page.click('button.link:text-is("/Indicators/1/indicatorValue")');
  const focused = () => page.evaluate(() => {
    const active = document.activeElement;
    const details = active.closest('details');
    return { key: active.querySelector('.key')?.textContent, text: active.textContent, item: details ? [...document.querySelectorAll('details.item')].indexOf(details) : -1 };
  });
  assert.deepEqual((await focused()).key, 'indicatorValue');
  assert.equal((await focused()).item, 1);
  assert.ok(await page.evaluate(() => !!document.activeElement.querySelector('[data-code="invalid_hash"]')));
  // A missing field gets a row to link to.
  await page.click('button.link:text-is("/Indicators/1/generateAlert")');
  assert.deepEqual({ ...(await focused()), text: undefined }, { key: 'generateAlert', item: 1, text: undefined });
  await screenshots(page, 'paste-import');

  // Broken JSON: the link selects the reported line and column in the text.
  // The emoji is one character to the reported column but two UTF-16 units to the textarea.
  await page.fill('#paste-text', '{\n  "title": "x",\n  "description": "\u{1F600}", oops\n}');
  await page.click('button.link:text-is("the whole body")');
  const selection = await page.evaluate(() => {
    const area = document.activeElement;
    const { value, selectionStart: start, selectionEnd: end } = area;
    return { id: area.id, line: value.slice(0, start).split('\n').length, selected: value.slice(start, end) };
  });
  assert.deepEqual(selection, { id: 'paste-text', line: 3, selected: 'o' });
  await context.close();
});

test('the copied JSON and commands carry exactly what buildPayload returns', TIMEOUT, async () => {
  const { page, context } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
  const input = {
    ...good,
    indicatorValue: sha1.toUpperCase(),
    title: "O'Brien's tool",
    description: 'costs $5 `whoami` "quoted" ünïcode',
    expirationTime: '2099-01-02T03:04:05+02:00',
    rbacGroupNames: ['Tier 1', 'Tier 2'],
    generateAlert: true,
  };
  await fill(page, { ...input, rbacGroupNames: ' Tier 1,Tier 2 ', generateAlert: 'true' });
  await page.locator('#payload-ready').waitFor();

  const expected = await page.evaluate(async ([body, at]) => (await import('/web.mjs')).buildPayload(body, { profile: 'current', now: at }), [input, now]);
  assert.equal(expected.expirationTime, '2099-01-02T01:04:05Z', 'canonical, not the typed form');
  const copied = async (kind) => {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.click(`[data-copy="${kind}"]`);
    await page.locator('#copy-status').getByText('Copied').waitFor();
    return page.evaluate(() => navigator.clipboard.readText());
  };

  const json = await copied('json');
  assert.deepEqual(JSON.parse(json), expected);
  assert.equal(json, JSON.stringify(expected, null, 2));

  // Run the curl command in bash with curl stubbed out, to check its quoting.
  const curl = await copied('curl');
  const args = execFileSync('bash', ['-c', `curl() { printf '%s\\0' "$@"; }\nTOKEN=t0k\n${curl}`], { encoding: 'utf8' }).split('\0').slice(0, -1);
  assert.deepEqual(args.slice(0, -1), ['-X', 'POST', 'https://api.security.microsoft.com/api/indicators', '-H', 'Authorization: Bearer t0k', '-H', 'Content-Type: application/json', '--data-binary']);
  assert.deepEqual(JSON.parse(args.at(-1)), expected);

  const powershell = await copied('powershell');
  const [, body] = /^\$body = @'\n([\s\S]*)\n'@\n/.exec(powershell);
  assert.deepEqual(JSON.parse(body), expected);
  assert.match(powershell, /Invoke-RestMethod -Method Post -Uri 'https:\/\/api\.security\.microsoft\.com\/api\/indicators'/);
  assert.match(powershell, /"Bearer \$env:TOKEN"/);
  await context.close();
});

test('the page requests nothing outside its origin and sends a CSP', TIMEOUT, async () => {
  const { page, context, response } = await open();
  const csp = response.headers()['content-security-policy'];
  assert.ok(csp, 'CSP header present');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /default-src 'self'/);
  assert.match(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), /script-src 'self' 'wasm-unsafe-eval'/);

  await fill(page, good);
  await page.locator('#payload-ready').waitFor();
  await page.check('input[name="mode"][value="paste"]');
  await page.fill('#paste-text', JSON.stringify({ ...good, educateUrl: 'https://contoso.com/x' }));
  await page.locator('#paste-result h3').waitFor();
  await page.waitForLoadState('networkidle');

  assert.ok(requests.some((url) => url.endsWith('/pkg/web/mde_indicator_bg.wasm')), 'the wasm came from the server');
  const foreign = requests.filter((url) => new URL(url).origin !== server.origin);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('markup typed into the form or pasted in an import body stays text, and inline script is refused', TIMEOUT, async () => {
  const { page, context, problems } = await open();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    dialog.dismiss();
  });
  const markup = (n) => `<img src=x onerror="window.pwned=${n}"><script>window.pwned=${n}</script>`;
  await fill(page, { ...good, indicatorValue: `${sha1}${markup(1)}`, title: markup(2), description: `"><svg onload=window.pwned=3>` });
  await page.locator('#m-indicatorValue').getByText(/hex/i).first().waitFor();
  await page.check('input[name="mode"][value="paste"]');
  const item = { ...good, title: markup(4), [markup(5)]: 1, rbacGroupNames: [markup(6)] };
  await page.fill('#paste-text', JSON.stringify({ Indicators: [item, { ...good, indicatorValue: markup(7) }] }, null, 2));
  await page.locator('#paste-result [data-code="unknown_field"]').first().waitFor();
  assert.ok((await page.textContent('#paste-result')).includes(markup(5)), 'the key is shown literally');
  await page.waitForTimeout(500); // time for an injected handler to run, were there one
  assert.deepEqual(problems, []);
  const injected = await page.evaluate(() => ({
    elements: document.querySelectorAll('img, svg, iframe, script:not([src])').length,
    pwned: window.pwned,
    // The page's CSP has no 'unsafe-inline': an inline script added now must not run.
    inline: (() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return window.inlineRan;
    })(),
  }));
  assert.deepEqual(injected, { elements: 0, pwned: undefined, inline: undefined });
  assert.equal(dialogs, 0);
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== server.origin), []);
  await context.close();
});

test('the page speaks the browser\'s language, and the selector switches every label and issue', TIMEOUT, async () => {
  const { PAGE_TEXT } = await import('../../www/i18n.js');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const mde = require('../..');
  for (const tag of ['fr', 'zh-TW']) require(`../../locales/${tag}.js`);
  const input = { ...good, indicatorValue: '10.0.0.1', indicatorType: 'IpAddress' };
  const expected = (tag) => mde.formatIssue(mde.validate(input, { now }).errors[0], tag);

  /** Every label of the page in `tag`, the issue in its words, and no text cut off or overflowing. */
  async function check(page, tag) {
    const words = PAGE_TEXT[tag];
    assert.equal(await page.getAttribute('html', 'lang'), tag);
    assert.equal(await page.textContent('h1'), words.title);
    assert.equal(await page.textContent('label[for="profile"]'), words.profile);
    assert.equal(await page.textContent('#form-title'), words.indicator);
    assert.equal((await page.textContent('#payload-empty')).trim(), words.payloadEmpty);
    assert.equal(await page.textContent('.field .required'), words.required);
    await page.locator('#m-indicatorValue .message').waitFor();
    assert.equal(await page.textContent('#m-indicatorValue .message'), expected(tag));
    assert.equal(await page.textContent('#m-indicatorValue .severity'), words.error);
    const cut = await page.evaluate(() => [...document.querySelectorAll('h1, h2, label, legend, button, select, .severity, .hint, .message, #counts')]
      .filter((node) => node.offsetParent !== null && (node.scrollWidth > node.clientWidth + 1 || node.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
      .map((node) => `${node.tagName} ${node.textContent.slice(0, 40)}`));
    assert.deepEqual(cut, [], `${tag}: cut off or overflowing`);
  }

  const { page, context, problems } = await open({ locale: 'fr-FR' });
  await fill(page, input);
  await check(page, 'fr');
  await screenshots(page, 'page-fr');

  await page.selectOption('#language', 'zh-TW');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-TW');
  await check(page, 'zh-TW');
  await screenshots(page, 'page-zh-TW');
  // The choice is remembered over the browser's language.
  await page.reload();
  await page.locator('#f-indicatorValue').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-TW');
  assert.deepEqual(problems, []);
  await context.close();

  const english = await open();
  assert.equal(await english.page.getAttribute('html', 'lang'), 'en');
  assert.equal(await english.page.textContent('h1'), PAGE_TEXT.en.title);
  await english.context.close();
});
