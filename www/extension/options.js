// The options page: tenant, application (client) id and cloud; sign-in and sign-out.
import { CLOUD_NAMES, TEST_BUILD, loadSettings, saveSettings, storedToken } from './config.js';
import { signIn, signOut } from './auth.js';
import { stringsFor } from './strings.js';
import { matchLocale } from './web.mjs';

const $ = (id) => document.getElementById(id);
// The browser's language, matched as the package matches it.
const uiLocale = matchLocale(chrome.i18n.getUILanguage()) ?? 'en';
const text = stringsFor(uiLocale).options;
document.documentElement.lang = uiLocale;
const fields = ['tenant', 'clientId', 'cloud', 'testAuthority', 'testApiBase'];

function read() {
  const settings = Object.fromEntries(fields.map((f) => [f, $(f).value.trim()]));
  if (!TEST_BUILD) Object.assign(settings, { testAuthority: '', testApiBase: '' });
  return settings;
}

async function showState() {
  const token = await storedToken();
  $('status').textContent = token ? text.signedInAs(token.account || '…') : text.signedOut;
  $('sign-out').disabled = !token;
}

async function start() {
  document.title = text.title;
  $('heading').textContent = text.title;
  for (const f of [...fields, 'redirect']) $(`l-${f}`).textContent = text[f];
  for (const [id, label] of [['save', text.save], ['sign-in', text.signIn], ['sign-out', text.signOut]]) $(id).textContent = label;
  $('cloud').replaceChildren(...CLOUD_NAMES.map((c) => Object.assign(document.createElement('option'), { value: c, textContent: c })));
  document.querySelectorAll('.test-only').forEach((el) => (el.hidden = !TEST_BUILD));
  $('redirect').textContent = chrome.identity.getRedirectURL();
  const settings = await loadSettings();
  for (const f of fields) $(f).value = settings[f] ?? '';
  await showState();
  $('form').addEventListener('submit', async (event) => {
    event.preventDefault();
    await saveSettings(read());
    $('status').textContent = text.saved;
  });
  $('sign-in').addEventListener('click', async () => {
    if (!$('form').reportValidity()) return;
    await saveSettings(read());
    try {
      await signIn(read());
      await showState();
    } catch (error) {
      $('status').textContent = text.signInFailed(error.message ?? String(error));
    }
  });
  $('sign-out').addEventListener('click', async () => {
    await signOut();
    await showState();
  });
  document.body.dataset.ready = 'true';
}

start();
