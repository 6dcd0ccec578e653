// `mde-indicator build <file|-> --out <dir>`: the import bodies of the valid indicators.

import { commandHelp } from './help.mjs';
import { performance } from 'node:perf_hooks';
import * as mde from '../../index.mjs';
import { IMPORT_LIMIT, UsageError, oneInput, parse } from './args.mjs';
import { openInput, validateInput } from './input.mjs';
import { bodyWriter, buildSummary, prepareOutDir } from './output.mjs';
import { lang } from './lang.mjs';
import { count, describeInputIssue, progressBar } from './report.mjs';
import { COMMON_OPTIONS, exitCode, reportInputIssues, validatorOptions } from './validate.mjs';

/** Input-level limits of a single submission, which `build` meets by splitting. */
const SPLIT_BY_BUILD = new Set(['import_batch_too_large', 'too_many_rows']);

export default async function build(argv, { stdin, stdout, stderr, env }) {
  const options = {
    ...COMMON_OPTIONS, out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, 'batch-size': { type: 'string' }, 'no-dedupe': { type: 'boolean' },
  };
  const { values, positionals } = parse(argv, options);
  if (values.help) {
    stdout.write(commandHelp('build'));
    return 0;
  }
  const file = oneInput(positionals);
  if (values.out === undefined) throw new UsageError(lang.text.missingOut);
  const batchSize = Number(values['batch-size'] ?? IMPORT_LIMIT);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > IMPORT_LIMIT) {
    throw new UsageError(lang.text.batchSize(count(IMPORT_LIMIT)));
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
      stderr.write(`mde-indicator: ${lang.text.nothingWritten(count, values.out, summary.total, summary.invalid)}\n`);
      return 2;
    }
    sink.end();
    for (const issue of notes) stderr.write(`mde-indicator: ${lang.text.note}: ${describeInputIssue(input.name, issue)}${lang.text.splitNote(count, batchSize)}\n`);
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
