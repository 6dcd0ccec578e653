// `mde-indicator/validate` for browsers and bundlers: validation alone, over the lean wasm
// module (about a third smaller than the full one), instantiated with top-level await.
import init, * as raw from '../pkg/validate-web/mde_indicator.js';
import { createValidationApi } from '../js/api.mjs';

await init({ module_or_path: new URL('../pkg/validate-web/mde_indicator_bg.wasm', import.meta.url) });

const api = createValidationApi(raw);
export const {
  validate, validateJson, buildPayload, profiles, IndicatorError, indicatorSchema, pointerSegments, toPointer, formatIssue, matchLocale, LOCALES,
} = api;
export default api;
