// STIX 2.1 and MISP files on the command line: which feed a file holds, its indicators mapped
// and validated chunk by chunk, and its skipped entries in the report.
//
// A feed is one JSON document, so the file is read whole; the core then holds its text and maps
// a few thousand entries per call (createFeedReader), each chunk's indicators going through the
// same batch validator as any other input. Memory follows the file's size once, not its tree.

import { lang } from './lang.mjs';

/** Entries mapped per call into the core: large enough to cross rarely, small enough to stream. */
const CHUNK_ENTRIES = 2000;

/** The options of `validate` and `build` that only feeds read. */
export const FEED_OPTIONS = {
  action: { type: 'string' },
  severity: { type: 'string' },
  'expires-in-days': { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  'include-revoked': { type: 'boolean' },
  'include-links': { type: 'boolean' },
  'all-attributes': { type: 'boolean' },
};

/** A mistake in a feed option, which the caller turns into its usage error. */
export class FeedOptionError extends Error {}

/** The fromStix/fromMisp options the command line asks for. */
export function feedOptionsFrom(values) {
  const options = {};
  if (values.action !== undefined) options.action = actionOf(values.action);
  if (values.severity !== undefined) options.severity = values.severity;
  if (values.title !== undefined) options.title = values.title;
  if (values.description !== undefined) options.description = values.description;
  if (values['expires-in-days'] !== undefined) {
    const days = Number(values['expires-in-days']);
    if (!Number.isInteger(days) || days < 0 || days > 100_000) throw new FeedOptionError(lang.text.expiresInDays);
    options.expiresInDays = days;
  }
  if (values['include-revoked']) options.includeRevoked = true;
  if (values['include-links']) options.includeLinks = true;
  if (values['all-attributes']) options.toIdsOnly = false;
  return options;
}

/** `Block`, or `files=Block,network=Warn`. */
function actionOf(text) {
  if (!text.includes('=')) return text;
  const action = {};
  for (const part of text.split(',')) {
    const [kind, value] = part.split('=').map((s) => s.trim());
    if (!['files', 'certificates', 'network'].includes(kind) || !value) {
      throw new FeedOptionError(lang.text.actionKinds(part));
    }
    action[kind] = value;
  }
  return action;
}

/**
 * Maps the feed in `piece.bytes` and validates its indicators with `validator`, chunk by chunk: each
 * item goes to `sink.item` with its `source`, each skipped entry to `sink.skipped`, the feed's
 * summary to `sink.feed` at the end. Returns the input-level issues, as validateInput does.
 */
export async function validateFeed(mde, { piece, options, validator, sink, progress }) {
  const reader = mde.createFeedReader(piece.bytes, { ...options, format: piece.format });
  // The core holds its own copy now: let the garbage collector take the file's bytes.
  piece.bytes = null;
  try {
    if (reader.errors.length > 0) return reader.errors;
    let items = 0;
    for (let chunk = reader.next(CHUNK_ENTRIES); chunk !== null; chunk = reader.next(CHUNK_ENTRIES)) {
      const { indicators, skipped } = chunk;
      const report = indicators.length > 0 ? validator.validate(indicators) : { items: [], errors: [] };
      report.items.forEach((item, at) => {
        // A line of the array that crossed into the core means nothing to the user; the source does.
        delete item.line;
        item.source = indicators[at].source;
        sink.item(item);
      });
      for (const entry of skipped) sink.skipped(entry);
      items += report.items.length;
      await sink.flush();
      if (report.errors.length > 0) return report.errors;
      progress.update(0, items);
    }
    sink.feed(reader.summary());
    return validator.finish();
  } finally {
    reader.free();
  }
}

/** Where an item of a feed came from, for the report: `/objects/12 (indicator--…)`. */
export const sourceOf = (item) => (item.source.id ? `${item.source.path || '/'} (${item.source.id})` : item.source.path || '/');

/** One skipped entry on one line. */
export function formatSkipped(entry, colors) {
  const id = entry.id ? ` (${entry.id})` : '';
  return `${colors.yellow(lang.text.skipped)}  ${entry.path || '/'}${id}  ${colors.dim(entry.code)}  ${entry.message}\n`;
}

/** `STIX: 3,000 entries, 2,950 indicators, 40 skipped (stix_and 20, ...), 10 other objects`. */
export function formatFeedSummary(summary) {
  const words = lang.text;
  const n = lang.number;
  const byCode = Object.entries(summary.skippedByCode).sort(([, a], [, b]) => b - a).map(([code, count]) => `${code} ${n(count)}`);
  const ignored = Object.values(summary.ignoredByType).reduce((a, b) => a + b, 0);
  const parts = [
    (words.feedEntries[summary.format] ?? words.feedEntries.other)(summary.entries, n),
    words.indicators(summary.indicators, n),
    words.feedSkipped(summary.skipped, n, byCode.length > 0 ? ` (${byCode.join(words.comma ?? ', ')})` : ''),
  ];
  if (ignored > 0) parts.push(words.feedOther(ignored, n, Object.keys(summary.ignoredByType).sort().join(words.comma ?? ', ')));
  return `${summary.format.toUpperCase()}: ${parts.join(words.comma ?? ', ')}\n`;
}

/**
 * The rest of an input after its first chunk `head`, in one buffer: for a file of known `size`
 * exactly that big (a feed or a JSON array is read whole, and joining chunks would hold it
 * twice), else grown by doubling. `read(buffer, offset)` gives the bytes read, 0 at the end.
 */
export async function readWhole(head, size, read) {
  // One byte more than the size, to see the end without another buffer.
  let whole = Buffer.allocUnsafe(Math.max((size ?? 0) + 1, head.length * 2, 1));
  head.copy(whole);
  let at = head.length;
  for (;;) {
    if (at === whole.length) {
      const bigger = Buffer.allocUnsafe(whole.length * 2);
      whole.copy(bigger, 0, 0, at);
      whole = bigger;
    }
    const got = await read(whole, at);
    if (got === 0) return whole.subarray(0, at);
    at += got;
  }
}
