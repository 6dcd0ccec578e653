// `mde-indicator build <file|-> --out <dir>`: the import bodies of the valid indicators.

import { performance } from 'node:perf_hooks';
import * as mde from '../../index.mjs';
import { IMPORT_LIMIT, UsageError, oneInput, parse } from './args.mjs';
import { openInput, validateInput } from './input.mjs';
import { bodyWriter, buildSummary, prepareOutDir } from './output.mjs';
import { describeInputIssue, progressBar } from './report.mjs';
import { COMMON_HELP, COMMON_OPTIONS, exitCode, reportInputIssues, validatorOptions } from './validate.mjs';

export const HELP = `Usage: mde-indicator build <file|-> --out <dir> [options]

Writes the valid indicators as bodies for POST /api/indicators/import: <dir>/batch-0001.json,
batch-0002.json ..., each {"Indicators": [...]} with at most ${IMPORT_LIMIT} indicators, one per line. The
invalid ones go to <dir>/invalid.json (index, line, errors, warnings, input), and a summary to
stderr. NDJSON is streamed: a body is written as soon as it is full. An input too big for one
submission (an import body over ${IMPORT_LIMIT}, a CSV over ${IMPORT_LIMIT} rows) is split the same way.

Options:
  -o, --out <dir>         where to write (created if missing)
  -f, --force             replace batch-*.json and invalid.json already in <dir>
  --no-dedupe             keep every copy of a duplicate indicator (by default only the first
                          of each type and value goes into the bodies, as the service keeps one)
  --batch-size <n>        indicators per body, 1 to ${IMPORT_LIMIT} (default ${IMPORT_LIMIT})
${COMMON_HELP}

Exit codes: 0 all valid, 1 some invalid (the valid ones are still written), 2 unusable input or
a usage error (nothing is written).

Examples:
  mde-indicator build feed.ndjson --out bodies/
  mde-indicator build iocs.csv -o bodies/ --force --batch-size 100
`;

/** Input-level limits of a single submission, which `build` meets by splitting. */
const SPLIT_BY_BUILD = new Set(['import_batch_too_large', 'too_many_rows']);

export default async function build(argv, { stdin, stdout, stderr, env }) {
  const options = {
    ...COMMON_OPTIONS, out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, 'batch-size': { type: 'string' }, 'no-dedupe': { type: 'boolean' },
  };
  const { values, positionals } = parse(argv, options);
  if (values.help) {
    stdout.write(HELP);
    return 0;
  }
  const file = oneInput(positionals);
  if (values.out === undefined) throw new UsageError('missing --out <dir>, where the import bodies go');
  const batchSize = Number(values['batch-size'] ?? IMPORT_LIMIT);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > IMPORT_LIMIT) {
    throw new UsageError(`--batch-size must be a whole number from 1 to ${IMPORT_LIMIT} (the import API's maximum)`);
  }
  const { options: validation, inputFormat, feed } = validatorOptions(values, true);
  validation.includeInputs = true;
  const input = await openInput(file, stdin);
  await prepareOutDir(values.out, values.force === true);
  const progress = progressBar(stderr, input.size);
  const sink = bodyWriter(values.out, batchSize, { dedupe: values['no-dedupe'] !== true });

  const started = performance.now();
  const validator = mde.createBatchValidator(validation);
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
      reportInputIssues(stderr, input, errors);
      stderr.write(`mde-indicator: nothing written to ${values.out} (${summary.total} items read, ${summary.invalid} of them invalid, before the input was refused)\n`);
      return 2;
    }
    sink.end();
    for (const issue of notes) stderr.write(`mde-indicator: note: ${describeInputIssue(input.name, issue)}; split into bodies of at most ${batchSize}\n`);
    const seconds = (performance.now() - started) / 1000;
    stderr.write(buildSummary({ name: input.name, dir: values.out, summary, seconds, sink, profile: validation.profile, stream: stderr, env }));
    return exitCode(summary, errors);
  } catch (error) {
    await sink.discard();
    throw error;
  } finally {
    validator.free();
  }
}
