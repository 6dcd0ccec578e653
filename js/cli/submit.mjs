// `mde-indicator submit <file|->`: validates, then sends the valid indicators (import bodies of
// up to 500, or one POST each with --mode single), paced and retried; prints the SubmitReport.

import { commandHelp } from './help.mjs';
import {
  SUBMIT_OPTIONS, oneInput, clientFor, count, exitCode, itemLines, oneOf, parse,
  readInput, runCommand, withProgress,
} from './service.mjs';
import { lang } from './lang.mjs';

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
      stdout.write(commandHelp('submit'));
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
