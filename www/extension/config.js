// Settings (chrome.storage.local: tenant, client id, cloud; never a token) and the hosts they
// lead to. The shipped build has TEST_BUILD false: the test authority and API base of the
// options are then ignored, so a shipped extension talks only to Microsoft's hosts, which are
// also all its manifest's host permissions allow. scripts/build-extension.mjs --test flips it.
import { CLOUDS } from './js/client/clouds.mjs';

export const TEST_BUILD = false;

/** The Defender portal's indicator page per cloud (US Government clouds have their own portal). */
const PORTALS = {
  public: 'https://security.microsoft.com',
  gcc: 'https://security.microsoft.com',
  'gcc-high': 'https://security.microsoft.us',
  dod: 'https://security.microsoft.us',
};
const INDICATOR_PAGE = '/preferences2/custom_ti_indicators';

export const CLOUD_NAMES = Object.keys(CLOUDS);

export async function loadSettings() {
  const { settings = {} } = await chrome.storage.local.get('settings');
  return { tenant: '', clientId: '', cloud: 'public', testAuthority: '', testApiBase: '', ...settings };
}

export const saveSettings = (settings) => chrome.storage.local.set({ settings });

/** Where to sign in, which scope to ask for and where to send: from the cloud, or the test overrides. */
export function endpoints(settings) {
  const cloud = CLOUDS[settings.cloud] ?? CLOUDS.public;
  const test = TEST_BUILD;
  const authorityHost = test && settings.testAuthority ? settings.testAuthority.replace(/\/+$/, '') : cloud.authorityHost;
  return {
    authority: `${authorityHost}/${encodeURIComponent(settings.tenant)}`,
    authorityHost,
    // Delegated: the app's Ti.ReadWrite permission, granted through the API's .default scope.
    scopes: [cloud.scope],
    cloud: CLOUDS[settings.cloud] ? settings.cloud : 'public',
    baseUrl: test && settings.testApiBase ? settings.testApiBase : undefined,
    portal: `${PORTALS[settings.cloud] ?? PORTALS.public}${INDICATOR_PAGE}`,
  };
}

/** The access token kept by sign-in in session storage (gone when the browser closes), if still valid. */
export async function storedToken() {
  const { token } = await chrome.storage.session.get('token');
  if (!token || Date.parse(token.expiresOn) - 60_000 < Date.now()) return null;
  return token;
}
