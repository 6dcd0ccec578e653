// The client's own issues, in the package's shape `{ path, code, message, params }`: params
// are tokens and values for programs, the message is for people. Issues about indicators come
// from the core (validateBatch, readServiceError, readImportResponse, planSubmission).

/** The permissions a token needs for the indicator API (application or delegated). */
export const PERMISSIONS = ['Ti.ReadWrite', 'Ti.ReadWrite.All'];

const make = (code, message, params, path = '') => ({ path, code, message, params });

/** What a thrown value says, whatever it is. */
export function reasonOf(thrown) {
  try {
    return thrown instanceof Error ? thrown.message : String(thrown);
  } catch {
    return `a thrown ${typeof thrown}`;
  }
}

const serviceCodeOf = (serviceError) => (serviceError?.code === 'service_rejected' ? serviceError.params.serviceCode || null : null);
const serviceMessageOf = (serviceError) => (serviceError?.code === 'service_rejected' ? serviceError.params.message || null : null);
const serviceSays = (message) => (message ? `; the service says: ${message}` : '');

export const issues = {
  noCredential: () => make('sign_in_failed', 'no credential or token was given to createClient, so no call can be made', { errorName: null, reason: null }),

  signInFailed: (error) => {
    const reason = reasonOf(error).replace(/\s+/g, ' ').trim();
    return make('sign_in_failed', `could not get a token: ${reason}`, { errorName: typeof error?.name === 'string' ? error.name : null, reason });
  },

  unauthorized: (scope, serviceError) => {
    const serviceMessage = serviceMessageOf(serviceError);
    return make('unauthorized',
      `the service refused the token (401), also a fresh one: check that it was issued for ${scope} in the right tenant and cloud${serviceSays(serviceMessage)}`,
      { status: 401, scope, serviceCode: serviceCodeOf(serviceError), serviceMessage });
  },

  permissionDenied: (serviceError) => {
    const serviceMessage = serviceMessageOf(serviceError);
    return make('permission_denied',
      'the token lacks the permission for indicators (403): grant the app registration the WindowsDefenderATP application permission '
      + 'Ti.ReadWrite.All (or Ti.ReadWrite, which covers only the indicators the app created) and give admin consent; '
      + `a signed-in user also needs a Defender role that manages indicators${serviceSays(serviceMessage)}`,
      { status: 403, permissions: PERMISSIONS, serviceCode: serviceCodeOf(serviceError), serviceMessage });
  },

  /** `cause`: `status` (408, 429 or 5xx answers), `timeout` or `network` (`reason` says what failed). */
  serviceUnavailable: ({ status, attempts, cause, reason }) => make('service_unavailable',
    `no usable answer after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} (${cause === 'status' ? `last status ${status}` : reason}); `
    + 'whether the service applied the last call is not known, and sending the same indicators again is safe: the service updates an indicator of the same type and value',
    { status: status ?? null, attempts, cause, reason: cause === 'status' ? null : reason }),

  /**
   * `expected`: what the answer lacked: `import_result` (`detail`: the reader's issue code, or
   * `results/sent` when the counts differ), `value_array`, `error_body`, `service_error` (a
   * status the client does not expect; `detail`: the service's `code: message`) or `status`
   * (the same without an error body; `detail`: the method and path).
   */
  unexpectedResponse: (status, expected, detail = null) => {
    const what = {
      import_result: `an unreadable import result (${detail})`,
      value_array: 'a body without a "value" array',
      error_body: 'no body',
      service_error: detail,
      status: `an unexpected status for ${detail}`,
    }[expected];
    return make('unexpected_response', `the service answered ${status} with ${what}`, { status, expected, detail });
  },

  aborted: () => make('aborted', 'stopped by the caller (its AbortSignal) before this was done', {}),

  notOwned: (owner, entity, path) => make('not_owned',
    `the tenant already has this indicator (id ${entity.id}) and it does not belong to owner "${owner}" `
    + `(its externalId is ${entity.externalId ? JSON.stringify(entity.externalId) : 'empty'}), so sync leaves it alone`,
    { id: String(entity.id), externalId: entity.externalId ?? null, owner }, path),

  syncNeedsExternalId: (profile) => make('sync_needs_external_id',
    `sync knows the indicators it owns by their externalId, a field profile ${profile} does not have; use a profile with externalId (current)`,
    { profile }),

  deletionsSkipped: (invalid) => make('deletions_skipped',
    `nothing was deleted because ${invalid} ${invalid === 1 ? 'item is' : 'items are'} invalid: an invalid item may stand for an indicator that must stay`,
    { invalid }),
};

/** Thrown by `list` and by calls the client cannot make at all; `.issue` is the issue. */
export class ClientError extends Error {
  constructor(issue) {
    super(issue.message);
    this.name = 'ClientError';
    this.code = issue.code;
    this.status = issue.params?.status ?? null;
    this.issue = issue;
  }
}
