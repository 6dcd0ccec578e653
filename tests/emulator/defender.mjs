// A local stand-in for the Defender for Endpoint indicator API (the newest documented revision), for
// tests: a plain node:http server on 127.0.0.1 that the tests start and stop themselves.
//
// It checks the bearer token and its permission, answers the documented bodies of submit,
// import, list, BatchDelete and DELETE, upserts by type and value, fails the items a test
// names, and paces by its own (configurable, small in tests) limits with 429 + Retry-After.
// Tests inject 503s, other statuses, dropped connections and stalls. Every call is logged with
// the time of the emulator's clock, which tests share with the client to check its pacing.
//
// Its checks of a body are its own few (the required keys, enums, hash lengths), on purpose
// not the package's: it stands for the service, not for the validator.

import http from 'node:http';
import { createRequire } from 'node:module';

// The API's facts (types, actions, fields, rate limits) from the package's newest profile, their one home.
const current = createRequire(import.meta.url)('../..').profiles().current;
const TYPES = current.indicatorTypes;
const ACTIONS = current.actions;
const FIELDS = current.fields.map((f) => f.name);
const REQUIRED = current.fields.filter((f) => f.required).map((f) => f.name);
const HASH_LENGTH = { FileSha1: 40, CertificateThumbprint: 40, FileSha256: 64, FileMd5: 32 };
const FILTERABLE = ['indicatorValue', 'indicatorType', 'action', 'expirationTime', 'title', 'application', 'createdBy',
  'rbacGroupNames', 'generateAlert', 'severity', 'creationTimeDateTimeUtc', 'id', 'externalId'];
const PERMITTED = ['Ti.ReadWrite', 'Ti.ReadWrite.All'];


const errorBody = (code, message) => ({ error: { code, message, target: `emulator-${Math.random().toString(16).slice(2, 10)}` } });

/** Why the service would refuse `item`, as [code, message], or null. */
function problemOf(item) {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return ['InvalidRequestBody', 'the indicator must be an object'];
  for (const key of Object.keys(item)) if (!FIELDS.includes(key)) return ['InvalidRequestBody', `unknown property ${key}`];
  for (const key of REQUIRED) if (typeof item[key] !== 'string' || item[key] === '') return ['MissingRequiredParameter', `${key} is required`];
  if (!TYPES.includes(item.indicatorType)) return ['InvalidRequestBody', `indicatorType ${item.indicatorType} is not valid`];
  if (!ACTIONS.includes(item.action)) return ['InvalidRequestBody', `action ${item.action} is not valid`];
  const length = HASH_LENGTH[item.indicatorType];
  if (length && !new RegExp(`^[0-9a-fA-F]{${length}}$`).test(item.indicatorValue)) return ['InvalidHashValue', 'the hash value is not valid'];
  if (item.indicatorType === 'Url' && item.indicatorValue.includes('\\')) return ['InvalidUrl', 'the url is not valid'];
  if (item.action === 'Audit' && item.generateAlert !== true) return ['InvalidInput', 'generateAlert must be true for Audit'];
  if (item.rbacGroupNames !== undefined && !Array.isArray(item.rbacGroupNames)) return ['InvalidRequestBody', 'rbacGroupNames must be an array'];
  return null;
}

// ---------------------------------------------------------------------------------------------
// A small OData $filter: `field op literal`, and/or, not-nested parentheses.

function tokenize(text) {
  const tokens = [];
  const re = /\s*(?:(\()|(\))|'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_]*)|([0-9][0-9:.TZ+-]*))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw new Error(`cannot read the filter at ${at}`);
    at = re.lastIndex;
    if (m[1]) tokens.push({ kind: '(' });
    else if (m[2]) tokens.push({ kind: ')' });
    else if (m[3] !== undefined) tokens.push({ kind: 'literal', value: m[3].replaceAll("''", "'") });
    else if (m[4]) tokens.push(m[4] === 'true' || m[4] === 'false' ? { kind: 'literal', value: m[4] === 'true' } : { kind: 'word', value: m[4] });
    else tokens.push({ kind: 'literal', value: m[5] });
  }
  return tokens;
}

function compileFilter(text) {
  const tokens = tokenize(text);
  let at = 0;
  const next = () => tokens[at++];
  const comparison = () => {
    const first = next();
    if (first?.kind === '(') {
      const inner = expression();
      if (next()?.kind !== ')') throw new Error('a parenthesis is not closed');
      return inner;
    }
    const op = next();
    const literal = next();
    if (first?.kind !== 'word' || op?.kind !== 'word' || literal?.kind !== 'literal') throw new Error('expected: field op value');
    if (!FILTERABLE.includes(first.value)) throw new Error(`${first.value} cannot be filtered on`);
    const compare = { eq: (a, b) => a === b, ne: (a, b) => a !== b, gt: (a, b) => a > b, ge: (a, b) => a >= b, lt: (a, b) => a < b, le: (a, b) => a <= b }[op.value];
    if (!compare) throw new Error(`unknown operator ${op.value}`);
    return (entity) => {
      const have = entity[first.value];
      if (Array.isArray(have)) return have.some((v) => compare(v, literal.value));
      return compare(typeof have === 'number' ? String(have) : have, literal.value);
    };
  };
  const expression = () => {
    let left = comparison();
    while (tokens[at]?.kind === 'word' && (tokens[at].value === 'and' || tokens[at].value === 'or')) {
      const joiner = next().value;
      const right = comparison();
      const l = left;
      left = joiner === 'and' ? (e) => l(e) && right(e) : (e) => l(e) || right(e);
    }
    return left;
  };
  const test = expression();
  if (at !== tokens.length) throw new Error('unexpected text after the filter');
  return test;
}

// ---------------------------------------------------------------------------------------------

const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * Starts the emulator. Options:
 * - `clock`: `{ now() }`, shared with the client in pacing tests (default the real time);
 * - `tokens`: `{ [token]: { permissions: [...], expiresAt?: ms } }` (default `good-token` with
 *   Ti.ReadWrite.All);
 * - `limits`: per route (submit, import, list, batchDelete) `{ perMinute, perHour }`, default
 *   the documented ones;
 * - `failValue(value)`: a failure reason for items the service should refuse one by one;
 * - `activeLimit` (15,000), `seed`: indicators present at the start;
 * - `batchDelete`: on a missing id, `partial` (default) deletes the others, `atomic` none.
 */
export async function startEmulator(options = {}) {
  const clock = options.clock ?? { now: () => Date.now() };
  const tokens = new Map(Object.entries(options.tokens ?? { 'good-token': { permissions: ['Ti.ReadWrite.All'] } }));
  const limits = { ...current.rateLimits, ...options.limits };
  const activeLimit = options.activeLimit ?? 15_000;
  const failValue = options.failValue ?? (() => null);
  const batchDelete = options.batchDelete ?? 'partial';

  /** Indicators by `type|value`, values compared without case. */
  const store = new Map();
  /** Every indicator body that arrived, valid or not. */
  const received = [];
  /** How often each key was written. */
  const writes = new Map();
  /** Every request: { method, path, route, at, status, retryAfterMs?, dropped? }. */
  const calls = [];
  const admitted = { submit: [], import: [], list: [], batchDelete: [] };
  const faults = [];
  let nextId = 1;

  const keyOf = (type, value) => `${type}|${String(value).toLowerCase()}`;

  function upsert(item) {
    const key = keyOf(item.indicatorType, item.indicatorValue);
    writes.set(key, (writes.get(key) ?? 0) + 1);
    const now = new Date(clock.now()).toISOString();
    const existing = store.get(key);
    if (existing) {
      // The service never updates `application` (docs: applied only on create).
      const { application, ...rest } = item;
      for (const field of FIELDS) if (field !== 'application' && field !== 'indicatorValue') delete existing[field];
      Object.assign(existing, rest, { indicatorValue: existing.indicatorValue, lastUpdateTime: now });
      return existing;
    }
    if (store.size >= activeLimit) return null;
    const entity = { id: String(nextId++), ...item, createdBy: 'emulator-app', creationTimeDateTimeUtc: now, lastUpdateTime: now };
    store.set(key, entity);
    return entity;
  }

  for (const item of options.seed ?? []) upsert(item);
  writes.clear();

  /** Milliseconds until the route admits one more call, 0 when it does now. */
  function admission(route, now) {
    const starts = admitted[route];
    while (starts.length > 0 && starts[0] <= now - HOUR) starts.shift();
    const limit = limits[route];
    let wait = 0;
    if (limit.perMinute && starts.length >= limit.perMinute) wait = Math.max(wait, starts[starts.length - limit.perMinute] + MINUTE - now);
    if (limit.perHour && starts.length >= limit.perHour) wait = Math.max(wait, starts[starts.length - limit.perHour] + HOUR - now);
    return wait;
  }

  function routeOf(method, path) {
    if (method === 'POST' && path === '/api/indicators') return 'submit';
    if (method === 'POST' && path === '/api/indicators/import') return 'import';
    if (method === 'GET' && path === '/api/indicators') return 'list';
    if (method === 'POST' && path === '/api/indicators/BatchDelete') return 'batchDelete';
    if (method === 'DELETE' && /^\/api\/indicators\/[^/]+$/.test(path)) return 'submit';
    return null;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://emulator');
    const route = routeOf(req.method, url.pathname);
    const call = { method: req.method, path: url.pathname, route, at: clock.now(), status: null };
    calls.push(call);
    const answer = (status, body, headers = {}) => {
      call.status = status;
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...headers });
      res.end(text);
    };
    const drop = () => {
      call.status = 'dropped';
      req.socket.destroy();
    };

    let raw = '';
    req.setEncoding('utf8');
    for await (const part of req) raw += part;

    if (!route) return answer(404, errorBody('NotFound', `no route ${req.method} ${url.pathname}`));
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = token === undefined ? undefined : tokens.get(token);
    if (!grant || (grant.expiresAt !== undefined && clock.now() >= grant.expiresAt)) {
      return answer(401, errorBody('Unauthorized', 'Invalid Authorization payload.'));
    }
    if (!grant.permissions.some((p) => PERMITTED.includes(p))) return answer(403, errorBody('Forbidden', 'The application does not have any of the required application permissions (Ti.ReadWrite, Ti.ReadWrite.All) to access the resource.'));

    const fault = faults.findIndex((f) => f.route === route || f.route === '*');
    if (fault >= 0) {
      const f = faults[fault];
      if (--f.times <= 0) faults.splice(fault, 1);
      if (f.stall) {
        call.status = 'stalled';
        return undefined;
      }
      if (f.drop === 'before') return drop();
      if (f.status) {
        if (f.status === 429 && f.retryAfter !== undefined) call.retryAfterMs = f.retryAfter * 1000;
        return answer(f.status, f.body ?? errorBody(f.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', 'injected'),
          f.retryAfter === undefined ? {} : { 'Retry-After': String(f.retryAfter) });
      }
      if (f.drop === 'after') call.dropAfter = true;
    }

    const wait = admission(route, call.at);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      call.retryAfterMs = seconds * 1000;
      return answer(429, errorBody('TooManyRequests', 'Rate limit is exceeded.'), { 'Retry-After': String(seconds) });
    }
    admitted[route].push(call.at);

    const finish = (status, body) => (call.dropAfter ? drop() : answer(status, body));
    let body;
    if (req.method !== 'GET' && req.method !== 'DELETE') {
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) return finish(400, errorBody('InvalidRequestBody', 'Content-Type must be application/json'));
      try {
        body = JSON.parse(raw);
      } catch {
        return finish(400, errorBody('InvalidRequestBody', 'the body is not JSON'));
      }
    }

    if (route === 'submit' && req.method === 'POST') {
      received.push(body);
      const problem = problemOf(body) ?? (failValue(body.indicatorValue) ? ['InvalidInput', failValue(body.indicatorValue)] : null);
      if (problem) return finish(400, errorBody(...problem));
      const entity = upsert(body);
      if (!entity) return finish(400, errorBody('InvalidInput', 'the tenant has reached its active indicator limit'));
      return finish(200, entity);
    }
    if (route === 'import') {
      if (!body || !Array.isArray(body.Indicators)) return finish(400, errorBody('InvalidRequestBody', 'Indicators is required'));
      if (body.Indicators.length > 500) return finish(400, errorBody('MaximumBatchSizeExceeded', 'at most 500 indicators per call'));
      const value = body.Indicators.map((item) => {
        received.push(item);
        const problem = problemOf(item);
        const reason = problem ? problem[1] : failValue(item?.indicatorValue);
        if (reason) return { id: null, indicator: item?.indicatorValue ?? null, isFailed: true, failureReason: reason };
        const entity = upsert(item);
        if (!entity) return { id: null, indicator: item.indicatorValue, isFailed: true, failureReason: 'the tenant has reached its active indicator limit' };
        return { id: entity.id, indicator: item.indicatorValue, isFailed: false, failureReason: null };
      });
      return finish(200, { value });
    }
    if (route === 'list') {
      const top = url.searchParams.has('$top') ? Number(url.searchParams.get('$top')) : 10_000;
      const skip = url.searchParams.has('$skip') ? Number(url.searchParams.get('$skip')) : 0;
      if (!Number.isInteger(top) || top < 0 || top > 10_000) return finish(400, errorBody('InvalidInput', '$top must be at most 10000'));
      if (!Number.isInteger(skip) || skip < 0) return finish(400, errorBody('InvalidInput', '$skip must be a whole number'));
      let test = () => true;
      const filter = url.searchParams.get('$filter');
      if (filter) {
        try {
          test = compileFilter(filter);
        } catch (error) {
          return finish(400, errorBody('InvalidInput', `invalid $filter: ${error.message}`));
        }
      }
      const all = [...store.values()].sort((a, b) => Number(a.id) - Number(b.id)).filter(test);
      return finish(200, { '@odata.context': 'https://emulator/api/$metadata#Indicators', value: all.slice(skip, skip + top) });
    }
    if (route === 'batchDelete') {
      const ids = body?.IndicatorIds;
      if (!Array.isArray(ids)) return finish(400, errorBody('InvalidRequestBody', 'IndicatorIds is required'));
      if (ids.length > 500) return finish(400, errorBody('MaximumBatchSizeExceeded', 'at most 500 ids per call'));
      const entries = ids.map((id) => [...store].find(([, entity]) => entity.id === String(id)));
      const missing = entries.some((entry) => !entry);
      // Whether the others go when one id is missing is not documented: `batchDelete` decides.
      if (!missing || batchDelete === 'partial') for (const entry of entries) if (entry) store.delete(entry[0]);
      return missing ? finish(404, errorBody('NotFound', 'an indicator was not found')) : finish(204);
    }
    // DELETE /api/indicators/{id}
    const id = decodeURIComponent(url.pathname.split('/').pop());
    const entry = [...store].find(([, entity]) => entity.id === id);
    if (!entry) return finish(404, errorBody('NotFound', `indicator ${id} was not found`));
    store.delete(entry[0]);
    return finish(204);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    received,
    writes,
    calls,
    tokens,
    limits,
    /** Queues a fault for the next `times` (1) calls on `route` ('*': any): `{ status, retryAfter, body }`, `{ drop: 'before' | 'after' }` or `{ stall: true }`. */
    inject(fault) {
      faults.push({ times: 1, ...fault });
    },
    /** The stored indicator of a type and value, or undefined. */
    find: (type, value) => store.get(keyOf(type, value)),
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

// `node tests/emulator/defender.mjs`: run it by hand, with the token `good-token`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const emulator = await startEmulator();
  console.log(`emulator on ${emulator.url} (token: good-token)`);
}
