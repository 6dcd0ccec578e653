// The `current` profile's rules written for ajv 8 + ajv-formats, as a web developer would
// write them: required fields, enums, additionalProperties: false, per-type value patterns
// and the cross-field rules JSON Schema can express. (No internal-IP or calendar-offset
// subtleties beyond what `format` gives.)
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const hex = (n) => ({ type: 'string', pattern: `^[0-9a-fA-F]{${n}}$` });
const whenType = (type, indicatorValue, extra = {}) => ({
  if: { properties: { indicatorType: { const: type } }, required: ['indicatorType'] },
  then: { properties: { indicatorValue, ...extra } },
});

export const currentSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['indicatorValue', 'indicatorType', 'action', 'title', 'description'],
  properties: {
    indicatorValue: { type: 'string', minLength: 1 },
    indicatorType: { enum: ['FileSha1', 'FileSha256', 'FileMd5', 'CertificateThumbprint', 'IpAddress', 'DomainName', 'Url'] },
    action: { enum: ['Alert', 'AlertAndBlock', 'Allowed', 'Warn', 'Block', 'Audit', 'BlockAndRemediate'] },
    application: { type: 'string' },
    title: { type: 'string', minLength: 1, pattern: '\\S' },
    description: { type: 'string', minLength: 1, pattern: '\\S' },
    expirationTime: { type: 'string', format: 'date-time' },
    severity: { enum: ['Informational', 'Low', 'Medium', 'High'] },
    recommendedActions: { type: 'string' },
    rbacGroupNames: { type: 'array', items: { type: 'string', minLength: 1 } },
    educateUrl: { type: 'string', format: 'uri', pattern: '^https?://' },
    generateAlert: { type: 'boolean' },
    category: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]*$' },
    mitreTechniques: { type: 'array', items: { type: 'string', pattern: '^T\\d{4}(\\.\\d{3})?$' } },
    externalId: { type: 'string' },
  },
  allOf: [
    whenType('FileSha1', hex(40), { action: { enum: ['Allowed', 'Audit', 'Warn', 'Block', 'BlockAndRemediate', 'Alert', 'AlertAndBlock'] } }),
    whenType('CertificateThumbprint', hex(40), { action: { enum: ['Allowed', 'BlockAndRemediate', 'AlertAndBlock'] } }),
    whenType('FileSha256', hex(64)),
    whenType('FileMd5', hex(32)),
    whenType('IpAddress', { anyOf: [{ format: 'ipv4' }, { format: 'ipv6' }], not: { pattern: '^(10\\.|127\\.|192\\.168\\.|169\\.254\\.|172\\.(1[6-9]|2\\d|3[01])\\.)' } },
      { action: { enum: ['Allowed', 'Audit', 'Warn', 'Block', 'Alert', 'AlertAndBlock'] } }),
    whenType('DomainName', { format: 'hostname', pattern: '\\.', not: { pattern: '[*/:\\s]' } },
      { action: { enum: ['Allowed', 'Audit', 'Warn', 'Block', 'Alert', 'AlertAndBlock'] } }),
    whenType('Url', { not: { pattern: '[\\\\*\\s]' } }, { action: { enum: ['Allowed', 'Audit', 'Warn', 'Block', 'Alert', 'AlertAndBlock'] } }),
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

export function compileAjv() {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(currentSchema);
}
