// The command line: which command runs, and how its end becomes an exit code and a message.
// Each command is a module of js/cli/ whose default export is
// `(argv, { stdin, stdout, stderr, env }) → exit code`, loaded only when used.
//
// Exit codes: 0 every item valid (or sent), 1 some invalid (or failed), 2 unusable input or a
// usage error, 3 sign-in, permission or service failed, 130 stopped by Ctrl-C.

import { createRequire } from 'node:module';
import * as mde from '../../index.mjs';
import { FileError, UsageError, orList } from './args.mjs';
import { chooseLanguage, lang } from './lang.mjs';

const { version } = createRequire(import.meta.url)('../../package.json');

/** The commands, in the order of the help, with their usage line (the words are lang.mjs's). */
const COMMANDS = {
  validate: '<file|-> [options]',
  build: '<file|-> --out <dir> [options]',
  schema: '[--profile <p>] [--target <t>]',
  submit: '<file|-> [options]',
  list: '[options]',
  delete: '<ids-file|-> [options]',
  sync: '<file|-> --owner <name> [options]',
};
const NAMES = orList(Object.keys(COMMANDS));

const usageLine = (command, args, what) => `  ${`mde-indicator ${command} ${args}`.padEnd(55)}${what}`;

/** The main help, in the run's language. */
function help() {
  const words = lang.text;
  const extensions = mde.formats().flatMap((f) => f.extensions).join(', ');
  return `mde-indicator ${version}: ${words.title}

${words.usage}:
${Object.entries(COMMANDS).map(([command, args]) => usageLine(command, args, words.commands[command])).join('\n')}
${usageLine('<command>', '--help', words.commands.help)}

${words.input.replace('EXTENSIONS', extensions)}

${words.options}:
  -h, --help       ${words.showHelp}
  -v, --version    ${words.showVersion}
  --lang <tag>     ${words.lang(mde.LOCALES.join(', '))}

${words.exit}

${words.examples}:
  mde-indicator validate iocs.csv
  mde-indicator validate feed.ndjson --profile 2022 --format json > report.json
  curl -s https://example.com/feed.ndjson | mde-indicator validate -
  mde-indicator build feed.ndjson --out bodies/
  mde-indicator validate iocs.csv --lang fr
`;
}

/** Runs the command line `argv` (without node and the script); answers the exit code. */
export async function main(argv, io) {
  const [command, ...rest] = chooseLanguage(argv, io.env);
  if (command === '-h' || command === '--help') {
    io.stdout.write(help());
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
  if (error instanceof UsageError) return { message: `${error.message} (${lang.text.seeHelp})`, code: 2 };
  if (error instanceof FileError) return { message: error.message, code: 2 };
  // A bug, not a user mistake: keep the stack for the report.
  return { message: `internal error: ${error?.stack ?? error}`, code: 2 };
}
