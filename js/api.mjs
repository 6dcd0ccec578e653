// The public JavaScript API over the raw wasm exports of src/wasm.rs.
// Shared by the Node entry (index.cjs, built to dist/api.cjs) and the browser entry (web.mjs).
//
// An input object crosses into wasm as JSON text made by JSON.stringify: one crossing instead
// of one per property. JSON.stringify would silently drop or coerce what JSON cannot hold
// (undefined in arrays, functions, NaN, Date, Map ...), so the replacer tags each such value
// as {"\u0000mde": kind}; the core then reports it with the JS type the user gave.

const TAG = '\u0000mde';

// ---- Locales: messages in other languages than the core's English ----
//
// A locale is a script of its own (locales/<tag>.js) that puts its message functions into one
// registry on globalThis under a Symbol.for key, so the ES-module and the CommonJS builds (and
// two copies of the package) see the same locales, and a program that loads none carries none.

/** The package's locales; `en` is the core's own. */
export const LOCALES = Object.freeze(['en', 'nl', 'fr', 'zh-TW', 'de', 'es', 'ja', 'zh-CN']);

const REGISTRY = Symbol.for('mde-indicator.locales');
const loaded = () => (globalThis[REGISTRY] ??= new Map());

/**
 * The package's locale for a language tag, or null: `fr-CA` → `fr`; Chinese by its script
 * (`zh-HK`, `zh-Hant` → `zh-TW`; `zh`, `zh-SG`, `zh-Hans` → `zh-CN`). Invalid tags give null.
 */
export function matchLocale(tag) {
  if (typeof tag !== 'string' || tag === '') return null;
  let locale;
  try {
    locale = new Intl.Locale(tag.replace(/_/g, '-').replace(/[.@].*$/, ''));
  } catch {
    return null;
  }
  const exact = LOCALES.find((known) => known.toLowerCase() === locale.baseName.toLowerCase());
  if (exact) return exact;
  if (locale.language === 'zh') return locale.maximize().script === 'Hant' ? 'zh-TW' : 'zh-CN';
  return LOCALES.find((known) => known === locale.language) ?? null;
}

/** The tag of a loaded locale, or throws an Error that says how to load it. */
function localeTag(requested) {
  if (requested === undefined || requested === null) return 'en';
  if (typeof requested !== 'string') throw new TypeError('locale must be a language tag such as "fr"');
  const tag = matchLocale(requested);
  if (tag === null) throw new RangeError(`mde-indicator has no locale ${JSON.stringify(requested)}; it has ${LOCALES.join(', ')}`);
  if (tag !== 'en' && !loaded().has(tag)) {
    throw new Error(`the locale ${tag} is not loaded: import 'mde-indicator/locales/${tag}' (or require it) once, before asking for its messages`);
  }
  return tag;
}

const toolkits = new Map();

/** Numbers, lists and plurals as the locale writes them, handed to its message functions. */
function toolkitOf(tag) {
  let toolkit = toolkits.get(tag);
  if (toolkit) return toolkit;
  const numbers = new Intl.NumberFormat(tag);
  const and = new Intl.ListFormat(tag, { type: 'conjunction' });
  const or = new Intl.ListFormat(tag, { type: 'disjunction' });
  const plurals = new Intl.PluralRules(tag);
  const number = (n) => (typeof n === 'number' ? numbers.format(n) : String(n));
  toolkit = {
    number,
    and: (items) => and.format(items.map(String)),
    or: (items) => or.format(items.map(String)),
    /** `forms` by plural category, `#` standing for the number. */
    plural: (n, forms) => (forms[plurals.select(n)] ?? forms.other).replaceAll('#', number(n)),
    /** A printable ASCII character quoted, any other by its code point (U+200B), as the core does. */
    character: (c, quote) => (/^[\x21-\x7E]$/.test(c) ? quote(c) : `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
  };
  toolkits.set(tag, toolkit);
  return toolkit;
}

// The core's English of each issue a locale rewrote, for formatIssue(issue, 'en').
const englishOf = new WeakMap();

/** The message of `issue` in a loaded locale (`en`, the core's, by default). */
export function formatIssue(issue, locale) {
  if (issue === null || typeof issue !== 'object' || typeof issue.code !== 'string') {
    throw new TypeError('formatIssue expects an issue { path, code, message, params }');
  }
  const tag = localeTag(locale);
  if (tag === 'en') return englishOf.get(issue) ?? issue.message;
  return messageIn(tag, issue);
}

function messageIn(tag, issue) {
  const message = loaded().get(tag).messages[issue.code];
  if (typeof message !== 'function') throw new Error(`the locale ${tag} has no message for the code ${issue.code}`);
  return message(issue.params ?? {}, toolkitOf(tag));
}

/**
 * A function that rewrites an issue's message in place into the locale of `options.locale`
 * (checked now, so that a missing locale throws before any work), or null for English.
 */
function localizerOf(options) {
  const tag = localeTag(options?.locale);
  if (tag === 'en') return null;
  return (issue) => {
    if (!englishOf.has(issue)) englishOf.set(issue, issue.message);
    issue.message = messageIn(tag, issue);
    return issue;
  };
}

const localizeAll = (localize, ...lists) => {
  if (localize) for (const list of lists) if (Array.isArray(list)) list.forEach(localize);
};

/** The words of IndicatorError's message, in the locale's words where it has them. */
function errorWords(options) {
  const tag = localeTag(options?.locale);
  return tag === 'en' ? null : loaded().get(tag).words;
}

/**
 * Thrown by buildPayload for an invalid indicator, and by toCsv for items the template cannot
 * hold; `.errors` and `.warnings` hold the issues.
 */
export class IndicatorError extends Error {
  constructor(report, what = 'invalidIndicator', words = null) {
    const first = report.errors[0];
    const rest = report.errors.length - 1;
    const english = { invalidIndicator: 'invalid indicator', invalidCsv: 'cannot write the CSV template', more: (n) => `and ${n} more` };
    const say = (key, ...args) => {
      const word = words?.[key] ?? english[key];
      return typeof word === 'function' ? word(...args) : word;
    };
    const more = rest > 0 ? ` (${say('more', rest)})` : '';
    super(`${say(what)}: ${first ? `${first.path || '/'} ${first.message}` : 'unknown error'}${more}`);
    this.name = 'IndicatorError';
    this.errors = report.errors;
    this.warnings = report.warnings ?? [];
  }
}

// Texts cross into wasm as UTF-8 bytes: `encode` is several times faster than the character
// loop that wasm-bindgen runs for a string parameter, and `encodeInto` a reused buffer faster
// still for short texts (an indicator: 0.3 instead of 1.4 µs), where a new buffer costs most.
const utf8 = /* @__PURE__ */ new TextEncoder();
const SCRATCH_LIMIT = 64 * 1024;
let scratch = null;

/** UTF-8 of `text`; for a short text a view of a buffer that the next call overwrites. */
function utf8Of(text) {
  const most = text.length * 3; // UTF-8 bytes per UTF-16 unit, at most
  if (most > SCRATCH_LIMIT) return utf8.encode(text);
  if (scratch === null || scratch.length < most) scratch = new Uint8Array(Math.max(most, 1024));
  return scratch.subarray(0, utf8.encodeInto(text, scratch).written);
}

const tag = (kind, detail) => (detail === undefined ? { [TAG]: kind } : { [TAG]: kind, detail });

// Objects whose JSON form would lose their content (Map -> {}) or change meaning.
const EXOTIC = [
  ['Map', typeof Map === 'function' ? Map : null],
  ['Set', typeof Set === 'function' ? Set : null],
  ['WeakMap', typeof WeakMap === 'function' ? WeakMap : null],
  ['WeakSet', typeof WeakSet === 'function' ? WeakSet : null],
  ['RegExp', RegExp],
  ['Promise', typeof Promise === 'function' ? Promise : null],
  ['Error', Error],
  ['String', String],
  ['Number', Number],
  ['Boolean', Boolean],
].filter(([, ctor]) => ctor);

function replacer(key, value) {
  // `this[key]` is the value before toJSON ran (a Date arrives here already as a string).
  const original = this[key];
  switch (typeof original) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(original) ? value : tag(String(original));
    case 'undefined':
      // An absent property and one set to undefined are the same to JS users; in arrays
      // JSON.stringify would turn it into null, so it is tagged there.
      return Array.isArray(this) ? tag('undefined') : undefined;
    case 'function':
    case 'symbol':
    case 'bigint':
      return tag(typeof original);
    default:
      break;
  }
  if (original === null || Array.isArray(original)) return value;
  if (original instanceof Date) {
    return Number.isNaN(original.getTime()) ? tag('Invalid Date') : tag('Date', original.toISOString());
  }
  if (ArrayBuffer.isView(original) || original instanceof ArrayBuffer) return tag(original.constructor.name);
  for (const [name, ctor] of EXOTIC) if (original instanceof ctor) return tag(name);
  // A user's own object must not pass for one of our tags (a `Date`, say): the input is unreadable.
  if (Object.hasOwn(original, TAG)) throw new TypeError(`an object holds the key ${JSON.stringify(TAG)}, which mde-indicator reserves`);
  return value;
}

/** What a thrown value says, whatever it is (`String()` itself can throw on odd objects). */
function reasonOf(thrown) {
  try {
    return thrown instanceof Error ? thrown.message : String(thrown);
  } catch {
    return `a thrown ${typeof thrown}`;
  }
}

const isPlainValue = (v) => typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v));

/**
 * Whether JSON.stringify(input) alone is faithful: a plain object whose values are JSON
 * scalars or arrays of them (every real indicator). Skipping the replacer halves the cost.
 */
function isPlainJson(input) {
  if (typeof input !== 'object' || input === null) return false;
  const proto = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in input) {
    if (key === TAG) return false;
    const value = input[key];
    if (isPlainValue(value) || value === undefined) continue;
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!isPlainValue(value[i])) return false;
  }
  return true;
}

/** JSON text of `input` for the core, or of an "unreadable" tag when JS cannot serialise it. */
function encode(input) {
  try {
    if (isPlainJson(input)) return JSON.stringify(input);
    const text = JSON.stringify(input, replacer);
    return text === undefined ? JSON.stringify(tag('undefined')) : text;
  } catch (error) {
    // Cycles, throwing getters or Proxy traps, nesting too deep for the JS stack.
    return JSON.stringify(tag('unreadable', reasonOf(error)));
  }
}

/**
 * JSON text of an array for the batch reader. Each item is encoded on its own, so an item
 * that cannot be read becomes an `unreadable_input` issue of that item only.
 */
function encodeArray(items) {
  try {
    if (items.every(isPlainJson)) return JSON.stringify(items);
  } catch {
    // A getter or Proxy trap threw: each item is encoded on its own below and says so.
  }
  try {
    return `[${Array.from(items, encode).join(',')}]`;
  } catch (error) {
    throw new TypeError(`the array of indicators cannot be read: ${reasonOf(error)}`);
  }
}

const isCount = (n) => Number.isSafeInteger(n) && n >= 0;

/** The options every call takes; reading them can only throw an `Error`. */
function readOptions(options) {
  try {
    return readOptionsOf(options);
  } catch (error) {
    if (error instanceof Error) throw error;
    throw new TypeError(`options cannot be read: ${reasonOf(error)}`);
  }
}

function readOptionsOf(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new TypeError('options must be an object');
  // '' asks the core for its default profile, which only the core names.
  const { profile = '', now, allowUndocumented = false } = options;
  if (typeof profile !== 'string') throw new TypeError('options.profile must be a string');
  // The clock travels as milliseconds; a string is parsed (strictly) by the core.
  let nowText = '';
  let nowMs = 0;
  if (now === undefined) {
    nowMs = Date.now();
  } else if (now instanceof Date) {
    nowMs = now.getTime();
    if (Number.isNaN(nowMs)) throw new RangeError('options.now is an invalid Date');
  } else if (typeof now === 'string') {
    nowText = now;
  } else {
    throw new TypeError('options.now must be an ISO 8601 string or a Date');
  }
  return { profile, nowText, nowMs, allowUndocumented: allowUndocumented === true };
}

/**
 * Validation alone: all that the lean module of the `mde-indicator/validate` entry exports
 * (`validateText`, `profilesJson`).
 */
export function createValidationApi(raw) {
  let profilesCache;

  const localized = (report, localize) => {
    localizeAll(localize, report.errors, report.warnings);
    return report;
  };

  function validate(input, options) {
    const { profile, nowText, nowMs, allowUndocumented } = readOptions(options);
    const localize = localizerOf(options);
    // An unknown profile or an invalid `now` throws a real Error from the wasm side.
    return localized(JSON.parse(raw.validateText(utf8Of(encode(input)), true, profile, nowText, nowMs, allowUndocumented)), localize);
  }

  function validateJson(text, options) {
    const { profile, nowText, nowMs, allowUndocumented } = readOptions(options);
    const localize = localizerOf(options);
    if (typeof text !== 'string') throw new TypeError('validateJson expects JSON text (a string)');
    return localized(JSON.parse(raw.validateText(utf8Of(text), false, profile, nowText, nowMs, allowUndocumented)), localize);
  }

  function buildPayload(input, options) {
    const report = validate(input, options);
    if (!report.valid) throw new IndicatorError(report, 'invalidIndicator', errorWords(options));
    return report.payload;
  }

  function profiles() {
    profilesCache ??= raw.profilesJson();
    return JSON.parse(profilesCache); // a fresh copy each time: callers may mutate it
  }

  /**
   * `validate` as a Standard Schema v1 (standardschema.dev), which form libraries take as it is:
   * success gives the canonical payload, failure the errors with `path` as keys and indices.
   * Warnings never fail: both results carry `warnings`. The full entry adds `jsonSchema`.
   */
  function indicatorSchema(options) {
    const fixed = { ...readOptionsObject(options) };
    // An unknown profile or a bad `now` is misuse: it throws here, not at each validation.
    validate({}, fixed);
    const standard = { version: 1, vendor: 'mde-indicator', validate: (value) => standardResult(value, validate(value, fixed)) };
    return { '~standard': standard };
  }

  return { validate, validateJson, buildPayload, profiles, IndicatorError, indicatorSchema, pointerSegments, toPointer, formatIssue, matchLocale, LOCALES };
}

function readOptionsObject(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new TypeError('options must be an object');
  return options;
}

/** A report as a Standard Schema result. */
function standardResult(input, report) {
  const { warnings } = report;
  if (report.valid) return { value: report.payload, warnings };
  const issues = report.errors.map(({ path, code, message, params }) => ({ message, path: keysOf(input, path), code, params }));
  return { issues, warnings };
}

/** A JSON pointer's segments, unescaped (RFC 6901): `/rbacGroupNames/1` → ['rbacGroupNames', '1']. */
export function pointerSegments(pointer) {
  if (typeof pointer !== 'string' || (pointer !== '' && !pointer.startsWith('/'))) throw new TypeError('expected a JSON pointer: "" or a text that starts with "/"');
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The JSON pointer of keys and indices: ['rbacGroupNames', 1] → `/rbacGroupNames/1`. */
export function toPointer(segments) {
  if (!Array.isArray(segments)) throw new TypeError('expected an array of keys and indices');
  return segments.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * The keys and indices a JSON pointer names, as Standard Schema paths are given: a segment is
 * an index (a number) where the input holds an array.
 */
function keysOf(input, pointer) {
  let node = input;
  return pointerSegments(pointer).map((key) => {
    const index = Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(key);
    try {
      node = node !== null && typeof node === 'object' ? node[key] : undefined;
    } catch {
      node = undefined; // a getter that throws: the rest of the path stays keys
    }
    return index ? Number(key) : key;
  });
}

/** A copy of JSON data, so that issues never share their params. */
function copyJson(value) {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const copy = {};
  for (const key in value) copy[key] = copyJson(value[key]);
  return copy;
}

/**
 * A batch report from the compact form of src/batch/compact.rs, which writes each distinct
 * issue once and the items as one flat array: parsing the full form took as long as parsing
 * the input.
 */
function expandBatchReport(text, localize) {
  const { summary, errors, issues, items: flat } = JSON.parse(text);
  // Each distinct issue is rendered once; its copies below take the message.
  const english = localize ? issues.map((issue) => issue.message) : null;
  localizeAll(localize, issues, errors);
  let at = 0;
  const list = () => {
    const out = new Array(flat[at++]);
    for (let i = 0; i < out.length; i++) {
      const which = flat[at + 1];
      const { code, message, params } = issues[which];
      out[i] = { path: flat[at], code, message, params: copyJson(params) };
      if (english) englishOf.set(out[i], english[which]);
      at += 2;
    }
    return out;
  };
  const items = [];
  while (at < flat.length) {
    const index = flat[at++];
    const line = flat[at++];
    const state = flat[at++];
    // Key order as in the full form, where `line` is left out when unknown.
    const valid = state === 1 || state === 2;
    const item = line === null ? { index, valid } : { index, line, valid };
    item.errors = list();
    item.warnings = list();
    if (state === 2) item.payload = flat[at++];
    if (state === 3) item.input = flat[at++];
    items.push(item);
  }
  return { summary, errors, items };
}

/** Everything, over the full module. */
export function createApi(raw) {
  const validation = createValidationApi(raw);
  const { profiles } = validation;

  /** A validator fed chunk by chunk; its duplicate check spans every chunk. Call free(). */
  function createBatchValidator(options = {}) {
    const { profile, nowText, nowMs, allowUndocumented } = readOptions(options);
    const localize = localizerOf(options);
    const session = new raw.BatchSession(profile, nowText, nowMs, allowUndocumented, options.includePayloads !== false, options.includeInputs === true);
    return {
      validate(input, format = options.format ?? '') {
        if (typeof input === 'string') return expandBatchReport(session.feedText(input, format), localize);
        if (input instanceof Uint8Array) return expandBatchReport(session.feedBytes(input, format), localize);
        if (Array.isArray(input)) return expandBatchReport(session.feedEncoded(encodeArray(input)), localize);
        throw new TypeError('expected an array of indicators, JSON/NDJSON/CSV text, or bytes (Uint8Array/Buffer)');
      },
      summary: () => JSON.parse(session.summary()),
      finish: () => {
        const errors = JSON.parse(session.finish());
        localizeAll(localize, errors);
        return errors;
      },
      free: () => session.free(),
    };
  }

  function validateBatch(input, options = {}) {
    const validator = createBatchValidator(options);
    try {
      const report = validator.validate(input);
      if (report.errors.length === 0) report.errors = validator.finish();
      return report;
    } finally {
      validator.free();
    }
  }

  /** The limits of a profile by name, '' or absent for the default one. */
  function limitsOf(profile) {
    const all = profiles();
    return (all[profile] ?? Object.values(all).find((p) => p.default)).limits;
  }

  function toImportBodies(items, options = {}) {
    const limit = limitsOf(options.profile).importBatchSize;
    const { batchSize = limit } = options;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > limit) {
      throw new RangeError(`batchSize must be an integer from 1 to ${limit} (the import API's maximum)`);
    }
    // Accept a validateBatch() report as it is, or validate the items now.
    const report = Array.isArray(items?.items) && items?.summary ? items : validateBatch(items, { ...options, includePayloads: true });
    const valid = report.items.filter((item) => item.valid);
    if (valid.some((item) => !item.payload)) throw new TypeError('the report was made with includePayloads: false');
    const bodies = [];
    for (let i = 0; i < valid.length; i += batchSize) {
      bodies.push({ Indicators: valid.slice(i, i + batchSize).map((item) => item.payload) });
    }
    return { bodies, invalid: report.items.filter((item) => !item.valid), errors: report.errors, summary: report.summary };
  }

  function planSubmission(count, options = {}) {
    const { activeIndicators = 0, profile = '' } = options;
    if (!isCount(count)) throw new TypeError('count must be a non-negative integer');
    if (!isCount(activeIndicators)) throw new TypeError('options.activeIndicators must be a non-negative integer');
    const localize = localizerOf(options);
    const plan = JSON.parse(raw.planSubmissionJson(count, activeIndicators, String(profile)));
    localizeAll(localize, plan.errors);
    return plan;
  }

  const asText = (json) => (typeof json === 'string' ? json : JSON.stringify(json) ?? '');

  function readImportResponse(json, options) {
    const localize = localizerOf(options);
    const answer = JSON.parse(raw.readImportResponseJson(asText(json)));
    localizeAll(localize, answer.errors, ...answer.items.map((item) => item.errors));
    return answer;
  }

  function readServiceError(json, options) {
    const localize = localizerOf(options);
    const issue = JSON.parse(raw.readServiceErrorJson(asText(json)));
    return localize ? localize(issue) : issue;
  }

  function toCsv(items, options) {
    if (!Array.isArray(items)) throw new TypeError('toCsv expects an array of indicators');
    const localize = localizerOf(options);
    const answer = JSON.parse(raw.toCsvJson(encodeArray(items)));
    if (answer.errors) {
      localizeAll(localize, answer.errors);
      throw new IndicatorError(answer, 'invalidCsv', errorWords(options));
    }
    return answer.csv;
  }

  const asValue = (value, name) => {
    if (typeof value !== 'string') throw new TypeError(`${name} expects a string`);
    return value;
  };

  /** Every indicator in free text, refanged, with UTF-16 offsets and the verdict of validate. */
  function extract(text, options) {
    const { profile } = readOptions(options);
    const localize = localizerOf(options);
    const found = JSON.parse(raw.extractJson(utf8Of(asValue(text, 'extract')), profile, options?.unique === true));
    if (localize) for (const one of found) localizeAll(localize, one.errors, one.warnings);
    return found;
  }

  function detectType(value, options) {
    const { profile } = readOptions(options);
    const localize = localizerOf(options);
    const detected = JSON.parse(raw.detectTypeJson(asValue(value, 'detectType'), profile));
    localizeAll(localize, detected.errors, detected.warnings);
    return detected;
  }

  // ---- Threat-intelligence feeds (src/feeds): STIX 2.1 and MISP ----

  /** The feed options as the core reads them (FeedOptions::read_json), checked here. */
  function feedOptions(options) {
    const { profile, nowText, nowMs } = readOptions(options);
    const given = options ?? {};
    const out = {};
    const text = (name) => {
      const value = given[name];
      if (value === undefined) return;
      if (typeof value !== 'string') throw new TypeError(`options.${name} must be a string`);
      out[name] = value;
    };
    ['severity', 'expirationTime', 'title', 'description'].forEach(text);
    for (const name of ['toIdsOnly', 'includeLinks', 'includeRevoked']) {
      const value = given[name];
      if (value === undefined) continue;
      if (typeof value !== 'boolean') throw new TypeError(`options.${name} must be a boolean`);
      out[name] = value;
    }
    const { action, expiresInDays } = given;
    if (typeof action === 'string') out.action = action;
    else if (typeof action === 'object' && action !== null) {
      out.action = {};
      for (const [kind, value] of Object.entries(action)) {
        if (!['files', 'certificates', 'network'].includes(kind)) throw new TypeError(`options.action.${kind} is not a kind; use files, certificates or network`);
        if (value === undefined) continue;
        if (typeof value !== 'string') throw new TypeError(`options.action.${kind} must be a string`);
        out.action[kind] = value;
      }
    } else if (action !== undefined) throw new TypeError('options.action must be a string or { files, certificates, network }');
    if (expiresInDays !== undefined) {
      if (!isCount(expiresInDays) || expiresInDays > 100_000) throw new TypeError('options.expiresInDays must be a whole number of days from 0 to 100000');
      if (out.expirationTime !== undefined) throw new TypeError('options.expirationTime and options.expiresInDays exclude each other');
      out.expiresInDays = expiresInDays;
    }
    return { profile, nowText, nowMs, json: JSON.stringify(out) };
  }

  /**
   * A feed read entry by entry: `next(limit)` maps up to `limit` more entries and returns
   * `{ indicators, skipped }`, or `null` once everything is read. Call free().
   */
  function createFeedReader(input, options = {}) {
    const format = options?.format ?? '';
    const feeds = formats().filter((f) => f.feed).map((f) => f.name);
    if (format !== '' && !feeds.includes(format)) throw new TypeError(`options.format must be one of ${feeds.join(', ')}`);
    const { profile, nowText, nowMs, json } = feedOptions(options);
    let bytes = new Uint8Array(0);
    let unreadable;
    if (typeof input === 'string') bytes = utf8.encode(input);
    else if (input instanceof Uint8Array) bytes = input;
    else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else {
      // A parsed feed: as JSON.stringify writes it (a Date as its ISO text), or why it cannot be.
      try {
        const text = JSON.stringify(input);
        if (text === undefined) throw new TypeError(`${typeof input} has no JSON form`);
        bytes = utf8.encode(text);
      } catch (error) {
        unreadable = reasonOf(error);
      }
    }
    const localize = localizerOf(options);
    const session = new raw.FeedSession(bytes, format, json, profile, nowText, nowMs, unreadable);
    const errors = JSON.parse(session.errors());
    localizeAll(localize, errors);
    const withSource = ({ indicator, source }) => Object.defineProperty(indicator, 'source', { value: source, enumerable: false });
    return {
      format: session.format(),
      errors,
      next(limit = 1000) {
        if (!isCount(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
        if (session.remaining() === 0) return null;
        const chunk = JSON.parse(session.next(Math.min(limit, 2 ** 31)));
        return { indicators: chunk.indicators.map(withSource), skipped: chunk.skipped };
      },
      summary: () => JSON.parse(session.summary()),
      free: () => session.free(),
    };
  }

  function readWholeFeed(format, input, options) {
    const reader = createFeedReader(input, { ...(options ?? {}), format });
    try {
      const indicators = [];
      const skipped = [];
      for (let chunk = reader.next(10_000); chunk !== null; chunk = reader.next(10_000)) {
        for (const indicator of chunk.indicators) indicators.push(indicator);
        for (const entry of chunk.skipped) skipped.push(entry);
      }
      return { indicators, skipped, errors: reader.errors, summary: reader.summary() };
    } finally {
      reader.free();
    }
  }

  const fromStix = (input, options) => readWholeFeed('stix', input, options);
  const fromMisp = (input, options) => readWholeFeed('misp', input, options);

  let formatsCache;
  /** Every input format the core reads: { name, extensions, feed, streamed }. */
  function formats() {
    formatsCache ??= raw.formatsJson();
    return JSON.parse(formatsCache);
  }

  /**
   * The format of an input ('json', 'ndjson', 'csv', 'stix' or 'misp') from its start (text
   * or bytes; a file's first chunk is enough) and, when given, its file's name.
   */
  function detectFormat(input, options) {
    const fileName = options?.fileName ?? '';
    if (typeof fileName !== 'string') throw new TypeError('options.fileName must be a string');
    const bytes = typeof input === 'string' ? utf8.encode(input.slice(0, 65_536)) : input;
    if (!(bytes instanceof Uint8Array)) throw new TypeError('detectFormat expects text or bytes');
    return raw.detectFormat(bytes, fileName);
  }

  /** 'stix', 'misp' or null, from the start of a text or its bytes. */
  function detectFeed(input) {
    if (!(typeof input === 'string' || input instanceof Uint8Array)) throw new TypeError('detectFeed expects text or bytes');
    const format = detectFormat(input);
    return formats().find((f) => f.name === format)?.feed ? format : null;
  }

  const schemaTexts = new Map();

  /** The JSON Schema of a body (src/schema.rs); a fresh object each call, as profiles(). */
  function toJsonSchema(options) {
    // '' asks the core for its default of each.
    const { profile = '', target = '', io = '', allowUndocumented = false } = readOptionsObject(options);
    for (const [name, value] of [['profile', profile], ['target', target], ['io', io]]) {
      if (typeof value !== 'string') throw new TypeError(`options.${name} must be a string`);
    }
    const key = `${profile}\n${target}\n${io}\n${allowUndocumented === true}`;
    let text = schemaTexts.get(key);
    if (text === undefined) {
      // An unknown profile, target or io throws the core's Error, which names the known ones.
      text = raw.jsonSchemaJson(profile, target, io, allowUndocumented === true);
      schemaTexts.set(key, text);
    }
    return JSON.parse(text);
  }

  /** The lean entry's Standard Schema, and a Standard JSON Schema v1 besides. */
  function indicatorSchema(options) {
    const fixed = { ...readOptionsObject(options) };
    const schema = validation.indicatorSchema(fixed);
    const { profile = '', allowUndocumented } = fixed;
    const jsonSchema = (io) => (settings) => {
      if (typeof settings?.target !== 'string') throw new TypeError(`jsonSchema.${io}() needs { target }`);
      return toJsonSchema({ profile, target: settings.target, io, allowUndocumented: allowUndocumented === true });
    };
    schema['~standard'].jsonSchema = { input: jsonSchema('input'), output: jsonSchema('output') };
    return schema;
  }

  const refang = (value) => raw.refang(asValue(value, 'refang'));
  const defang = (value) => raw.defang(asValue(value, 'defang'));

  return {
    ...validation,
    validateBatch, createBatchValidator, toImportBodies, planSubmission, readImportResponse, readServiceError, toCsv,
    extract, detectType, refang, defang, fromStix, fromMisp, createFeedReader, detectFeed, toJsonSchema, indicatorSchema,
    formats, detectFormat,
  };
}
