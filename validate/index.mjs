// `mde-indicator/validate` for Node (ES module), sharing the CommonJS instance as index.mjs does.
import api from './index.cjs';

export const { validate, validateJson, buildPayload, profiles, IndicatorError, indicatorSchema, pointerSegments, toPointer, formatIssue, matchLocale, LOCALES } = api;
export default api;
