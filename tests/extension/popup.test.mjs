// End to end: the extension built by scripts/build-extension.mjs, loaded unpacked into
// Debian's Chromium through playwright-core. Its popup page scans a report page served here
// (defanged indicators among file names, versions and code) and lists the refanged values
// with their types and their verdicts for the chosen action; the copy buttons give ready
// bodies; the selection route of the context menu works; nothing leaves the browser.
//
// A toolbar click grants activeTab, which no automation can do; the test build loaded here
// (buildTestExtension) has a host permission for 127.0.0.1 in its stead. The shipped manifest
// is checked as it is in submit.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildTestExtension } from '../../scripts/build-extension.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const report = readFileSync(new URL('./report.html', import.meta.url));
const shots = join(root, 'test-results', 'screenshots');
let server, origin, context, extensionId, workDir, pageTabId;

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'mde-extension-'));
  const dir = join(workDir, 'extension');
  buildTestExtension(dir, []);

  server = createServer((request, response) => {
    response.writeHead(request.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url === '/' ? report : 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;

  context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 460, height: 900 },
    // English, whatever the machine's language: these tests read the English interface.
    env: { ...process.env, LANGUAGE: 'en', LC_ALL: 'C' },
    args: ['--headless=new', '--lang=en-US', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;

  const page = await context.newPage();
  await page.goto(origin);
  pageTabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url: `${url}/` }))[0]?.id, origin);
  assert.ok(Number.isInteger(pageTabId), 'the report tab is found');
});

after(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Opens the popup page on `route` and resolves once it has listed what it found. */
async function openPopup(route) {
  const popup = await context.newPage();
  const requests = [];
  popup.on('request', (request) => requests.push(request.url()));
  // Keeps what the popup writes to the clipboard, which a test page cannot read back.
  await popup.addInitScript(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      window.copied = text;
      return write(text);
    };
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html${route}`);
  await popup.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  return { popup, requests };
}

const rows = (popup) => popup.locator('#list li').evaluateAll((items) => items.map((li) => ({
  value: li.querySelector('.value').textContent,
  type: li.querySelector('.type').textContent,
  defanged: Boolean(li.querySelector('.defanged')),
  valid: li.classList.contains('valid'),
  verdict: li.querySelector('.verdict').textContent,
  checked: li.querySelector('input').checked,
})));

test('the popup scans the page and lists refanged indicators with types and verdicts', async () => {
  const { popup, requests } = await openPopup(`?tab=${pageTabId}`);
  assert.match(await popup.locator('#source').textContent(), /Operation Example/);
  const found = await rows(popup);
  assert.deepEqual(found.map((r) => [r.type, r.value, r.defanged, r.valid]), [
    ['Url', 'https://cdn-update.example.net/dl/stage2.bin', true, true],
    ['IpAddress', '45.77.12.34', true, true],
    ['DomainName', 'login-secure.example.org', true, true],
    ['FileSha256', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', false, true],
    ['IpAddress', '10.20.30.40', true, false],
    ['Url', 'http://files.example.com/a.php', true, true],
    ['DomainName', 'phish.example.com', true, true],
  ]);
  assert.match(found[0].verdict, /^Ready; .*Edge/);
  assert.match(found[4].verdict, /private/);
  assert.deepEqual(found.map((r) => r.checked), [true, true, true, true, false, true, true]);
  assert.equal(await popup.locator('#count').textContent(), '7 found, 6 ready, 6 selected');

  // Each kind has its action: Audit for files leaves the network rows as they were.
  await popup.selectOption('#action-files', 'Audit');
  await popup.selectOption('#action-network', 'Audit');
  assert.deepEqual((await rows(popup)).map((r) => r.valid), [true, true, true, true, false, true, true]);
  await popup.locator('#all').check();

  await popup.click('#copy-import');
  await popup.locator('#status', { hasText: 'Copied an import body of 6' }).waitFor();
  const imported = JSON.parse(await popup.evaluate(() => window.copied));
  assert.equal(imported.Indicators.length, 6);
  const { description, expirationTime, ...rest } = imported.Indicators[3];
  assert.deepEqual(rest, {
    indicatorValue: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    indicatorType: 'FileSha256',
    action: 'Audit',
    title: 'Flagged from Operation Example: indicators',
    generateAlert: true,
  });
  const days = (Date.parse(expirationTime) - Date.now()) / 86_400_000;
  assert.ok(days > 89 && days <= 90, `the default expiry is 90 days, not ${days}`);
  assert.match(description, /^Found in http:\/\/127\.0\.0\.1:\d+\/ on \d{4}-\d\d-\d\d\.$/);

  // One selected: the canonical body itself.
  await popup.locator('#list li input').nth(1).uncheck();
  for (const index of [0, 2, 3, 5, 6]) await popup.locator('#list li input').nth(index).uncheck();
  await popup.locator('#list li input').nth(1).check();
  await popup.click('#copy-body');
  await popup.locator('#status', { hasText: 'Copied the body' }).waitFor();
  const single = JSON.parse(await popup.evaluate(() => window.copied));
  assert.equal(single.indicatorValue, '45.77.12.34');
  assert.equal(await popup.evaluate((body) => JSON.stringify(body), single), JSON.stringify({ ...single }));

  // An empty title makes every body invalid and says so at the field.
  await popup.fill('#title', '');
  assert.equal(await popup.locator('#copy-body').isDisabled(), true);
  assert.match(await popup.locator('#title').evaluate((input) => input.validationMessage), /empty|required|blank/i);
  await popup.fill('#title', 'Flagged from Operation Example: indicators');

  await popup.selectOption('#action-files', 'Block');
  await popup.selectOption('#action-network', 'Block');
  await popup.locator('#all').check();
  mkdirSync(shots, { recursive: true });
  await popup.locator('body').screenshot({ path: join(shots, 'extension-popup.png') });
  assert.ok(requests.every((url) => url.startsWith(`chrome-extension://${extensionId}/`)), `requests left the extension: ${requests}`);
  await popup.close();
});

test('the context-menu route lists the indicators of a selection', async () => {
  const text = 'IOCs: hxxp://bad[.]example[.]com/x, 8[.]8[.]8[.]8 and D41D8CD98F00B204E9800998ECF8427E, not report.pdf; more on blog[.]example[.]org';
  const fragment = new URLSearchParams({ text, source: 'selection on a report', title: 'A threat blog post', url: 'https://blog.example.org/post' });
  const { popup, requests } = await openPopup(`#${fragment}`);
  assert.equal(await popup.locator('#source').textContent(), 'From selection on a report');
  // The resolver and the page's own site are listed, valid, but not pre-selected.
  assert.deepEqual((await rows(popup)).map((r) => [r.type, r.value, r.valid, r.checked]), [
    ['Url', 'http://bad.example.com/x', true, true],
    ['IpAddress', '8.8.8.8', true, false],
    ['FileMd5', 'd41d8cd98f00b204e9800998ecf8427e', true, true],
    ['DomainName', 'blog.example.org', true, false],
  ]);
  assert.match(await popup.locator('#list li').nth(3).textContent(), /Not pre-selected: the page's own site/);
  assert.equal(await popup.inputValue('#title'), 'Flagged from A threat blog post');
  await popup.locator('body').screenshot({ path: join(shots, 'extension-selection.png') });
  assert.ok(requests.every((url) => url.startsWith(`chrome-extension://${extensionId}/`)));
  await popup.close();
});

test('the service worker registers the context-menu entry on selections', async () => {
  const worker = context.serviceWorkers()[0];
  const source = readFileSync(join(root, 'www/extension/background.js'), 'utf8');
  assert.match(source, /contexts: \['selection'\]/);
  // Creating the same id again fails only if the entry already exists.
  const error = await worker.evaluate(() => new Promise((resolve) => {
    chrome.contextMenus.create({ id: 'mde-check-selection', title: 'x', contexts: ['selection'] }, () => resolve(chrome.runtime.lastError?.message ?? null));
  }));
  assert.match(error ?? '', /duplicate|exists/i);
});

test('markup in the scanned text, its source and its URL stays text; inline script is refused; nothing leaves', async () => {
  const text = '<img src=x onerror="window.pwned=1">hxxp://evil[.]example[.]com/<script>window.pwned=2</script> '
    + '"><svg onload=window.pwned=3> 8[.]8[.]8[.]8 <iframe src="https://attacker.example/"></iframe> evil[.]example[.]org';
  const fragment = new URLSearchParams({ text, source: '<b onmouseover=window.pwned=4>selection</b>', url: 'javascript:window.pwned=5//<img src=y>' });
  const { popup, requests } = await openPopup(`#${fragment}`);
  let dialogs = 0;
  popup.on('dialog', (dialog) => {
    dialogs++;
    dialog.dismiss();
  });
  assert.deepEqual((await rows(popup)).map((r) => [r.type, r.value]), [
    ['Url', 'http://evil.example.com/'],
    ['IpAddress', '8.8.8.8'],
    ['Url', 'https://attacker.example/'], // listed as text, never requested (see below)
    ['DomainName', 'evil.example.org'],
  ]);
  assert.equal(await popup.locator('#source').textContent(), 'From <b onmouseover=window.pwned=4>selection</b>');
  await popup.locator('#all').check();
  await popup.waitForTimeout(300); // time for an injected handler to run, were there one
  const injected = await popup.evaluate(() => ({
    elements: document.querySelectorAll('img, svg, iframe, b, script:not([src="popup.js"])').length,
    pwned: window.pwned,
    // The extension pages' CSP has no 'unsafe-inline': an inline script added now must not run.
    inline: (() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return window.inlineRan;
    })(),
  }));
  assert.deepEqual(injected, { elements: 0, pwned: undefined, inline: undefined });
  assert.equal(dialogs, 0);
  assert.ok(requests.every((url) => url.startsWith(`chrome-extension://${extensionId}/`)), `requests left the extension: ${requests}`);
  await popup.close();
});
