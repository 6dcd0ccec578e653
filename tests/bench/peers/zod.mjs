// The `current` profile for zod 4: one strict object per indicator type in a discriminated
// union on `indicatorType` (its value check and its actions), the cross-field rules as
// refinements; rules.mjs for what zod's own formats do not say (non-global IP ranges, the URL
// rules, two labels and a non-numeric TLD on top of `z.hostname()`).
import * as z from 'zod';
import {
  CATEGORY, CERTIFICATE_ACTIONS, FILE_ACTIONS, HEX, NETWORK_ACTIONS, NON_BLANK, SEVERITIES, TECHNIQUE, TLD_RULE,
  commaList, isEducateUrl, isGlobalIp, isUrl,
} from './rules.mjs';

/** Schema construction. */
export function createZodSchema() {
  const nonBlank = z.string().regex(NON_BLANK);
  const common = {
    application: z.string().optional(),
    title: nonBlank,
    description: nonBlank,
    expirationTime: z.iso.datetime({ offset: true }).optional(),
    severity: z.enum(SEVERITIES).optional(),
    recommendedActions: z.string().optional(),
    rbacGroupNames: z.union([z.array(nonBlank), z.string().refine(commaList)]).optional(),
    generateAlert: z.boolean().optional(),
    category: z.string().regex(CATEGORY).optional(),
    mitreTechniques: z.array(z.string().regex(TECHNIQUE)).optional(),
    externalId: z.string().optional(),
  };
  const variant = (type, indicatorValue, actions, extra = {}) =>
    z.strictObject({ indicatorValue, indicatorType: z.literal(type), action: z.enum(actions), ...common, ...extra });
  const hex = (type) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${HEX[type]}}$`));
  return z
    .discriminatedUnion('indicatorType', [
      variant('FileSha1', hex('FileSha1'), FILE_ACTIONS),
      variant('FileSha256', hex('FileSha256'), FILE_ACTIONS),
      variant('FileMd5', hex('FileMd5'), FILE_ACTIONS),
      variant('CertificateThumbprint', hex('CertificateThumbprint'), CERTIFICATE_ACTIONS),
      variant('IpAddress', z.string().refine(isGlobalIp), NETWORK_ACTIONS),
      variant('DomainName', z.hostname().regex(TLD_RULE), NETWORK_ACTIONS),
      variant('Url', z.string().refine(isUrl), NETWORK_ACTIONS, {
        educateUrl: z.string().refine(isEducateUrl).optional(),
      }).refine((o) => o.educateUrl === undefined || o.action === 'Block' || o.action === 'Warn', {
        path: ['educateUrl'],
        message: 'educateUrl only with Block or Warn',
      }),
    ])
    .refine((o) => o.action !== 'Audit' || o.generateAlert === true, {
      path: ['generateAlert'],
      message: 'must be true when action is Audit',
    });
}

/** One indicator: `{ valid, errors }`. */
export function zodCheck(schema, item) {
  const r = schema.safeParse(item);
  return { valid: r.success, errors: r.success ? [] : r.error.issues };
}
