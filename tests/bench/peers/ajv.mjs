// The `current` profile for ajv 8 + ajv-formats, as JSON Schema: required fields, enums,
// unknown keys refused, per-type values and actions by if/then, the cross-field rules as
// if/then; what JSON Schema cannot say (non-global IP ranges, the URL rules) as custom
// formats from rules.mjs. ajv-formats' `date-time` checks the calendar; a pattern adds what
// it lets through (a space for the T, +0100, a missing offset, the leap second).
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  ACTIONS, CATEGORY, CERTIFICATE_ACTIONS, DATE_TIME_SHAPE, FILE_ACTIONS, HEX, NETWORK_ACTIONS, SEVERITIES,
  TECHNIQUE, TLD_RULE, TYPES, isEducateUrl, isGlobalIp, isUrl,
} from './rules.mjs';

const nonBlank = { type: 'string', pattern: '\\S' };
const whenType = (type, indicatorValue, actions) => ({
  if: { properties: { indicatorType: { const: type } }, required: ['indicatorType'] },
  then: { properties: { indicatorValue, action: { enum: actions } } },
});
const hex = (type) => ({ type: 'string', pattern: `^[0-9a-fA-F]{${HEX[type]}}$` });

export const currentSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['indicatorValue', 'indicatorType', 'action', 'title', 'description'],
  properties: {
    indicatorValue: { type: 'string' },
    indicatorType: { enum: TYPES },
    action: { enum: ACTIONS },
    application: { type: 'string' },
    title: nonBlank,
    description: nonBlank,
    expirationTime: { type: 'string', format: 'date-time', pattern: DATE_TIME_SHAPE.source },
    severity: { enum: SEVERITIES },
    recommendedActions: { type: 'string' },
    rbacGroupNames: {
      anyOf: [
        { type: 'array', items: nonBlank },
        { type: 'string', not: { pattern: '(^|,)\\s*(,|$)' } }, // a comma list without empty names
      ],
    },
    educateUrl: { type: 'string', format: 'educate-url' },
    generateAlert: { type: 'boolean' },
    category: { type: 'string', pattern: CATEGORY.source },
    mitreTechniques: { type: 'array', items: { type: 'string', pattern: TECHNIQUE.source } },
    externalId: { type: 'string' },
  },
  allOf: [
    whenType('FileSha1', hex('FileSha1'), FILE_ACTIONS),
    whenType('FileSha256', hex('FileSha256'), FILE_ACTIONS),
    whenType('FileMd5', hex('FileMd5'), FILE_ACTIONS),
    whenType('CertificateThumbprint', hex('CertificateThumbprint'), CERTIFICATE_ACTIONS),
    whenType('IpAddress', { type: 'string', format: 'global-ip' }, NETWORK_ACTIONS),
    whenType('DomainName', { type: 'string', format: 'hostname', pattern: TLD_RULE.source }, NETWORK_ACTIONS),
    whenType('Url', { type: 'string', format: 'indicator-url' }, NETWORK_ACTIONS),
    {
      if: { properties: { action: { const: 'Audit' } }, required: ['action'] },
      then: { required: ['generateAlert'], properties: { generateAlert: { const: true } } },
    },
    {
      if: { required: ['educateUrl'] },
      then: { properties: { indicatorType: { const: 'Url' }, action: { enum: ['Block', 'Warn'] } } },
    },
  ],
};

/** `ajv.compile` of the schema: the validate function (`.errors` after a false). */
export function createAjvValidator() {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  ajv.addFormat('global-ip', isGlobalIp);
  ajv.addFormat('indicator-url', isUrl);
  ajv.addFormat('educate-url', isEducateUrl);
  return ajv.compile(currentSchema);
}

/** One indicator: `{ valid, errors }`. */
export function ajvCheck(validate, item) {
  const valid = validate(item);
  return { valid, errors: valid ? [] : validate.errors };
}
