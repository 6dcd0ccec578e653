// The package root's functions over the full web module, as live bindings that are undefined
// until `init` or `initSync` has instantiated it. Entries: init.mjs, inline/index.mjs.
import initWasm, * as raw from '../../pkg/web/mde_indicator.js';
import { createApi, IndicatorError, pointerSegments, toPointer } from '../api.mjs';
import { createLoader } from './loader.mjs';

export { IndicatorError, pointerSegments, toPointer };
export let validate, validateJson, buildPayload, profiles, indicatorSchema, validateBatch, createBatchValidator, toImportBodies,
  planSubmission, readImportResponse, readServiceError, toCsv, extract, detectType, refang, defang, toJsonSchema, formats,
  detectFormat, fromStix, fromMisp, createFeedReader, detectFeed;

function bind() {
  const api = createApi(raw);
  ({
    validate, validateJson, buildPayload, profiles, indicatorSchema, validateBatch, createBatchValidator, toImportBodies,
    planSubmission, readImportResponse, readServiceError, toCsv, extract, detectType, refang, defang, toJsonSchema, formats,
    detectFormat, fromStix, fromMisp, createFeedReader, detectFeed,
  } = api);
  return api;
}

export const { init, initSync } = createLoader(initWasm, raw.initSync, bind);
