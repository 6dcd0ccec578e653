// The extension flags: on a realistic threat report the reference links are listed unticked and
// the malicious ones ticked; "Submit to Defender" sends exactly the ticked ones in one import
// body to the project's emulator of the service (standing for Microsoft on 127.0.0.1, reachable
// only from the test build), waits out a 429, and shows each indicator's result, a per-item
// refusal next to its indicator. No request leaves for anywhere else. Screenshots of the popup
// before and after, and of the options page, go to test-results/screenshots (and
// MDE_SHOTS, when set).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildTestExtension } from '../../scripts/build-extension.mjs';
import { startEmulator } from '../emulator/defender.mjs';
import { startFakeSignIn } from './fake-sign-in.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page = readFileSync(new URL('./threat-report.html', import.meta.url));
const shots = process.env.MDE_SHOTS ?? join(root, 'test-results', 'screenshots');
const refused = 'login-secure.example.org';
let server, origin, emulator, signInServer, context, worker, extensionId, workDir, tabId;

before(async () => {
  emulator = await startEmulator({ failValue: (value) => (value === refused ? 'the indicator value is on the tenant\'s allow list' : null) });
  signInServer = await startFakeSignIn();
  server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  workDir = mkdtempSync(join(tmpdir(), 'mde-extension-submit-'));
  const dir = buildTestExtension(join(workDir, 'extension'), [emulator.url, signInServer.origin]);
  context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 460, height: 1000 },
    args: ['--headless=new', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
  const tab = await context.newPage();
  await tab.goto(`${origin}/`);
  tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, `${origin}/`);
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await context?.close();
  await emulator?.close();
  await signInServer?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const rows = (popup) => popup.locator('#list li').evaluateAll((items) => items.map((li) => ({
  value: li.querySelector('.value').textContent,
  type: li.querySelector('.type').textContent,
  checked: li.querySelector('input').checked,
  note: li.querySelector('.verdict.note')?.textContent ?? '',
  result: li.dataset.result ?? '',
  resultText: li.querySelector('.verdict.result')?.textContent ?? '',
})));

test('the shipped manifest and build allow only the documented Microsoft hosts', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'www/extension/manifest.json'), 'utf8'));
  const hosts = ['https://login.microsoftonline.com/*', 'https://login.microsoftonline.us/*', 'https://api.security.microsoft.com/*',
    'https://*.api.security.microsoft.com/*', 'https://api-gcc.securitycenter.microsoft.us/*', 'https://api-gov.securitycenter.microsoft.us/*'];
  assert.deepEqual(manifest.host_permissions, hosts);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'contextMenus', 'identity', 'scripting', 'storage']);
  const connect = manifest.content_security_policy.extension_pages.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));
  assert.deepEqual(connect.split(/\s+/).slice(1), ['\'self\'', ...hosts.map((h) => h.slice(0, -2))]);
  assert.match(readFileSync(join(root, 'www/extension/config.js'), 'utf8'), /^export const TEST_BUILD = false;$/m, 'the shipped build ignores test endpoints');
});

test('sign-in completes through launchWebAuthFlow and MSAL: code with PKCE, token kept in session storage only', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('body[data-ready="true"]').waitFor();
  await options.fill('#tenant', 'contoso.onmicrosoft.com');
  await options.fill('#clientId', '00000000-0000-0000-0000-000000000001');
  await options.fill('#testAuthority', signInServer.origin);
  await options.fill('#testApiBase', emulator.url);
  await options.click('#sign-in');
  await options.locator('#status', { hasText: /Signed in as|Sign-in failed/ }).waitFor({ timeout: 20_000 });
  assert.equal(await options.locator('#status').textContent(), 'Signed in as analyst@contoso.com.');
  const authorize = signInServer.requests.find((r) => r.path.endsWith('/authorize'));
  assert.equal(authorize.query.response_type, 'code');
  assert.equal(authorize.query.code_challenge_method, 'S256');
  assert.equal(authorize.query.redirect_uri, `https://${extensionId}.chromiumapp.org/`);
  assert.match(authorize.query.scope, /https:\/\/api\.securitycenter\.microsoft\.com\/\.default/);
  const token = signInServer.requests.find((r) => r.path.endsWith('/token'));
  assert.match(token.body, /code_verifier=/);
  const stored = await worker.evaluate(async () => ({ session: await chrome.storage.session.get(null), local: await chrome.storage.local.get(null) }));
  assert.equal(stored.session.token.accessToken, 'good-token');
  assert.ok(!JSON.stringify(stored.local).includes('good-token'), 'no token in local storage');
  assert.equal(await options.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).then((t) => t.includes('good-token')), false, 'none in the page\'s storage');
  await options.close();
});

test('references are unticked with the reason, malicious ones ticked; submit sends exactly those, waits out a 429, shows each result', async () => {
  await worker.evaluate(async (api) => {
    await chrome.storage.local.set({ settings: { tenant: 'contoso.onmicrosoft.com', clientId: '00000000-0000-0000-0000-000000000001', cloud: 'public', testApiBase: api } });
    await chrome.storage.session.set({ token: { accessToken: 'good-token', expiresOn: new Date(Date.now() + 3_600_000).toISOString(), account: 'analyst@contoso.com' } });
  }, emulator.url);
  const popup = await context.newPage();
  const requests = [];
  popup.on('request', (request) => requests.push(request.url()));
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('body[data-ready="true"]').waitFor({ timeout: 15_000 });
  assert.equal(await popup.inputValue('#title'), 'Flagged from Operation Lantern: a loader campaign');
  const found = await rows(popup);
  const ticked = found.filter((r) => r.checked).map((r) => r.value);
  assert.deepEqual(ticked.sort(), ['0123456789abcdef0123456789abcdef01234567', '45.77.12.34', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'https://chrome-update.example.net/setup.exe', refused].sort());
  for (const reference of ['google.com', 'https://www.google.com/chrome/', '8.8.8.8', 'microsoft.com', 'https://learn.microsoft.com/defender-endpoint/indicators-overview']) {
    const r = found.find((f) => f.value === reference);
    assert.ok(r, `${reference} is listed`);
    assert.equal(r.checked, false, `${reference} is not pre-selected`);
    assert.match(r.note, /well-known/, `${reference} says why`);
  }
  assert.ok(found.some((r) => r.value.startsWith('https://www.virustotal.com/') && !r.checked));
  assert.ok(found.some((r) => r.value.startsWith('https://attack.mitre.org/') && !r.checked));

  // The 40-hex value in the "Signing certificate" row is found as a thumbprint (extract reads
  // the row's label); the switch makes it a file's SHA-1 and back. Then a file action that a
  // certificate does not take leaves the certificate's own action alone.
  const certificate = popup.locator('#list li', { hasText: '0123456789abcdef' });
  assert.equal(await certificate.locator('.type').textContent(), 'CertificateThumbprint');
  await certificate.locator('button.switch').click();
  assert.equal(await certificate.locator('.type').textContent(), 'FileSha1');
  await certificate.locator('button.switch').click();
  assert.equal(await certificate.locator('.type').textContent(), 'CertificateThumbprint');
  await popup.selectOption('#action-files', 'BlockAndRemediate');
  assert.equal((await rows(popup)).filter((r) => r.checked).length, 5, 'one kind\'s action never unticks another kind');
  await popup.locator('body').screenshot({ path: join(shots, 'extension-before-submit.png') });

  emulator.inject({ route: 'import', status: 429, retryAfter: 1 });
  await popup.click('#submit');
  await popup.locator('#status', { hasText: 'Sent:' }).waitFor({ timeout: 20_000 });
  const imports = emulator.calls.filter((c) => c.route === 'import');
  assert.equal(imports.length, 2, 'one import body, sent again after the 429');
  assert.equal(imports[0].status, 429);
  assert.ok(imports[1].at - imports[0].at >= 1000, 'the Retry-After was waited out');
  assert.deepEqual(emulator.received.map((b) => b.indicatorValue).sort(), ticked.sort(), 'exactly the ticked indicators, once');
  const byValue = Object.fromEntries(emulator.received.map((b) => [b.indicatorValue, b]));
  assert.equal(byValue['0123456789abcdef0123456789abcdef01234567'].indicatorType, 'CertificateThumbprint');
  assert.equal(byValue['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'].action, 'BlockAndRemediate');
  const days = (Date.parse(byValue['45.77.12.34'].expirationTime) - Date.now()) / 86_400_000;
  assert.ok(days > 89 && days <= 90, `expires in 90 days, not ${days}`);

  const after = await rows(popup);
  assert.match(after.find((r) => r.value === refused).resultText, /allow list/);
  assert.equal(after.find((r) => r.value === refused).result, 'failed');
  for (const value of ticked.filter((v) => v !== refused)) assert.equal(after.find((r) => r.value === value).result, 'ok', value);
  assert.equal(await popup.locator('#list li[data-result="ok"] a').first().getAttribute('href'), 'https://security.microsoft.com/preferences2/custom_ti_indicators');
  await popup.locator('body').screenshot({ path: join(shots, 'extension-after-submit.png') });
  const allowed = [`chrome-extension://${extensionId}/`, `${emulator.url}/`];
  assert.deepEqual(requests.filter((url) => !allowed.some((a) => url.startsWith(a))), [], 'no other request left the browser');
  await popup.close();
});

test('the options page shows the redirect URI to register and the sign-in state', async () => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 700, height: 420 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('body[data-ready="true"]').waitFor();
  assert.equal(await options.locator('#redirect').textContent(), `https://${extensionId}.chromiumapp.org/`);
  assert.equal(await options.inputValue('#tenant'), 'contoso.onmicrosoft.com');
  assert.match(await options.locator('#status').textContent(), /Signed in as analyst@contoso\.com/);
  await options.screenshot({ path: join(shots, 'extension-options.png'), fullPage: true });
  await options.click('#sign-out');
  await options.locator('#status', { hasText: 'Not signed in' }).waitFor();
  assert.equal(await worker.evaluate(async () => (await chrome.storage.session.get('token')).token), undefined);
  await options.close();
});
