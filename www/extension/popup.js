// The popup: finds the indicators in the current tab's text (or in the selection the context
// menu passes in the URL fragment), shows each one's type and its verdict (from validate), and
// copies, exports or, on the user's click, submits those selected through the project's client.
// Well-known services (validate's well_known_target warning) and the page's own site are listed
// but not pre-selected, with the reason shown.
import * as mde from './web.mjs';
import { createClient } from './client/web.mjs';
import { endpoints, loadSettings, storedToken } from './config.js';
import { stringsFor } from './strings.js';

const $ = (id) => document.getElementById(id);
// The browser's language, for the popup's words and the verdicts (the package's locale of it,
// copied beside the popup by scripts/build-extension.mjs).
const uiLocale = mde.matchLocale(chrome.i18n.getUILanguage()) ?? 'en';
if (uiLocale !== 'en') await import(`./locales/${uiLocale}.js`);
const S = stringsFor(uiLocale);
const inLocale = uiLocale === 'en' ? {} : { locale: uiLocale };
document.documentElement.lang = uiLocale;
const current = Object.values(mde.profiles()).find((p) => p.default);
const importLimit = current.limits.importBatchSize;
const DEFAULT_EXPIRY_DAYS = 90;

/** Kinds of indicator, each with its own action, so that one choice never unticks another kind. */
const KINDS = {
  files: { types: ['FileSha1', 'FileSha256', 'FileMd5'] },
  certificates: { types: ['CertificateThumbprint'] },
  network: { types: ['IpAddress', 'DomainName', 'Url'] },
};
const kindOf = (type) => Object.keys(KINDS).find((k) => KINDS[k].types.includes(type));

let found = [];
let pageHost = '';
const selected = new Set();
const results = new Map(); // index → { ok, text }
const notPreselected = new Map(); // index → reason

/** The text to scan and where it came from: the selection passed in, or a tab's visible text. */
async function readSource() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.has('text')) {
    return { text: fragment.get('text'), source: fragment.get('source') || 'selection', title: fragment.get('title') || '', url: fragment.get('url') || '' };
  }
  // `?tab=` names a tab the extension can read; the toolbar popup reads the active tab.
  const wanted = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = Number.isSafeInteger(wanted) && wanted > 0
    ? [await chrome.tabs.get(wanted)]
    : await chrome.tabs.query({ active: true, currentWindow: true });
  const [result] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.body?.innerText ?? '' });
  return { text: result?.result ?? '', source: tab.title || tab.url || 'this page', title: tab.title ?? '', url: tab.url ?? '' };
}

const actionFor = (type) => $(`action-${kindOf(type)}`).value;

function body(f) {
  const action = actionFor(f.indicatorType);
  const days = Number($('expiry').value);
  const out = {
    indicatorValue: f.value,
    indicatorType: f.indicatorType,
    action,
    title: $('title').value,
    description: $('description').value,
  };
  if (Number.isFinite(days) && days > 0) out.expirationTime = new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  if ($('severity').value) out.severity = $('severity').value;
  // The service refuses Audit without it.
  if (action === 'Audit') out.generateAlert = true;
  return out;
}

const element = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const aboutSettings = (issue) => ['/title', '/description', '/expirationTime', '/severity'].includes(issue.path);

function hostOf(f) {
  if (f.indicatorType === 'DomainName') return f.value.toLowerCase();
  if (f.indicatorType !== 'Url') return '';
  try {
    return new URL(/^https?:\/\//i.test(f.value) ? f.value : `http://${f.value}`).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The page's own site: the same host, or one under the page's host without its `www.`. */
function isOwnSite(f) {
  const host = hostOf(f);
  if (!host || !pageHost) return false;
  const site = pageHost.replace(/^www\./, '');
  return host === pageHost || host === site || host.endsWith(`.${site}`);
}

function row(f, index, report) {
  const box = element('input', { type: 'checkbox', checked: selected.has(index), disabled: !report.valid });
  box.setAttribute('aria-label', S.selectValue(f.value));
  box.addEventListener('change', () => {
    if (box.checked) selected.add(index);
    else selected.delete(index);
    update();
  });
  const errors = report.errors.filter((e) => !aboutSettings(e));
  const mismatch = errors.find((e) => e.code === 'action_not_allowed_for_type');
  let verdict;
  if (report.valid) {
    const notes = report.warnings.map((w) => w.message);
    verdict = element('p', { className: 'verdict ok', textContent: notes.length ? `${S.ready}; ${notes.join('; ')}` : S.ready });
  } else {
    const message = mismatch ? S.actionNotTaken(mismatch.params.action, f.indicatorType) : errors.map((e) => e.message).join('; ') || S.fillSettings;
    verdict = element('p', { className: 'verdict bad', textContent: message });
  }
  const tags = element('span', { className: 'tags' }, element('span', { className: 'type', textContent: f.indicatorType }));
  if (/^[0-9a-f]{40}$/i.test(f.value) && ['FileSha1', 'CertificateThumbprint'].includes(f.indicatorType)) {
    const other = f.indicatorType === 'FileSha1' ? 'CertificateThumbprint' : 'FileSha1';
    const toggle = element('button', { type: 'button', className: 'switch', textContent: other === 'CertificateThumbprint' ? S.switchToThumbprint : S.switchToSha1, title: other });
    toggle.addEventListener('click', () => {
      f.indicatorType = other;
      render();
    });
    tags.append(toggle);
  }
  if (f.defanged) tags.append(element('span', { className: 'defanged', textContent: S.defanged, title: S.writtenAs(f.text) }));
  const label = element('label', { className: 'what' }, box, element('span', { className: 'value', textContent: f.value }));
  const li = element('li', { className: report.valid ? 'valid' : 'invalid' }, label, tags, verdict);
  if (notPreselected.has(index)) li.append(element('p', { className: 'verdict note', textContent: `${S.unticked}: ${notPreselected.get(index)}` }));
  const result = results.get(index);
  if (result) {
    li.dataset.result = result.ok ? 'ok' : 'failed';
    const line = element('p', { className: `verdict result ${result.ok ? 'ok' : 'bad'}`, textContent: result.text });
    if (result.ok && result.portal) line.append(' ', element('a', { href: result.portal, target: '_blank', rel: 'noopener', textContent: S.openPortal }));
    li.append(line);
  }
  return li;
}

const chosen = () => [...selected].sort((a, b) => a - b);

function payloads() {
  return chosen().map((i) => mde.validate(body(found[i]), inLocale).payload).filter(Boolean);
}

/** Re-judges every row for the current settings and redraws the list and the buttons. */
function render() {
  const reports = found.map((f) => mde.validate(body(f), inLocale));
  $('list').replaceChildren(...found.map((f, i) => row(f, i, reports[i])));
  const settingsErrors = reports[0]?.errors.filter(aboutSettings) ?? [];
  for (const id of ['title', 'description']) $(id).setCustomValidity(settingsErrors.find((e) => e.path === `/${id}`)?.message ?? '');
  update();
}

/** Selected rows whose body is valid now: the ones the buttons act on. */
function readyChosen() {
  const valid = new Set([...$('list').querySelectorAll('li')].map((li, i) => (li.classList.contains('valid') ? i : -1)));
  return chosen().filter((i) => valid.has(i));
}

function update() {
  $('status').textContent = '';
  const ready = $('list').querySelectorAll('li.valid').length;
  const n = readyChosen().length;
  $('count').textContent = S.counts(found.length, ready, n);
  $('all').checked = ready > 0 && n === ready;
  $('all').disabled = ready === 0;
  for (const id of ['copy-body', 'copy-import', 'export-csv', 'submit']) $(id).disabled = n === 0;
  $('copy-body').textContent = S.copyBody(n);
  $('copy-import').textContent = S.copyImport(n);
  $('export-csv').textContent = S.exportCsv(n);
  $('submit').textContent = S.submit(n);
  $('preview').textContent = n ? JSON.stringify({ Indicators: payloads() }, null, 2) : '';
  $('empty').hidden = found.length > 0;
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    $('status').textContent = S.copied(what);
  } catch {
    $('status').textContent = S.clipboardRefused;
    document.querySelector('details').open = true;
  }
}

$('copy-body').addEventListener('click', () => {
  const list = payloads();
  // One body per request: several go one per line (NDJSON), as the batch tools read them.
  const text = list.length === 1 ? JSON.stringify(list[0], null, 2) : list.map((p) => JSON.stringify(p)).join('\n');
  copy(text, list.length === 1 ? S.copiedBody : S.copiedBodies(list.length));
});

$('copy-import').addEventListener('click', () => {
  const list = payloads();
  copy(JSON.stringify({ Indicators: list }, null, 2), S.copiedImport(list.length, importLimit));
});

$('export-csv').addEventListener('click', () => {
  const list = payloads();
  let csv;
  try {
    csv = mde.toCsv(list, inLocale);
  } catch (error) {
    $('status').textContent = S.csvRefused(error.message);
    return;
  }
  const link = element('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: 'indicators.csv' });
  link.click();
  URL.revokeObjectURL(link.href);
  $('status').textContent = S.csvSaved(list.length);
});

$('submit').addEventListener('click', async () => {
  const settings = await loadSettings();
  if (!settings.tenant || !settings.clientId) return void ($('status').textContent = S.notConfigured);
  const token = await storedToken();
  if (!token) return void ($('status').textContent = S.notSignedIn);
  const where = endpoints(settings);
  const indices = readyChosen();
  const items = indices.map((i) => body(found[i]));
  $('submit').disabled = true;
  try {
    const client = createClient({ ...inLocale, cloud: where.cloud, baseUrl: where.baseUrl, token: async () => (await storedToken())?.accessToken ?? token.accessToken });
    const report = await client.submit(items, {
      mode: 'import',
      onProgress: ({ calls, totalCalls, waitingMs }) => {
        $('status').textContent = waitingMs ? S.waiting(Math.ceil(waitingMs / 1000)) : S.sending(calls, totalCalls);
      },
    });
    for (const item of report.items) {
      const index = indices[item.index];
      const ok = item.status === 'succeeded';
      results.set(index, ok
        ? { ok, text: S.resultOk(item.action), portal: where.portal }
        : { ok, text: S.resultFailed(item.errors.map((e) => e.message).join('; ') || item.status) });
    }
    render();
    $('status').textContent = S.sent(report.summary.succeeded, report.summary.failed + report.summary.invalid + report.summary.notSent);
  } catch (error) {
    $('status').textContent = S.submitFailed(error.message ?? String(error));
  } finally {
    $('submit').disabled = readyChosen().length === 0;
  }
});

$('all').addEventListener('change', () => {
  $('list').querySelectorAll('li').forEach((li, i) => {
    if (!li.classList.contains('valid')) return;
    if ($('all').checked) selected.add(i);
    else selected.delete(i);
  });
  render();
});

for (const id of ['title', 'description', 'expiry']) $(id).addEventListener('input', render);
$('severity').addEventListener('change', render);

function settingsControls() {
  const legacy = new Set(current.legacyActions);
  for (const [kind, { types }] of Object.entries(KINDS)) {
    const actions = current.actionsByType[types[0]].filter((a) => !legacy.has(a));
    const preferred = actions.includes('Block') ? 'Block' : actions.find((a) => a !== 'Allowed');
    const select = element('select', { id: `action-${kind}` }, ...actions.map((a) => element('option', { value: a, textContent: a, selected: a === preferred })));
    select.addEventListener('change', render);
    $('actions').append(element('label', {}, S.kinds[kind], select));
  }
  $('severity').append(element('option', { value: '', textContent: '—' }), ...current.severities.map((s) => element('option', { value: s, textContent: s })));
  $('expiry').value = String(DEFAULT_EXPIRY_DAYS);
}

async function start() {
  for (const node of document.querySelectorAll('[data-s]')) node.textContent = S.popup[node.dataset.s];
  settingsControls();
  let source;
  try {
    source = await readSource();
  } catch (error) {
    $('source').textContent = S.cannotRead(error.message);
    source = { text: '', source: '', title: '', url: '' };
  }
  try {
    pageHost = new URL(source.url).hostname.toLowerCase();
  } catch {
    pageHost = '';
  }
  if (source.source) $('source').textContent = S.from(source.source);
  $('title').value = S.titleFrom(source.title || pageHost || S.aReport).slice(0, 200);
  $('description').value = S.descriptionFrom(source.url || source.source, new Date().toISOString().slice(0, 10));
  found = mde.extract(source.text, { unique: true, ...inLocale });
  // What is pre-selected: the valid findings that are neither the page's own site nor well known.
  found.forEach((f, i) => {
    const report = mde.validate(body(f), inLocale);
    const wellKnown = report.warnings.find((w) => w.code === 'well_known_target')
      ?? mde.validate({ ...body(f), action: 'Block' }, inLocale).warnings.find((w) => w.code === 'well_known_target');
    if (isOwnSite(f)) notPreselected.set(i, S.ownSite);
    else if (wellKnown) notPreselected.set(i, S.wellKnown(wellKnown.params.listed, wellKnown.params.category));
    else if (report.valid) selected.add(i);
  });
  render();
  document.body.dataset.ready = 'true';
}

start();
