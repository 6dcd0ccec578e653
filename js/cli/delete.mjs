// `mde-indicator delete <ids-file|->`: BatchDelete of the ids, 500 a call.

import {
  CONNECTION_HELP, CONNECTION_OPTIONS, UsageError, clientFor, count, exitCode, interruptions, oneOf, parse, readInput, runCommand,
} from './service.mjs';
import { lang } from './lang.mjs';

export const HELP = `Usage: mde-indicator delete <ids-file|-> [options]

Deletes the indicators whose ids the file holds (POST /api/indicators/BatchDelete, 500 a call,
paced): one id a line (blank lines and # comments skipped), or a JSON array of ids or of
indicators with an "id" (the output of list --format json).

Options:
  --dry-run               delete nothing: say how many calls it takes
  --format <text|json>    text (default), or the delete report as JSON
${CONNECTION_HELP}
`;

/** Ids from text: a JSON array (of ids or of objects with an id), or one id a line. */
export function readIds(text) {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let parsed;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new UsageError(`the ids file is not a JSON array: ${error.message}`);
    }
    return parsed.map((entry, i) => {
      const id = typeof entry === 'object' && entry !== null ? entry.id : entry;
      if (!((typeof id === 'string' && id.trim() !== '') || Number.isSafeInteger(id))) throw new UsageError(`entry ${i} of the ids file has no id`);
      return String(id);
    });
  }
  return trimmed.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter((line) => line !== '');
}

export default function deleteCommand(argv, { stdin, stdout, stderr, env }) {
  return runCommand(async () => {
    const { values, positionals } = parse(argv, { ...CONNECTION_OPTIONS, 'dry-run': { type: 'boolean' }, format: { type: 'string' } });
    if (values.help) {
      stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the ids file (a path, or - for stdin)' : `expected one ids file, got ${positionals.length}`);
    const format = oneOf(values.format, ['text', 'json'], 'format') ?? 'text';
    const dryRun = values['dry-run'] === true;
    const client = await clientFor(values, env, { needsToken: !dryRun });
    const ids = readIds(new TextDecoder().decode((await readInput(positionals[0], stdin)).bytes));
    const stop = interruptions(stderr);
    let report;
    try {
      report = await client.delete(ids, { dryRun, signal: stop.signal });
    } finally {
      stop.dispose();
    }
    if (format === 'json') {
      stdout.write(`${JSON.stringify(report)}\n`);
    } else {
      const lines = report.items.filter((i) => i.status === 'failed').map((i) => `${i.id}: failed: ${i.errors.map((e) => e.message).join('; ')}`);
      const s = report.summary;
      lines.push(report.dryRun ? lang.text.deleteDry(count, { total: s.total, calls: report.dryRun.calls }) : lang.text.deleted(count, s));
      stdout.write(`${lines.join('\n')}\n`);
    }
    return exitCode(report, stderr);
  }, stderr);
}
