// `mde-indicator/client`: submits indicators to the service, and lists, deletes and syncs
// them, paced to the documented rate limits and retried where a retry can help. Validation is
// the package's own (validateBatch and its siblings, given as `api`), so an item is sent only
// when validateBatch calls it valid.
//
// Only `fetch`, `AbortController` and timers are used, so the same code runs in Node 18+ and in
// an extension's service worker. The entries (client/index.mjs, client/index.cjs,
// client/web.mjs) bind it to the package's wasm module.

import { CLOUDS, REGIONS, resolveCloud } from './client/clouds.mjs';
import { createTransport, tokenSource } from './client/http.mjs';
import { ClientError, issues } from './client/issues.mjs';
import { Pacer, pacedSeconds, realClock, virtualClock } from './client/pacer.mjs';
import { readRetryOptions } from './client/retry.mjs';
import { planSync, ownerPrefix } from './client/sync.mjs';

export { CLOUDS, REGIONS, ClientError, virtualClock };

/** Input-level issues of validateBatch that the client meets itself by splitting into calls. */
const SPLIT_BY_CLIENT = new Set(['import_batch_too_large', 'too_many_rows']);

const MODES = ['import', 'single'];
const ROUTES = ['submit', 'import', 'list', 'batchDelete'];

const isObject = (value) => typeof value === 'object' && value !== null;

function readLimits(defaults, limits = {}) {
  if (!isObject(limits)) throw new TypeError('limits must be an object');
  const out = {};
  for (const route of ROUTES) out[route] = { ...defaults[route] };
  for (const [route, given] of Object.entries(limits)) {
    if (!ROUTES.includes(route)) throw new TypeError(`limits.${route} is not a route; use ${ROUTES.join(', ')}`);
    if (!isObject(given)) throw new TypeError(`limits.${route} must be an object { perMinute, perHour }`);
    for (const [key, value] of Object.entries(given)) {
      if (key !== 'perMinute' && key !== 'perHour') throw new TypeError(`limits.${route}.${key} is not a limit; use perMinute or perHour`);
      const empty = key === 'perHour' && value === null;
      if (!empty && (!Number.isSafeInteger(value) || value < 1)) throw new RangeError(`limits.${route}.${key} must be a positive integer${key === 'perHour' ? ' or null' : ''}`);
      out[route][key] = value;
    }
  }
  return out;
}

function readClock(clock) {
  if (clock === undefined) return realClock;
  if (!isObject(clock) || typeof clock.now !== 'function' || typeof clock.sleep !== 'function') {
    throw new TypeError('clock must be an object with now() and sleep(ms, signal)');
  }
  return clock;
}

function readAuth({ credential, token }) {
  if (credential !== undefined && token !== undefined) throw new TypeError('give either credential or token, not both');
  if (credential !== undefined && (!isObject(credential) || typeof credential.getToken !== 'function')) {
    throw new TypeError('credential must have a getToken(scopes) method, as @azure/identity credentials do');
  }
  if (token !== undefined && !((typeof token === 'string' && token !== '') || typeof token === 'function')) {
    throw new TypeError('token must be a non-empty string or a function returning one');
  }
  return { credential, token };
}

function readRunOptions(options) {
  if (options === undefined || options === null) options = {};
  if (!isObject(options)) throw new TypeError('options must be an object');
  const { mode = 'import', dryRun = false, signal, onProgress } = options;
  if (!MODES.includes(mode)) throw new RangeError(`mode must be import or single, not ${JSON.stringify(mode)}`);
  if (signal !== undefined && !(isObject(signal) && typeof signal.aborted === 'boolean' && typeof signal.addEventListener === 'function')) {
    throw new TypeError('signal must be an AbortSignal');
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError('onProgress must be a function');
  return { ...options, mode, dryRun: dryRun === true, signal, onProgress };
}

/** The report's form of a record. */
function reportItem({ index, line, status, action, id, errors, warnings }) {
  const item = line === undefined ? { index } : { index, line };
  item.status = status === 'pending' ? 'notSent' : status;
  if (action !== undefined) item.action = action;
  if (id !== undefined && id !== null) item.id = String(id);
  item.errors = errors;
  item.warnings = warnings;
  return item;
}

function counts(records) {
  const summary = { total: records.length, invalid: 0, sent: 0, succeeded: 0, failed: 0, notSent: 0 };
  for (const { status } of records) {
    if (status === 'invalid') summary.invalid++;
    else if (status === 'succeeded') summary.succeeded++;
    else if (status === 'failed') summary.failed++;
    else if (status === 'pending' || status === 'notSent') summary.notSent++;
  }
  summary.sent = summary.succeeded + summary.failed;
  return summary;
}

/** A service issue moved onto the item it is about: `/3/indicatorValue` → `/812/indicatorValue`. */
function onItem(issue, index, inBody) {
  let path = issue.path;
  const local = inBody === undefined ? null : `/${inBody}`;
  if (local !== null && (path === local || path.startsWith(`${local}/`))) path = path.slice(local.length);
  return { ...issue, path: `/${index}${path}` };
}

const chunk = (list, size) => {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

/**
 * `createClientFor(loadApi)` → `createClient(options)`. `loadApi` returns the package's API
 * (validateBatch, profiles, ...) or a promise of it, for builds that load wasm asynchronously.
 */
export function createClientFor(loadApi) {
  return function createClient(options = {}) {
    if (!isObject(options)) throw new TypeError('createClient options must be an object');
    const endpoint = resolveCloud(options);
    const auth = readAuth(options);
    const clock = readClock(options.clock);
    const retry = readRetryOptions(options.retry);
    // No profile: the core's default, whose name only profiles() tells.
    const { profile: chosenProfile, allowUndocumented = false, timeoutMs = 60_000, random = Math.random, locale } = options;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw new TypeError('no fetch: pass options.fetch, or use Node 18 or later');
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1) throw new RangeError('timeoutMs must be a positive integer');
    const hasAuth = auth.credential !== undefined || auth.token !== undefined;
    const tokens = hasAuth ? tokenSource({ ...auth, scope: endpoint.scope, clock }) : null;
    let profile;

    function setup(api) {
      const profiles = api.profiles();
      profile = chosenProfile ?? Object.values(profiles).find((p) => p.default).name;
      if (!Object.hasOwn(profiles, profile)) throw new RangeError(`unknown profile ${JSON.stringify(profile)}; use one of ${Object.keys(profiles).join(', ')}`);
      // A locale that is not loaded throws here, as the package's own functions do.
      if (locale !== undefined) api.formatIssue(issues.aborted(), locale);
      const info = profiles[profile];
      const limits = readLimits(info.rateLimits, options.limits);
      const pacer = new Pacer(limits, clock);
      const transport = createTransport({
        // Called as a plain function: a browser's fetch refuses to run as another object's method.
        api, baseUrl: endpoint.baseUrl, fetch: (...args) => fetchImpl(...args), tokens, scope: endpoint.scope,
        pacer, clock, retry, timeoutMs, random,
      });
      return { api, info, limits, transport };
    }

    // Node's entries hand the API over at once, so that a bad profile throws here.
    const loaded = loadApi();
    let state;
    if (typeof loaded?.then === 'function') {
      state = Promise.resolve(loaded).then(setup);
      state.catch(() => {}); // reported by the first call
    } else {
      state = setup(loaded);
    }
    const ready = async () => state;

    /** Validates as validateBatch does and turns each item into a record for sending. */
    function validateItems({ api }, items, run) {
      const report = api.validateBatch(items, {
        profile, allowUndocumented, includePayloads: true, format: run.format, now: run.now ?? new Date(clock.now()),
      });
      const records = report.items.map((item) => ({
        index: item.index, line: item.line, status: item.valid ? 'pending' : 'invalid', payload: item.payload, errors: item.errors, warnings: item.warnings,
      }));
      return { records, errors: report.errors.filter((issue) => !SPLIT_BY_CLIENT.has(issue.code)) };
    }

    /** Sends the pending records; marks each succeeded or failed; returns the fatal issue, if any. */
    async function send(ctx, records, run, progress) {
      const { info, transport, api } = ctx;
      const calls = run.mode === 'import' ? chunk(records, info.limits.importBatchSize) : records.map((r) => [r]);
      let done = 0;
      const onWait = (ms) => progress({ calls: done, totalCalls: calls.length, waitingMs: ms });
      for (const group of calls) {
        if (run.signal?.aborted) return issues.aborted();
        const outcome = run.mode === 'import'
          ? await transport.call('import', 'POST', '/api/indicators/import', { Indicators: group.map((r) => r.payload) }, { signal: run.signal, onWait })
          : await transport.call('submit', 'POST', '/api/indicators', group[0].payload, { signal: run.signal, onWait });
        done++;
        if (outcome.kind === 'ok' && run.mode === 'single') {
          Object.assign(group[0], { status: 'succeeded', id: outcome.body?.id ?? null });
        } else if (outcome.kind === 'ok') {
          const answer = api.readImportResponse(outcome.text);
          group.forEach((record, k) => {
            const entry = answer.items[k];
            if (!entry) {
              const detail = answer.errors[0]?.code ?? `${answer.items.length}/${group.length}`;
              Object.assign(record, { status: 'failed', errors: [onItem(issues.unexpectedResponse(outcome.status, 'import_result', detail), record.index)] });
            } else if (entry.failed) {
              Object.assign(record, { status: 'failed', id: entry.id, errors: entry.errors.map((issue) => onItem(issue, record.index, k)) });
            } else {
              Object.assign(record, { status: 'succeeded', id: entry.id });
            }
          });
        } else if (outcome.kind === 'rejected') {
          // A single post's error may name a field; an import body's is about the whole body.
          const issue = run.mode === 'single' ? outcome.issue : { ...outcome.issue, path: '' };
          for (const record of group) Object.assign(record, { status: 'failed', errors: [onItem(issue, record.index)] });
        } else {
          // Fatal: the items of this call failed if it reached the service at all; the rest stay unsent.
          if (outcome.attempts > 0) for (const record of group) Object.assign(record, { status: 'failed', errors: [onItem(outcome.issue, record.index)] });
          progress({ calls: done, totalCalls: calls.length });
          return outcome.issue;
        }
        progress({ calls: done, totalCalls: calls.length });
      }
      return null;
    }

    function progressReporter(records, run) {
      return (extra) => run.onProgress?.({ ...counts(records), ...extra });
    }

    function dryRunOf(ctx, count, run) {
      const route = run.mode === 'import' ? 'import' : 'submit';
      const calls = run.mode === 'import' ? Math.ceil(count / ctx.info.limits.importBatchSize) : count;
      return { mode: run.mode, items: count, calls, seconds: pacedSeconds(ctx.limits, route, calls) };
    }

    async function submit(items, runOptions) {
      const run = readRunOptions(runOptions);
      const ctx = await ready();
      const { records, errors } = validateItems(ctx, items, run);
      const progress = progressReporter(records, run);
      const finish = (fatal, extra = {}) => ({
        summary: counts(records), items: records.map(reportItem), errors: fatal ? [...errors, fatal] : errors, ...extra,
      });
      // Unusable input (not JSON, a wrong CSV header ...): nothing is sent.
      if (errors.length > 0) return finish(null);
      const pending = records.filter((r) => r.status === 'pending');
      if (run.dryRun) return finish(null, { dryRun: dryRunOf(ctx, pending.length, run) });
      const fatal = await send(ctx, pending, run, progress);
      return finish(fatal);
    }

    async function list(listOptions = {}) {
      if (!isObject(listOptions)) throw new TypeError('list options must be an object');
      return listWith(await ready(), listOptions);
    }

    /** `list`, and sync's listing with `onWait` for its progress. */
    async function listWith(ctx, listOptions, onWait) {
      const { filter, top, signal } = listOptions;
      const pageLimit = ctx.info.limits.listPageSize;
      const pageSize = listOptions.pageSize ?? pageLimit;
      if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > pageLimit) throw new RangeError(`pageSize must be an integer from 1 to ${pageLimit}`);
      if (top !== undefined && (!Number.isSafeInteger(top) || top < 1)) throw new RangeError('top must be a positive integer');
      const filterText = filterOf(filter);
      const found = [];
      const seen = new Set();
      let skip = 0;
      for (;;) {
        const want = top === undefined ? pageSize : Math.min(pageSize, top - found.length);
        if (want <= 0) break;
        let query = `$top=${want}`;
        if (skip > 0) query += `&$skip=${skip}`;
        if (filterText) query += `&$filter=${encodeURIComponent(filterText)}`;
        const outcome = await ctx.transport.call('list', 'GET', `/api/indicators?${query}`, undefined, { signal, onWait });
        if (outcome.kind !== 'ok') throw new ClientError(outcome.issue);
        const page = outcome.body?.value;
        if (!Array.isArray(page)) throw new ClientError(issues.unexpectedResponse(outcome.status, 'value_array'));
        for (const entity of page) {
          // Pages by $skip can overlap when indicators come and go between calls.
          const key = isObject(entity) && entity.id !== undefined ? String(entity.id) : null;
          if (key !== null && seen.has(key)) continue;
          if (key !== null) seen.add(key);
          found.push(entity);
        }
        skip += page.length;
        if (page.length < want) break;
      }
      return found;
    }

    /** Deletes `ids` (BatchDelete, at most batchDeleteSize a call); never rejects for the service's answers. */
    async function deleteIndicators(ids, runOptions) {
      const run = readRunOptions(runOptions);
      const ctx = await ready();
      const records = idRecords(ids);
      const fatal = run.dryRun ? null : await deleteRecords(ctx, records, run);
      return deleteReport(ctx, records, run, fatal);
    }

    function deleteReport(ctx, records, run, fatal) {
      const summary = { total: records.length, deleted: 0, missing: 0, failed: 0, notSent: 0 };
      for (const r of records) summary[r.status === 'pending' ? 'notSent' : r.status]++;
      const report = {
        summary,
        items: records.map(({ id, status, errors, indicator }) => ({ id, ...(indicator ?? {}), status: status === 'pending' ? 'notSent' : status, errors })),
        errors: fatal ? [fatal] : [],
      };
      if (run.dryRun) {
        const calls = Math.ceil(records.length / ctx.info.limits.batchDeleteSize);
        report.dryRun = { calls, seconds: pacedSeconds(ctx.limits, 'batchDelete', calls) };
      }
      return report;
    }

    async function deleteRecords(ctx, records, run) {
      if (records.length === 0) return null;
      const calls = chunk(records, ctx.info.limits.batchDeleteSize);
      const { transport } = ctx;
      const signal = run.signal;
      const progress = () => run.onProgress?.({ total: records.length, deleted: records.filter((r) => r.status === 'deleted' || r.status === 'missing').length });
      const failAll = (group, outcome) => {
        if (outcome.attempts > 0) for (const r of group) Object.assign(r, { status: 'failed', errors: [outcome.issue] });
      };
      for (const group of calls) {
        if (signal?.aborted) return issues.aborted();
        const outcome = await transport.call('batchDelete', 'POST', '/api/indicators/BatchDelete', { IndicatorIds: group.map((r) => r.id) }, { signal, accept: [404] });
        if (outcome.kind === 'ok' && outcome.status !== 404) {
          for (const r of group) r.status = 'deleted';
        } else if (outcome.kind === 'ok') {
          // 404: some id is gone, and the answer does not say which, nor whether the others were
          // deleted. One DELETE per id tells: 204 deleted, 404 not there (now).
          for (const r of group) {
            if (signal?.aborted) return issues.aborted();
            const one = await transport.call('submit', 'DELETE', `/api/indicators/${encodeURIComponent(r.id)}`, undefined, { signal, accept: [404] });
            if (one.kind === 'ok') r.status = one.status === 404 ? 'missing' : 'deleted';
            else if (one.kind === 'rejected') Object.assign(r, { status: 'failed', errors: [one.issue] });
            else {
              failAll([r], one);
              return one.issue;
            }
          }
        } else if (outcome.kind === 'rejected') {
          failAll(group, outcome);
        } else {
          failAll(group, outcome);
          return outcome.issue;
        }
        progress();
      }
      return null;
    }

    async function sync(items, runOptions) {
      const run = readRunOptions(runOptions);
      const ctx = await ready();
      if (!ctx.info.fields.some((field) => field.name === 'externalId')) {
        throw new ClientError(issues.syncNeedsExternalId(profile));
      }
      const prefix = ownerPrefix(run.owner);
      const { records, errors } = validateItems(ctx, items, run);
      const warnings = [];
      const finish = (fatal, deletions, extra = {}) => {
        const summary = counts(records);
        summary.unchanged = records.filter((r) => r.status === 'unchanged').length;
        summary.added = records.filter((r) => r.status === 'succeeded' && r.action === 'add').length;
        summary.updated = records.filter((r) => r.status === 'succeeded' && r.action === 'update').length;
        return {
          summary,
          items: records.map(reportItem),
          deletions: deleteReport(ctx, deletions, run, null),
          errors: fatal ? [...errors, fatal] : errors,
          warnings,
          ...extra,
        };
      };
      if (errors.length > 0) return finish(null, []);
      let tenant;
      try {
        tenant = await listWith(ctx, { signal: run.signal }, (ms) => run.onProgress?.({ ...counts(records), listing: true, waitingMs: ms }));
      } catch (error) {
        if (error instanceof ClientError) return finish(error.issue, []);
        throw error;
      }
      const plan = planSync(ctx.api, { records, tenant, prefix, owner: run.owner, profile });
      if (plan.deletionsSkipped > 0) warnings.push(issues.deletionsSkipped(plan.deletionsSkipped));
      const deletions = plan.deletions;
      const adding = records.filter((r) => r.action === 'add').length;
      const room = ctx.api.planSubmission(adding, { activeIndicators: tenant.length - deletions.length, profile });
      if (!room.valid) return finish(room.errors[0], deletions.map((d) => ({ ...d, status: 'pending' })));
      const pending = records.filter((r) => r.status === 'pending');
      if (run.dryRun) {
        return finish(null, deletions, { dryRun: { ...dryRunOf(ctx, pending.length, run), deleteCalls: Math.ceil(deletions.length / ctx.info.limits.batchDeleteSize) } });
      }
      const progress = progressReporter(records, run);
      // Adds first while the tenant has room for them, so that nothing is unprotected between
      // the two steps; deletions first when only they make the room.
      const addsFit = tenant.length + adding <= room.activeLimit;
      let fatal = null;
      if (!addsFit) fatal = await deleteRecords(ctx, deletions, run);
      if (!fatal) fatal = await send(ctx, pending, run, progress);
      if (!fatal && addsFit) fatal = await deleteRecords(ctx, deletions, run);
      return finish(fatal, deletions);
    }

    /** The issues of a report (or of a ClientError) in `options.locale`, the core's and the client's alike. */
    const inLocale = (call) => async (...args) => {
      if (locale === undefined) return call(...args);
      const { api } = await ready();
      const translate = (issue) => {
        issue.message = api.formatIssue(issue, locale);
      };
      try {
        const report = await call(...args);
        if (isObject(report) && !Array.isArray(report)) {
          for (const list of [report.errors, report.warnings, ...(report.items ?? []).flatMap((item) => [item.errors, item.warnings])]) {
            if (Array.isArray(list)) list.forEach(translate);
          }
        }
        return report;
      } catch (error) {
        if (error instanceof ClientError) {
          translate(error.issue);
          error.message = error.issue.message;
        }
        throw error;
      }
    };

    return {
      /** Where calls go and which token they need; never the token itself. */
      endpoint,
      submit: inLocale(submit),
      list: inLocale(list),
      delete: inLocale(deleteIndicators),
      sync: inLocale(sync),
    };
  };
}

/** `filter`: OData text, or `{ field: value }` joined by `and` with `eq`. */
function filterOf(filter) {
  if (filter === undefined || filter === null || filter === '') return '';
  if (typeof filter === 'string') return filter;
  if (!isObject(filter) || Array.isArray(filter)) throw new TypeError('filter must be OData text or an object of field: value');
  return Object.entries(filter).map(([field, value]) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) throw new TypeError(`filter field ${JSON.stringify(field)} is not a field name`);
    if (typeof value === 'boolean') return `${field} eq ${value}`;
    if (typeof value === 'string') return `${field} eq '${value.replaceAll("'", "''")}'`;
    throw new TypeError(`filter.${field} must be a string or a boolean`);
  }).join(' and ');
}

function idRecords(ids) {
  if (!Array.isArray(ids)) throw new TypeError('delete expects an array of indicator ids');
  const seen = new Set();
  const records = [];
  ids.forEach((id, i) => {
    const ok = (typeof id === 'string' && id.trim() !== '') || (Number.isSafeInteger(id) && id >= 0);
    if (!ok) throw new TypeError(`ids[${i}] is not an indicator id (a non-empty string or a whole number)`);
    const text = String(id).trim();
    if (seen.has(text)) return; // the same id twice is one deletion
    seen.add(text);
    records.push({ id: text, status: 'pending', errors: [] });
  });
  return records;
}
