// `mde-indicator validate <file|->`: every problem of every indicator, as text or as the JSON
// report. Also the options that `validate` and `build` share.

import { commandHelp } from './help.mjs';
import { performance } from 'node:perf_hooks';
import * as mde from '../../index.mjs';
import { INPUT_FORMATS, PROFILES, UsageError, oneInput, oneOf, parse } from './args.mjs';
import { FEED_OPTIONS, FeedOptionError, feedOptionsFrom } from './feeds.mjs';
import { openInput, validateInput } from './input.mjs';
import { hintFor } from './hints.mjs';
import { lang, localeOption } from './lang.mjs';
import { bufferedWriter, colorsFor, describeInputIssue, jsonReport, progressBar, textReport } from './report.mjs';

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  profile: { type: 'string' },
  now: { type: 'string' },
  'allow-undocumented': { type: 'boolean' },
  'input-format': { type: 'string' },
  ...FEED_OPTIONS,
};

/** The validator's, the input's and the feed's options, checked before any file is touched. */
export function validatorOptions(values, includePayloads) {
  const profile = oneOf(values.profile, PROFILES, 'profile');
  const inputFormat = oneOf(values['input-format'], INPUT_FORMATS, 'inputFormat');
  let feed;
  try {
    feed = feedOptionsFrom(values);
  } catch (error) {
    if (error instanceof FeedOptionError) throw new UsageError(error.message);
    throw error;
  }
  const options = { profile, now: values.now, allowUndocumented: values['allow-undocumented'] === true, includePayloads, ...localeOption() };
  // The core checks --now strictly; try it once here so that a bad value is a usage error.
  try {
    mde.createBatchValidator(options).free();
  } catch (error) {
    throw new UsageError(`--now "${values.now}": ${error.message}`);
  }
  return { options, inputFormat, feed: { profile, now: values.now, ...feed, ...localeOption() } };
}

/** The problems of the input as a whole on stderr, each with a hint where one fits. */
export function reportInputIssues(stderr, input, issues, prefix = '') {
  for (const issue of issues) {
    stderr.write(`mde-indicator: ${prefix}${describeInputIssue(input.name, issue)}\n`);
    const hint = hintFor(issue, input.head);
    if (hint) stderr.write(`mde-indicator: ${lang.text.hint}: ${hint}\n`);
  }
}

/** 2 for unusable input, 1 when some item is invalid, else 0. */
export const exitCode = (summary, errors) => (errors.length > 0 ? 2 : summary.invalid > 0 ? 1 : 0);

export default async function validate(argv, { stdin, stdout, stderr, env }) {
  const { values, positionals } = parse(argv, { ...COMMON_OPTIONS, format: { type: 'string' }, warnings: { type: 'boolean', short: 'w' } });
  if (values.help) {
    stdout.write(commandHelp('validate'));
    return 0;
  }
  const file = oneInput(positionals);
  const format = oneOf(values.format, ['text', 'json'], 'format') ?? 'text';
  const { options, inputFormat, feed } = validatorOptions(values, false);
  // The text report shows the value each issue is about; the JSON one is validateBatch()'s.
  options.includeInputs = format === 'text';
  const input = await openInput(file, stdin);
  const progress = progressBar(stderr, input.size);
  // The bar shares the terminal with the report when both go to it: clear it before writing.
  const out = bufferedWriter(stdout, stdout.isTTY ? progress.clear : () => {});
  const sink = format === 'json'
    ? jsonReport(out)
    : textReport(out, { name: input.name, listWarnings: values.warnings === true, colors: colorsFor(stdout, env), summaryOut: stdout.isTTY ? stdout : stderr });

  const started = performance.now();
  const validator = mde.createBatchValidator(options);
  try {
    const errors = await validateInput(input, validator, { inputFormat, feed, sink, progress });
    progress.clear();
    const summary = validator.summary();
    await sink.end(summary, errors, (performance.now() - started) / 1000);
    reportInputIssues(stderr, input, errors);
    return exitCode(summary, errors);
  } finally {
    validator.free();
  }
}
