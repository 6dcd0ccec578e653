// Reading the input of a command: a file or stdin, its format (the core's detectFormat), and
// for `validate` and `build` the chunks that go to one batch validator.
//
// NDJSON is streamed: the file is read in chunks of CHUNK_BYTES, each cut after its last line
// end, and the complete lines go to the validator as bytes (no JS string), so memory is bounded
// by a chunk and not by the file. JSON arrays, CSV and feeds are read whole (the portal takes
// at most 500 CSV rows anyway).

import { open, readFile } from 'node:fs/promises';
import * as mde from '../../index.mjs';
import { FileError, INDICATOR_FORMATS, UsageError, oneOf, orList } from './args.mjs';
import { readWhole, validateFeed } from './feeds.mjs';

/** Bytes read per chunk: large enough that a call into wasm carries thousands of lines. */
const CHUNK_BYTES = 1 << 18;
/** The start of an input kept for the hints on a refused input. */
const HEAD_BYTES = 1 << 16;

const FEEDS = new Set(mde.formats().filter((f) => f.feed).map((f) => f.name));
const STREAMED = new Set(mde.formats().filter((f) => f.streamed).map((f) => f.name));

/** Why a file operation failed, in a few words. */
export function fsReason(error) {
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

/** The input as { name, fileName, size, read(buffer, offset) → bytes read (0 at the end), close() }. */
export async function openInput(file, stdin) {
  if (file === '-') return { name: 'stdin', fileName: '', size: undefined, read: streamReader(stdin), close: async () => {} };
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
    fileName: file,
    size: stats.size,
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
      pending = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
    const copied = pending.copy(buffer, offset);
    pending = pending.subarray(copied);
    return copied;
  };
}

const isSpace = (byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
const hasBom = (bytes) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Whether the bytes hold anything but a BOM and white space. */
function hasContent(bytes) {
  for (let i = hasBom(bytes) ? 3 : 0; i < bytes.length; i++) if (!isSpace(bytes[i])) return true;
  return false;
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
    if (ended && !hasContent(head)) return;
    const format = forcedFormat ?? mde.detectFormat(head, { fileName: input.fileName });
    if (!STREAMED.has(format)) {
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
export async function validateInput(input, validator, { inputFormat, feed, sink, progress }) {
  let items = 0;
  for await (const piece of pieces(input, inputFormat)) {
    if (piece.start === 0) {
      sink.format(piece.format);
      // What hints.mjs looks at when the input as a whole is refused.
      input.head = Buffer.from(piece.bytes.subarray(0, HEAD_BYTES));
    }
    if (FEEDS.has(piece.format)) {
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

/**
 * The whole input (stdin for `-`) as bytes with its format, for the commands that hand it to
 * the client at once. A feed is refused here: it is mapped to indicators by `build` first.
 */
export async function readInput(file, stdin, forced) {
  oneOf(forced, INDICATOR_FORMATS, 'input format');
  let bytes;
  if (file === '-') {
    const parts = [];
    for await (const part of stdin) parts.push(typeof part === 'string' ? Buffer.from(part) : part);
    bytes = Buffer.concat(parts);
  } else {
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new FileError(`cannot read ${file}: ${fsReason(error)}`);
    }
  }
  const format = forced ?? mde.detectFormat(bytes.subarray(0, 65_536), { fileName: file === '-' ? '' : file });
  if (FEEDS.has(format)) {
    throw new UsageError(`${file === '-' ? 'stdin' : file} holds a ${format} feed; this command takes indicators (${orList(INDICATOR_FORMATS)}): map the feed with \`mde-indicator build\` first`);
  }
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), format };
}
