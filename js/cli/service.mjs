// What the commands that talk to the service share (submit, list, delete, sync): options,
// the token, the client, input files, the progress line, Ctrl-C and exit codes.
//
// Each command is `async (argv, { stdin, stdout, stderr, env }) → exit code`:
// 0 all succeeded, 1 some invalid or failed (or not sent), 2 unusable input or usage,
// 3 sign-in, permission or service unreachable, 130 stopped by Ctrl-C (the report still printed).

import { CLOUDS, REGIONS, createClient } from '../../client/index.mjs';
import { FileError, UsageError } from './args.mjs';
import { lang, localeOption } from './lang.mjs';
import { count, itemPlace } from './report.mjs';

export { INDICATOR_FORMATS, PROFILE_HELP, UsageError, inputFormatHelp, oneInput, oneOf, parse } from './args.mjs';
export { readInput } from './input.mjs';
export { count, plural as counted } from './report.mjs';

export const EXIT = { ok: 0, some: 1, usage: 2, service: 3, interrupted: 130 };

/** Run-level issue codes that mean "could not reach or use the service". */
const SERVICE_CODES = new Set(['sign_in_failed', 'unauthorized', 'permission_denied', 'service_unavailable', 'unexpected_response']);

export const CONNECTION_HELP = `  --cloud <name>          ${Object.keys(CLOUDS).join(', ')} (default public)
  --region <name>         a regional host of the public cloud: ${REGIONS.join(', ')}
  --base-url <url>        another host (a proxy, an emulator); https, or http on 127.0.0.1
  --retries <n>           further attempts after a 5xx, a timeout or a network error (default 5)
  -h, --help              show this help

Sign-in: MDE_TOKEN (a bearer token) when set; otherwise @azure/identity's DefaultAzureCredential:
AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (an app registration with the
WindowsDefenderATP application permission Ti.ReadWrite.All, admin consent given), a managed
identity, or az login.

Exit codes: 0 all succeeded, 1 some invalid, failed or not sent, 2 unusable input or usage,
3 sign-in, permission or service unreachable, 130 stopped by Ctrl-C (the report is printed).`;

const CONNECTION_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  cloud: { type: 'string' },
  region: { type: 'string' },
  'base-url': { type: 'string' },
  retries: { type: 'string' },
};

export const SUBMIT_OPTIONS = {
  ...CONNECTION_OPTIONS,
  'dry-run': { type: 'boolean' },
  mode: { type: 'string' },
  format: { type: 'string' },
  profile: { type: 'string' },
  now: { type: 'string' },
  'allow-undocumented': { type: 'boolean' },
  'input-format': { type: 'string' },
};

export { CONNECTION_OPTIONS };

/** The bearer token: MDE_TOKEN, else @azure/identity, loaded only now (it is large, and library users with their own credential never need it). */
async function signIn(env, cloud) {
  const token = env.MDE_TOKEN?.trim();
  if (token) return { token };
  let identity;
  try {
    identity = await import('@azure/identity');
  } catch (error) {
    return { credential: { getToken: () => Promise.reject(new Error(`@azure/identity cannot be loaded (${error.message}); set MDE_TOKEN instead`)) } };
  }
  // AZURE_AUTHORITY_HOST, when set, is the user's choice; else the cloud's sign-in host.
  const options = env.AZURE_AUTHORITY_HOST ? {} : { authorityHost: CLOUDS[cloud]?.authorityHost };
  return { credential: new identity.DefaultAzureCredential(options) };
}

/** The client for the command line's connection options; `needsToken` false for dry runs that never call. */
export async function clientFor(values, env, { needsToken = true, profile } = {}) {
  const cloud = values.cloud ?? 'public';
  const options = { cloud, region: values.region, baseUrl: values['base-url'], profile, allowUndocumented: values['allow-undocumented'] === true, ...localeOption() };
  if (values.retries !== undefined) {
    const retries = Number(values.retries);
    if (!Number.isSafeInteger(retries) || retries < 0) throw new UsageError('--retries must be a whole number');
    options.retry = { retries };
  }
  try {
    // A bad --cloud, --region or --base-url is a usage error, found before any sign-in.
    createClient(options);
  } catch (error) {
    throw new UsageError(error.message.replace(/\bbaseUrl\b/, '--base-url'));
  }
  return createClient({ ...options, ...(needsToken ? await signIn(env, cloud) : {}) });
}

/**
 * An AbortSignal that the first Ctrl-C aborts (the run stops after the call in flight and
 * reports); a second Ctrl-C quits at once.
 */
export function interruptions(stderr) {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    stderr.write('\nmde-indicator: stopping after the call in flight (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}

/** A progress line on stderr, only on a terminal, redrawn at most ten times a second. */
export function progressLine(stderr) {
  let drawnAt = 0;
  let drawn = false;
  return {
    update(progress) {
      if (!stderr.isTTY) return;
      const now = Date.now();
      if (now - drawnAt < 100 && !progress.waitingMs) return;
      drawnAt = now;
      const wanted = progress.total - progress.invalid - (progress.unchanged ?? 0);
      let text = progress.listing
        ? 'listing the tenant\'s indicators'
        : `${count(progress.sent)} of ${count(wanted)} sent, ${count(progress.succeeded)} succeeded, ${count(progress.failed)} failed`;
      if (progress.waitingMs > 0) text += `, waiting ${Math.ceil(progress.waitingMs / 1000)} s for the rate limit`;
      stderr.write(`\r${text.slice(0, (stderr.columns || 80) - 1)}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/**
 * Runs one client call that sends (`submit`, `sync`) with a progress line and Ctrl-C wired in:
 * `call({ signal, onProgress })`. The client's RangeError and TypeError are usage errors.
 */
export async function withProgress(stderr, call) {
  const progress = progressLine(stderr);
  const stop = interruptions(stderr);
  try {
    return await call({ signal: stop.signal, onProgress: progress.update });
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw new UsageError(error.message);
    throw error;
  } finally {
    stop.dispose();
    progress.clear();
  }
}

/** Each invalid, failed or refused item with its issues, one line per issue. */
export function itemLines(items) {
  const lines = [];
  for (const item of items) {
    if (item.errors.length === 0 || item.status === 'succeeded') continue;
    lines.push(`${itemPlace(item)}: ${lang.text.status[item.status] ?? item.status}`);
    for (const issue of item.errors) lines.push(`  ${issue.path || '/'}  ${issue.code}  ${issue.message}`);
  }
  return lines;
}

/** Run-level issues on stderr, and the exit code they give. */
export function reportRunErrors(errors, stderr) {
  let code = null;
  for (const issue of errors) {
    stderr.write(`mde-indicator: ${issue.code}: ${issue.message}\n`);
    const own = issue.code === 'aborted' ? EXIT.interrupted : SERVICE_CODES.has(issue.code) ? EXIT.service : EXIT.usage;
    code = code === null ? own : Math.max(code, own);
  }
  return code;
}

/** The exit code of a finished run. */
export function exitCode(report, stderr) {
  const fromErrors = reportRunErrors(report.errors, stderr);
  if (fromErrors !== null) return fromErrors;
  // In a dry run nothing is sent, so only items with errors count against it.
  const bad = (status, errors) => status === 'invalid' || status === 'failed' || (status === 'notSent' && (!report.dryRun || errors.length > 0));
  const some = report.items.some((item) => bad(item.status, item.errors))
    || (report.deletions?.items ?? []).some((item) => bad(item.status, item.errors));
  return some ? EXIT.some : EXIT.ok;
}

/** Runs a command, turning usage errors into exit 2 with a message. */
export async function runCommand(body, stderr) {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      stderr.write(`mde-indicator: ${error.message} (see mde-indicator --help)\n`);
      return EXIT.usage;
    }
    if (error instanceof FileError) {
      stderr.write(`mde-indicator: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error?.name === 'ClientError') {
      return reportRunErrors([error.issue], stderr);
    }
    throw error;
  }
}
