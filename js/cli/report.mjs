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

/** Each field's column in the portal's CSV template, from the core's field table. */
const CSV_COLUMNS = new Map(Object.values(mde.profiles()).flatMap((p) => p.fields).filter((f) => f.csvColumn).map((f) => [f.name, f.csvColumn]));

/**
 * The field's place inside its item, for people: `/12/rbacGroupNames/1` → `/rbacGroupNames/1`,
 * or in a CSV file the template's column, `RbacGroups`.
 */
export function fieldPath(path, format) {
  const keys = mde.pointerSegments(path).slice(1);
  const column = format === 'csv' ? CSV_COLUMNS.get(keys[0]) : undefined;
  if (column) return column;
  return mde.toPointer(keys) || '/';
}

/** The longest value shown beside an issue; longer ones are cut in the middle. */
const VALUE_WIDTH = 60;

/**
 * The value an issue is about, as JSON text (cut when long), or '' when there is none to show
 * or the message already names it (it is one of the issue's params).
 */
export function offendingValue(item, { path, params }) {
  if (item.input === undefined) return '';
  let node = item.input;
  for (const key of mde.pointerSegments(path).slice(1)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return '';
    node = node[key];
  }
  // A whole object or list says nothing that its own issues do not.
  if (node !== null && typeof node === 'object') return '';
  if (Object.values(params ?? {}).includes(node)) return '';
  const text = JSON.stringify(node) ?? String(node);
  if (text.length <= VALUE_WIDTH) return text;
  const half = Math.floor((VALUE_WIDTH - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(-half)}`;
}

/** Where an item is: its feed entry, its CSV row (from 1, after the header), its line, or its index. */
export function itemPlace(item, format) {
  if (item.source) return sourceOf(item);
  const words = lang.text;
  if (format === 'csv' && item.line !== undefined) return words.row(count(item.index + 1), count(item.line));
  return item.line === undefined ? words.item(count(item.index)) : words.line(count(item.line), count(item.index));
}

/** One item's issues, aligned: kind, field, code, message, and the value it is about. */
function formatItem(item, colors, format) {
  const rows = [
    ...item.errors.map((issue) => [lang.text.error, colors.red, issue]),
    ...item.warnings.map((issue) => [lang.text.warning, colors.yellow, issue]),
  ].map(([kind, paint, issue]) => ({ kind, paint, path: fieldPath(issue.path, format), value: offendingValue(item, issue), issue }));
  const pathWidth = Math.max(...rows.map((row) => row.path.length));
  const kindWidth = Math.max(lang.text.error.length, lang.text.warning.length);
  const lines = rows.map(({ kind, paint, path, value, issue }) =>
    `  ${paint(kind.padEnd(kindWidth))}  ${path.padEnd(pathWidth)}  ${colors.dim(issue.code)}  ${issue.message}${value ? ` ${colors.dim(`(${lang.text.got}`)} ${value}${colors.dim(')')}` : ''}`);
  return `${colors.bold(itemPlace(item, format))}\n${lines.join('\n')}\n`;
}

/** Counts of each code over a run, most frequent first: `ip_not_global 1,203, invalid_hash 50`. */
export function codeCounter() {
  const counts = new Map();
  return {
    add(issues) {
      for (const { code } of issues) counts.set(code, (counts.get(code) ?? 0) + 1);
    },
    text: () => [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([code, n]) => `${code} ${count(n)}`).join(', '),
  };
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

/**
 * Items go to stdout as they come; the summary, the counts per code and the input's problems
 * at the end, on stdout at a terminal and on stderr when stdout is a file or a pipe (so that
 * `validate big.ndjson > report.txt` still shows how it went).
 */
export function textReport(out, { name, listWarnings, colors, summaryOut }) {
  let unlisted = 0;
  let feedLine = '';
  let format;
  const errorCodes = codeCounter();
  const warningCodes = codeCounter();
  return {
    format(name) {
      format = name;
    },
    skipped: (entry) => out.write(formatSkipped(entry, colors)),
    feed(summary) {
      feedLine = formatFeedSummary(summary);
    },
    item(item) {
      errorCodes.add(item.errors);
      warningCodes.add(item.warnings);
      if (!item.valid || (listWarnings && item.warnings.length > 0)) out.write(formatItem(item, colors, format));
      else unlisted += item.warnings.length;
    },
    flush: () => out.flush(),
    async end(summary, errors, seconds) {
      await out.flush();
      const lines = [`${feedLine}${formatSummary(name, summary, seconds, colors)}`];
      const byCode = [['errors', errorCodes.text()], ['warnings', warningCodes.text()]].filter(([, text]) => text);
      if (byCode.length > 0) lines.push(`${byCode.map(([kind, text]) => lang.text.byCode[kind](text)).join('; ')}\n`);
      if (errors.length > 0) lines.push(`${colors.red(lang.text.refused)}: ${lang.text.refusedWhy}\n`);
      if (unlisted > 0) lines.push(`${lang.text.unlisted(unlisted, count)}\n`);
      summaryOut.write(lines.join(''));
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
    format() {},
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
