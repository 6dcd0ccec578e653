// Compiled with `tsc --noEmit` by npm test: the declarations must describe real usage, and
// narrowing on `code` must type `params`.
import * as mde from 'mde-indicator';
import type { Issue, Payload, ProfileInfo, ValidationResult } from 'mde-indicator';

const result: ValidationResult = mde.validate({ indicatorValue: '8.8.8.8' }, { profile: '2022', now: new Date() });
if (result.valid) {
  const body: Payload = result.payload;
  const value: string = body.indicatorValue;
  void value;
} else {
  for (const issue of result.errors) {
    if (issue.code === 'invalid_hash') {
      const expected: number = issue.params.expectedLength;
      void expected;
    }
    if (issue.code === 'unknown_field') {
      const suggestion: string | null = issue.params.suggestion;
      void suggestion;
    }
  }
}
const warning: Issue<'legacy_action'> | undefined = undefined;
void warning;
const info: ProfileInfo = mde.profiles().current;
const host: string = info.host;
void host;
try {
  mde.buildPayload({}, { profile: 'current' });
} catch (error) {
  if (error instanceof mde.IndicatorError) {
    const paths: string[] = error.errors.map((e) => e.path);
    void paths;
  }
}
// @ts-expect-error: an unknown profile name is a type error too.
mde.validate({}, { profile: '2019' });

const found: mde.Found[] = mde.extract('hxxps://evil[.]example[.]com 8.8.8.8', { unique: true, profile: 'current' });
for (const f of found) {
  const type: 'FileSha1' | 'FileSha256' | 'FileMd5' | 'IpAddress' | 'DomainName' | 'Url' = f.indicatorType;
  const span: string = f.text.slice(f.start, f.end);
  if (!f.submittable && f.errors[0]?.code === 'ip_not_global') {
    const range: string = f.errors[0].params.range;
    void range;
  }
  void type;
  void span;
}
const detected: mde.Detected = mde.detectType('evil[.]example[.]com');
const detectedType: mde.ExtractedType | null = detected.indicatorType;
const plain: string = mde.refang(mde.defang('https://evil.example.com/a'));
void detectedType;
void plain;

// The lean entry has the validation functions and every type, and nothing of batches or extraction.
import * as lean from 'mde-indicator/validate';
import type { Issue as LeanIssue } from 'mde-indicator/validate';
const leanResult: ValidationResult = lean.validate({}, { profile: 'current' });
const leanIssues: LeanIssue[] = leanResult.valid ? [] : leanResult.errors;
void leanIssues;
void lean.buildPayload;
void lean.profiles().current.fields;
// @ts-expect-error: batches are in the full entry only.
void lean.validateBatch;

// Feeds: indicators go to validateBatch as they are; `code` narrows a skipped entry's params.
const feed: mde.FeedResult = mde.fromStix('{"type": "bundle", "objects": []}', { action: { files: 'Block' }, includeRevoked: true });
const batch = mde.validateBatch(feed.indicators);
void batch;
for (const entry of mde.fromMisp({ Event: {} }, { toIdsOnly: false, expiresInDays: 30 }).skipped) {
  if (entry.code === 'stix_invalid_pattern') {
    const reason: mde.PatternFault = entry.params.reason;
    void reason;
  }
}
const source: mde.FeedSource | undefined = feed.indicators[0]?.source;
void source;
const reader: mde.FeedReader = mde.createFeedReader(new Uint8Array(), { format: 'misp' });
const next = reader.next(100);
if (next !== null) void next.indicators;
reader.free();
const format: mde.FeedFormat | null = mde.detectFeed('{}');
void format;
// @ts-expect-error: an action per kind uses the kinds' names.
mde.fromStix('{}', { action: { file: 'Block' } });

// Input formats and JSON pointers, as the CLI and the page use them.
const inputFormat: mde.InputFormat = mde.detectFormat(new Uint8Array([0x5b]), { fileName: 'iocs.csv' });
const streamed: string[] = mde.formats().filter((f: mde.FormatInfo) => f.streamed).map((f) => f.name);
const keys: string[] = mde.pointerSegments('/rbacGroupNames/1');
const pointer: string = mde.toPointer(['rbacGroupNames', 1]);
void [inputFormat, streamed, keys, pointer];

// Locales: imported for their effect, then named by tag in every function that returns issues.
import 'mde-indicator/locales/fr';
import 'mde-indicator/locales/zh-TW';
const french = mde.validate({}, { locale: 'fr' });
const again: string = mde.formatIssue(french.errors[0], 'zh-TW');
const matched: mde.LocaleTag | null = mde.matchLocale('fr-CA');
const tags: readonly mde.LocaleTag[] = mde.LOCALES;
mde.readServiceError('{}', { locale: 'fr' });
mde.detectType('8.8.8.8', { locale: 'fr-BE' });
void again; void matched; void tags;
// Object literals are checked against Indicator (a misspelt key, an enum value that does not
// exist), while values of unknown shape and form text still go in: `validate` is for those.
const full: mde.Indicator = { indicatorValue: '8.8.8.8', indicatorType: 'IpAddress', action: 'Audit', generateAlert: true, title: 't', description: 'd' };
mde.validate(full);
mde.validate({ indicatorValue: 'evil.example.com', indicatorType: 'DomainName', action: 'Block', mitreTechniques: ['T1566'], expirationTime: new Date(), rbacGroupNames: 'a,b' });
mde.validate({});
declare const parsed: unknown;
declare const formText: { indicatorValue: string; indicatorType: string; action: string };
declare const row: Record<string, string>;
for (const anything of [parsed, formText, row, JSON.parse('{}'), 'text', 42, null, [full]]) mde.validate(anything);
mde.validate(parsed); mde.validate(formText); mde.validate(row); mde.buildPayload(formText);
// @ts-expect-error: a misspelt key in an object literal.
mde.validate({ indicatorValu: '8.8.8.8', indicatorType: 'IpAddress', action: 'Block' });
// @ts-expect-error: an enum value that does not exist.
mde.validate({ indicatorValue: '8.8.8.8', indicatorType: 'IpAddress', action: 'Blok' });
// @ts-expect-error: the issue's example: both mistakes.
mde.validate({ indicatorValu: 'x', indicatorType: 'Sha256', action: 'Blok' });
// @ts-expect-error: a value of the wrong JSON type.
mde.buildPayload({ generateAlert: 'yes' });
// @ts-expect-error: the lean entry checks the same way.
lean.validate({ indicatorValue: 'x', indicatorType: 'FileSha265' });
declare const batchInput: mde.BatchInput;
mde.validateBatch(batchInput); mde.validateBatch([parsed, formText]); mde.validateBatch('{"indicatorValue": "x"}\n');
mde.validateBatch([full, { indicatorValue: 'x', indicatorType: 'Url' }]);
// @ts-expect-error: each item of a literal batch is checked.
mde.validateBatch([full, { indicatorValue: 'x', indicatorType: 'URL' }]);
// @ts-expect-error: and for the CSV template too.
mde.toCsv([{ indicatorValue: 'x', severty: 'High' }]);
