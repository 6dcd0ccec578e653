// The help of each command, in the run's language. The words are here, by locale; the names
// (options, commands, files, codes, the API's fields and values) stay as they are, and the
// lists and limits come from the core (profiles, input formats, clouds, the import limit).

import { CLOUDS, REGIONS } from '../../client/index.mjs';
import { DEFAULT_PROFILE, IMPORT_LIMIT, INDICATOR_FORMATS, INPUT_FORMATS, PROFILES } from './args.mjs';
import { lang, orList } from './lang.mjs';

/** The help's words, by locale; a line break in an option's text continues it in the column. */
const WORDS = {
  en: {
    usage: 'Usage', options: 'Options', examples: 'Examples', exitCodes: 'Exit codes', help: 'show this help',
    profile: (names, fallback) => `API revision: ${names} (default ${fallback})`,
    inputFormat: (names) => `${names}, instead of guessing from the content`,
    now: `the time to judge expirationTime by, e.g. 2026-01-01T00:00:00Z
(default: the clock); makes runs reproducible`,
    nowShort: 'the time to judge expirationTime by (default: the clock)',
    undocumented: 'pass undocumented fields (bypassDurationHours ...) with a warning',
    undocumentedShort: 'pass undocumented fields with a warning',
    feeds: 'Feeds (STIX 2.1 bundles, TAXII envelopes, MISP events and REST answers; detected from the\ncontent, or --input-format stix|misp):',
    feed: {
      action: 'the action of every indicator, or per kind: files=Block,network=Warn,\ncertificates=BlockAndRemediate (default: Audit, which only alerts)',
      severity: "where the feed gives none (MISP's threat level comes first)",
      expires: "expirationTime where the feed gives none (STIX's valid_until comes first)",
      title: 'where the feed gives none', revoked: 'STIX: also revoked indicators', links: 'MISP: also link attributes', all: 'MISP: also attributes not marked to_ids',
    },
    connection: {
      cloud: (clouds) => `${clouds} (default public)`, region: (regions) => `a regional host of the public cloud: ${regions}`,
      baseUrl: 'another host (a proxy, an emulator); https, or http on 127.0.0.1',
      retries: 'further attempts after a 5xx, a timeout or a network error (default 5)',
      signIn: `Sign-in: MDE_TOKEN (a bearer token) when set; otherwise @azure/identity's DefaultAzureCredential:
AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET (an app registration with the
WindowsDefenderATP application permission Ti.ReadWrite.All, admin consent given), a managed
identity, or az login.`,
      exit: `0 all succeeded, 1 some invalid, failed or not sent, 2 unusable input or usage,
3 sign-in, permission or service unreachable, 130 stopped by Ctrl-C (the report is printed).`,
    },
    validate: {
      about: `Validates every indicator and prints each failed one with its line (a CSV file: its row and the
template's column), the field, the issue code, a message and the value it is about; then a
summary with the count of each code, on stderr when stdout is not a terminal. Colour only on a
terminal, never with NO_COLOR.`,
      format: 'text (default) for people; json for programs: the validateBatch()\nreport {items, errors, summary} without payloads, written as it goes',
      warnings: 'also list the warnings of valid indicators',
      exit: '0 all valid, 1 some invalid, 2 unusable input or a usage error.',
    },
    build: {
      about: (limit) => `Writes the valid indicators as bodies for POST /api/indicators/import: <dir>/batch-0001.json,
batch-0002.json ..., each {"Indicators": [...]} with at most ${limit} indicators, one per line. The
invalid ones go to <dir>/invalid.json (index, line, errors, warnings, input), and a summary to
stderr. NDJSON is streamed: a body is written as soon as it is full. An input too big for one
submission (an import body over ${limit}, a CSV over ${limit} rows) is split the same way.`,
      out: 'where to write (created if missing)', force: 'replace batch-*.json and invalid.json already in <dir>',
      dedupe: 'keep every copy of a duplicate indicator (by default only the first\nof each type and value goes into the bodies, as the service keeps one)',
      batchSize: (limit) => `indicators per body, 1 to ${limit} (default ${limit})`,
      exit: '0 all valid, 1 some invalid (the valid ones are still written), 2 unusable input or\na usage error (nothing is written).',
    },
    schema: {
      about: `Prints the JSON Schema of an indicator body: every field with its type, enum and value format,
the required fields and the cross-field rules. It accepts every body that validate accepts; its
x-mde-not-expressed (and $comment) lists what validate checks beyond it.`,
      target: 'draft-2020-12 (default), draft-07 or openapi-3.0',
      io: 'input (default): the bodies validate accepts;\noutput: the canonical payload it returns',
      undocumented: 'let the undocumented fields (bypassDurationHours ...) through',
      exit: '0 printed, 2 a usage error.',
    },
    submit: {
      about: `Validates every indicator, then sends the valid ones to the service: import bodies of up to 500
(POST /api/indicators/import), or one POST /api/indicators each with --mode single, at the pace
of the documented rate limits, waiting out 429s and retrying 5xx and network errors. Invalid
indicators are never sent. Prints each invalid or failed indicator and a summary, or the whole
report with --format json. A progress line shows on a terminal. Ctrl-C stops after the call in
flight and still prints the report.`,
      dryRun: 'send nothing: say what would be sent, in how many calls, how long',
      mode: 'import bodies (default) or one call per indicator',
      format: 'text (default), or the SubmitReport as JSON',
    },
    list: {
      about: `Prints the tenant's indicators (GET /api/indicators, paged by $top/$skip within the service's
maximum of 10,000 a call): one line each (id, type, value, action, expiration, externalId), or
JSON.`,
      filter: 'an OData $filter, e.g. "indicatorType eq \'Url\' and action eq \'Block\'"',
      top: 'at most n indicators', format: 'text (default), json (one array) or ndjson (one indicator a line)',
    },
    delete: {
      about: `Deletes the indicators whose ids the file holds (POST /api/indicators/BatchDelete, 500 a call,
paced): one id a line (blank lines and # comments skipped), or a JSON array of ids or of
indicators with an "id" (the output of list --format json).`,
      dryRun: 'delete nothing: say how many calls it takes', format: 'text (default), or the delete report as JSON',
    },
    sync: {
      about: `Makes the indicators that belong to <name> equal to the file. An indicator belongs to <name>
when its externalId starts with "<name>:"; sync writes each indicator's externalId that way
(keeping what follows the prefix). It adds what is missing, updates what changed, deletes the
owner's indicators that are not in the file, and never touches an indicator of another owner:
an item whose type and value another owner already has is not sent. Nothing is deleted while
any item is invalid. Before any change it refuses when the result would pass the tenant's
active-indicator limit.`,
      owner: 'letters, digits, ".", "_" or "-" (required)',
      dryRun: 'list the tenant, then print the plan without changing anything',
      mode: 'how to send additions and updates (default import)',
      format: 'text (default), or the sync report as JSON',
      now: 'the time to judge expirationTime by',
    },
  },
};

/** The help's words of every locale, for the tests. */
export const HELP_WORDS = WORDS;

/** One option: its name, then its text in the column, continued lines indented to it. */
function option(name, text) {
  const [first, ...rest] = text.split('\n');
  const head = name.length >= 22 ? `  ${name}  ` : `  ${name.padEnd(24)}`;
  return [`${head}${first}`, ...rest.map((line) => `${' '.repeat(26)}${line}`)].join('\n');
}

const profileOption = (w) => option('--profile <name>', w.profile(PROFILES.join(', '), DEFAULT_PROFILE));
const inputFormatOption = (w, formats) => option('--input-format <f>', w.inputFormat(orList(formats)));

function feedOptions(w) {
  const f = w.feed;
  return [w.feeds, option('--action <a>', f.action), option('--severity <s>', f.severity), option('--expires-in-days <n>', f.expires),
    option('--title <t>, --description <d>', f.title), option('--include-revoked', f.revoked), option('--include-links', f.links),
    option('--all-attributes', f.all)].join('\n');
}

/** The options of validate and build. */
const commonOptions = (w) => [profileOption(w), option('--now <date-time>', w.now), option('--allow-undocumented', w.undocumented),
  inputFormatOption(w, INPUT_FORMATS), option('-h, --help', w.help), '', feedOptions(w)].join('\n');

/** The options of the commands that talk to the service, sign-in and exit codes. */
function connectionOptions(w) {
  const c = w.connection;
  return [option('--cloud <name>', c.cloud(Object.keys(CLOUDS).join(', '))), option('--region <name>', c.region(REGIONS.join(', '))),
    option('--base-url <url>', c.baseUrl), option('--retries <n>', c.retries), option('-h, --help', w.help), '', c.signIn, '',
    `${w.exitCodes}: ${c.exit}`].join('\n');
}

/** The options that submit and sync share with validate. */
const sendOptions = (w, now) => [profileOption(w), option('--now <date-time>', now), option('--allow-undocumented', w.undocumentedShort),
  inputFormatOption(w, INDICATOR_FORMATS)].join('\n');

const examples = (w, lines) => `\n${w.examples}:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

const COMPOSE = {
  validate: (w) => `${w.usage}: mde-indicator validate <file|-> [options]

${w.validate.about}

${w.options}:
${option('--format <text|json>', w.validate.format)}
${option('-w, --warnings', w.validate.warnings)}
${commonOptions(w)}

${w.exitCodes}: ${w.validate.exit}
${examples(w, [
    'mde-indicator validate iocs.csv',
    'mde-indicator validate feed.ndjson --now 2026-01-01T00:00:00Z',
    "mde-indicator validate body.json --profile 2022 --format json | jq '.summary'",
    'cat feed.ndjson | mde-indicator validate - --input-format ndjson',
  ])}`,
  build: (w) => `${w.usage}: mde-indicator build <file|-> --out <dir> [options]

${w.build.about(IMPORT_LIMIT)}

${w.options}:
${option('-o, --out <dir>', w.build.out)}
${option('-f, --force', w.build.force)}
${option('--no-dedupe', w.build.dedupe)}
${option('--batch-size <n>', w.build.batchSize(IMPORT_LIMIT))}
${commonOptions(w)}

${w.exitCodes}: ${w.build.exit}
${examples(w, ['mde-indicator build feed.ndjson --out bodies/', 'mde-indicator build iocs.csv -o bodies/ --force --batch-size 100'])}`,
  schema: (w) => `${w.usage}: mde-indicator schema [options]

${w.schema.about}

${w.options}:
${profileOption(w)}
${option('--target <t>', w.schema.target)}
${option('--io <input|output>', w.schema.io)}
${option('--allow-undocumented', w.schema.undocumented)}
${option('-h, --help', w.help)}

${w.exitCodes}: ${w.schema.exit}
${examples(w, ['mde-indicator schema > indicator.schema.json', 'mde-indicator schema --profile 2022 --target openapi-3.0 --io output'])}`,
  submit: (w) => `${w.usage}: mde-indicator submit <file|-> [options]

${w.submit.about}

${w.options}:
${option('--dry-run', w.submit.dryRun)}
${option('--mode <import|single>', w.submit.mode)}
${option('--format <text|json>', w.submit.format)}
${sendOptions(w, w.nowShort)}
${connectionOptions(w)}
${examples(w, ['MDE_TOKEN=... mde-indicator submit feed.ndjson', 'mde-indicator submit iocs.csv --dry-run', 'mde-indicator submit feed.ndjson --region eu --format json > report.json'])}`,
  list: (w) => `${w.usage}: mde-indicator list [options]

${w.list.about}

${w.options}:
${option('--filter <odata>', w.list.filter)}
${option('--top <n>', w.list.top)}
${option('--format <f>', w.list.format)}
${connectionOptions(w)}
`,
  delete: (w) => `${w.usage}: mde-indicator delete <ids-file|-> [options]

${w.delete.about}

${w.options}:
${option('--dry-run', w.delete.dryRun)}
${option('--format <text|json>', w.delete.format)}
${connectionOptions(w)}
`,
  sync: (w) => `${w.usage}: mde-indicator sync <file|-> --owner <name> [options]

${w.sync.about}

${w.options}:
${option('--owner <name>', w.sync.owner)}
${option('--dry-run', w.sync.dryRun)}
${option('--mode <import|single>', w.sync.mode)}
${option('--format <text|json>', w.sync.format)}
${sendOptions(w, w.sync.now)}
${connectionOptions(w)}
${examples(w, ['mde-indicator sync feodo.ndjson --owner feodo --dry-run', 'mde-indicator sync feodo.ndjson --owner feodo --format json > sync.json'])}`,
};

/** The help of `command` in the run's language. */
export const commandHelp = (command) => COMPOSE[command](WORDS[lang.tag]);
