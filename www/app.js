// The demo page: wires the profile selector, the form, the payload panel and paste mode to
// the browser build of the package.
import { el, issueItem, pointerSegments, useApi } from './dom.js';
import { comma, count, localeName, localeOption, pageLocale, preferredLocale, t, useLocale } from './i18n.js';
import { renderForm, toInput, valuesFromBody } from './form.js';
import { checkPasted, renderPasted } from './paste.js';
import { asJson, asCurl, asPowerShell } from './commands.js';

const $ = (id) => document.getElementById(id);

// Imported dynamically so that a failed wasm load is reported on the page.
let api;
try {
  api = await import('/web.mjs');
} catch (error) {
  $('counts').textContent = t('loadFailed', error.message);
  throw error;
}
useApi(api);
await useLocale(preferredLocale(api.matchLocale));

const profiles = api.profiles();
const profileSelect = $('profile');
const languageSelect = $('language');
const pasteText = $('paste-text');
const loadButton = $('load-into-form');
let payload = null; // the canonical body shown, while the form is valid
let pasted = null; // the last paste-mode result

function fillProfiles() {
  const chosen = profileSelect.value || Object.values(profiles).find((p) => p.default).name;
  profileSelect.replaceChildren(...Object.values(profiles).map(({ name, default: isDefault }) => el('option', { value: name }, isDefault ? t('isDefault', name) : name)));
  profileSelect.value = chosen;
}
fillProfiles();
languageSelect.append(...api.LOCALES.map((tag) => el('option', { value: tag, lang: tag }, localeName(tag))));
languageSelect.value = pageLocale();

const profile = () => profiles[profileSelect.value];
const mode = () => document.querySelector('input[name="mode"]:checked').value;
let form = renderForm($('fields'), profile(), {});
// Every value typed so far, also of fields the current profile lacks: a profile switch and back
// gives them all back.
let values = {};
// Fields the user has typed in or left: only their `required` errors are shown at the field.
const touched = new Set();
// Whether the type was guessed from the value (and may be guessed again) or chosen.
let typeGuessed = false;

function showSummary(result, unmapped, pending = 0) {
  const errors = result.errors.length - pending;
  const warnings = result.warnings.length;
  const summary = $('summary');
  summary.dataset.state = errors ? 'error' : pending ? 'pending' : warnings ? 'warning' : 'valid';
  const needed = pending ? `${errors || warnings ? comma() : ''}${count('needed', pending)}` : '';
  const counts = errors || warnings || !pending ? `${count('errors', errors)}${comma()}${count('warnings', warnings)}` : '';
  $('counts').textContent = `${counts}${needed}${errors || pending ? '' : ` — ${t('valid')}`}`;
  const list = $('unmapped');
  list.replaceChildren(...unmapped.map(({ issue, severity }) => issueItem(issue, severity, issue.path || t('wholeBody'))));
  list.hidden = unmapped.length === 0;
}

function showPayload() {
  $('payload-empty').hidden = payload !== null;
  $('payload-ready').hidden = payload === null;
  $('copy-status').textContent = '';
  $('copy-fallback').hidden = true;
  if (payload) $('payload').textContent = asJson(payload);
}

/**
 * What the value says of itself: its refanged form, offered in one click when it was defanged,
 * and its type, filled in while the user has not chosen one.
 */
function readValue() {
  const value = form.read().indicatorValue ?? '';
  const found = value.trim() === '' ? null : api.detectType(value, { profile: profile().name });
  if (found?.defanged && found.value !== value) {
    const use = el('button', { type: 'button', class: 'link', on: { click: () => {
      form.write({ ...form.read(), indicatorValue: found.value });
      readValue();
      validateForm();
    } } }, t('useRefanged'));
    form.suggest('indicatorValue', `${t('defanged')} `, el('code', {}, found.value), ' ', use);
  } else {
    form.suggest('indicatorValue');
  }
  const current = form.read();
  if ((current.indicatorType === '' || typeGuessed) && found?.indicatorType && profile().indicatorTypes.includes(found.indicatorType)) {
    form.write({ ...current, indicatorType: found.indicatorType });
    typeGuessed = true;
    form.suggest('indicatorType', t('guessed'));
  } else if (!typeGuessed) {
    form.suggest('indicatorType');
  }
}

function validateForm() {
  values = { ...values, ...form.read() };
  const input = toInput(profile(), form.read());
  const options = { profile: profile().name, ...localeOption() };
  const report = api.validate(input, options);
  const unmapped = form.show(report, touched);
  const pending = report.errors.filter((issue) => issue.code === 'required' && !touched.has(pointerSegments(issue.path)[0])).length;
  payload = report.valid ? api.buildPayload(input, options) : null;
  showPayload();
  if (mode() === 'form') showSummary(report, unmapped, pending);
}

/** Tells which of the values typed so far the profile has no field for: they are kept. */
function showKept() {
  const names = new Set(profile().fields.map((field) => field.name));
  const kept = Object.entries(values).filter(([name, value]) => value !== '' && !names.has(name)).map(([name]) => name);
  $('status').textContent = kept.length ? t('keptOutside', profile().name, kept.join(', ')) : '';
}

function validatePaste() {
  const text = pasteText.value;
  pasted = text.trim() === '' ? null : checkPasted(text, api, { profile: profile().name, allowUndocumented: $('allow-undocumented').checked, ...localeOption() });
  if (pasted) renderPasted($('paste-result'), pasted, pasteText);
  else $('paste-result').replaceChildren();
  loadButton.hidden = !(pasted?.kind === 'single' && pasted.valid);
  if (mode() !== 'paste') return;
  if (pasted) showSummary(pasted, []);
  else {
    delete $('summary').dataset.state;
    $('counts').textContent = t('pasteToCheck');
    $('unmapped').hidden = true;
  }
}

function showProfileInfo() {
  const p = profile();
  $('profile-info').textContent = t('profileInfo', p.source, p.submitUrl);
  $('submit-info').textContent = t('submitInfo', p.submitUrl);
}

function showMode() {
  $('form-mode').hidden = mode() !== 'form';
  $('paste-mode').hidden = mode() !== 'paste';
  $('status').textContent = '';
  if (mode() === 'form') validateForm();
  else validatePaste();
}

async function copy(kind) {
  const url = profile().submitUrl;
  const text = kind === 'json' ? asJson(payload) : kind === 'curl' ? asCurl(payload, url) : asPowerShell(payload, url);
  const fallback = $('copy-fallback');
  try {
    await navigator.clipboard.writeText(text);
    fallback.hidden = true;
    $('copy-status').textContent = t('copied')[kind];
  } catch {
    // No clipboard access (permission denied, or an insecure origin): let the user copy.
    fallback.value = text;
    fallback.hidden = false;
    fallback.select();
    $('copy-status').textContent = t('noClipboard');
  }
}

function loadIntoForm() {
  const loaded = valuesFromBody(profile(), pasted.body);
  const { leftOut } = loaded;
  values = { ...loaded.values };
  form = renderForm($('fields'), profile(), values);
  for (const name of Object.keys(values)) touched.add(name);
  typeGuessed = false;
  document.querySelector('input[name="mode"][value="form"]').checked = true;
  showMode();
  $('status').textContent = leftOut.length ? t('loadedLeftOut', leftOut.join(', ')) : t('loaded');
  form.focus(profile().fields[0].name);
}

profileSelect.addEventListener('change', () => {
  // Re-render with every value typed so far: a value the profile does not offer stays (and is
  // reported), a field it lacks is kept aside and named.
  values = { ...values, ...form.read() };
  form = renderForm($('fields'), profile(), values);
  showProfileInfo();
  validateForm();
  showKept();
  validatePaste();
});
languageSelect.addEventListener('change', async () => {
  await useLocale(languageSelect.value, { remember: true });
  // Everything the page wrote: the profile names, the form's labels and hints, the issues.
  fillProfiles();
  values = { ...values, ...form.read() };
  form = renderForm($('fields'), profile(), values);
  showProfileInfo();
  showMode();
  readValue();
});
$('indicator-form').addEventListener('input', (event) => {
  touched.add(event.target.name);
  if (event.target.name === 'indicatorType') {
    typeGuessed = false;
    form.suggest('indicatorType');
  }
  if (event.target.name === 'indicatorValue') readValue();
  validateForm();
});
// A field left empty is touched too: now its `required` error may show.
$('indicator-form').addEventListener('focusout', (event) => {
  if (!event.target.name || touched.has(event.target.name)) return;
  touched.add(event.target.name);
  validateForm();
});
// Enter in a field must not navigate: there is nothing to submit to.
$('indicator-form').addEventListener('submit', (event) => event.preventDefault());
for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', showMode);
pasteText.addEventListener('input', validatePaste);
$('allow-undocumented').addEventListener('change', validatePaste);
loadButton.addEventListener('click', loadIntoForm);
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button.dataset.copy));

showProfileInfo();
showMode();
