// `mde-indicator list`: the tenant's indicators, paged by $top/$skip.

import { commandHelp } from './help.mjs';
import { lang } from './lang.mjs';
import { CONNECTION_OPTIONS, EXIT, UsageError, clientFor, count, oneOf, parse, runCommand } from './service.mjs';

export default function list(argv, { stdout, stderr, env }) {
  return runCommand(async () => {
    const { values, positionals } = parse(argv, { ...CONNECTION_OPTIONS, filter: { type: 'string' }, top: { type: 'string' }, format: { type: 'string' } });
    if (values.help) {
      stdout.write(commandHelp('list'));
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(lang.text.takesNoFile('list', positionals.join(' ')));
    const format = oneOf(values.format, ['text', 'json', 'ndjson'], 'format') ?? 'text';
    const top = values.top === undefined ? undefined : Number(values.top);
    if (top !== undefined && (!Number.isSafeInteger(top) || top < 1)) throw new UsageError(lang.text.top);
    const client = await clientFor(values, env);
    const found = await client.list({ filter: values.filter, top });
    if (format === 'json') stdout.write(`${JSON.stringify(found)}\n`);
    else if (format === 'ndjson') stdout.write(found.map((i) => `${JSON.stringify(i)}\n`).join(''));
    else {
      const cell = (v) => (v === undefined || v === null ? '-' : String(v).replace(/[\t\n]/g, ' '));
      stdout.write(found.map((i) => `${[i.id, i.indicatorType, i.indicatorValue, i.action, i.expirationTime, i.externalId].map(cell).join('\t')}\n`).join(''));
      stderr.write(`${lang.text.indicators(found.length, count)}\n`);
    }
    return EXIT.ok;
  }, stderr);
}
