// `mde-indicator schema`: prints the JSON Schema of an indicator body (toJsonSchema).
import { commandHelp } from './help.mjs';
import * as mde from '../../index.mjs';
import { UsageError, parse } from './args.mjs';
import { lang } from './lang.mjs';

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
    stdout.write(commandHelp('schema'));
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
