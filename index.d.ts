// Types of mde-indicator. Enum and code lists are checked against the Rust source by
// `cargo test` (tests/fixtures.rs), and this file is type-checked by `npm test`.

/** A documented revision of the indicator API. `current` is the default. */
export type ProfileName = '2020' | '2021' | '2022' | 'current';

export type IndicatorType =
  | 'FileSha1'
  | 'FileSha256'
  | 'FileMd5'
  | 'CertificateThumbprint'
  | 'IpAddress'
  | 'DomainName'
  | 'Url';

export type Action = 'Alert' | 'AlertAndBlock' | 'Allowed' | 'Warn' | 'Block' | 'Audit' | 'BlockAndRemediate';

export type Severity = 'Informational' | 'Low' | 'Medium' | 'High';

/** The request body of `POST /api/indicators`, as a user writes it. */
export interface Indicator {
  indicatorValue: string;
  indicatorType: IndicatorType;
  action: Action;
  title: string;
  description: string;
  application?: string;
  /** RFC 3339 with an offset, or a Date. */
  expirationTime?: string | Date;
  severity?: Severity;
  recommendedActions?: string;
  /** An array; a comma-separated string is accepted and split, with a warning. */
  rbacGroupNames?: string[] | string;
  educateUrl?: string;
  generateAlert?: boolean;
  category?: string;
  mitreTechniques?: string[];
  externalId?: string;
}

/** The canonical body: documented key order, lower-case hex, UTC dates, arrays. */
export interface Payload {
  indicatorValue: string;
  indicatorType: IndicatorType;
  action: Action;
  application?: string;
  title: string;
  description: string;
  /** UTC, `YYYY-MM-DDTHH:MM:SS[.fffffff]Z`. */
  expirationTime?: string;
  severity?: Severity;
  recommendedActions?: string;
  rbacGroupNames?: string[];
  educateUrl?: string;
  generateAlert?: boolean;
  category?: string;
  mitreTechniques?: string[];
  externalId?: string;
  /** Undocumented fields, only with `allowUndocumented`. */
  [undocumented: string]: unknown;
}

type Empty = Record<string, never>;

/** `params` of each issue code. */
// <generated from src/issue by tests/issue_table.rs>
export type FieldName = 'indicatorValue' | 'indicatorType' | 'action' | 'application' | 'title' | 'description' | 'expirationTime' | 'severity' | 'recommendedActions' | 'rbacGroupNames' | 'educateUrl' | 'generateAlert' | 'category' | 'mitreTechniques' | 'externalId';
/** Why a value, a CSV text or a JSON text is not acceptable (`params.reason`). */
export type Reason = 'backslash' | 'blank' | 'brackets' | 'cell_type' | 'contains_space' | 'control_character' | 'day' | 'empty' | 'empty_label' | 'end_in_array' | 'end_in_object' | 'expected_array' | 'expected_colon' | 'expected_comma_or_brace' | 'expected_comma_or_bracket' | 'expected_key' | 'expected_object' | 'fraction_digits' | 'hour' | 'invalid_escape' | 'invalid_number' | 'invalid_unicode_escape' | 'ip_address' | 'ipv6_literal' | 'label_character' | 'label_hyphen' | 'label_too_long' | 'list_item_blank' | 'list_item_comma' | 'list_item_not_string' | 'minute' | 'month' | 'no_column' | 'no_such_day' | 'not_an_address' | 'numeric_tld' | 'offset_hour' | 'offset_minute' | 'offset_missing' | 'offset_shape' | 'out_of_range' | 'port' | 'prefix_out_of_range' | 'range' | 'scheme' | 'scheme_missing' | 'scheme_or_path' | 'scheme_slashes' | 'second' | 'shape' | 'single_label' | 'text_after_quote' | 'too_deep' | 'too_long' | 'trailing_text' | 'unclosed_bracket' | 'unclosed_quote' | 'unexpected_character' | 'unexpected_end' | 'unseen_character' | 'unterminated_string' | 'user_info' | 'wildcard' | 'year' | 'zone_id';
/** The JSON shape expected (`invalid_type`'s `params.expected`). */
export type Expected = 'array' | 'boolean' | 'error_body' | 'feed' | 'import_answer' | 'json_value' | 'misp_input' | 'object' | 'stix_input' | 'string' | 'string_array';
/** A non-global address range (`ip_not_global`'s `params.range`). */
export type IpRange = 'benchmarking' | 'discard_only' | 'documentation' | 'ietf_protocol' | 'link_local' | 'loopback' | 'multicast' | 'nat64_local' | 'private' | 'reserved' | 'shared' | 'site_local' | 'this_network' | 'unique_local' | 'unspecified';

export interface IssueParams {
  invalid_json: { reason: Reason; line: number; column: number };
  unreadable_input: { detail: string };
  duplicate_key: { key: string };
  required: { field: FieldName };
  invalid_type: { expected: Expected; received: string };
  empty_value: Empty;
  unrepresentable_string: Empty;
  unknown_field: { field: string; suggestion: FieldName | null };
  field_not_in_profile: { field: FieldName; profile: ProfileName; since: ProfileName | null };
  invalid_enum: { field: FieldName; received: string; allowed: string[]; suggestion: string | null };
  enum_not_in_profile: { field: FieldName; received: string; profile: ProfileName; since: ProfileName | null };
  invalid_hash: { indicatorType: IndicatorType; expectedLength: number; length: number; nonHex: string | null };
  invalid_ip: { reason: Reason };
  cidr_not_supported: { profile: ProfileName };
  ip_not_global: { range: IpRange; block: string };
  invalid_domain: { reason: Reason };
  idn_not_ascii: Empty;
  invalid_url: { reason: Reason };
  onion_service: Empty;
  invalid_datetime: { reason: Reason };
  invalid_technique: Empty;
  invalid_category: Empty;
  audit_requires_generate_alert: Empty;
  educate_url_not_applicable: { action: Action; indicatorType: IndicatorType };
  action_not_allowed_for_type: { action: Action; indicatorType: IndicatorType; allowed: Action[] };
  empty_input: Empty;
  invalid_utf8: { offset: number };
  invalid_csv: { line: number; reason: Reason };
  invalid_csv_header: { expected: string; found: string };
  invalid_csv_row: { expected: number; found: number };
  too_many_rows: { rows: number; limit: number };
  import_batch_too_large: { items: number; limit: number };
  legacy_action_in_csv: { action: Action };
  not_representable_in_csv: { reason: Reason };
  active_limit_exceeded: { limit: number; active: number; adding: number };
  service_rejected: { serviceCode: string; message: string; target: string | null; retryable: boolean };
  import_item_failed: { reason: string; id: string | null; indicator: string | null };
  legacy_action: { action: Action; replacement: Action };
  https_enforced_only_in_edge: Empty;
  url_without_scheme: Empty;
  expiration_in_past: { now: string };
  fraction_truncated: Empty;
  rbac_group_names_as_string: Empty;
  duplicate_value: { value: string };
  application_only_on_create: Empty;
  techniques_without_category: Empty;
  unknown_category: Empty;
  cidr_host_bits_set: { network: string };
  hidden_character: { codePoint: string };
  undocumented_field: { field: string };
  well_known_target: { listed: string; category: string };
  duplicate_indicator: { firstIndex: number };
}

export type WarningCode =
  | 'legacy_action'
  | 'https_enforced_only_in_edge'
  | 'url_without_scheme'
  | 'expiration_in_past'
  | 'fraction_truncated'
  | 'rbac_group_names_as_string'
  | 'duplicate_value'
  | 'application_only_on_create'
  | 'techniques_without_category'
  | 'unknown_category'
  | 'cidr_host_bits_set'
  | 'hidden_character'
  | 'undocumented_field'
  | 'well_known_target'
  | 'duplicate_indicator';
// </generated>

export type IssueCode = keyof IssueParams;
export type ErrorCode = Exclude<IssueCode, WarningCode>;

/** One problem; checking `code` narrows `params`. */
export type Issue<C extends IssueCode = IssueCode> = {
  [K in C]: {
    /** JSON pointer to the field (`/indicatorValue`, `/rbacGroupNames/1`); `""` is the whole input. */
    path: string;
    code: K;
    /** For people: the core's English, or the `locale` asked for; may quote the input. */
    message: string;
    params: IssueParams[K];
  };
}[C];

export type ValidationResult =
  | { valid: true; errors: []; warnings: Issue<WarningCode>[]; payload: Payload }
  | { valid: false; errors: Issue<ErrorCode>[]; warnings: Issue<WarningCode>[]; payload?: undefined };

/** The package's locales: `en` is the core's, the others are `mde-indicator/locales/<tag>`. */
export type LocaleTag = 'en' | 'nl' | 'fr' | 'zh-TW' | 'de' | 'es' | 'ja' | 'zh-CN';

export interface LocaleOptions {
  /**
   * The language of the issues' `message`s (params and codes stay the same). A language tag,
   * matched as `matchLocale` does (`fr-CA` → `fr`); default `en`. A locale that was not
   * loaded (`import 'mde-indicator/locales/fr'`) throws an Error that says so.
   */
  locale?: LocaleTag | (string & {});
}

/** Every locale of the package, `en` first. */
export const LOCALES: readonly LocaleTag[];

/** The package's locale for a language tag or POSIX locale (`fr_FR.UTF-8`), or null. */
export function matchLocale(tag: string): LocaleTag | null;

/**
 * The message of an issue in a locale (default `en`, the core's English), from its code and
 * params alone. Throws an Error for a locale that was not loaded.
 */
export function formatIssue(issue: { code: string; params: object; message?: string }, locale?: LocaleTag | (string & {})): string;

export interface ValidateOptions extends LocaleOptions {
  /** Default `current`. An unknown name throws an Error. */
  profile?: ProfileName;
  /** For the "already expired" warning; ISO 8601 text or a Date. Default: the clock. */
  now?: string | Date;
  /** Accept the service's undocumented fields (bypassDurationHours, ...) with a warning. */
  allowUndocumented?: boolean;
}

/**
 * What the indicator functions accept for a value of type `T`: anything at run time, and at
 * compile time an object whose type TypeScript knows must have only indicator keys, each with a
 * value the field takes. A `string` where the field is an enum passes (a form's text, to be
 * checked at run time); a literal that is not one of the enum's values does not. Values typed
 * `unknown` or `any`, arrays, primitives and records with an index signature pass as they are.
 */
export type IndicatorInput<T> = unknown extends T ? unknown
  : T extends readonly unknown[] ? T
  : T extends object ? (string extends keyof T ? T : CheckedFields<T>)
  : T;

/** Each key of `T` that no indicator has becomes `never`, each value the field cannot take the field's type. */
type CheckedFields<T> = { [K in keyof T]: K extends keyof Indicator ? (Fits<T[K], Indicator[K]> extends true ? T[K] : Indicator[K]) : K extends keyof FeedIndicator ? T[K] : never };
/** A literal fits when it is of the field's type; a plain `string` fits any field of strings. */
type Fits<V, W> = [V] extends [ReadonlyArrays<W>] ? true : [string] extends [V] ? (W extends string ? true : false) : false;
/** Literals written in place arrive as readonly tuples (the functions' `const` type parameters). */
type ReadonlyArrays<W> = W extends (infer E)[] ? readonly E[] : W;

/**
 * Validates one indicator object. Never throws for bad input; throws for bad options.
 * The first signature gives editors the fields to complete; the second takes any value, and
 * refuses at compile time an object literal with a misspelt key or an enum value that does not
 * exist (see `IndicatorInput`).
 */
export function validate(input: Indicator, options?: ValidateOptions): ValidationResult;
export function validate<const T>(input: IndicatorInput<T>, options?: ValidateOptions): ValidationResult;

/** Validates one indicator given as JSON text (duplicate keys and syntax errors reported). */
export function validateJson(text: string, options?: ValidateOptions): ValidationResult;

/** The canonical body, or throws an IndicatorError listing every error. Takes what `validate` takes. */
export function buildPayload(input: Indicator, options?: ValidateOptions): Payload;
export function buildPayload<const T>(input: IndicatorInput<T>, options?: ValidateOptions): Payload;

export interface FieldInfo {
  name: keyof Indicator;
  type: 'string' | 'boolean' | 'array';
  required: boolean;
  enum?: string[];
  format?: 'date-time' | 'url';
  examples?: string[];
  items?: 'string';
  /** The column of the portal's CSV template that holds it, where there is one. */
  csvColumn?: string;
}

export interface RateLimit {
  perMinute: number;
  perHour: number | null;
}

export interface ProfileInfo {
  name: ProfileName;
  default: boolean;
  /** The documentation revision it implements. */
  source: string;
  host: string;
  submitUrl: string;
  importUrl: string;
  indicatorTypes: IndicatorType[];
  actions: Action[];
  /** Accepted with a `legacy_action` warning. */
  legacyActions: Action[];
  actionsByType: Partial<Record<IndicatorType, Action[]>>;
  severities: Severity[];
  cidr: boolean;
  fields: FieldInfo[];
  /** Per tenant, and per call: import body items, `$top` of a list call, ids of a BatchDelete. */
  limits: { activeIndicators: number; importBatchSize: number; listPageSize: number; batchDeleteSize: number };
  /** Per route: POST /api/indicators, its import, GET /api/indicators, BatchDelete. */
  rateLimits: { submit: RateLimit; import: RateLimit; list: RateLimit; batchDelete: RateLimit };
}

export type BatchFormat = 'json' | 'ndjson' | 'csv';

export interface BatchOptions extends ValidateOptions {
  /** Guessed from the first character when omitted: `[` or `{"Indicators"` JSON, `{` NDJSON, else CSV. */
  format?: BatchFormat;
  /** Default true; false leaves payloads out of the report (smaller, faster). */
  includePayloads?: boolean;
  /** Default false; true gives each invalid item its `input`, to show the offending values. */
  includeInputs?: boolean;
}

export interface BatchSummary {
  total: number;
  valid: number;
  invalid: number;
  /** Warnings issued across all items. */
  warnings: number;
}

export interface BatchItem {
  /** Position in the batch, from 0 (continuing across chunks of a batch validator). */
  index: number;
  /** 1-based line where the item starts, for text input (not inside an import body). */
  line?: number;
  valid: boolean;
  /** Paths start with the item: `/12/indicatorValue`. */
  errors: Issue<ErrorCode>[];
  warnings: Issue<WarningCode>[];
  payload?: Payload;
  /**
   * With `includeInputs`, an invalid item as it was read (a CSV row as the object it maps to;
   * a JS value without a JSON form as its kind): `pointerSegments(path).slice(1)` finds an
   * issue's value in it.
   */
  input?: unknown;
}

export interface BatchReport {
  summary: BatchSummary;
  /** Problems with the input as a whole: invalid_json, empty_input, invalid_csv_header, ... */
  errors: Issue<ErrorCode>[];
  items: BatchItem[];
}

export type BatchInput = unknown[] | string | Uint8Array;

/** A batch whose items are each checked as `IndicatorInput`; text and bytes as they are. */
export type BatchItems<T> = T extends readonly unknown[] ? { [I in keyof T]: IndicatorInput<T[I]> } : unknown;

/** Validates many indicators in one call into the core. An array's items are typed as `validate`'s input. */
export function validateBatch(input: Indicator[] | string | Uint8Array, options?: BatchOptions): BatchReport;
export function validateBatch<const T extends BatchInput | readonly unknown[]>(input: T & BatchItems<T>, options?: BatchOptions): BatchReport;

export interface BatchValidator {
  /** Validates one chunk; NDJSON chunks must end at a line end. */
  validate(chunk: BatchInput, format?: BatchFormat): BatchReport;
  /** Running totals over every chunk. */
  summary(): BatchSummary;
  /** Issues only visible at the end of the input (empty_input). */
  finish(): Issue<ErrorCode>[];
  /** Releases the wasm memory; the validator cannot be used afterwards. */
  free(): void;
}

export function createBatchValidator(options?: BatchOptions): BatchValidator;

export interface ImportBodies {
  bodies: { Indicators: Payload[] }[];
  invalid: BatchItem[];
  errors: Issue<ErrorCode>[];
  summary: BatchSummary;
}

/** Import bodies of at most `batchSize` (≤ 500) valid items; invalid items are returned apart. */
export function toImportBodies(items: BatchInput | BatchReport, options?: BatchOptions & { batchSize?: number }): ImportBodies;

export interface SubmissionRoute {
  calls: number;
  /** From the first call to the start of the last, at the fastest pace the limits allow. */
  minimumSeconds: number;
  perMinute: number;
  perHour: number | null;
}

export interface SubmissionPlan {
  valid: boolean;
  errors: Issue<'active_limit_exceeded'>[];
  count: number;
  activeIndicators: number;
  activeLimit: number;
  /** One POST /api/indicators per indicator. */
  submit: SubmissionRoute;
  /** POST /api/indicators/import, 500 per call. */
  import: SubmissionRoute;
}

export function planSubmission(count: number, options?: LocaleOptions & { activeIndicators?: number; profile?: ProfileName }): SubmissionPlan;

export interface ImportResponse {
  summary: { total: number; succeeded: number; failed: number };
  errors: Issue<'invalid_json' | 'invalid_type'>[];
  items: { index: number; id: string | null; indicator: string | null; failed: boolean; errors: Issue<'import_item_failed'>[] }[];
}

/** Reads the import API's answer `{"value": [{id, indicator, isFailed, failureReason}]}` (text or parsed). */
export function readImportResponse(json: string | object, options?: LocaleOptions): ImportResponse;

/** Reads the service's error body `{"error": {code, message, target}}` (text or parsed). */
export function readServiceError(json: string | object, options?: LocaleOptions): Issue<'service_rejected' | 'invalid_json' | 'invalid_type'>;

/** The portal's CSV template for the items; throws IndicatorError for items it cannot hold without loss. */
export function toCsv(items: Indicator[], options?: LocaleOptions): string;
export function toCsv<const T extends readonly unknown[]>(items: T & BatchItems<T>, options?: LocaleOptions): string;

/** Every profile by name. */
export function profiles(): Record<ProfileName, ProfileInfo>;

/** Thrown by buildPayload for an invalid indicator. */
export class IndicatorError extends Error {
  name: 'IndicatorError';
  errors: Issue<ErrorCode>[];
  warnings: Issue<WarningCode>[];
}

export interface ExtractOptions extends LocaleOptions {
  /** The profile whose rules give each finding's verdict. Default `current`. */
  profile?: ProfileName;
  /** Keep only the first finding of each type and value. Default false. */
  unique?: boolean;
}

/** The types `extract` finds: a 40-digit hash is reported as FileSha1. */
export type ExtractedType = Exclude<IndicatorType, 'CertificateThumbprint'>;

/** One indicator found in a text. */
export interface Found {
  /** Refanged; hashes, domain names and a URL's scheme and host in lower case. */
  value: string;
  indicatorType: ExtractedType;
  /** UTF-16 offsets: `text.slice(start, end)` is `this.text`. */
  start: number;
  end: number;
  /** The span as written, defanged or not. */
  text: string;
  defanged: boolean;
  /** No error from `validate` for this value and type (the action aside). */
  submittable: boolean;
  /** What `validate` says of `/indicatorValue` and `/indicatorType`. */
  errors: Issue<ErrorCode>[];
  warnings: Issue<WarningCode>[];
}

/** Every hash, IP address, domain name (with a real TLD) and URL in free text, defanged or not. */
export function extract(text: string, options?: ExtractOptions): Found[];

export interface Detected {
  /** Refanged and trimmed. */
  value: string;
  /** `null` when the whole value is none of the kinds `extract` finds. */
  indicatorType: ExtractedType | null;
  defanged: boolean;
  submittable: boolean;
  errors: Issue<ErrorCode>[];
  warnings: Issue<WarningCode>[];
}

/** What one value is, as `extract` would find it, with the verdict of `validate`. */
export function detectType(value: string, options?: LocaleOptions & { profile?: ProfileName }): Detected;

/** `hxxps://evil[.]com` → `https://evil.com`: every usual defanged token replaced. */
export function refang(value: string): string;

/** `https://evil.com/a` → `hxxps://evil[.]com/a`; `refang` undoes it. */
export function defang(value: string): string;

// ---- Threat-intelligence feeds: STIX 2.1 and MISP (src/feeds) ----

export type FeedFormat = 'stix' | 'misp';

/** The options of `fromStix` and `fromMisp`; values given here are written as given, for `validate` to judge. */
export interface FeedOptions extends LocaleOptions {
  /** The profile whose fields the indicators get. Default `current`. */
  profile?: ProfileName;
  /** For STIX's "already expired" and `expiresInDays`. Default: the clock. */
  now?: string | Date;
  /**
   * One action for all, or one per kind. Default: an action that alerts without blocking where
   * the profile has one (`Audit` with `generateAlert: true`; `Alert` in 2020 and 2021), and none
   * for certificates in `current`, whose only actions block or allow.
   */
  action?: Action | { files?: Action; certificates?: Action; network?: Action };
  /** Where the feed gives none (MISP's threat level comes first). */
  severity?: Severity;
  /** Where the feed gives none (STIX's `valid_until` comes first). Excludes `expiresInDays`. */
  expirationTime?: string;
  /** `now` plus this many days, where the feed gives no expiration. */
  expiresInDays?: number;
  /** Where the feed gives none. */
  title?: string;
  /** Where the feed gives none. */
  description?: string;
}

export interface StixOptions extends FeedOptions {
  /** Also map indicators marked `revoked`. Default false. */
  includeRevoked?: boolean;
}

export interface MispOptions extends FeedOptions {
  /** Only attributes marked `to_ids`. Default true. */
  toIdsOnly?: boolean;
  /** Also `link` attributes, which are usually references. Default false. */
  includeLinks?: boolean;
}

/** Where an indicator came from. */
export interface FeedSource {
  /** The STIX object's `id` or the MISP attribute's `uuid`. */
  id: string | null;
  /** JSON pointer to the object or attribute in the input. */
  path: string;
}

/** An indicator body from a feed, before validation. */
export interface FeedIndicator {
  indicatorValue: string;
  indicatorType: IndicatorType;
  action?: Action;
  title: string;
  description: string;
  expirationTime?: string;
  severity?: Severity;
  generateAlert?: boolean;
  category?: string;
  mitreTechniques?: string[];
  externalId?: string;
  /** Not enumerable: `validate`, `validateBatch` and `JSON.stringify` do not see it. */
  readonly source: FeedSource;
}

export type JsonKind = 'missing' | 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

/** Why a STIX pattern could not be read. */
export type PatternFault =
  | 'empty'
  | 'too_long'
  | 'too_deep'
  | 'invalid_character'
  | 'unterminated_string'
  | 'bad_escape'
  | 'unterminated_comment'
  | 'invalid_constant'
  | 'unclosed_bracket'
  | 'unmatched_bracket'
  | 'expected_observation'
  | 'expected_object_path'
  | 'expected_operator'
  | 'expected_constant'
  | 'invalid_qualifier'
  | 'unexpected_token';

/** `params` of each skip code (checked against src/feeds/skip.rs by `cargo test`). */
export interface SkipParams {
  not_an_object: { received: JsonKind };
  invalid_property: { property: string; expected: JsonKind; received: JsonKind };
  duplicate_property: { property: string };
  stix_pattern_type: { patternType: string };
  stix_revoked: Empty;
  stix_expired: { validUntil: string; now: string };
  stix_invalid_pattern: { reason: PatternFault; offset: number };
  stix_and: { expression: string };
  stix_followed_by: { expression: string };
  stix_qualifier: { qualifier: 'WITHIN' | 'REPEATS' | 'START/STOP'; expression: string };
  stix_pattern_match: { operator: 'LIKE' | 'MATCHES'; expression: string };
  stix_negation: { expression: string };
  stix_operator: { operator: '<' | '<=' | '>' | '>=' | 'ISSUBSET' | 'ISSUPERSET' | 'EXISTS' | 'IN ()'; expression: string };
  stix_object_path: { objectPath: string };
  stix_hash_algorithm: { objectPath: string; algorithm: string };
  stix_value_type: { objectPath: string; literal: 'integer' | 'float' | 'boolean' | 'binary' | 'hex' | 'timestamp' };
  stix_observable: { objectType: string };
  misp_type: { type: string };
  misp_not_to_ids: Empty;
  misp_link: Empty;
  misp_deleted: Empty;
  misp_composite_value: { type: string };
}

export type SkipCode = keyof SkipParams;

/** An entry, or one alternative of a STIX pattern, that was not mapped; checking `code` narrows `params`. */
export type Skipped<C extends SkipCode = SkipCode> = {
  [K in C]: {
    /** The STIX object's `id` or the MISP attribute's `uuid`, when it has one. */
    id: string | null;
    /** JSON pointer to the entry, or to the property that decided (`/objects/3/pattern`). */
    path: string;
    code: K;
    message: string;
    params: SkipParams[K];
  };
}[C];

export interface FeedSummary {
  format: FeedFormat;
  /** STIX objects, or MISP attributes, read. */
  entries: number;
  indicators: number;
  skipped: number;
  indicatorsByType: Partial<Record<IndicatorType, number>>;
  skippedByCode: Partial<Record<SkipCode, number>>;
  /** STIX objects that are neither indicators nor observables (relationship, identity ...), by type. */
  ignoredByType: Record<string, number>;
}

/** Problems with the input as a whole: when there are any, nothing is mapped. */
export type FeedError = Issue<'invalid_json' | 'invalid_type' | 'invalid_utf8' | 'duplicate_key' | 'unreadable_input'>;

export interface FeedResult {
  indicators: FeedIndicator[];
  skipped: Skipped[];
  errors: FeedError[];
  summary: FeedSummary;
}

/** JSON text, its UTF-8 bytes, or the parsed value. */
export type FeedInput = string | Uint8Array | ArrayBuffer | object;

/** A STIX 2.1 bundle, TAXII envelope, array of objects or one object, mapped to indicators. */
export function fromStix(input: FeedInput, options?: StixOptions): FeedResult;

/** A MISP event, list of events or REST answer (of events or attributes), mapped to indicators. */
export function fromMisp(input: FeedInput, options?: MispOptions): FeedResult;

export interface FeedReader {
  format: FeedFormat;
  errors: FeedError[];
  /** Maps up to `limit` (default 1000) more entries; `null` once all are read. */
  next(limit?: number): { indicators: FeedIndicator[]; skipped: Skipped[] } | null;
  summary(): FeedSummary;
  /** Releases the wasm memory (the feed's text is kept there while reading). */
  free(): void;
}

/** A feed read entry by entry, for feeds too large to map in one answer. `format` detected when absent. */
export function createFeedReader(input: FeedInput, options?: StixOptions & MispOptions & { format?: FeedFormat }): FeedReader;

/** The feed a text holds, from its first keys: 'stix', 'misp', or null. */
export function detectFeed(input: string | Uint8Array): FeedFormat | null;

/** Every input format the package reads. */
export type InputFormat = 'json' | 'ndjson' | 'csv' | FeedFormat;

export interface FormatInfo {
  name: InputFormat;
  /** Lower-case, with the dot: the file extensions that name it when the content does not. */
  extensions: string[];
  /** Mapped to indicators before validation (`fromStix`, `fromMisp`). */
  feed: boolean;
  /** Read in chunks by the CLI and `createBatchValidator`, so memory is bounded by a chunk. */
  streamed: boolean;
}

/** The input formats, as the core declares them. */
export function formats(): FormatInfo[];

/**
 * The format of an input from its start (a file's first chunk is enough) and, when given, its
 * file's name: a feed by its first keys, else the name's extension, else the first character.
 */
export function detectFormat(input: string | Uint8Array, options?: { fileName?: string }): InputFormat;

/** A JSON pointer's segments, unescaped (RFC 6901): `/rbacGroupNames/1` → `['rbacGroupNames', '1']`. Throws a TypeError for a text that is not a pointer. */
export function pointerSegments(pointer: string): string[];
/** The JSON pointer of keys and indices: `['rbacGroupNames', 1]` → `/rbacGroupNames/1`. */
export function toPointer(segments: ReadonlyArray<string | number>): string;
/** The dialects of `toJsonSchema`, the targets of the Standard JSON Schema interface. */
export type JsonSchemaTarget = 'draft-2020-12' | 'draft-07' | 'openapi-3.0';

export interface JsonSchemaOptions {
  /** Default `current`. An unknown name throws an Error. */
  profile?: ProfileName;
  /** Default `draft-2020-12`. An unknown target throws an Error. */
  target?: JsonSchemaTarget;
  /** `input` (default): the bodies `validate` accepts; `output`: the canonical payload it returns. */
  io?: 'input' | 'output';
  /** Let the undocumented fields through, as `validate` does with the same option. */
  allowUndocumented?: boolean;
}

/**
 * The JSON Schema of an indicator body: every field with its type, enum and value format, the
 * required fields, the cross-field rules. It accepts every body that `validate` accepts; its
 * `x-mde-not-expressed` lists what `validate` checks beyond it.
 */
export function toJsonSchema(options?: JsonSchemaOptions): Record<string, unknown>;

/** A Standard Schema issue, with the code and params of the `validate` error it stands for. */
export interface IndicatorSchemaIssue {
  readonly message: string;
  /** The keys and indices that the error's JSON pointer names (`['rbacGroupNames', 1]`); `[]` for the whole input. */
  readonly path: ReadonlyArray<string | number>;
  readonly code: ErrorCode;
  readonly params: IssueParams[ErrorCode];
}

export type IndicatorSchemaResult =
  | { readonly value: Payload; readonly issues?: undefined; readonly warnings: Issue<WarningCode>[] }
  | { readonly issues: ReadonlyArray<IndicatorSchemaIssue>; readonly warnings: Issue<WarningCode>[] };

/** The options of `jsonSchema.input` and `.output` in the Standard JSON Schema interface. */
export interface StandardJsonSchemaOptions {
  /** Throws an Error for a target other than `draft-2020-12`, `draft-07` or `openapi-3.0`. */
  readonly target: JsonSchemaTarget | (string & {});
  readonly libraryOptions?: Record<string, unknown> | undefined;
}

/**
 * Standard Schema v1 (standardschema.dev), declared here so that no dependency is needed: any
 * library that takes a `StandardSchemaV1<Indicator, Payload>` takes it. What the lean entry
 * `mde-indicator/validate` gives.
 */
export interface IndicatorStandardSchema {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: 'mde-indicator';
    readonly validate: (value: unknown, options?: { readonly libraryOptions?: Record<string, unknown> | undefined } | undefined) => IndicatorSchemaResult;
    /** Types only: `undefined` at run time. */
    readonly types?: { readonly input: Indicator; readonly output: Payload } | undefined;
  };
}

/** Standard Schema v1 and Standard JSON Schema v1 (`StandardJSONSchemaV1<Indicator, Payload>`). */
export interface IndicatorSchema {
  readonly '~standard': IndicatorStandardSchema['~standard'] & {
    readonly jsonSchema: {
      readonly input: (options: StandardJsonSchemaOptions) => Record<string, unknown>;
      readonly output: (options: StandardJsonSchemaOptions) => Record<string, unknown>;
    };
  };
}

/**
 * `validate` as a Standard Schema, for form libraries (TanStack Form, react-hook-form's
 * resolver, ...): success gives the canonical payload, failure the errors; warnings never fail
 * and come with both results as `warnings`. Options are fixed here; without `now` each
 * validation reads the clock. Throws for bad options, as `validate` does.
 */
export function indicatorSchema(options?: ValidateOptions): IndicatorSchema;
