// The `current` profile for valibot 1: one strict object per indicator type in a `variant` on
// `indicatorType`, the cross-field rules as checks in pipes; rules.mjs for what valibot's own
// actions do not say. (`v.domain()` refuses `xn--` labels and numeric-looking TLDs the core
// accepts, and `v.isoTimestamp()` accepts a space for the T and +0100 without checking the
// calendar, so domains and date-times use the shared regex and check.)
import * as v from 'valibot';
import {
  CATEGORY, CERTIFICATE_ACTIONS, DATE_TIME_SHAPE, DOMAIN, FILE_ACTIONS, HEX, NETWORK_ACTIONS, NON_BLANK, SEVERITIES,
  TECHNIQUE, commaList, isEducateUrl, isGlobalIp, isRealDateTime, isUrl,
} from './rules.mjs';

/** Schema construction. */
export function createValibotSchema() {
  const nonBlank = v.pipe(v.string(), v.regex(NON_BLANK));
  const common = {
    application: v.optional(v.string()),
    title: nonBlank,
    description: nonBlank,
    expirationTime: v.optional(v.pipe(v.string(), v.regex(DATE_TIME_SHAPE), v.check(isRealDateTime))),
    severity: v.optional(v.picklist(SEVERITIES)),
    recommendedActions: v.optional(v.string()),
    rbacGroupNames: v.optional(v.union([v.array(nonBlank), v.pipe(v.string(), v.check(commaList))])),
    generateAlert: v.optional(v.boolean()),
    category: v.optional(v.pipe(v.string(), v.regex(CATEGORY))),
    mitreTechniques: v.optional(v.array(v.pipe(v.string(), v.regex(TECHNIQUE)))),
    externalId: v.optional(v.string()),
  };
  const variant = (type, indicatorValue, actions, extra = {}) =>
    v.strictObject({ indicatorValue, indicatorType: v.literal(type), action: v.picklist(actions), ...common, ...extra });
  const hex = (type) => v.pipe(v.string(), v.regex(new RegExp(`^[0-9a-fA-F]{${HEX[type]}}$`)));
  return v.pipe(
    v.variant('indicatorType', [
      variant('FileSha1', hex('FileSha1'), FILE_ACTIONS),
      variant('FileSha256', hex('FileSha256'), FILE_ACTIONS),
      variant('FileMd5', hex('FileMd5'), FILE_ACTIONS),
      variant('CertificateThumbprint', hex('CertificateThumbprint'), CERTIFICATE_ACTIONS),
      variant('IpAddress', v.pipe(v.string(), v.check(isGlobalIp)), NETWORK_ACTIONS),
      variant('DomainName', v.pipe(v.string(), v.regex(DOMAIN)), NETWORK_ACTIONS),
      v.pipe(
        variant('Url', v.pipe(v.string(), v.check(isUrl)), NETWORK_ACTIONS, {
          educateUrl: v.optional(v.pipe(v.string(), v.check(isEducateUrl))),
        }),
        v.check((o) => o.educateUrl === undefined || o.action === 'Block' || o.action === 'Warn', 'educateUrl only with Block or Warn'),
      ),
    ]),
    v.check((o) => o.action !== 'Audit' || o.generateAlert === true, 'generateAlert must be true when action is Audit'),
  );
}

/** One indicator: `{ valid, errors }`. */
export function valibotCheck(schema, item) {
  const r = v.safeParse(schema, item);
  return { valid: r.success, errors: r.success ? [] : r.issues };
}
