// The command line: which command runs, and how its end becomes an exit code and a message.
// Each command is a module of js/cli/ whose default export is
// `(argv, { stdin, stdout, stderr, env }) → exit code`, loaded only when used.
//
// Exit codes: 0 every item valid (or sent), 1 some invalid (or failed), 2 unusable input or a
// usage error, 3 sign-in, permission or service failed, 130 stopped by Ctrl-C.

import { createRequire } from 'node:module';
import { FileError, UsageError, orList } from './args.mjs';

const { version } = createRequire(import.meta.url)('../../package.json');

/** The commands, in the order of the help, with their usage line. */
const COMMANDS = {
  validate: ['<file|-> [options]', 'report every problem in every indicator'],
  build: ['<file|-> --out <dir> [options]', 'write import bodies of the valid ones'],
  schema: ['[--profile <p>] [--target <t>]', 'print the JSON Schema of a body'],
  submit: ['<file|-> [options]', 'send the valid ones to the service'],
  list: ['[options]', "print the tenant's indicators"],
  delete: ['<ids-file|-> [options]', 'delete indicators by id'],
  sync: ['<file|-> --owner <name> [options]', "make one owner's indicators equal to a file"],
};
const NAMES = orList(Object.keys(COMMANDS));

const usageLine = (command, args, what) => `  ${`mde-indicator ${command} ${args}`.padEnd(55)}${what}`;

const HELP = `mde-indicator ${version}: check Microsoft Defender for Endpoint indicators before the API answers 400

Usage:
${Object.entries(COMMANDS).map(([command, [args, what]]) => usageLine(command, args, what)).join('\n')}
${usageLine('<command>', '--help', 'options and examples of a command')}

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

/** Runs the command line `argv` (without node and the script); answers the exit code. */
export async function main(argv, io) {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (command === undefined) throw new UsageError(`missing a command: ${NAMES}`);
  if (command.startsWith('-')) throw new UsageError(`unknown option ${command}; a command comes first: ${NAMES}`);
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command "${command}"; use ${NAMES}`);
  const { default: run } = await import(`./${command}.mjs`);
  return run(rest, io);
}

/** The message and exit code of a command that threw. */
export function failure(error) {
  if (error instanceof UsageError) return { message: `${error.message} (see mde-indicator --help)`, code: 2 };
  if (error instanceof FileError) return { message: error.message, code: 2 };
  // A bug, not a user mistake: keep the stack for the report.
  return { message: `internal error: ${error?.stack ?? error}`, code: 2 };
}
