// `mde-indicator schema`: prints the JSON Schema of an indicator body (toJsonSchema).
import * as mde from '../../index.mjs';
import { PROFILE_HELP, UsageError, parse } from './args.mjs';
import { lang } from './lang.mjs';

export const HELP = `Usage: mde-indicator schema [options]

Prints the JSON Schema of an indicator body: every field with its type, enum and value format,
the required fields and the cross-field rules. It accepts every body that validate accepts; its
x-mde-not-expressed (and $comment) lists what validate checks beyond it.

Options:
${PROFILE_HELP}
  --target <t>            draft-2020-12 (default), draft-07 or openapi-3.0
  --io <input|output>     input (default): the bodies validate accepts;
                          output: the canonical payload it returns
  --allow-undocumented    let the undocumented fields (bypassDurationHours ...) through
  -h, --help              show this help

Exit codes: 0 printed, 2 a usage error.

Examples:
  mde-indicator schema > indicator.schema.json
  mde-indicator schema --profile 2022 --target openapi-3.0 --io output
`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  profile: { type: 'string' },
  target: { type: 'string' },
  io: { type: 'string' },
  'allow-undocumented': { type: 'boolean' },
};

/** Runs the command on `argv` (after `schema`); answers the exit code. */
export default function schema(argv, { stdout }) {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) {
    stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(lang.text.takesNoFile('schema', positionals.join(' ')));
  const options = { profile: values.profile, target: values.target, io: values.io, allowUndocumented: values['allow-undocumented'] === true };
  let json;
  try {
    // The core names the known profiles, targets and io values when one is unknown.
    json = mde.toJsonSchema(options);
  } catch (error) {
    throw new UsageError(error.message);
  }
  stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}
