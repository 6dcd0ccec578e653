// Static server for the demo page (`npm start`): www/ at /, plus the package files the page
// imports (/web.mjs, /js/api.mjs, /pkg/web/*) and nothing else of the repository.
// PORT chooses the port (0: any free one); the URL is printed once listening.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const www = join(repo, 'www');

// Keep in sync with the <meta http-equiv> copy in www/index.html (which cannot carry
// frame-ancestors: browsers ignore that directive in a meta tag).
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `root` that `relative` names, or null when it would leave `root`. */
async function inside(root, relative) {
  const path = resolve(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return null;
  // A symlink could still point out of the tree.
  const real = await realpath(path);
  const realRoot = await realpath(root);
  return real.startsWith(realRoot + sep) ? real : null;
}

/** Maps a URL path to a file, or null: only www/, the package's browser entry and its locales are served. */
async function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // Backslashes and NUL never name a served file; `..` segments are caught by inside().
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded === '/web.mjs' || decoded === '/js/api.mjs') return join(repo, decoded);
  if (/^\/pkg\/web\/[^/]+$/.test(decoded)) return inside(join(repo, 'pkg', 'web'), decoded.slice('/pkg/web/'.length));
  if (/^\/locales\/[^/]+\.js$/.test(decoded)) return inside(join(repo, 'locales'), decoded.slice('/locales/'.length));
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  return inside(www, `.${relative}`);
}

function send(res, status, headers, body) {
  res.writeHead(status, {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // A development server: always revalidate, so a rebuild shows on reload.
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(body);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'method not allowed\n');
    return;
  }
  const { pathname } = new URL(req.url, 'http://localhost');
  try {
    const file = await fileFor(pathname);
    if (file && (await stat(file)).isFile()) {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      send(res, 200, { 'Content-Type': type, 'Content-Length': body.length }, req.method === 'HEAD' ? undefined : body);
      return;
    }
  } catch (error) {
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') {
      console.error(error);
      send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'internal error\n');
      return;
    }
  }
  send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found\n');
});

const port = Number(process.env.PORT || 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(2);
}
server.listen(port, '127.0.0.1', () => {
  console.log(`mde-indicator demo: http://127.0.0.1:${server.address().port}/`);
});
