// `mde-indicator/validate`: the validation functions of the package and all of its types.
export { validate, validateJson, buildPayload, profiles, IndicatorError, pointerSegments, toPointer, formatIssue, matchLocale, LOCALES } from '../index.js';
export type * from '../index.js';
import type { IndicatorStandardSchema, ValidateOptions } from '../index.js';

/** `validate` as a Standard Schema v1; the package root's also implements Standard JSON Schema. */
export function indicatorSchema(options?: ValidateOptions): IndicatorStandardSchema;
