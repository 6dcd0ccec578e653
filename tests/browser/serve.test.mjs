// scripts/serve.mjs over raw HTTP: what it serves, with which types and headers, and that
// nothing else of the repository is reachable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { ensureBuilt, startServer } from './harness.mjs';

let server;

before(async () => {
  ensureBuilt();
  server = await startServer();
});

after(() => server?.stop());

/** A request with the path sent as is (fetch() would normalise `..` away). */
function get(path, method = 'GET') {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves the page and the package files it imports, with their MIME types', async () => {
  const expected = {
    '/': 'text/html; charset=utf-8',
    '/app.js': 'text/javascript; charset=utf-8',
    '/style.css': 'text/css; charset=utf-8',
    '/web.mjs': 'text/javascript; charset=utf-8',
    '/js/api.mjs': 'text/javascript; charset=utf-8',
    '/pkg/web/mde_indicator.js': 'text/javascript; charset=utf-8',
    '/pkg/web/mde_indicator_bg.wasm': 'application/wasm',
  };
  for (const [path, type] of Object.entries(expected)) {
    const { status, headers } = await get(path);
    assert.equal(status, 200, path);
    assert.equal(headers['content-type'], type, path);
    assert.match(headers['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/, path);
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
  }
});

test('nothing else of the repository, however the path is spelled', async () => {
  const paths = [
    '/package.json',
    '/index.cjs',
    '/src/lib.rs',
    '/pkg/node/mde_indicator.js',
    '/js/',
    '/../package.json',
    '/../../../../etc/passwd',
    '/%2e%2e/package.json',
    '/pkg/web/..%2f..%2fpackage.json',
    '/pkg/web/../../package.json',
    '/pkg/web/..',
    '/..%5cpackage.json',
    '/app.js%00.html',
    '/%ff',
  ];
  for (const path of paths) {
    const { status, headers } = await get(path);
    assert.equal(status, 404, path);
    assert.ok(headers['content-security-policy'], `${path}: CSP on errors too`);
  }
});

test('only GET and HEAD', async () => {
  assert.equal((await get('/', 'HEAD')).status, 200);
  const post = await get('/', 'POST');
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});
