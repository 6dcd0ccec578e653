// What to do after an attempt that did not succeed, and how long to wait before the next one.

export const DEFAULT_RETRY = {
  /** Further attempts after a 408, a 5xx, a timeout or a network error. */
  retries: 5,
  /** Further attempts after a 429: each waits the service's Retry-After. */
  rateLimitRetries: 20,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** Statuses worth another attempt: the service was busy or failed, not the request. */
export const isTransientStatus = (status) => status === 408 || (status >= 500 && status <= 599);

/**
 * `Retry-After` in milliseconds (delay-seconds or an HTTP date), or null when absent or
 * unreadable.
 */
export function retryAfterMs(header, now) {
  if (header === null || header === undefined) return null;
  const text = String(header).trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random wait up to base·2^attempt, capped. */
export function backoffMs(attempt, { baseDelayMs, maxDelayMs }, random = Math.random) {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(random() * ceiling);
}

export function readRetryOptions(retry = {}) {
  if (typeof retry !== 'object' || retry === null) throw new TypeError('retry must be an object');
  const options = { ...DEFAULT_RETRY, ...retry };
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(DEFAULT_RETRY, key)) throw new TypeError(`retry.${key} is not an option; use ${Object.keys(DEFAULT_RETRY).join(', ')}`);
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`retry.${key} must be a non-negative integer`);
  }
  return options;
}
