// Shared by the browser tests: builds the package when pkg/web is missing, starts
// scripts/serve.mjs on a free port, and launches Debian's Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export function ensureBuilt() {
  if (!existsSync(`${root}pkg/web/mde_indicator_bg.wasm`)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

/** Starts the demo server on a free port; resolves to { origin, stop } once it prints its URL. */
export function startServer() {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server printed no URL in 30 s: ${out}`)), 30_000);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/[^\s]+/.exec(out)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        origin: new URL(url).origin,
        stop: () => new Promise((done) => {
          child.removeAllListeners('exit');
          child.once('exit', done);
          child.kill();
        }),
      });
    });
  });
}

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
