#!/usr/bin/env node
// mde-indicator: validate files of Microsoft Defender for Endpoint indicators and build the
// import API's bodies from them, on the command line.
//
// NDJSON is streamed: the file is read in chunks of CHUNK_BYTES, each cut after its last line
// end, and the complete lines go to one batch validator as bytes (no JS string), so memory is
// bounded by a chunk and not by the file. Results leave as they come: failures are printed,
// import bodies written, the JSON report written item by item. JSON arrays and CSV are read
// whole (the portal takes at most 500 CSV rows anyway).
//
// Exit codes: 0 every item valid, 1 some invalid, 2 unusable input or a usage error.

import { open, mkdir, readdir, rm } from 'node:fs/promises';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import * as mde from '../index.mjs';
import {
  FEED_FORMATS, FEED_HELP, FEED_OPTIONS, FeedOptionError, feedFormat, feedOptionsFrom, formatFeedSummary, formatSkipped, readWhole, sourceOf, validateFeed,
} from '../js/cli/feeds.mjs';
import { runSchema } from '../js/cli/schema.mjs';

const { version } = createRequire(import.meta.url)('../package.json');

/** Bytes read per chunk: large enough that a call into wasm carries thousands of lines. */
const CHUNK_BYTES = 1 << 18;
const IMPORT_LIMIT = mde.profiles().current.limits.importBatchSize;
const PROFILES = Object.keys(mde.profiles());
const INPUT_FORMATS = ['json', 'ndjson', 'csv', ...FEED_FORMATS];
const EXTENSIONS = { '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.csv': 'csv' };
/** Failures repeated on stderr after `build`; the rest are in invalid.json. */
const BUILD_SHOWN = 10;

/** A mistake in the command line: exit 2 with a hint to --help. */
class UsageError extends Error {}
/** A file that cannot be read or written, or earlier output in the way: exit 2, no hint. */
class FileError extends Error {}

// ---------------------------------------------------------------------------------------------
// Help

const HELP = `mde-indicator ${version}: check Microsoft Defender for Endpoint indicators before the API answers 400

Usage:
  mde-indicator validate <file|-> [options]              report every problem in every indicator
  mde-indicator build <file|-> --out <dir> [options]     write import bodies of the valid ones
  mde-indicator schema [--profile <p>] [--target <t>]    print the JSON Schema of a body
  mde-indicator submit <file|-> [options]                send the valid ones to the service
  mde-indicator list [options]                           print the tenant's indicators
  mde-indicator delete <ids-file|-> [options]            delete indicators by id
  mde-indicator sync <file|-> --owner <name> [options]   make one owner's indicators equal to a file
  mde-indicator <command> --help                         options and examples of a command

Input: a JSON array (or an import body {"Indicators": [...]}), NDJSON (one indicator per line,
streamed, any size), the portal's CSV template (at most 500 rows), or a threat-intelligence feed
(a STIX 2.1 bundle or a MISP event, mapped to indicators). A feed is recognised by its first keys;
otherwise the format comes from the extension (.json, .ndjson, .jsonl, .csv), else from the first
character. "-" reads stdin.

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 every indicator is valid, 1 some are invalid, 2 the input is unusable (not JSON,
empty, wrong CSV header, too many rows, unreadable) or the command line is wrong. submit, list,
delete and sync also exit 1 when some failed or were not sent, 3 when sign-in, the permission
or the service failed, and 130 when stopped by Ctrl-C.

Examples:
  mde-indicator validate iocs.csv
  mde-indicator validate feed.ndjson --profile 2022 --format json > report.json
  curl -s https://example.com/feed.ndjson | mde-indicator validate -
  mde-indicator build feed.ndjson --out bodies/
`;

const COMMON_HELP = `  --profile <name>        API revision: ${PROFILES.join(', ')} (default current)
  --now <date-time>       the time to judge expirationTime by, e.g. 2026-01-01T00:00:00Z
                          (default: the clock); makes runs reproducible
  --allow-undocumented    pass undocumented fields (bypassDurationHours ...) with a warning
  --input-format <f>      json, ndjson, csv, stix or misp, instead of guessing from the content
  -h, --help              show this help

${FEED_HELP}`;

const VALIDATE_HELP = `Usage: mde-indicator validate <file|-> [options]

Validates every indicator and prints each failed one with its line, the field's path, the issue
code and a message, then a one-line summary. Colour only on a terminal, never with NO_COLOR.

Options:
  --format <text|json>    text (default) for people; json for programs: the validateBatch()
                          report {items, errors, summary} without payloads, written as it goes
  -w, --warnings          also list the warnings of valid indicators
${COMMON_HELP}

Exit codes: 0 all valid, 1 some invalid, 2 unusable input or a usage error.

Examples:
  mde-indicator validate iocs.csv
  mde-indicator validate feed.ndjson --now 2026-01-01T00:00:00Z
  mde-indicator validate body.json --profile 2022 --format json | jq '.summary'
  cat feed.ndjson | mde-indicator validate - --input-format ndjson
`;

const BUILD_HELP = `Usage: mde-indicator build <file|-> --out <dir> [options]

Writes the valid indicators as bodies for POST /api/indicators/import: <dir>/batch-0001.json,
batch-0002.json ..., each {"Indicators": [...]} with at most 500 indicators, one per line. The
invalid ones go to <dir>/invalid.json (index, line, errors, warnings), and a short summary to
stderr. NDJSON is streamed: a body is written as soon as it is full. An input too big for one
submission (an import body over 500, a CSV over 500 rows) is split the same way.

Options:
  -o, --out <dir>         where to write (created if missing)
  -f, --force             replace batch-*.json and invalid.json already in <dir>
  --batch-size <n>        indicators per body, 1 to ${IMPORT_LIMIT} (default ${IMPORT_LIMIT})
${COMMON_HELP}

Exit codes: 0 all valid, 1 some invalid (the valid ones are still written), 2 unusable input or
a usage error (nothing is written).

Examples:
  mde-indicator build feed.ndjson --out bodies/
  mde-indicator build iocs.csv -o bodies/ --force --batch-size 100
`;

// ---------------------------------------------------------------------------------------------
// Command line

const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  profile: { type: 'string' },
  now: { type: 'string' },
  'allow-undocumented': { type: 'boolean' },
  'input-format': { type: 'string' },
  ...FEED_OPTIONS,
};

const COMMANDS = {
  validate: {
    help: VALIDATE_HELP,
    options: { ...COMMON_OPTIONS, format: { type: 'string' }, warnings: { type: 'boolean', short: 'w' } },
    run: runValidate,
  },
  build: {
    help: BUILD_HELP,
    options: { ...COMMON_OPTIONS, out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, 'batch-size': { type: 'string' } },
    run: runBuild,
  },
};

const SERVICE_COMMANDS = ['submit', 'list', 'delete', 'sync'];

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return print(process.stdout, HELP);
  if (command === '-v' || command === '--version') return print(process.stdout, `${version}\n`);
  if (command === undefined) throw new UsageError('missing a command: validate, build, schema, submit, list, delete or sync');
  if (command === 'schema') return runSchema(rest, { mde, stdout: process.stdout, stderr: process.stderr });
  if (command.startsWith('-')) throw new UsageError(`unknown option ${command}; a command comes first: validate, build, schema, submit, list, delete or sync`);
  // The commands that call the service live in js/cli/, loaded only when used.
  if (SERVICE_COMMANDS.includes(command)) {
    const { default: run } = await import(`../js/cli/${command}.mjs`);
    return run(rest, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
  }
  const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!spec) throw new UsageError(`unknown command "${command}"; use validate, build, schema, submit, list, delete or sync`);
  const { values, positionals } = parseCommandLine(spec.options, rest);
  if (values.help) return print(process.stdout, spec.help);
  if (positionals.length === 0) throw new UsageError('missing the input file (a path, or - for stdin)');
  if (positionals.length > 1) throw new UsageError(`expected one input file, got ${positionals.length}: ${positionals.join(' ')}`);
  return spec.run(values, positionals[0]);
}

function print(stream, text) {
  stream.write(text);
  return 0;
}

/** parseArgs, with its messages cut to one line each. */
function parseCommandLine(options, args) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
    switch (error.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UsageError(`unknown option ${option}`);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new UsageError(error.message.includes('argument missing') ? `option ${option} needs a value` : `option ${option} takes no value`);
      default:
        throw new UsageError(error.message);
    }
  }
}

/** Options shared by both commands, checked before any file is touched. */
function validatorOptions(values, includePayloads) {
  const profile = values.profile ?? 'current';
  if (!PROFILES.includes(profile)) throw new UsageError(`unknown profile "${profile}"; use one of ${PROFILES.join(', ')}`);
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !INPUT_FORMATS.includes(inputFormat)) {
    throw new UsageError(`unknown input format "${inputFormat}"; use ${INPUT_FORMATS.join(', ')}`);
  }
  let feed;
  try {
    feed = feedOptionsFrom(values);
  } catch (error) {
    if (error instanceof FeedOptionError) throw new UsageError(error.message);
    throw error;
  }
  const options = { profile, now: values.now, allowUndocumented: values['allow-undocumented'] === true, includePayloads };
  // The core checks --now strictly; try it once here so a bad value is a usage error.
  try {
    mde.createBatchValidator(options).free();
  } catch (error) {
    throw new UsageError(`--now "${values.now}" ${error.message.replace(/^options\.now is not a valid date-time: /, '')}`);
  }
  return { options, inputFormat, feed: { profile, now: values.now, ...feed } };
}

// ---------------------------------------------------------------------------------------------
// Input: open, guess the format, and cut into chunks for the validator

/** The input as { name, size, extension, read(buffer, offset) → bytes read (0 at the end), close() }. */
async function openInput(file) {
  if (file === '-') return { name: 'stdin', size: undefined, extension: '', read: streamReader(process.stdin), close: async () => {} };
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new FileError(`cannot read ${file}: ${fsReason(error)}`);
  }
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    await handle.close();
    throw new FileError(`cannot read ${file}: it is a directory`);
  }
  return {
    name: file,
    size: stats.size,
    extension: extname(file).toLowerCase(),
    read: async (buffer, offset) => (await handle.read(buffer, offset, buffer.length - offset, null)).bytesRead,
    close: () => handle.close(),
  };
}

/** A stream (stdin) read the way a file is: copied into the caller's buffer. */
function streamReader(stream) {
  const chunks = stream[Symbol.asyncIterator]();
  let pending = Buffer.alloc(0);
  return async (buffer, offset) => {
    if (pending.length === 0) {
      const next = await chunks.next();
      if (next.done) return 0;
      pending = next.value;
    }
    const copied = pending.copy(buffer, offset);
    pending = pending.subarray(copied);
    return copied;
  };
}

function fsReason(error) {
  const reasons = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'it is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    EEXIST: 'a file of that name is in the way',
    ENOSPC: 'the disk is full',
  };
  return reasons[error.code] ?? error.message;
}

const isSpace = (byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
const hasBom = (bytes) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Index of the first byte that is not a BOM or white space, or -1. */
function firstContent(bytes) {
  for (let i = hasBom(bytes) ? 3 : 0; i < bytes.length; i++) if (!isSpace(bytes[i])) return i;
  return -1;
}

/**
 * The format by content, as the core guesses it: `[` or an import body `{"Indicators"` is
 * JSON, any other `{` NDJSON, anything else CSV. Only NDJSON must be known here (it is
 * streamed); the rest is left to the core ('').
 */
function sniffFormat(head) {
  const at = firstContent(head);
  if (head[at] !== 0x7b) return '';
  const rest = head.subarray(at + 1, at + 64).toString('latin1').trimStart();
  return rest.startsWith('"Indicators"') ? '' : 'ndjson';
}

/**
 * Yields { bytes, start, format } pieces: for NDJSON, chunks that end at a line end (the last
 * one may not); for the other formats, the whole input once. An input of nothing but white
 * space yields nothing, so that it is reported as empty whatever its format.
 *
 * NDJSON goes through one buffer of CHUNK_BYTES, reused for every chunk (it grows only for a
 * line longer than itself): each yielded piece is a view of it, valid until the next one is
 * asked for. The validator copies it into wasm at once, so no chunk is ever allocated anew.
 */
async function* pieces(input, forcedFormat) {
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let filled = 0;
  let ended = false;
  const readOrFail = async (target, offset) => {
    try {
      return await input.read(target, offset);
    } catch (error) {
      throw new FileError(`cannot read ${input.name}: ${fsReason(error)}`);
    }
  };
  const fill = async () => {
    while (filled < buffer.length && !ended) {
      const read = await readOrFail(buffer, filled);
      if (read === 0) ended = true;
      filled += read;
    }
  };

  try {
    await fill();
    const head = buffer.subarray(0, filled);
    if (ended && firstContent(head) < 0) return;
    const format = feedFormat(mde, head, forcedFormat) ?? forcedFormat ?? EXTENSIONS[input.extension] ?? sniffFormat(head);
    if (format !== 'ndjson') {
      yield { bytes: ended ? Buffer.from(head) : await readWhole(head, input.size, readOrFail), start: 0, format };
      return;
    }
    let start = 0;
    while (filled > 0) {
      // Complete lines go now; an incomplete last line waits for more (unless input ended).
      const cut = ended ? filled : buffer.lastIndexOf(0x0a, filled - 1) + 1;
      if (cut === 0) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      } else {
        yield { bytes: buffer.subarray(0, cut), start, format };
        start += cut;
        buffer.copyWithin(0, cut, filled);
        filled -= cut;
      }
      await fill();
    }
  } finally {
    await input.close();
  }
}

/**
 * Feeds every piece to one validator and hands each item to `sink.item` (then `sink.flush`
 * per piece). Returns the input-level issues: those of the first piece that had any (the rest
 * of the input is not read), or the end-of-input ones.
 */
async function validateInput(input, validator, { inputFormat, feed, sink, progress }) {
  let items = 0;
  for await (const piece of pieces(input, inputFormat)) {
    if (FEED_FORMATS.includes(piece.format)) {
      return validateFeed(mde, { piece, options: feed, validator, sink, progress });
    }
    const report = validator.validate(piece.bytes, piece.format);
    for (const item of report.items) sink.item(item);
    items += report.items.length;
    await sink.flush();
    if (report.errors.length > 0) return report.errors;
    progress.update(piece.start + piece.bytes.length, items);
  }
  return validator.finish();
}

// ---------------------------------------------------------------------------------------------
// Output

const colorsFor = (stream) => {
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  const paint = (code) => (text) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { red: paint('31'), yellow: paint('33'), green: paint('32'), dim: paint('2'), bold: paint('1') };
};

/** Collects text and writes it once per chunk, waiting when the reader is slower than us. */
function bufferedWriter(stream, beforeWrite) {
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

const count = (n) => n.toLocaleString('en-US');
const plural = (n, word, words = `${word}s`) => `${count(n)} ${n === 1 ? word : words}`;

/** The field's path inside its item: `/12/rbacGroupNames/1` → `/rbacGroupNames/1`. */
function fieldPath(path, index) {
  const segments = path.split('/');
  const at = segments.indexOf(String(index));
  const inner = at < 0 ? path : segments.slice(at + 1).map((s) => `/${s}`).join('');
  return inner || '/';
}

const itemPlace = (item) => (item.source ? sourceOf(item) : item.line === undefined ? `item ${item.index}` : `line ${item.line} (item ${item.index})`);

/** One item's issues, aligned: kind, field path, code, message. */
function formatItem(item, colors) {
  const rows = [
    ...item.errors.map((issue) => ['error', colors.red, issue]),
    ...item.warnings.map((issue) => ['warning', colors.yellow, issue]),
  ].map(([kind, paint, issue]) => ({ kind, paint, path: fieldPath(issue.path, item.index), issue }));
  const pathWidth = Math.max(...rows.map((row) => row.path.length));
  const lines = rows.map(({ kind, paint, path, issue }) =>
    `  ${paint(kind.padEnd(7))}  ${path.padEnd(pathWidth)}  ${colors.dim(issue.code)}  ${issue.message}`);
  return `${colors.bold(itemPlace(item))}\n${lines.join('\n')}\n`;
}

function formatSummary(name, summary, seconds, colors) {
  const invalid = `${count(summary.invalid)} invalid`;
  return `${name}: ${plural(summary.total, 'indicator')}, ${colors.green(`${count(summary.valid)} valid`)}, `
    + `${summary.invalid ? colors.red(invalid) : invalid}, ${plural(summary.warnings, 'warning')} (${seconds.toFixed(1)} s)\n`;
}

const describeFileError = (name, issue) => `${name}${issue.path ? ` at ${issue.path}` : ''} ${issue.message} [${issue.code}]`;

/** Items go to stdout as they come; the summary at the end. */
function textReport(out, { name, listWarnings, colors }) {
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
      if (errors.length === 0 && unlisted > 0) out.write(`${plural(unlisted, 'warning')} of valid indicators not listed; add --warnings to see them\n`);
      await out.flush();
    },
  };
}

/**
 * The validateBatch() report, streamed: `items` first, one per line, because `summary` is
 * only known at the end (key order does not matter to JSON readers).
 */
function jsonReport(out) {
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
function progressBar(stream, totalBytes) {
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

// ---------------------------------------------------------------------------------------------
// Commands

async function runValidate(values, file) {
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format "${format}"; use text or json`);
  const { options, inputFormat, feed } = validatorOptions(values, false);
  const input = await openInput(file);
  const progress = progressBar(process.stderr, input.size);
  // The bar shares the terminal with the report when both go to it: clear it before writing.
  const out = bufferedWriter(process.stdout, process.stdout.isTTY ? progress.clear : () => {});
  const sink = format === 'json'
    ? jsonReport(out)
    : textReport(out, { name: input.name, listWarnings: values.warnings === true, colors: colorsFor(process.stdout) });

  const started = performance.now();
  const validator = mde.createBatchValidator(options);
  try {
    const errors = await validateInput(input, validator, { inputFormat, feed, sink, progress });
    progress.clear();
    const summary = validator.summary();
    await sink.end(summary, errors, (performance.now() - started) / 1000);
    for (const issue of errors) process.stderr.write(`mde-indicator: ${describeFileError(input.name, issue)}\n`);
    return exitCode(summary, errors);
  } finally {
    validator.free();
  }
}

const exitCode = (summary, errors) => (errors.length > 0 ? 2 : summary.invalid > 0 ? 1 : 0);

/** Input-level limits of a single submission, which `build` meets by splitting. */
const SPLIT_BY_BUILD = new Set(['import_batch_too_large', 'too_many_rows']);

async function runBuild(values, file) {
  if (values.out === undefined) throw new UsageError('missing --out <dir>, where the import bodies go');
  const batchSize = Number(values['batch-size'] ?? IMPORT_LIMIT);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > IMPORT_LIMIT) {
    throw new UsageError(`--batch-size must be a whole number from 1 to ${IMPORT_LIMIT} (the import API's maximum)`);
  }
  const { options, inputFormat, feed } = validatorOptions(values, true);
  const input = await openInput(file);
  await prepareOutDir(values.out, values.force === true);
  const progress = progressBar(process.stderr, input.size);
  const sink = bodyWriter(values.out, batchSize);

  const started = performance.now();
  const validator = mde.createBatchValidator(options);
  try {
    const found = await validateInput(input, validator, { inputFormat, feed, sink, progress });
    progress.clear();
    const summary = validator.summary();
    // Too many items for one import body or one portal CSV file is no obstacle to `build`: it
    // splits them into bodies of at most --batch-size, which is what the limit asks for.
    const notes = found.filter((issue) => SPLIT_BY_BUILD.has(issue.code));
    const errors = found.filter((issue) => !SPLIT_BY_BUILD.has(issue.code));
    if (errors.length > 0) {
      await sink.discard();
      for (const issue of errors) process.stderr.write(`mde-indicator: ${describeFileError(input.name, issue)}\n`);
      process.stderr.write(`mde-indicator: nothing written to ${values.out}\n`);
      return 2;
    }
    sink.end();
    for (const issue of notes) process.stderr.write(`mde-indicator: note: ${describeFileError(input.name, issue)}; split into bodies of at most ${batchSize}\n`);
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(buildSummary(input.name, values.out, summary, seconds, sink, options.profile));
    return exitCode(summary, errors);
  } catch (error) {
    await sink.discard();
    throw error;
  } finally {
    validator.free();
  }
}

const OUTPUT_FILE = /^(batch-\d+|invalid|skipped)\.json$/;

/** Creates the directory, and refuses (or with --force removes) the files of an earlier run. */
async function prepareOutDir(dir, force) {
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

/**
 * Valid payloads fill import bodies, each written as soon as it is full; invalid items are
 * appended to invalid.json. Only the current body's payloads are held in memory.
 */
function bodyWriter(dir, batchSize) {
  const invalidPath = join(dir, 'invalid.json');
  let fd = writing(invalidPath, () => openSync(invalidPath, 'wx'));
  writing(invalidPath, () => writeSync(fd, '['));
  const written = [];
  const shown = [];
  let pending = [];
  let invalidText = [];
  let invalidCount = 0;
  let validCount = 0;
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
    skipped: (entry) => skipped.push(entry),
    feed(summary) {
      feed = summary;
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
        validCount++;
        pending.push(item.payload);
        if (pending.length === batchSize) writeBody();
        return;
      }
      const { index, line, source, errors, warnings } = item;
      invalidText.push(`${invalidCount === 0 ? '\n' : ',\n'}${JSON.stringify({ index, line, source, errors, warnings })}`);
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

/** Runs a file write, turning its failure (a full disk, no permission) into a FileError. */
function writing(path, write) {
  try {
    return write();
  } catch (error) {
    throw new FileError(`cannot write ${path}: ${fsReason(error)}`);
  }
}

function buildSummary(name, dir, summary, seconds, sink, profile) {
  const colors = colorsFor(process.stderr);
  const lines = [formatSummary(name, summary, seconds, colors).trimEnd()];
  if (sink.feedSummary) {
    lines.unshift(formatFeedSummary(sink.feedSummary).trimEnd());
    if (sink.feedSummary.skipped > 0) lines.push(`${plural(sink.feedSummary.skipped, 'skipped entry', 'skipped entries')} of the feed listed in ${sink.skippedPath}`);
  }
  const { written } = sink;
  if (written.length > 0) {
    const plan = mde.planSubmission(sink.validCount, { profile });
    const range = written.length === 1 ? 'batch-0001.json' : `batch-0001.json … ${written.at(-1).split(/[\\/]/).pop()}`;
    lines.push(`wrote ${plural(written.length, 'import body', 'import bodies')} to ${dir} (${range}): ${plural(plan.import.calls, 'call')} to POST /api/indicators/import, at most ${plan.import.perMinute} a minute`);
    for (const issue of plan.errors) lines.push(colors.yellow(`note: ${count(sink.validCount)} indicators ${issue.message}`));
  } else {
    lines.push(`no valid indicators, so no import bodies written to ${dir}`);
  }
  if (sink.invalidCount > 0) {
    lines.push(`${plural(sink.invalidCount, 'invalid indicator')} listed in ${join(dir, 'invalid.json')}:`);
    for (const item of sink.shown) {
      const [issue] = item.errors;
      lines.push(`  ${itemPlace(item)}: ${fieldPath(issue.path, item.index)} ${colors.dim(issue.code)} ${issue.message}${item.errors.length > 1 ? ` (+${item.errors.length - 1} more)` : ''}`);
    }
    if (sink.invalidCount > sink.shown.length) lines.push(`  ... and ${count(sink.invalidCount - sink.shown.length)} more`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

// A reader that goes away (`| head`) ends the run quietly, with the status a SIGPIPE gives.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(141);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`mde-indicator: ${error.message} (see mde-indicator --help)\n`);
    } else if (error instanceof FileError) {
      process.stderr.write(`mde-indicator: ${error.message}\n`);
    } else {
      // A bug, not a user mistake: keep the stack for the report.
      process.stderr.write(`mde-indicator: internal error: ${error.stack ?? error}\n`);
    }
    process.exitCode = 2;
  },
);
