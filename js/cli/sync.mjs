// `mde-indicator sync <file> --owner <name>`: makes the tenant's indicators of one owner equal
// to the file: adds, updates, deletes; leaves every other indicator alone.

import {
  CONNECTION_HELP, INDICATOR_FORMATS, PROFILE_HELP, SUBMIT_OPTIONS, inputFormatHelp, oneInput, UsageError, clientFor, count, exitCode, itemLines, oneOf, parse,
  readInput, runCommand, withProgress,
} from './service.mjs';
import { lang } from './lang.mjs';

export const HELP = `Usage: mde-indicator sync <file|-> --owner <name> [options]

Makes the indicators that belong to <name> equal to the file. An indicator belongs to <name>
when its externalId starts with "<name>:"; sync writes each indicator's externalId that way
(keeping what follows the prefix). It adds what is missing, updates what changed, deletes the
owner's indicators that are not in the file, and never touches an indicator of another owner:
an item whose type and value another owner already has is not sent. Nothing is deleted while
any item is invalid. Before any change it refuses when the result would pass the tenant's
active-indicator limit.

Options:
  --owner <name>          letters, digits, ".", "_" or "-" (required)
  --dry-run               list the tenant, then print the plan without changing anything
  --mode <import|single>  how to send additions and updates (default import)
  --format <text|json>    text (default), or the sync report as JSON
${PROFILE_HELP}
  --now <date-time>       the time to judge expirationTime by
  --allow-undocumented    pass undocumented fields with a warning
${inputFormatHelp(INDICATOR_FORMATS)}
${CONNECTION_HELP}

Examples:
  mde-indicator sync feodo.ndjson --owner feodo --dry-run
  mde-indicator sync feodo.ndjson --owner feodo --format json > sync.json
`;

function textReport(name, report) {
  const lines = itemLines(report.items);
  for (const item of report.deletions.items) {
    if (item.status === 'failed') lines.push(`delete ${item.id} (${item.indicatorType} ${item.indicatorValue}): failed: ${item.errors.map((e) => e.message).join('; ')}`);
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
      stdout.write(HELP);
      return 0;
    }
    const file = oneInput(positionals);
    if (values.owner === undefined) throw new UsageError('missing --owner <name>: whose indicators to sync');
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
