// The command line (bin/mde-indicator.mjs), spawned as users run it, against the built
// package: exit codes, what the reports name, --format json against validateBatch(), the
// import bodies of `build`, stdin, chunked NDJSON, and no colour when output is not a terminal.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mde = require('../..');
const cli = fileURLToPath(new URL('../../bin/mde-indicator.mjs', import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../fixtures/files/${name}`, import.meta.url));
const now = '2026-01-01T00:00:00Z';
const HEADER = 'IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,RbacGroups,Category,MitreTechniques,GenerateAlert';

/** Runs the CLI with pipes, so never on a terminal. */
function run(args, { input, env } = {}) {
  // LC_ALL=C: these tests read the English report, whatever the machine's locale.
  return finished(spawn(process.execPath, [cli, ...args], { env: { ...process.env, LC_ALL: 'C', ...env } }), input);
}

// script(1) from util-linux runs a command on a pseudo-terminal; without it that test is skipped.
const script = ['/usr/bin/script', '/bin/script'].find((path) => existsSync(path));

/** Runs the CLI with stdout and stderr on a terminal. */
function inTerminal(args, env) {
  const command = [process.execPath, cli, ...args].map((arg) => JSON.stringify(arg)).join(' ');
  return finished(spawn(script, ['-qec', command, '/dev/null'], { env: { ...process.env, LC_ALL: 'C', ...env } }));
}

/** Feeds `input` to a child, collects its output, and resolves { code, stdout, stderr } at its end. */
function finished(child, input) {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text) => { stdout += text; });
    child.stderr.setEncoding('utf8').on('data', (text) => { stderr += text; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const temps = [];
const tempDir = () => {
  temps.push(mkdtempSync(join(tmpdir(), 'mde-cli-')));
  return temps.at(-1);
};
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `count` valid indicators of every type, distinct, as objects. */
function validIndicators(count) {
  const hex = (i, n) => createHash('sha256').update(String(i)).digest('hex').slice(0, n);
  const makers = [
    (i) => ({ indicatorType: 'FileSha256', indicatorValue: hex(i, 64), action: 'BlockAndRemediate' }),
    (i) => ({ indicatorType: 'FileSha1', indicatorValue: hex(i, 40), action: 'Block' }),
    (i) => ({ indicatorType: 'FileMd5', indicatorValue: hex(i, 32), action: 'Audit', generateAlert: true }),
    (i) => ({ indicatorType: 'CertificateThumbprint', indicatorValue: hex(i, 40), action: 'Allowed' }),
    (i) => ({ indicatorType: 'IpAddress', indicatorValue: `20.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, action: 'Block' }),
    (i) => ({ indicatorType: 'DomainName', indicatorValue: `host${i}.contoso.com`, action: 'Warn' }),
    (i) => ({ indicatorType: 'Url', indicatorValue: `http://files${i}.fabrikam.com/a.zip`, action: 'Block' }),
  ];
  return Array.from({ length: count }, (_, i) => ({
    ...makers[i % makers.length](i), title: `Indicator ${i}`, description: 'Seen in a phishing campaign', severity: 'High',
  }));
}

const ndjson = (items) => `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;

// Each test spawns the CLI a few times; they are independent, so they run side by side.
describe('mde-indicator', { concurrency: true }, () => {
  test('--help and --version exit 0; each command has its own help with examples', async () => {
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /mde-indicator validate <file\|->/);
    assert.match(top.stdout, /Examples:/);
    for (const command of ['validate', 'build']) {
      const help = await run([command, '--help']);
      assert.equal(help.code, 0, command);
      assert.match(help.stdout, new RegExp(`Usage: mde-indicator ${command}`));
      assert.match(help.stdout, new RegExp(`\\n  mde-indicator ${command} \\S+`), `${command} help has examples`);
    }
    const version = await run(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), require('../../package.json').version);
  });

  test('usage mistakes exit 2 with one line on stderr and a hint to --help', async () => {
    const cases = [
      [['validate', fixture('mixed.ndjson'), '--nope'], /unknown option --nope/],
      [['validate'], /missing the input file/],
      [['validate', fixture('mixed.ndjson'), '--profile', '2019'], new RegExp(`unknown profile "2019"; use ${Object.keys(mde.profiles()).slice(0, -1).join(', ')} or ${Object.keys(mde.profiles()).at(-1)}`)],
      [['validate', fixture('mixed.ndjson'), '--now', 'yesterday'], /--now "yesterday": .*not a valid date-time/],
      [['validate', fixture('mixed.ndjson'), '--profile'], /option --profile needs a value/],
      [['check', 'x'], /unknown command "check"/],
      [['build', fixture('mixed.ndjson')], /missing --out/],
      [['build', fixture('mixed.ndjson'), '--out', tempDir(), '--batch-size', '501'], /--batch-size must be a whole number from 1 to 500/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /^mde-indicator: .*\(see mde-indicator --help\)\n$/);
    }
  });

  test('a missing file or a directory exits 2 with a clear message, no stack trace', async () => {
    const missing = await run(['validate', 'no-such-file.ndjson']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'mde-indicator: cannot read no-such-file.ndjson: no such file\n');
    const directory = await run(['validate', tempDir()]);
    assert.equal(directory.code, 2);
    assert.match(directory.stderr, /^mde-indicator: cannot read .*: it is a directory\n$/);
  });

  test('the portal sample CSV is valid: exit 0 and a one-line summary', async () => {
    const { code, stdout, stderr } = await run(['validate', fixture('portal-sample.csv'), '--now', now]);
    assert.equal(code, 0);
    assert.equal(stdout, '', 'nothing to list');
    // stdout is not a terminal here, so the summary is on stderr.
    assert.match(stderr, /^\S+portal-sample\.csv: 7 indicators, 7 valid, 0 invalid, 0 warnings \(\d+\.\d s\)\n$/);
  });

  test('a mixed NDJSON file: exit 1, each failure with its line, field path, code and message', async () => {
    const { code, stdout, stderr } = await run(['validate', fixture('mixed.ndjson'), '--now', now]);
    assert.equal(code, 1);
    const blocks = stdout.split(/\n(?=line )/);
    const expected = [
      ['line 2 (item 1)', [['/', 'invalid_json', 'is not valid JSON: unexpected end of input in an object at line 2, column 140']]],
      ['line 4 (item 2)', [['/generateAlert', 'invalid_type', 'must be a boolean, not a string'], ['/severity', 'invalid_type', 'must be a string, not a number']]],
      ['line 5 (item 3)', [['/severty', 'unknown_field', '"severty" is not a field of the indicator API; did you mean "severity"?']]],
      ['line 6 (item 4)', [['/indicatorValue', 'invalid_hash', 'must be 40 hex digits for FileSha1, not 39']]],
      ['line 7 (item 5)', [['/indicatorValue', 'ip_not_global', 'is a private address (10.0.0.0/8)']]],
      ['line 9 (item 6)', [['/generateAlert', 'audit_requires_generate_alert', 'must be true when action is Audit']]],
    ];
    assert.equal(blocks.length, expected.length);
    expected.forEach(([place, issues], i) => {
      const [head, ...rows] = blocks[i].trimEnd().split('\n').filter((row) => !/^\S+: \d+ indicators/.test(row) && !/not listed/.test(row));
      assert.equal(head, place);
      assert.deepEqual(rows.map((row) => row.trim().split(/\s{2,}/).slice(0, 3)), issues.map(([path, code]) => ['error', path, code]));
      issues.forEach(([, , message], j) => assert.ok(rows[j].includes(message), `${place}: ${rows[j]}`));
    });
    // Each issue shows the value it is about, unless its message names it already.
    const lines = readFileSync(fixture('mixed.ndjson'), 'utf8').split('\n');
    const privateIp = JSON.parse(lines[6]).indicatorValue;
    assert.ok(blocks[4].includes(`(got ${JSON.stringify(privateIp)})`), blocks[4]);
    assert.ok(!blocks[2].includes('(got "severty"'), 'unknown_field names its key');
    // Blank lines 3 and 8 are no items; the repeated hash on line 10 is a warning, listed on request.
    // The summary and the count of each code are on stderr, as stdout is not a terminal.
    assert.match(stderr, /mixed\.ndjson: 9 indicators, 3 valid, 6 invalid, 3 warnings \(\d+\.\d s\)\n/);
    assert.match(stderr, /\n3 warnings of valid indicators not listed/);
    const report = mde.validateBatch(readFileSync(fixture('mixed.ndjson')), { now });
    const counted = (kind) => {
      const counts = {};
      for (const item of report.items) for (const issue of item[kind]) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
      return counts;
    };
    const byCode = /^errors by code: (.*); warnings by code: (.*)$/m.exec(stderr);
    assert.ok(byCode, stderr);
    const parse = (text) => Object.fromEntries(text.split(', ').map((part) => part.split(' ')).map(([code, n]) => [code, Number(n)]));
    assert.deepEqual(parse(byCode[1]), counted('errors'));
    assert.deepEqual(parse(byCode[2]), counted('warnings'));
    const listed = await run(['validate', fixture('mixed.ndjson'), '--now', now, '--warnings']);
    assert.ok(!listed.stdout.includes('\x1b['), 'no colour codes when stdout is not a terminal');
    assert.match(listed.stdout, /line 10 \(item 7\)\n  warning  \/indicatorValue  duplicate_indicator  repeats the type and value of item 0/);
    assert.match(listed.stdout, /line 11 \(item 8\)\n  warning  \/category +unknown_category .*\n  warning  \/indicatorValue +https_enforced_only_in_edge/);
  });

  test('--format json parses and equals validateBatch() on the same file', async () => {
    const files = ['mixed.ndjson', 'portal-sample.csv', 'bom-crlf.ndjson', 'truncated.json'];
    for (const name of files) {
      const { code, stdout } = await run(['validate', fixture(name), '--now', now, '--format', 'json']);
      const expected = mde.validateBatch(readFileSync(fixture(name)), { now, includePayloads: false });
      const report = JSON.parse(stdout);
      assert.deepEqual(report, expected, name);
      assert.equal(code, expected.errors.length ? 2 : expected.summary.invalid ? 1 : 0, name);
    }
  });

  test('NDJSON larger than a chunk: lines, duplicates and indexes run on across chunks', async () => {
    const items = validIndicators(5000);
    items[2500] = { ...items[10] };              // a duplicate several chunks after the first
    items[1700] = { ...items[1700], indicatorType: 'IpAddress', indicatorValue: '10.0.0.1', action: 'Block' };
    // CRLF line ends, and two blank lines after the first.
    const text = ndjson(items).replaceAll('\n', '\r\n').replace('\r\n', '\r\n\r\n  \r\n');
    assert.ok(text.length > 3 * 256 * 1024, 'spans several chunks');
    const dir = tempDir();
    writeFileSync(join(dir, 'many.ndjson'), text);
    const { code, stdout } = await run(['validate', join(dir, 'many.ndjson'), '--now', now, '--format', 'json']);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout), mde.validateBatch(Buffer.from(text), { now, includePayloads: false }));
    const duplicate = JSON.parse(stdout).items[2500];
    assert.deepEqual([duplicate.line, duplicate.warnings[0].code, duplicate.warnings[0].params], [2503, 'duplicate_indicator', { firstIndex: 10 }]);
  });

  test('unusable input exits 2 and says why on stderr', async () => {
    const cases = [
      ['empty.json', 'empty.json holds no indicators [empty_input]'],
      ['header-only.csv', 'header-only.csv holds no indicators [empty_input]'],
      ['wrong-header.csv', 'wrong-header.csv has the header "Type,Value,Action,Title,Description"; the portal\'s template starts with'],
      ['truncated.json', 'truncated.json is not valid JSON: unexpected end of input in an object at line 14, column 1 [invalid_json]'],
    ];
    for (const [name, message] of cases) {
      const { code, stderr } = await run(['validate', fixture(name), '--now', now]);
      assert.equal(code, 2, name);
      // A summary of what was read, then the reason on one line.
      assert.match(stderr, new RegExp(`${name}: \\d+ indicators?, .*\nthe input as a whole was refused`), stderr);
      const reasons = stderr.split('\n').filter((line) => line.startsWith('mde-indicator: '));
      assert.equal(reasons.length, 1, stderr);
      assert.ok(reasons[0].includes(message), stderr);
    }
    const dir = tempDir();
    writeFileSync(join(dir, 'big.csv'), `${HEADER}\n${'FileMd5,44d88612fea8a8f36de82e1278abb02f,,Block,High,t,d,,,,,\n'.repeat(501)}`);
    const rows = await run(['validate', join(dir, 'big.csv')]);
    assert.equal(rows.code, 2);
    assert.match(rows.stderr, /has 501 rows; the portal imports at most 500 per file, split it \[too_many_rows\]/);
  });

  test('a line that is not UTF-8 in a later chunk is one invalid item at its line', async () => {
    const text = ndjson(validIndicators(2000));
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]);
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.ndjson'), bytes);
    const { code, stdout } = await run(['validate', join(dir, 'bad.ndjson'), '--format', 'json', '--now', now]);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    const bad = report.items.filter((item) => !item.valid);
    assert.deepEqual(bad.map((item) => [item.line, item.errors.map((e) => e.code)]), [[2001, ['invalid_utf8']]]);
    assert.deepEqual(report, mde.validateBatch(bytes, { includePayloads: false, now }));
  });

  test('a UTF-8 BOM and CRLF line ends are read as usual', async () => {
    const { code, stdout, stderr } = await run(['validate', fixture('bom-crlf.ndjson'), '--now', now]);
    assert.equal(code, 1);
    assert.match(stdout, /^line 3 \(item 2\)\n  error  +\/indicatorValue  ip_not_global  is a private address \(192\.168\.0\.0\/16\)/);
    assert.match(stderr, /3 indicators, 2 valid, 1 invalid/);
  });

  test('stdin ("-") gives the same report as the file, for NDJSON and CSV', async () => {
    for (const [name, code] of [['mixed.ndjson', 1], ['portal-sample.csv', 0]]) {
      const bytes = readFileSync(fixture(name));
      const fromStdin = await run(['validate', '-', '--now', now, '--format', 'json'], { input: bytes });
      assert.equal(fromStdin.code, code, name);
      assert.deepEqual(JSON.parse(fromStdin.stdout), mde.validateBatch(bytes, { now, includePayloads: false }), name);
    }
    const empty = await run(['validate', '-'], { input: '' });
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /^stdin: 0 indicators, .*\n.*refused.*\nmde-indicator: stdin holds no indicators \[empty_input\]\n$/);
  });

  test('on a terminal: colour, unless NO_COLOR is set', { skip: !script && 'needs script(1)' }, async () => {
    const args = ['validate', fixture('mixed.ndjson'), '--now', now];
    const coloured = await inTerminal(args, { NO_COLOR: '' });
    assert.equal(coloured.code, 1);
    assert.match(coloured.stdout, /\x1b\[1mline 2 \(item 1\)\x1b\[0m\r?\n  \x1b\[31merror  \x1b\[0m/);
    assert.match(coloured.stdout, /\x1b\[31m6 invalid\x1b\[0m/);
    const plain = await inTerminal(args, { NO_COLOR: '1' });
    assert.ok(!plain.stdout.includes('\x1b['), 'NO_COLOR');
    assert.match(plain.stdout, /line 2 \(item 1\)\r?\n  error    \/  invalid_json/);
  });

  test('build: 1,201 valid of 1,204 lines → bodies of at most 500, every valid item exactly once', async () => {
    const items = validIndicators(1201);
    const lines = ndjson(items).split('\n');
    lines.splice(300, 0, '{"indicatorType": "IpAddress"', '{"indicatorType":"IpAddress","indicatorValue":"127.0.0.1","action":"Block","title":"t","description":"d"}', '');
    lines.splice(900, 0, '[]');
    const dir = tempDir();
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, lines.join('\n'));
    const out = join(dir, 'out');
    const { code, stderr } = await run(['build', file, '--out', out, '--now', now]);
    assert.equal(code, 1);
    assert.deepEqual(readdirSync(out).sort(), ['batch-0001.json', 'batch-0002.json', 'batch-0003.json', 'invalid.json']);
    const bodies = ['batch-0001.json', 'batch-0002.json', 'batch-0003.json'].map((name) => JSON.parse(readFileSync(join(out, name), 'utf8')));
    assert.deepEqual(bodies.map((body) => Object.keys(body)), [['Indicators'], ['Indicators'], ['Indicators']]);
    assert.deepEqual(bodies.map((body) => body.Indicators.length), [500, 500, 201]);
    const expected = mde.toImportBodies(mde.validateBatch(readFileSync(file), { now }));
    assert.deepEqual(bodies, expected.bodies);
    assert.deepEqual(bodies.flatMap((body) => body.Indicators), mde.validateBatch(ndjson(items), { now }).items.map((item) => item.payload));
    const invalid = JSON.parse(readFileSync(join(out, 'invalid.json'), 'utf8'));
    assert.deepEqual(invalid.map((item) => [item.index, item.line, item.errors[0].code]), [[300, 301, 'invalid_json'], [301, 302, 'ip_not_global'], [899, 901, 'invalid_type']]);
    assert.match(stderr, /1,204 indicators, 1,201 valid, 3 invalid/);
    assert.ok(!stderr.includes('\x1b[') && !stderr.includes('\r'), 'no colour or progress bar when stderr is not a terminal');
    assert.match(stderr, /wrote 3 import bodies to .*out \(batch-0001\.json … batch-0003\.json\): 3 calls to POST \/api\/indicators\/import/);
    assert.match(stderr, /3 invalid indicators listed in .*invalid\.json:\n  line 301 \(item 300\): \/ invalid_json/);
  });

  test('a CSV file: rows from 1 after the header and the template\'s column names; the value beside', async () => {
    const dir = tempDir();
    const file = join(dir, 'iocs.csv');
    writeFileSync(file, `${HEADER}\nIpAddress,8.8.8.8,,Block,,t,d,,,,,\nIpAddress,10.1.2.3,,Block,,t,d,,,,,\n`);
    const { code, stdout } = await run(['validate', file, '--now', now]);
    assert.equal(code, 1);
    const column = Object.values(mde.profiles())[0].fields.find((f) => f.name === 'indicatorValue').csvColumn;
    assert.match(stdout, new RegExp(`^row 2 \\(line 3\\)\\n  error  +${column}  ip_not_global  .*\\(got "10\\.1\\.2\\.3"\\)\\n$`));
  });

  test('build keeps one copy of each duplicate unless --no-dedupe', async () => {
    const items = validIndicators(4);
    const dir = tempDir();
    const file = join(dir, 'dupes.ndjson');
    writeFileSync(file, ndjson([...items, items[1], items[3]]));
    const deduped = await run(['build', file, '--out', join(dir, 'a'), '--now', now]);
    assert.equal(deduped.code, 0);
    const bodyOf = (out) => JSON.parse(readFileSync(join(dir, out, 'batch-0001.json'), 'utf8')).Indicators;
    assert.deepEqual(bodyOf('a'), mde.validateBatch(ndjson(items), { now }).items.map((item) => item.payload));
    assert.match(deduped.stderr, /left out 2 duplicates of an earlier indicator/);
    const kept = await run(['build', file, '--out', join(dir, 'b'), '--now', now, '--no-dedupe']);
    assert.equal(kept.code, 0);
    assert.equal(bodyOf('b').length, 6);
  });

  test('a hint for the inputs people give by mistake', async () => {
    const dir = tempDir();
    const cases = [
      ['book.xlsx', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), /hint: this is a ZIP archive, most likely an Excel workbook/],
      ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]), /hint: the file looks like UTF-16 text/],
      ['semicolons.csv', Buffer.from(`${HEADER.replaceAll(',', ';')}\nIpAddress;8.8.8.8;;Block;;t;d;;;;;\n`), /hint: the columns are separated by semicolons/],
      ['comma.json', Buffer.from(`[${JSON.stringify(validIndicators(1)[0])},\n]`), /hint: a comma right before this \] or \}/],
    ];
    for (const [name, bytes, hint] of cases) {
      writeFileSync(join(dir, name), bytes);
      const { code, stderr } = await run(['validate', join(dir, name)]);
      assert.equal(code, 2, name);
      assert.match(stderr, hint, name);
    }
    const plain = await run(['validate', fixture('truncated.json')]);
    assert.ok(!plain.stderr.includes('hint:'), 'no hint where none fits');
  });

  test('build refuses to overwrite earlier output unless --force, which also removes stale bodies', async () => {
    const dir = tempDir();
    const file = join(dir, 'feed.ndjson');
    writeFileSync(file, ndjson(validIndicators(20)));
    writeFileSync(join(dir, 'batch-0009.json'), '{"Indicators":[]}');
    const refused = await run(['build', file, '--out', dir]);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, `mde-indicator: ${dir} already holds batch-0009.json; use --force to replace them\n`);
    const forced = await run(['build', file, '--out', dir, '--force', '--batch-size', '8']);
    assert.equal(forced.code, 0);
    const written = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
    assert.deepEqual(written, ['batch-0001.json', 'batch-0002.json', 'batch-0003.json', 'invalid.json']);
    assert.equal(readFileSync(join(dir, 'invalid.json'), 'utf8'), '[]\n');
    const again = await run(['build', file, '--out', dir]);
    assert.match(again.stderr, /already holds batch-0001\.json and 3 more; use --force/);
  });

  test('build splits what is too big for one submission: an import body of 1,201, a CSV of 501 rows', async () => {
    const dir = tempDir();
    const items = validIndicators(1201);
    const inputs = [
      ['body.json', JSON.stringify({ Indicators: items }), [500, 500, 201], /body\.json at \/Indicators .*\[import_batch_too_large\]; split into bodies of at most 500\n/],
      ['big.csv', mde.toCsv(items.slice(0, 501)), [500, 1], /big\.csv has 501 rows.*\[too_many_rows\]; split into bodies of at most 500\n/],
    ];
    for (const [name, text, sizes, note] of inputs) {
      writeFileSync(join(dir, name), text);
      const out = join(dir, `${name}.out`);
      const { code, stderr } = await run(['build', join(dir, name), '--out', out, '--now', now]);
      assert.equal(code, 0, stderr);
      assert.match(stderr, note);
      const bodies = readdirSync(out).filter((file) => file.startsWith('batch-')).sort();
      assert.deepEqual(bodies.map((file) => JSON.parse(readFileSync(join(out, file), 'utf8')).Indicators.length), sizes);
      // `validate` still refuses the file as it is: the service would.
      assert.equal((await run(['validate', join(dir, name), '--now', now])).code, 2);
    }
  });

  test('build on unusable input exits 2 and leaves nothing behind; the out dir is created', async () => {
    const out = join(tempDir(), 'nested', 'out');
    const truncated = await run(['build', fixture('truncated.json'), '--out', out]);
    assert.equal(truncated.code, 2);
    assert.match(truncated.stderr, /truncated\.json is not valid JSON.*\nmde-indicator: nothing written to /);
    assert.deepEqual(readdirSync(out), []);
    const csv = await run(['build', fixture('portal-sample.csv'), '-o', out, '--now', now]);
    assert.equal(csv.code, 0);
    const [body] = JSON.parse(`[${readFileSync(join(out, 'batch-0001.json'), 'utf8')}]`);
    assert.equal(body.Indicators.length, 7);
    assert.deepEqual(body.Indicators[0].rbacGroupNames, ['Tier 1', 'Servers']);
    assert.deepEqual(body.Indicators[0].mitreTechniques, ['T1204.002', 'T1059']);
    assert.ok(!existsSync(join(out, 'batch-0002.json')));
  });
});

describe('languages', () => {
  const bad = { indicatorValue: '10.0.0.1', indicatorType: 'IpAddress', action: 'Block', title: 't', description: 'd' };
  const dir = mkdtempSync(join(tmpdir(), 'mde-lang-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'one.json');
  writeFileSync(file, JSON.stringify([bad]));
  const english = mde.validate(bad).errors[0];

  test('--lang, else LC_ALL, LC_MESSAGES or LANG, gives the report and the issues in that language', async () => {
    for (const tag of mde.LOCALES.filter((t) => t !== 'en')) require(`../../locales/${tag}.js`);
    const french = await run(['validate', file, '--lang', 'fr', '--now', now]);
    assert.equal(french.code, 1);
    assert.ok(french.stdout.includes(mde.formatIssue(english, 'fr')), french.stdout);
    assert.match(french.stdout, /^ligne 1 \(élément 0\)$/m);
    assert.match(french.stdout + french.stderr, /1 indicateur, 0 valide, 1 non valide, 0 avertissement/);
    const cases = [
      [{ LC_ALL: '', LANG: 'zh_TW.UTF-8' }, 'zh-TW'],
      [{ LC_ALL: '', LC_MESSAGES: 'de_AT.UTF-8', LANG: 'fr_FR.UTF-8' }, 'de'],
      [{ LC_ALL: 'ja_JP.UTF-8', LANG: 'fr_FR.UTF-8' }, 'ja'],
      [{ LC_ALL: '', LANG: 'pt_BR.UTF-8' }, 'en'],
    ];
    for (const [env, tag] of cases) {
      const { stdout } = await run(['validate', file, '--now', now], { env });
      assert.ok(stdout.includes(mde.formatIssue(english, tag)), `${JSON.stringify(env)}: ${stdout}`);
    }
    const dry = await run(['submit', file, '--dry-run', '--lang=de', '--now', now]);
    assert.match(dry.stdout, /^Zeile 1 \(Element 0\): ungültig$/m);
    assert.match(dry.stdout, /Probelauf: würde 0 von 1 Indikatoren in 0 Aufrufen an POST \/api\/indicators\/import senden/);
    const unknown = await run(['validate', file, '--lang', 'pt']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown language "pt"; use en, nl, fr, zh-TW, de, es, ja or zh-CN/);
  });

  test('the main help is in every language, with --lang in it', async () => {
    const { CLI_TEXT } = await import('../../js/cli/lang.mjs');
    for (const tag of mde.LOCALES) {
      const { code, stdout } = await run(['--help', '--lang', tag]);
      assert.equal(code, 0);
      const words = CLI_TEXT[tag];
      for (const text of [words.title, ...Object.values(words.commands)]) assert.ok(stdout.includes(text), `${tag}: ${text}`);
      assert.match(stdout, /--lang <tag>/);
      if (tag !== 'en') assert.ok(!stdout.includes(CLI_TEXT.en.title), tag);
    }
  });
});
