// Browser and bundler entry (ES module). Fetches and instantiates the wasm next to this file
// with top-level await, so importers get the same synchronous API as in Node.
import init, * as raw from './pkg/web/mde_indicator.js';
import { createApi } from './js/api.mjs';

await init({ module_or_path: new URL('./pkg/web/mde_indicator_bg.wasm', import.meta.url) });
const api = createApi(raw);

export const {
  validate, validateJson, buildPayload, profiles, IndicatorError, indicatorSchema,
  validateBatch, createBatchValidator, toImportBodies, planSubmission, readImportResponse, readServiceError, toCsv,
  extract, detectType, refang, defang, toJsonSchema, formats, detectFormat, pointerSegments, toPointer,
  formatIssue, matchLocale, LOCALES,
} = api;

export const { fromStix, fromMisp, createFeedReader, detectFeed } = api;

/** The whole API as one object, for `import mde from 'mde-indicator'`. */
export default api;
