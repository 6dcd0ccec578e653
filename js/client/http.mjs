// One call to the service: paced, signed, retried. Only `fetch`, `AbortController` and timers,
// so that it runs in Node and in an extension's service worker alike.

import { issues } from './issues.mjs';
import { backoffMs, isTransientStatus, retryAfterMs } from './retry.mjs';

/** A token is renewed this long before it expires (the service refuses an expired one). */
const RENEW_BEFORE_MS = 2 * 60_000;

/** Thrown by the token source; the call turns it into a `sign_in_failed` issue. */
class SignInError extends Error {
  constructor(cause) {
    super('sign-in failed');
    this.cause = cause;
  }
}

/**
 * Bearer tokens from a `credential` (`getToken(scopes)` → `{ token, expiresOnTimestamp }`),
 * kept until shortly before they expire, or from `token`: a string, or a function returning
 * one (called before every call, so it decides itself how long to keep a token).
 */
export function tokenSource({ credential, token, scope, clock }) {
  let kept = null;
  const fetchToken = async () => {
    if (credential) {
      const answer = await credential.getToken([scope]);
      if (!answer || typeof answer.token !== 'string' || answer.token === '') throw new Error('the credential returned no token');
      const expires = Number(answer.expiresOnTimestamp);
      return { token: answer.token, renewAt: Number.isFinite(expires) ? expires - RENEW_BEFORE_MS : -Infinity };
    }
    const value = typeof token === 'function' ? await token() : token;
    if (typeof value !== 'string' || value === '') throw new Error('the token function returned no token');
    return { token: value, renewAt: -Infinity };
  };
  return {
    /** Whether asking again can give a different token (a fixed string cannot). */
    renewable: Boolean(credential) || typeof token === 'function',
    async get() {
      if (kept && clock.now() < kept.renewAt) return kept.token;
      try {
        kept = await fetchToken();
      } catch (error) {
        kept = null;
        throw new SignInError(error);
      }
      return kept.token;
    },
    forget() {
      kept = null;
    },
  };
}

/** The body of an answer as JSON, or null when it is empty or not JSON. */
function parseJson(text) {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Why a fetch failed, in words that never hold a header. */
function networkReason(error, timedOut) {
  if (timedOut) return 'timed out';
  const cause = error?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : typeof error?.code === 'string' ? error.code : '';
  return code ? `network error ${code}` : 'network error';
}

/**
 * `call(route, method, path, body, { signal, onWait, accept })` resolves, never rejects, with
 * - `{ kind: 'ok', status, body, text, attempts }` for a 2xx or a status in `accept`;
 * - `{ kind: 'rejected', status, issue, attempts }` for a 400 (the service's error body read by
 *   `readServiceError`): this request will never succeed, other requests may;
 * - `{ kind: 'fatal', issue, attempts }` when no further call can succeed: no token, 401 also
 *   with a fresh token, 403, retries used up, an unexpected answer, or the signal aborted.
 * `tokens` is a tokenSource, or null for a client made without credential or token.
 * `attempts` counts the requests that reached the network.
 */
export function createTransport({ api, baseUrl, fetch, tokens, scope, pacer, clock, retry, timeoutMs, random }) {
  async function send(method, path, body, token) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal,
      });
      // The body is read under the same timeout: a connection can also drop half-way through it.
      const text = await response.text();
      return { response, text };
    } catch (error) {
      return { error, reason: networkReason(error, timedOut) };
    } finally {
      clearTimeout(timer);
    }
  }

  async function call(route, method, path, body, { signal, onWait, accept = [] } = {}) {
    let attempts = 0;
    let transient = 0;
    let limited = 0;
    let renewed = false;
    const fatal = (issue) => ({ kind: 'fatal', issue, attempts });
    const wait = async (ms) => {
      onWait?.(ms);
      await clock.sleep(ms, signal);
    };
    if (!tokens) return fatal(issues.noCredential());
    try {
      for (;;) {
        await pacer.take(route, { signal, onWait });
        let token;
        try {
          token = await tokens.get();
        } catch (error) {
          return fatal(issues.signInFailed(error.cause));
        }
        attempts++;
        const sent = await send(method, path, body, token);
        if (sent.error) {
          if (transient >= retry.retries) return fatal(issues.serviceUnavailable({ attempts, cause: sent.reason === 'timed out' ? 'timeout' : 'network', reason: sent.reason }));
          await wait(backoffMs(transient++, retry, random));
          continue;
        }
        const { response, text } = sent;
        const { status } = response;
        if ((status >= 200 && status < 300) || accept.includes(status)) return { kind: 'ok', status, body: parseJson(text), text, attempts };
        const serviceError = () => (text ? api.readServiceError(text) : null);
        if (status === 401) {
          if (!renewed && tokens.renewable) {
            renewed = true;
            tokens.forget();
            continue;
          }
          return fatal(issues.unauthorized(scope, serviceError()));
        }
        if (status === 403) return fatal(issues.permissionDenied(serviceError()));
        const after = retryAfterMs(response.headers.get('retry-after'), clock.now());
        if (status === 429) {
          if (limited >= retry.rateLimitRetries) return fatal(issues.serviceUnavailable({ status, attempts, cause: 'status' }));
          const ms = after ?? backoffMs(limited, retry, random);
          limited++;
          // No call on any route inside the window the service asked for.
          pacer.block(ms);
          continue;
        }
        if (isTransientStatus(status)) {
          if (transient >= retry.retries) return fatal(issues.serviceUnavailable({ status, attempts, cause: 'status' }));
          const ms = backoffMs(transient++, retry, random);
          // A 503 may say when to come back; the pacer then waits for it like for a 429.
          if (after === null) await wait(ms);
          else pacer.block(after);
          continue;
        }
        if (status === 400) return { kind: 'rejected', status, issue: serviceError() ?? issues.unexpectedResponse(status, 'error_body'), attempts };
        const detail = serviceError();
        return fatal((detail?.code === 'service_rejected'
          ? issues.unexpectedResponse(status, 'service_error', `${detail.params.serviceCode}: ${detail.params.message}`)
          : issues.unexpectedResponse(status, 'status', `${method} ${path.split('?')[0]}`)));
      }
    } catch (error) {
      // Only the pacer's and the backoff's waits throw: with the signal's reason.
      if (signal?.aborted) return fatal(issues.aborted());
      throw error;
    }
  }

  return { call };
}
