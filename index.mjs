// Node ES-module entry. It shares the CommonJS instance, so `import` and `require` in one
// process use one wasm module and one set of classes (`instanceof IndicatorError` holds).
import api from './index.cjs';

export const {
  validate, validateJson, buildPayload, profiles, IndicatorError, indicatorSchema,
  validateBatch, createBatchValidator, toImportBodies, planSubmission, readImportResponse, readServiceError, toCsv,
  extract, detectType, refang, defang, toJsonSchema, formats, detectFormat, pointerSegments, toPointer,
  formatIssue, matchLocale, LOCALES,
} = api;

export const { fromStix, fromMisp, createFeedReader, detectFeed } = api;

/** The whole API as one object, for `import mde from 'mde-indicator'`. */
export default api;
