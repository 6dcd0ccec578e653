// Sign-in with Microsoft's MSAL for the browser: the authorization-code flow with PKCE, run
// through chrome.identity.launchWebAuthFlow (MSAL's documented pattern for extensions): MSAL
// builds the request, onRedirectNavigate captures its URL instead of navigating, the browser's
// auth window runs it and returns the redirect URL, which goes back to MSAL for the token.
// MSAL's redirect flow keeps its request state (PKCE verifier, nonce) in the options page's own
// sessionStorage (the extension's origin, never a web page's; its in-memory cache cannot carry a
// redirect): cleared as soon as the token is in hand, which is kept alone, in chrome.storage.session.
import { PublicClientApplication } from './msal.mjs';
import { endpoints } from './config.js';

export async function signIn(settings) {
  const where = endpoints(settings);
  let requestUrl;
  const msal = new PublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: where.authority,
      knownAuthorities: [new URL(where.authorityHost).host],
      redirectUri: chrome.identity.getRedirectURL(),
      onRedirectNavigate: (url) => {
        requestUrl = url;
        return false; // launchWebAuthFlow navigates, not this page
      },
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await msal.initialize();
  try {
    return await run(msal, where, () => requestUrl);
  } finally {
    sessionStorage.clear();
  }
}

async function run(msal, where, requestUrlOf) {
  await msal.acquireTokenRedirect({ scopes: where.scopes, prompt: 'select_account' });
  const responseUrl = await chrome.identity.launchWebAuthFlow({ url: requestUrlOf(), interactive: true });
  const url = new URL(responseUrl);
  const result = await msal.handleRedirectPromise({ hash: url.hash || `#${url.search.slice(1)}`, navigateToLoginRequestUrl: false });
  if (!result?.accessToken) throw new Error('no access token came back');
  const token = { accessToken: result.accessToken, expiresOn: new Date(result.expiresOn).toISOString(), account: result.account?.username ?? '' };
  await chrome.storage.session.set({ token });
  return token;
}

export const signOut = () => chrome.storage.session.remove('token');
