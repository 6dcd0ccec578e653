// Types of mde-indicator/client. Type-checked by `npm test` (tests/types); the issue codes are
// checked against the client's own by tests/node/client.test.mjs.

import type { BatchFormat, BatchInput, ErrorCode, Issue, LocaleTag, Payload, ProfileName, WarningCode } from '../index.js';

export type Cloud = 'public' | 'gcc' | 'gcc-high' | 'dod';
export type Region = 'us' | 'eu' | 'uk' | 'au' | 'swa' | 'ina' | 'aea';

/** What `@azure/identity`'s TokenCredential has; any object with it will do. */
export interface TokenCredential {
  getToken(scopes: string | string[], options?: unknown): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

export interface RouteLimit {
  perMinute?: number;
  /** `null`: no hourly limit. */
  perHour?: number | null;
}

/** Rate limits per route; each defaults to the documented one (`profiles()[profile].rateLimits`). */
export interface Limits {
  /** POST /api/indicators (mode `single`), and DELETE /api/indicators/{id}. */
  submit?: RouteLimit;
  /** POST /api/indicators/import. */
  import?: RouteLimit;
  /** GET /api/indicators. */
  list?: RouteLimit;
  /** POST /api/indicators/BatchDelete. */
  batchDelete?: RouteLimit;
}

export interface RetryOptions {
  /** Further attempts after a 408, a 5xx, a timeout or a network error. Default 5. */
  retries?: number;
  /** Further attempts after a 429, each after its Retry-After. Default 20. */
  rateLimitRetries?: number;
  /** Backoff: a random wait up to baseDelayMs·2^attempt, at most maxDelayMs. Defaults 500 and 30,000. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** Time for the pacer; the default is the real one. Tests and dry runs use a virtual one. */
export interface Clock {
  now(): number;
  /** Rejects with `signal.reason` when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface ClientOptions {
  /** Asked for a token with the cloud's scope; renewed 2 minutes before it expires and once on a 401. */
  credential?: TokenCredential;
  /** A bearer token, or a function returning one (called before every request). */
  token?: string | (() => string | Promise<string>);
  /** Default `public`. */
  cloud?: Cloud;
  /** A regional host of the public cloud: `<region>.api.security.microsoft.com`. */
  region?: Region;
  /** Replaces the host (a proxy, an emulator); `https`, or `http` on a loopback address. */
  baseUrl?: string;
  /** Overrides the cloud's token scope. */
  scope?: string;
  fetch?: typeof fetch;
  /** The profile whose rules judge the items. Default `current`. */
  profile?: ProfileName;
  /**
   * The language of every issue's `message` in the reports and ClientErrors (the core's and the
   * client's own), as the package root's `locale` option; the locale must be loaded
   * (`import 'mde-indicator/locales/fr'`). Default `en`.
   */
  locale?: LocaleTag | (string & {});
  allowUndocumented?: boolean;
  limits?: Limits;
  retry?: RetryOptions;
  /** Per request, in milliseconds. Default 60,000. */
  timeoutMs?: number;
  clock?: Clock;
  /** For the backoff's jitter; default Math.random. */
  random?: () => number;
}

export interface Endpoint {
  cloud: Cloud;
  baseUrl: string;
  scope: string;
  /** The sign-in authority of the cloud, for building a credential. */
  authorityHost: string;
}

/** Issues of the client itself, beside the core's. */
export interface ClientIssueParams {
  /** `reason`: what the credential said; null when none was given. */
  sign_in_failed: { errorName: string | null; reason: string | null };
  unauthorized: { status: 401; scope: string; serviceCode: string | null; serviceMessage: string | null };
  permission_denied: { status: 403; permissions: string[]; serviceCode: string | null; serviceMessage: string | null };
  /** `reason`: the network error or timeout, when `cause` is not `status`. */
  service_unavailable: { status: number | null; attempts: number; cause: 'status' | 'timeout' | 'network'; reason: string | null };
  /** `expected`: what the answer lacked; `detail` as js/client/issues.mjs says. */
  unexpected_response: { status: number; expected: 'import_result' | 'value_array' | 'error_body' | 'service_error' | 'status'; detail: string | null };
  aborted: Record<string, never>;
  not_owned: { id: string; externalId: string | null; owner: string };
  sync_needs_external_id: { profile: ProfileName };
  deletions_skipped: { invalid: number };
}

export type ClientIssueCode = keyof ClientIssueParams;

export type ClientIssue<C extends ClientIssueCode = ClientIssueCode> = {
  [K in C]: { path: string; code: K; message: string; params: ClientIssueParams[K] };
}[C];

/** An issue on an item: the validator's, the service's (`service_rejected`, `import_item_failed`) or the client's. */
export type ItemIssue = Issue<ErrorCode> | ClientIssue;

export interface Progress {
  total: number;
  invalid: number;
  sent: number;
  succeeded: number;
  failed: number;
  notSent: number;
  calls?: number;
  totalCalls?: number;
  /** Set while the pacer or a backoff waits this long before the next call. */
  waitingMs?: number;
  /** sync: while listing the tenant. */
  listing?: boolean;
}

export interface RunOptions {
  /** `import` (default): bodies of up to 500 to POST /api/indicators/import; `single`: one POST /api/indicators each. */
  mode?: 'import' | 'single';
  /** No network: the report says what would be sent, in how many calls, and how long pacing would take. */
  dryRun?: boolean;
  /** Stops between calls (and during waits); the report is still complete. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Of text or bytes; guessed when omitted, as validateBatch does. */
  format?: BatchFormat;
  /** The time to judge expirationTime by. Default: the clock. */
  now?: string | Date;
}

export type SubmitStatus = 'succeeded' | 'failed' | 'invalid' | 'notSent';

export interface SubmitItem {
  index: number;
  line?: number;
  status: SubmitStatus;
  /** The service's id, when it gave one. */
  id?: string;
  errors: ItemIssue[];
  warnings: Issue<WarningCode>[];
}

export interface SubmitSummary {
  total: number;
  invalid: number;
  /** succeeded + failed: items that went to the service. */
  sent: number;
  succeeded: number;
  failed: number;
  notSent: number;
}

export interface DryRun {
  mode: 'import' | 'single';
  items: number;
  calls: number;
  /** From the first call to the start of the last, at the pace the limits allow. */
  seconds: number;
}

export interface SubmitReport {
  summary: SubmitSummary;
  /** Every input item, exactly once, in input order. */
  items: SubmitItem[];
  /** About the run: unusable input (invalid_json ...), or why it stopped (permission_denied, service_unavailable, aborted ...). */
  errors: (Issue<ErrorCode> | ClientIssue)[];
  dryRun?: DryRun;
}

export interface ListOptions {
  /** OData `$filter` text, or `{ field: value }` (joined with `and`, compared with `eq`). */
  filter?: string | Record<string, string | boolean>;
  /** At most this many; default all. */
  top?: number;
  /** `$top` of each call; default and maximum `profiles()[profile].limits.listPageSize`. */
  pageSize?: number;
  signal?: AbortSignal;
}

/** An indicator as the service returns it. */
export interface ServiceIndicator extends Partial<Payload> {
  id: string;
  [field: string]: unknown;
}

export interface DeleteItem {
  id: string;
  /** `missing`: the service says it is not there (now). */
  status: 'deleted' | 'missing' | 'failed' | 'notSent';
  errors: ClientIssue[] | Issue[];
  indicatorType?: string;
  indicatorValue?: string;
  externalId?: string;
}

export interface DeleteReport {
  summary: { total: number; deleted: number; missing: number; failed: number; notSent: number };
  items: DeleteItem[];
  errors: (Issue | ClientIssue)[];
  dryRun?: { calls: number; seconds: number };
}

export interface SyncOptions extends RunOptions {
  /** Owner name: the indicators whose externalId starts with `<owner>:` are the owner's. */
  owner: string;
}

export interface SyncItem extends Omit<SubmitItem, 'status'> {
  status: SubmitStatus | 'unchanged';
  /** `add`, `update`, `none` (unchanged), or null when sync leaves it (another owner's). */
  action?: 'add' | 'update' | 'none' | null;
}

export interface SyncReport {
  summary: SubmitSummary & { unchanged: number; added: number; updated: number };
  items: SyncItem[];
  /** The owner's indicators that are not in the list. */
  deletions: DeleteReport;
  errors: (Issue | ClientIssue)[];
  warnings: ClientIssue<'deletions_skipped'>[];
  dryRun?: DryRun & { deleteCalls: number };
}

export interface Client {
  readonly endpoint: Endpoint;
  /** Validates, then sends the valid items; never rejects for the service's answers: see `errors`. */
  submit(items: BatchInput, options?: RunOptions): Promise<SubmitReport>;
  /** Every indicator (or `top` of them) matching `filter`, paged by $top/$skip. Rejects with a ClientError. */
  list(options?: ListOptions): Promise<ServiceIndicator[]>;
  /** BatchDelete, at most 500 ids a call. */
  delete(ids: (string | number)[], options?: Pick<RunOptions, 'dryRun' | 'signal'> & { onProgress?: (p: { total: number; deleted: number }) => void }): Promise<DeleteReport>;
  /** Makes the owner's indicators equal to `items`; refuses before any write when the tenant's active limit would be passed. */
  sync(items: BatchInput, options: SyncOptions): Promise<SyncReport>;
}

export function createClient(options?: ClientOptions): Client;

/** The client over an API object of your own (a service worker that loads the wasm itself). */
export function createClientFor(loadApi: () => unknown): (options?: ClientOptions) => Client;

export const CLOUDS: Record<Cloud, { host: string; scope: string; authorityHost: string; regions: boolean }>;
export const REGIONS: Region[];

/** Rejected by `list` (and by `sync` for a profile without externalId). */
export class ClientError extends Error {
  name: 'ClientError';
  code: ClientIssueCode;
  status: number | null;
  issue: ClientIssue;
}

/** A clock whose time moves only when something sleeps. */
export function virtualClock(start?: number): Clock;
