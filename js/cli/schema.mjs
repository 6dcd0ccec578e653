// `mde-indicator schema`: prints the JSON Schema of an indicator body (toJsonSchema).
import { parseArgs } from 'node:util';

export const SCHEMA_HELP = `Usage: mde-indicator schema [options]

Prints the JSON Schema of an indicator body: every field with its type, enum and value format,
the required fields and the cross-field rules. It accepts every body that validate accepts; its
x-mde-not-expressed (and $comment) lists what validate checks beyond it.

Options:
  --profile <name>        API revision: 2020, 2021, 2022, current (default current)
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

/** Runs the command on `args` (after `schema`); answers the exit code. */
export function runSchema(args, { mde, stdout, stderr }) {
  const fail = (message) => {
    stderr.write(`mde-indicator: ${message} (see mde-indicator schema --help)\n`);
    return 2;
  };
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true }));
  } catch (error) {
    return fail(error.message.split('\n')[0]);
  }
  if (values.help) {
    stdout.write(SCHEMA_HELP);
    return 0;
  }
  const options = { profile: values.profile, target: values.target, io: values.io, allowUndocumented: values['allow-undocumented'] === true };
  let schema;
  try {
    // The core names the known profiles, targets and io values when one is unknown.
    schema = mde.toJsonSchema(options);
  } catch (error) {
    return fail(error.message);
  }
  stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
