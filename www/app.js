// The demo page: wires the profile selector, the form, the payload panel and paste mode to
// the browser build of the package.
import { el, issueItem, useApi } from './dom.js';
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

function showSummary(result, unmapped) {
  const errors = result.errors.length;
  const warnings = result.warnings.length;
  const summary = $('summary');
  summary.dataset.state = errors ? 'error' : warnings ? 'warning' : 'valid';
  $('counts').textContent = `${count('errors', errors)}${comma()}${count('warnings', warnings)}${errors ? '' : ` — ${t('valid')}`}`;
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

function validateForm() {
  const input = toInput(profile(), form.read());
  const options = { profile: profile().name, ...localeOption() };
  const report = api.validate(input, options);
  const unmapped = form.show(report);
  payload = report.valid ? api.buildPayload(input, options) : null;
  showPayload();
  if (mode() === 'form') showSummary(report, unmapped);
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
  const { values, leftOut } = valuesFromBody(profile(), pasted.body);
  form.write(values);
  document.querySelector('input[name="mode"][value="form"]').checked = true;
  showMode();
  $('status').textContent = leftOut.length ? t('loadedLeftOut', leftOut.join(', ')) : t('loaded');
  form.focus(profile().fields[0].name);
}

profileSelect.addEventListener('change', () => {
  // Re-render with the values typed so far; fields the profile lacks are dropped.
  form = renderForm($('fields'), profile(), form.read());
  showProfileInfo();
  validateForm();
  validatePaste();
});
languageSelect.addEventListener('change', async () => {
  await useLocale(languageSelect.value, { remember: true });
  // Everything the page wrote: the profile names, the form's labels and hints, the issues.
  fillProfiles();
  form = renderForm($('fields'), profile(), form.read());
  showProfileInfo();
  showMode();
});
$('indicator-form').addEventListener('input', validateForm);
// Enter in a field must not navigate: there is nothing to submit to.
$('indicator-form').addEventListener('submit', (event) => event.preventDefault());
for (const radio of document.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', showMode);
pasteText.addEventListener('input', validatePaste);
$('allow-undocumented').addEventListener('change', validatePaste);
loadButton.addEventListener('click', loadIntoForm);
for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button.dataset.copy));

showProfileInfo();
showMode();
