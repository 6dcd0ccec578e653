// A local stand-in for Entra ID's sign-in endpoint, for the extension's tests: https on
// 127.0.0.1 with a throw-away self-signed certificate (MSAL takes only https authorities). It
// serves the tenant's OpenID metadata, answers /authorize at once by redirecting back with a
// code (as a user who signed in would see), and /token with an access token for the emulator and
// an unsigned ID token carrying the request's nonce. Every request is logged.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startFakeSignIn({ accessToken = 'good-token', username = 'analyst@contoso.com' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mde-fake-sign-in-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  const requests = [];
  const nonces = new Map(); // code → { nonce, clientId }
  let origin;
  const server = createServer(tls, async (req, res) => {
    const url = new URL(req.url, origin);
    let body = '';
    for await (const part of req) body += part;
    requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    const [, tenant] = url.pathname.split('/');
    const base = `${origin}/${tenant}`;
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end(JSON.stringify({
        issuer: `${base}/v2.0`, authorization_endpoint: `${base}/oauth2/v2.0/authorize`, token_endpoint: `${base}/oauth2/v2.0/token`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`, jwks_uri: `${base}/discovery/v2.0/keys`,
        response_types_supported: ['code'], code_challenge_methods_supported: ['S256'],
      }));
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      const code = `code-${requests.length}`;
      nonces.set(code, { nonce: url.searchParams.get('nonce'), clientId: url.searchParams.get('client_id') });
      const back = new URL(url.searchParams.get('redirect_uri'));
      const answer = new URLSearchParams({ code, state: url.searchParams.get('state') ?? '', client_info: b64({ uid: 'user-1', utid: 'tenant-1' }) });
      return res.writeHead(302, { location: `${back.href}#${answer}` }).end();
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(body);
      const grant = nonces.get(form.get('code'));
      if (!grant || !form.get('code_verifier')) {
        res.writeHead(400, { 'content-type': 'application/json', ...cors });
        return res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'unknown code or no PKCE verifier' }));
      }
      const now = Math.floor(Date.now() / 1000);
      const idToken = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
        aud: grant.clientId, iss: `${base}/v2.0`, iat: now, nbf: now, exp: now + 3600, nonce: grant.nonce,
        oid: 'user-1', sub: 'user-1', tid: 'tenant-1', preferred_username: username, name: 'Analyst',
      })}.`;
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end(JSON.stringify({
        token_type: 'Bearer', scope: form.get('scope'), expires_in: 3600, ext_expires_in: 3600,
        access_token: accessToken, id_token: idToken, client_info: b64({ uid: 'user-1', utid: 'tenant-1' }),
      }));
    }
    res.writeHead(404, cors).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }) };
}
