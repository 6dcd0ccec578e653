// What `validate` and `build` print: items with their issues, summaries, the JSON report and
// the progress bar. Colour only on a terminal, never with NO_COLOR.

import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import * as mde from '../../index.mjs';
import { formatFeedSummary, formatSkipped, sourceOf } from './feeds.mjs';
import { lang } from './lang.mjs';

export const colorsFor = (stream, env) => {
  const on = stream.isTTY === true && !env.NO_COLOR;
  const paint = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { red: paint('31'), yellow: paint('33'), green: paint('32'), dim: paint('2'), bold: paint('1') };
};

/** Collects text and writes it once per chunk, waiting when the reader is slower than us. */
export function bufferedWriter(stream, beforeWrite) {
  let parts = [];
  return {
    write(text) {
      parts.push(text);
    },
    async flush() {
      if (parts.length === 0) return;
      const text = parts.join('');
      parts = [];
      beforeWrite();
      if (!stream.write(text)) await once(stream, 'drain');
    },
  };
}

export const count = (n) => lang.number(n);
export const plural = (n, word, words = `${word}s`) => `${count(n)} ${n === 1 ? word : words}`;

/** The field's path inside its item: `/12/rbacGroupNames/1` → `/rbacGroupNames/1`. */
export const fieldPath = (path) => mde.toPointer(mde.pointerSegments(path).slice(1)) || '/';

/** Where an item is: its feed entry, its line, or its index. */
export const itemPlace = (item) => (item.source ? sourceOf(item) : item.line === undefined ? lang.text.item(count(item.index)) : lang.text.line(count(item.line), count(item.index)));

/** One item's issues, aligned: kind, field path, code, message. */
function formatItem(item, colors) {
  const { error, warning } = lang.text;
  const rows = [
    ...item.errors.map((issue) => [error, colors.red, issue]),
    ...item.warnings.map((issue) => [warning, colors.yellow, issue]),
  ].map(([kind, paint, issue]) => ({ kind, paint, path: fieldPath(issue.path), issue }));
  const pathWidth = Math.max(...rows.map((row) => row.path.length));
  const kindWidth = Math.max(error.length, warning.length);
  const lines = rows.map(({ kind, paint, path, issue }) =>
    `  ${paint(kind.padEnd(kindWidth))}  ${path.padEnd(pathWidth)}  ${colors.dim(issue.code)}  ${issue.message}`);
  return `${colors.bold(itemPlace(item))}\n${lines.join('\n')}\n`;
}

export function formatSummary(name, summary, seconds, colors) {
  const words = lang.text;
  const invalid = words.invalid(summary.invalid, count);
  const sep = words.comma ?? ', ';
  return `${name}: ${words.indicators(summary.total, count)}${sep}${colors.green(words.valid(summary.valid, count))}${sep}`
    + `${summary.invalid ? colors.red(invalid) : invalid}${sep}${words.warnings(summary.warnings, count)} (${lang.seconds(seconds)} s)\n`;
}

/** An input-level issue (not JSON, empty, a bad CSV header ...) on one line. */
export const describeInputIssue = (name, issue) => `${name}${issue.path ? lang.text.at(issue.path) : ''} ${issue.message} [${issue.code}]`;

/** Items go to stdout as they come; the summary at the end. */
export function textReport(out, { name, listWarnings, colors }) {
  let unlisted = 0;
  let feedLine = '';
  return {
    skipped: (entry) => out.write(formatSkipped(entry, colors)),
    feed(summary) {
      feedLine = formatFeedSummary(summary);
    },
    item(item) {
      if (!item.valid || (listWarnings && item.warnings.length > 0)) out.write(formatItem(item, colors));
      else unlisted += item.warnings.length;
    },
    flush: () => out.flush(),
    async end(summary, errors, seconds) {
      // Unusable input: the items read before the problem stay printed, stderr says why.
      if (errors.length === 0) out.write(`${feedLine}${formatSummary(name, summary, seconds, colors)}`);
      if (errors.length === 0 && unlisted > 0) out.write(`${lang.text.unlisted(unlisted, count)}\n`);
      await out.flush();
    },
  };
}

/**
 * The validateBatch() report, streamed: `items` first, one per line, because `summary` is
 * only known at the end (key order does not matter to JSON readers).
 */
export function jsonReport(out) {
  let first = true;
  const skipped = [];
  let feed;
  out.write('{"items":[');
  return {
    skipped: (entry) => skipped.push(entry),
    feed(summary) {
      feed = summary;
    },
    item(item) {
      out.write(`${first ? '\n' : ',\n'}${JSON.stringify(item)}`);
      first = false;
    },
    flush: () => out.flush(),
    async end(summary, errors) {
      const feedPart = feed ? `,"skipped":${JSON.stringify(skipped)},"feed":${JSON.stringify(feed)}` : '';
      out.write(`${first ? '' : '\n'}],"errors":${JSON.stringify(errors)},"summary":${JSON.stringify(summary)}${feedPart}}\n`);
      await out.flush();
    },
  };
}

/** Items/s and bytes on stderr, only on a terminal and only once a run takes over a second. */
export function progressBar(stream, totalBytes) {
  const started = performance.now();
  let drawnAt = 0;
  let drawn = false;
  const [unit, scale] = (totalBytes ?? 0) >= 1e9 ? ['GB', 1e9] : ['MB', 1e6];
  const size = (bytes) => (bytes / scale).toFixed(1);
  return {
    update(bytes, items) {
      const now = performance.now();
      if (!stream.isTTY || now - started < 1000 || now - drawnAt < 100) return;
      drawnAt = now;
      const rate = `${count(Math.round(items / ((now - started) / 1000)))} items/s`;
      let text = `${size(bytes)} ${unit}  ${count(items)} items  ${rate}`;
      if (totalBytes) {
        const share = Math.min(1, bytes / totalBytes);
        const full = Math.round(share * 20);
        const bar = `[${'#'.repeat(full)}${'.'.repeat(20 - full)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
        text = `${bar}  ${size(bytes)} of ${size(totalBytes)} ${unit}  ${count(items)} items  ${rate}`;
      }
      stream.write(`\r${text.slice(0, (stream.columns || 80) - 1)}\x1b[K`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
