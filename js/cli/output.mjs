// What `build` writes: the import bodies, invalid.json, a feed's skipped.json, and its summary.

import { mkdir, readdir, rm } from 'node:fs/promises';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as mde from '../../index.mjs';
import { FileError } from './args.mjs';
import { formatFeedSummary } from './feeds.mjs';
import { fsReason } from './input.mjs';
import { localeOption } from './lang.mjs';
import { colorsFor, count, fieldPath, formatSummary, itemPlace, offendingValue, plural } from './report.mjs';

/** Failures repeated on stderr after `build`; the rest are in invalid.json. */
const BUILD_SHOWN = 10;

const OUTPUT_FILE = /^(batch-\d+|invalid|skipped)\.json$/;

/** Creates the directory, and refuses (or with --force removes) the files of an earlier run. */
export async function prepareOutDir(dir, force) {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new FileError(`cannot create ${dir}: ${fsReason(error)}`);
  }
  const earlier = (await readdir(dir)).filter((name) => OUTPUT_FILE.test(name)).sort();
  if (earlier.length === 0) return;
  if (!force) {
    const more = earlier.length > 1 ? ` and ${earlier.length - 1} more` : '';
    throw new FileError(`${dir} already holds ${earlier[0]}${more}; use --force to replace them`);
  }
  // Every earlier file goes, not only those this run rewrites: a stale batch-0009.json next
  // to fresh ones would be imported too.
  await Promise.all(earlier.map((name) => rm(join(dir, name))));
}

/** Runs a file write, turning its failure (a full disk, no permission) into a FileError. */
function writing(path, write) {
  try {
    return write();
  } catch (error) {
    throw new FileError(`cannot write ${path}: ${fsReason(error)}`);
  }
}

/**
 * Valid payloads fill import bodies, each written as soon as it is full; invalid items are
 * appended to invalid.json. Only the current body's payloads are held in memory.
 */
export function bodyWriter(dir, batchSize, { dedupe }) {
  const invalidPath = join(dir, 'invalid.json');
  let fd = writing(invalidPath, () => openSync(invalidPath, 'wx'));
  writing(invalidPath, () => writeSync(fd, '['));
  const written = [];
  const shown = [];
  let pending = [];
  let invalidText = [];
  let invalidCount = 0;
  let validCount = 0;
  let duplicates = 0;
  let format;
  // A feed's skipped entries, written to skipped.json at the end.
  const skippedPath = join(dir, 'skipped.json');
  const skipped = [];
  let feed;

  function writeBody() {
    const path = join(dir, `batch-${String(written.length + 1).padStart(4, '0')}.json`);
    const body = `{"Indicators":[\n${pending.map((payload) => JSON.stringify(payload)).join(',\n')}\n]}\n`;
    writing(path, () => writeFileSync(path, body, { flag: 'wx' }));
    written.push(path);
    pending = [];
  }

  return {
    written,
    shown,
    skippedPath,
    format(name) {
      format = name;
    },
    get inputFormat() {
      return format;
    },
    skipped: (entry) => skipped.push(entry),
    feed(summary) {
      feed = summary;
    },
    get duplicates() {
      return duplicates;
    },
    get feedSummary() {
      return feed;
    },
    get invalidCount() {
      return invalidCount;
    },
    get validCount() {
      return validCount;
    },
    item(item) {
      if (item.valid) {
        // The service keeps one indicator per type and value: a later copy would only overwrite it.
        if (dedupe && item.warnings.some((issue) => issue.code === 'duplicate_indicator')) {
          duplicates++;
          return;
        }
        validCount++;
        pending.push(item.payload);
        if (pending.length === batchSize) writeBody();
        return;
      }
      const { index, line, source, errors, warnings, input } = item;
      invalidText.push(`${invalidCount === 0 ? '\n' : ',\n'}${JSON.stringify({ index, line, source, errors, warnings, input })}`);
      if (shown.length < BUILD_SHOWN) shown.push(item);
      invalidCount++;
    },
    async flush() {
      writing(invalidPath, () => writeSync(fd, invalidText.join('')));
      invalidText = [];
    },
    end() {
      if (pending.length > 0) writeBody();
      writing(invalidPath, () => writeSync(fd, invalidCount === 0 ? ']\n' : '\n]\n'));
      closeSync(fd);
      fd = undefined;
      if (feed) {
        const text = skipped.length === 0 ? '[]\n' : `[\n${skipped.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`;
        writing(skippedPath, () => writeFileSync(skippedPath, text, { flag: 'wx' }));
      }
    },
    /** Unusable input: remove what was written, so no partial set of bodies is left behind. */
    async discard() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      await Promise.all([invalidPath, skippedPath, ...written].map((path) => rm(path, { force: true })));
    },
  };
}

/** What `build` wrote and what to do with it, for stderr. */
export function buildSummary({ name, dir, summary, seconds, sink, profile, stream, env }) {
  const colors = colorsFor(stream, env);
  const lines = [formatSummary(name, summary, seconds, colors).trimEnd()];
  if (sink.feedSummary) {
    lines.unshift(formatFeedSummary(sink.feedSummary).trimEnd());
    if (sink.feedSummary.skipped > 0) lines.push(`${plural(sink.feedSummary.skipped, 'skipped entry', 'skipped entries')} of the feed listed in ${sink.skippedPath}`);
  }
  const { written } = sink;
  if (written.length > 0) {
    const plan = mde.planSubmission(sink.validCount, { profile, ...localeOption() });
    const range = written.length === 1 ? 'batch-0001.json' : `batch-0001.json … ${written.at(-1).split(/[\\/]/).pop()}`;
    lines.push(`wrote ${plural(written.length, 'import body', 'import bodies')} to ${dir} (${range}): ${plural(plan.import.calls, 'call')} to POST /api/indicators/import, at most ${plan.import.perMinute} a minute`);
    for (const issue of plan.errors) lines.push(colors.yellow(`note: ${count(sink.validCount)} indicators ${issue.message}`));
  } else {
    lines.push(`no valid indicators, so no import bodies written to ${dir}`);
  }
  if (sink.duplicates > 0) lines.push(`left out ${plural(sink.duplicates, 'duplicate')} of an earlier indicator (same type and value); --no-dedupe keeps them`);
  if (sink.invalidCount > 0) {
    lines.push(`${plural(sink.invalidCount, 'invalid indicator')} listed in ${join(dir, 'invalid.json')}:`);
    for (const item of sink.shown) {
      const [issue] = item.errors;
      const value = offendingValue(item, issue);
      const more = item.errors.length > 1 ? ` (+${item.errors.length - 1} more)` : '';
      lines.push(`  ${itemPlace(item, sink.inputFormat)}: ${fieldPath(issue.path, sink.inputFormat)} ${colors.dim(issue.code)} ${issue.message}${value ? ` (got ${value})` : ''}${more}`);
    }
    if (sink.invalidCount > sink.shown.length) lines.push(`  ... and ${count(sink.invalidCount - sink.shown.length)} more`);
  }
  return `${lines.join('\n')}\n`;
}
