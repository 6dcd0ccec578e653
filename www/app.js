// The demo page: wires the profile selector, the form, the payload panel and paste mode to
// the browser build of the package.
import { el, plural, issueItem, useApi } from './dom.js';
import { renderForm, toInput, valuesFromBody } from './form.js';
import { checkPasted, renderPasted } from './paste.js';
import { asJson, asCurl, asPowerShell } from './commands.js';

const $ = (id) => document.getElementById(id);

// Imported dynamically so that a failed wasm load is reported on the page.
let api;
try {
  api = await import('/web.mjs');
} catch (error) {
  $('counts').textContent = `The validator could not load: ${error.message}`;
  throw error;
}
useApi(api);

const profiles = api.profiles();
const profileSelect = $('profile');
const pasteText = $('paste-text');
const loadButton = $('load-into-form');
let payload = null; // the canonical body shown, while the form is valid
let pasted = null; // the last paste-mode result

for (const { name, default: isDefault } of Object.values(profiles)) {
  profileSelect.append(el('option', { value: name }, isDefault ? `${name} (default)` : name));
}
profileSelect.value = Object.values(profiles).find((p) => p.default).name;

const profile = () => profiles[profileSelect.value];
const mode = () => document.querySelector('input[name="mode"]:checked').value;
let form = renderForm($('fields'), profile(), {});

function showSummary(result, unmapped) {
  const errors = result.errors.length;
  const warnings = result.warnings.length;
  const summary = $('summary');
  summary.dataset.state = errors ? 'error' : warnings ? 'warning' : 'valid';
  $('counts').textContent = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${errors ? '' : ' — valid'}`;
  const list = $('unmapped');
  list.replaceChildren(...unmapped.map(({ issue, severity }) => issueItem(issue, severity, issue.path || 'the whole body')));
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
  const options = { profile: profile().name };
  const report = api.validate(input, options);
  const unmapped = form.show(report);
  payload = report.valid ? api.buildPayload(input, options) : null;
  showPayload();
  if (mode() === 'form') showSummary(report, unmapped);
}

function validatePaste() {
  const text = pasteText.value;
  pasted = text.trim() === '' ? null : checkPasted(text, api, { profile: profile().name, allowUndocumented: $('allow-undocumented').checked });
  if (pasted) renderPasted($('paste-result'), pasted, pasteText);
  else $('paste-result').replaceChildren();
  loadButton.hidden = !(pasted?.kind === 'single' && pasted.valid);
  if (mode() !== 'paste') return;
  if (pasted) showSummary(pasted, []);
  else {
    delete $('summary').dataset.state;
    $('counts').textContent = 'Paste a request body to check it.';
    $('unmapped').hidden = true;
  }
}

function showProfileInfo() {
  const p = profile();
  $('profile-info').textContent = `Implements ${p.source}. Submits to ${p.submitUrl}.`;
  $('submit-info').textContent = `POST ${p.submitUrl}. The commands read the bearer token from $TOKEN (curl) or $env:TOKEN (PowerShell); this page never asks for it.`;
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
    $('copy-status').textContent = `Copied the ${kind === 'json' ? 'JSON' : kind === 'curl' ? 'curl command' : 'PowerShell command'}.`;
  } catch {
    // No clipboard access (permission denied, or an insecure origin): let the user copy.
    fallback.value = text;
    fallback.hidden = false;
    fallback.select();
    $('copy-status').textContent = 'The clipboard is not available here: the text is selected below, copy it with Ctrl+C.';
  }
}

function loadIntoForm() {
  const { values, leftOut } = valuesFromBody(profile(), pasted.body);
  form.write(values);
  document.querySelector('input[name="mode"][value="form"]').checked = true;
  showMode();
  $('status').textContent = leftOut.length ? `Loaded. Not in the form (no such field): ${leftOut.join(', ')}.` : 'Loaded the pasted body into the form.';
  form.focus(profile().fields[0].name);
}

profileSelect.addEventListener('change', () => {
  // Re-render with the values typed so far; fields the profile lacks are dropped.
  form = renderForm($('fields'), profile(), form.read());
  showProfileInfo();
  validateForm();
  validatePaste();
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
