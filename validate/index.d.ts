// `mde-indicator/validate`: the validation functions of the package and all of its types.
export { validate, validateJson, buildPayload, profiles, IndicatorError } from '../index.js';
export type * from '../index.js';
