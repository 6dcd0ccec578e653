// The command line's vocabulary, shared by every command: its errors, parseArgs with one-line
// messages, and the names (profiles, input formats) and defaults that only the core knows.

import { parseArgs } from 'node:util';
import * as mde from '../../index.mjs';
import { lang, orList } from './lang.mjs';

export { orList };

/** A mistake in the command line: exit 2 with a hint to --help. */
export class UsageError extends Error {}
/** A file that cannot be read or written, or earlier output in the way: exit 2, no hint. */
export class FileError extends Error {}

const profiles = mde.profiles();
export const PROFILES = Object.keys(profiles);
export const DEFAULT_PROFILE = Object.values(profiles).find((p) => p.default).name;
export const IMPORT_LIMIT = profiles[DEFAULT_PROFILE].limits.importBatchSize;
/** Every input format, and those that hold indicators rather than a feed to map. */
export const INPUT_FORMATS = mde.formats().map((f) => f.name);
export const INDICATOR_FORMATS = mde.formats().filter((f) => !f.feed).map((f) => f.name);

/** parseArgs, with its messages cut to one line each. */
export function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
    switch (error.code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw new UsageError(lang.text.unknownOption(option));
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw new UsageError(error.message.includes('argument missing') ? lang.text.needsValue(option) : lang.text.takesNoValue(option));
      default:
        throw new UsageError(error.message.split('\n')[0]);
    }
  }
}

/** `value` when it is one of `allowed` (or undefined), else a usage error naming them; `name` a key of the words' `unknown`. */
export function oneOf(value, allowed, name) {
  if (value !== undefined && !allowed.includes(value)) throw new UsageError(lang.text.unknownValue(lang.text.unknown[name], value, orList(allowed)));
  return value;
}

/** The one input file of a command: a path, or - for stdin. */
export function oneInput(positionals) {
  if (positionals.length === 0) throw new UsageError(lang.text.missingInput);
  if (positionals.length > 1) throw new UsageError(lang.text.oneInput(positionals.length, positionals.join(' ')));
  return positionals[0];
}
