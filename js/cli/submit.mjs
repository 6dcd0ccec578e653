// `mde-indicator submit <file|->`: validates, then sends the valid indicators (import bodies of
// up to 500, or one POST each with --mode single), paced and retried; prints the SubmitReport.

import {
  CONNECTION_HELP, INDICATOR_FORMATS, PROFILE_HELP, SUBMIT_OPTIONS, inputFormatHelp, oneInput, clientFor, count, exitCode, itemLines, oneOf, parse,
  readInput, runCommand, withProgress,
} from './service.mjs';
import { lang } from './lang.mjs';

export const HELP = `Usage: mde-indicator submit <file|-> [options]

Validates every indicator, then sends the valid ones to the service: import bodies of up to 500
(POST /api/indicators/import), or one POST /api/indicators each with --mode single, at the pace
of the documented rate limits, waiting out 429s and retrying 5xx and network errors. Invalid
indicators are never sent. Prints each invalid or failed indicator and a summary, or the whole
report with --format json. A progress line shows on a terminal. Ctrl-C stops after the call in
flight and still prints the report.

Options:
  --dry-run               send nothing: say what would be sent, in how many calls, how long
  --mode <import|single>  import bodies (default) or one call per indicator
  --format <text|json>    text (default), or the SubmitReport as JSON
${PROFILE_HELP}
  --now <date-time>       the time to judge expirationTime by (default: the clock)
  --allow-undocumented    pass undocumented fields with a warning
${inputFormatHelp(INDICATOR_FORMATS)}
${CONNECTION_HELP}

Examples:
  MDE_TOKEN=... mde-indicator submit feed.ndjson
  mde-indicator submit iocs.csv --dry-run
  mde-indicator submit feed.ndjson --region eu --format json > report.json
`;

/** The text report: the items with problems, then one summary line. */
function textReport(name, report) {
  const lines = itemLines(report.items);
  const { total, invalid, succeeded, failed, notSent } = report.summary;
  if (report.dryRun) {
    const { mode, items, calls, seconds } = report.dryRun;
    const route = mode === 'import' ? 'POST /api/indicators/import' : 'POST /api/indicators';
    lines.push(`${name}: ${lang.text.submitDry(count, { items, total, calls, route, seconds: Math.ceil(seconds), invalid })}`);
  } else {
    lines.push(`${name}: ${lang.text.submitted(count, { total, succeeded, failed, invalid, notSent })}`);
  }
  return `${lines.join('\n')}\n`;
}

export default function submit(argv, { stdin, stdout, stderr, env }) {
  return runCommand(async () => {
    const { values, positionals } = parse(argv, SUBMIT_OPTIONS);
    if (values.help) {
      stdout.write(HELP);
      return 0;
    }
    const file = oneInput(positionals);
    const format = oneOf(values.format, ['text', 'json'], 'format') ?? 'text';
    const mode = oneOf(values.mode, ['import', 'single'], 'mode') ?? 'import';
    const dryRun = values['dry-run'] === true;
    const client = await clientFor(values, env, { needsToken: !dryRun, profile: values.profile });
    const input = await readInput(file, stdin, values['input-format']);
    const report = await withProgress(stderr, (run) => client.submit(input.bytes, { mode, dryRun, format: input.format, now: values.now, ...run }));
    stdout.write(format === 'json' ? `${JSON.stringify(report)}\n` : textReport(file === '-' ? 'stdin' : file, report));
    return exitCode(report, stderr);
  }, stderr);
}
