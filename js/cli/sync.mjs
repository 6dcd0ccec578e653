// `mde-indicator sync <file> --owner <name>`: makes the tenant's indicators of one owner equal
// to the file: adds, updates, deletes; leaves every other indicator alone.

import { commandHelp } from './help.mjs';
import {
  SUBMIT_OPTIONS, oneInput, UsageError, clientFor, count, exitCode, itemLines, oneOf, parse,
  readInput, runCommand, withProgress,
} from './service.mjs';
import { lang } from './lang.mjs';

function textReport(name, report) {
  const lines = itemLines(report.items);
  for (const item of report.deletions.items) {
    if (item.status === 'failed') lines.push(`${lang.text.deleteFailed(item.id, `${item.indicatorType} ${item.indicatorValue}`)}: ${item.errors.map((e) => e.message).join('; ')}`);
  }
  const { total, invalid, added, updated, unchanged, failed, notSent } = report.summary;
  const d = report.deletions.summary;
  if (report.dryRun) {
    const adds = report.items.filter((i) => i.action === 'add').length;
    const updates = report.items.filter((i) => i.action === 'update').length;
    lines.push(`${name}: ${lang.text.syncDry(count, { adds, updates, deletes: d.total, unchanged, invalid, others: notSent - adds - updates })}`);
  } else {
    const done = { total, added, updated, unchanged, failed, invalid, notSent, deleted: d.deleted + d.missing, deleteFailed: d.failed };
    lines.push(`${name}: ${lang.text.synced(count, done)}`);
  }
  return `${lines.join('\n')}\n`;
}

export default function sync(argv, { stdin, stdout, stderr, env }) {
  return runCommand(async () => {
    const { values, positionals } = parse(argv, { ...SUBMIT_OPTIONS, owner: { type: 'string' } });
    if (values.help) {
      stdout.write(commandHelp('sync'));
      return 0;
    }
    const file = oneInput(positionals);
    if (values.owner === undefined) throw new UsageError(lang.text.missingOwner);
    const format = oneOf(values.format, ['text', 'json'], 'format') ?? 'text';
    const mode = oneOf(values.mode, ['import', 'single'], 'mode') ?? 'import';
    const client = await clientFor(values, env, { profile: values.profile });
    const input = await readInput(file, stdin, values['input-format']);
    const report = await withProgress(stderr, (run) => client.sync(input.bytes, {
      owner: values.owner, mode, dryRun: values['dry-run'] === true, format: input.format, now: values.now, ...run,
    }));
    for (const warning of report.warnings) stderr.write(`mde-indicator: ${warning.code}: ${warning.message}\n`);
    stdout.write(format === 'json' ? `${JSON.stringify(report)}\n` : textReport(file === '-' ? 'stdin' : file, report));
    return exitCode(report, stderr);
  }, stderr);
}
