// The popup: finds the indicators in the current tab's text (or in the selection the context
// menu passes in the URL fragment), shows each one's type and its verdict for the chosen
// action (from validate), and copies the canonical body or an import body of those selected.
// Everything runs here, in the packaged wasm module: nothing is sent anywhere.
import * as mde from './web.mjs';

const $ = (id) => document.getElementById(id);

// The interface in the browser's language (_locales/<lang>/messages.json), the issues in the
// package's locale of that language (copied into locales/ by scripts/build-extension.mjs).
const msg = (key, ...substitutions) => chrome.i18n.getMessage(key, substitutions.map(String));
const uiLocale = mde.matchLocale(chrome.i18n.getUILanguage()) ?? 'en';
if (uiLocale !== 'en') await import(`./locales/${uiLocale}.js`);
const localeOption = uiLocale === 'en' ? {} : { locale: uiLocale };
const number = new Intl.NumberFormat(uiLocale);
document.documentElement.lang = uiLocale;
for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = msg(node.dataset.i18n);
for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', msg(node.dataset.i18nLabel));
const current = mde.profiles().current;
const importLimit = current.limits.importBatchSize;

let found = [];
const selected = new Set();

/** The text to scan and where it came from: the selection passed in, or a tab's visible text. */
async function readSource() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (fragment.has('text')) {
    return { text: fragment.get('text'), source: fragment.get('source') || msg('selection'), url: fragment.get('url') || '' };
  }
  // `?tab=` names a tab the extension can read; the toolbar popup reads the active tab.
  const wanted = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = Number.isSafeInteger(wanted) && wanted > 0
    ? [await chrome.tabs.get(wanted)]
    : await chrome.tabs.query({ active: true, currentWindow: true });
  const [result] = await chrome.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => document.body?.innerText ?? '',
  });
  return { text: result?.result ?? '', source: tab.title || tab.url || msg('thisPage'), url: tab.url ?? '' };
}

function body(f) {
  const action = $('action').value;
  return {
    indicatorValue: f.value,
    indicatorType: f.indicatorType,
    action,
    title: $('title').value,
    description: $('description').value,
    // The service refuses Audit without it; the popup has no other use for the field.
    ...(action === 'Audit' ? { generateAlert: true } : {}),
  };
}

const element = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const aboutSettings = (issue) => issue.path === '/title' || issue.path === '/description';

function row(f, index, report) {
  const box = element('input', { type: 'checkbox', checked: selected.has(index), disabled: !report.valid });
  box.setAttribute('aria-label', msg('select', f.value));
  box.addEventListener('change', () => {
    if (box.checked) selected.add(index);
    else selected.delete(index);
    update();
  });
  const errors = report.errors.filter((e) => !aboutSettings(e));
  const verdict = report.valid
    ? element('p', { className: 'verdict ok', textContent: report.warnings.length ? msg('readyWith', report.warnings.map((w) => w.message).join('; ')) : msg('ready') })
    : element('p', { className: 'verdict bad', textContent: errors.map((e) => e.message).join('; ') || msg('fillIn') });
  const tags = element('span', { className: 'tags' },
    element('span', { className: 'type', textContent: f.indicatorType }),
    ...(f.defanged ? [element('span', { className: 'defanged', textContent: msg('defanged'), title: msg('writtenAs', f.text) })] : []));
  const label = element('label', { className: 'what' }, box, element('span', { className: 'value', textContent: f.value }));
  return element('li', { className: report.valid ? 'valid' : 'invalid' }, label, tags, verdict);
}

function payloads() {
  return [...selected].sort((a, b) => a - b).map((i) => mde.validate(body(found[i]), localeOption).payload).filter(Boolean);
}

/** Re-judges every row for the current settings and redraws the list and the buttons. */
function render() {
  const reports = found.map((f) => mde.validate(body(f), localeOption));
  reports.forEach((report, i) => {
    if (!report.valid) selected.delete(i);
  });
  $('list').replaceChildren(...found.map((f, i) => row(f, i, reports[i])));
  const settingsErrors = reports[0]?.errors.filter(aboutSettings) ?? [];
  $('title').setCustomValidity(settingsErrors.find((e) => e.path === '/title')?.message ?? '');
  $('description').setCustomValidity(settingsErrors.find((e) => e.path === '/description')?.message ?? '');
  update();
}

function update() {
  $('status').textContent = ''; // it spoke of a copy made before this change
  const ready = $('list').querySelectorAll('li.valid').length;
  $('count').textContent = msg('counts', number.format(found.length), number.format(ready), number.format(selected.size));
  $('all').checked = ready > 0 && selected.size === ready;
  $('all').disabled = ready === 0;
  $('copy-body').disabled = selected.size === 0;
  $('copy-import').disabled = selected.size === 0;
  $('copy-body').textContent = selected.size > 1 ? msg('copyBodies', number.format(selected.size)) : msg('copyBody');
  $('copy-import').textContent = msg('copyImport', number.format(selected.size));
  $('preview').textContent = selected.size ? JSON.stringify({ Indicators: payloads() }, null, 2) : '';
  $('empty').hidden = found.length > 0;
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    $('status').textContent = msg('copied', what);
  } catch {
    $('status').textContent = msg('clipboardRefused');
    document.querySelector('details').open = true;
  }
}

$('copy-body').addEventListener('click', () => {
  const list = payloads();
  // One body per request: several go one per line (NDJSON), as the batch tools read them.
  const text = list.length === 1 ? JSON.stringify(list[0], null, 2) : list.map((p) => JSON.stringify(p)).join('\n');
  copy(text, list.length === 1 ? msg('theBody') : msg('bodiesPerLine', number.format(list.length)));
});

$('copy-import').addEventListener('click', () => {
  const list = payloads();
  const note = list.length > importLimit ? msg('splitIt', number.format(importLimit)) : '';
  copy(JSON.stringify({ Indicators: list }, null, 2), `${msg('importOf', number.format(list.length))}${note}`);
});

$('all').addEventListener('change', () => {
  $('list').querySelectorAll('li').forEach((li, i) => {
    if (!li.classList.contains('valid')) return;
    if ($('all').checked) selected.add(i);
    else selected.delete(i);
  });
  render();
});

for (const id of ['action', 'title', 'description']) $(id).addEventListener(id === 'action' ? 'change' : 'input', render);

async function start() {
  const actions = current.actions.filter((a) => !current.legacyActions.includes(a));
  $('action').replaceChildren(...actions.map((a) => element('option', { value: a, textContent: a, selected: a === 'Block' })));
  let source;
  try {
    source = await readSource();
  } catch (error) {
    $('source').textContent = msg('cannotRead', error.message);
    source = { text: '', source: '', url: '' };
  }
  const host = (() => {
    try {
      return new URL(source.url).hostname;
    } catch {
      return '';
    }
  })();
  if (source.source) $('source').textContent = msg('from', source.source);
  $('title').value = msg('flaggedFrom', host || source.source || msg('aReport')).slice(0, 200);
  $('description').value = msg('foundIn', source.url || source.source, new Date().toISOString().slice(0, 10));
  found = mde.extract(source.text, { unique: true, ...localeOption });
  found.forEach((f, i) => selected.add(i));
  render();
  document.body.dataset.ready = 'true';
}

start();
