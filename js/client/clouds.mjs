// The clouds the service runs in: API host, token scope and sign-in authority of each.
//
// Sources (Microsoft Learn, defender-endpoint docs):
// - Public host and regional hosts: "Supported Microsoft Defender for Endpoint APIs"
//   (api/exposed-apis-list), "The service base URI is https://api.security.microsoft.com" and
//   "use the server closer to your geo location": us., eu., uk., au., swa., ina. (the newest
//   revision of api/exposed-apis-create-app-nativeapp also lists aea.).
// - Public scope: "Access Microsoft Defender for Endpoint with application context"
//   (api/exposed-apis-create-app-webapp): the resource `https://api.securitycenter.microsoft.com`,
//   so the scope `https://api.securitycenter.microsoft.com/.default`; it serves every public host.
// - US Government: "Microsoft Defender for Endpoint for US Government customers" (gov.md, API
//   section): GCC sign-in `https://login.microsoftonline.com`, API
//   `https://api-gcc.securitycenter.microsoft.us`; GCC High and DoD sign-in
//   `https://login.microsoftonline.us`, API `https://api-gov.securitycenter.microsoft.us`.
//   That page names no scope; the scope is the API host's `/.default`, the form Entra ID takes for
//   an API's app ID URI and the one government scripts use. `scope` in createClient overrides it.

/** Regions of the public cloud, each `<region>.api.security.microsoft.com`. */
export const REGIONS = ['us', 'eu', 'uk', 'au', 'swa', 'ina', 'aea'];

const PUBLIC_HOST = 'api.security.microsoft.com';

export const CLOUDS = {
  public: { host: PUBLIC_HOST, scope: 'https://api.securitycenter.microsoft.com/.default', authorityHost: 'https://login.microsoftonline.com', regions: true },
  gcc: { host: 'api-gcc.securitycenter.microsoft.us', scope: 'https://api-gcc.securitycenter.microsoft.us/.default', authorityHost: 'https://login.microsoftonline.com', regions: false },
  'gcc-high': { host: 'api-gov.securitycenter.microsoft.us', scope: 'https://api-gov.securitycenter.microsoft.us/.default', authorityHost: 'https://login.microsoftonline.us', regions: false },
  dod: { host: 'api-gov.securitycenter.microsoft.us', scope: 'https://api-gov.securitycenter.microsoft.us/.default', authorityHost: 'https://login.microsoftonline.us', regions: false },
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Where the client sends its calls and which token it asks for: `{ cloud, baseUrl, scope,
 * authorityHost }`. `baseUrl` (proxies, tests) replaces the host, and must be `https` unless
 * it is a loopback address.
 */
export function resolveCloud({ cloud = 'public', region, baseUrl, scope } = {}) {
  if (typeof cloud !== 'string' || !Object.hasOwn(CLOUDS, cloud)) {
    throw new RangeError(`unknown cloud ${JSON.stringify(cloud)}; use one of ${Object.keys(CLOUDS).join(', ')}`);
  }
  const entry = CLOUDS[cloud];
  let host = entry.host;
  if (region !== undefined) {
    if (!entry.regions) throw new RangeError(`cloud ${cloud} has no regional hosts; region is only for the public cloud`);
    if (!REGIONS.includes(region)) throw new RangeError(`unknown region ${JSON.stringify(region)}; use one of ${REGIONS.join(', ')}`);
    host = `${region}.${PUBLIC_HOST}`;
  }
  let base = `https://${host}`;
  if (baseUrl !== undefined) {
    let url;
    try {
      url = new URL(String(baseUrl));
    } catch {
      throw new TypeError(`baseUrl ${JSON.stringify(String(baseUrl))} is not a URL`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
      throw new RangeError(`baseUrl must use https (plain http only for a loopback host such as 127.0.0.1), not ${url.protocol}//${url.hostname}`);
    }
    if (url.username || url.password || url.search || url.hash) throw new RangeError('baseUrl takes no user name, password, query or fragment');
    base = url.href.replace(/\/+$/, '');
  }
  if (scope !== undefined && (typeof scope !== 'string' || scope === '')) throw new TypeError('scope must be a non-empty string');
  return { cloud, baseUrl: base, scope: scope ?? entry.scope, authorityHost: entry.authorityHost };
}
