// `mde-indicator validate <file|->`: every problem of every indicator, as text or as the JSON
// report. Also the options that `validate` and `build` share.

import { performance } from 'node:perf_hooks';
import * as mde from '../../index.mjs';
import { INPUT_FORMATS, PROFILE_HELP, PROFILES, UsageError, inputFormatHelp, oneInput, oneOf, parse } from './args.mjs';
import { FEED_HELP, FEED_OPTIONS, FeedOptionError, feedOptionsFrom } from './feeds.mjs';
import { openInput, validateInput } from './input.mjs';
import { hintFor } from './hints.mjs';
import { localeOption } from './lang.mjs';
import { bufferedWriter, colorsFor, describeInputIssue, jsonReport, progressBar, textReport } from './report.mjs';

export const COMMON_HELP = `${PROFILE_HELP}
  --now <date-time>       the time to judge expirationTime by, e.g. 2026-01-01T00:00:00Z
                          (default: the clock); makes runs reproducible
  --allow-undocumented    pass undocumented fields (bypassDurationHours ...) with a warning
${inputFormatHelp(INPUT_FORMATS)}
  -h, --help              show this help

${FEED_HELP}`;

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  profile: { type: 'string' },
  now: { type: 'string' },
  'allow-undocumented': { type: 'boolean' },
  'input-format': { type: 'string' },
  ...FEED_OPTIONS,
};

export const HELP = `Usage: mde-indicator validate <file|-> [options]

Validates every indicator and prints each failed one with its line (a CSV file: its row and the
template's column), the field, the issue code, a message and the value it is about; then a
summary with the count of each code, on stderr when stdout is not a terminal. Colour only on a
terminal, never with NO_COLOR.

Options:
  --format <text|json>    text (default) for people; json for programs: the validateBatch()
                          report {items, errors, summary} without payloads, written as it goes
  -w, --warnings          also list the warnings of valid indicators
${COMMON_HELP}

Exit codes: 0 all valid, 1 some invalid, 2 unusable input or a usage error.

Examples:
  mde-indicator validate iocs.csv
  mde-indicator validate feed.ndjson --now 2026-01-01T00:00:00Z
  mde-indicator validate body.json --profile 2022 --format json | jq '.summary'
  cat feed.ndjson | mde-indicator validate - --input-format ndjson
`;

/** The validator's, the input's and the feed's options, checked before any file is touched. */
export function validatorOptions(values, includePayloads) {
  const profile = oneOf(values.profile, PROFILES, 'profile');
  const inputFormat = oneOf(values['input-format'], INPUT_FORMATS, 'input format');
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
    if (hint) stderr.write(`mde-indicator: hint: ${hint}\n`);
  }
}

/** 2 for unusable input, 1 when some item is invalid, else 0. */
export const exitCode = (summary, errors) => (errors.length > 0 ? 2 : summary.invalid > 0 ? 1 : 0);

export default async function validate(argv, { stdin, stdout, stderr, env }) {
  const { values, positionals } = parse(argv, { ...COMMON_OPTIONS, format: { type: 'string' }, warnings: { type: 'boolean', short: 'w' } });
  if (values.help) {
    stdout.write(HELP);
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
