// mde-indicator/validate's functions over the lean web module, as live bindings that are
// undefined until `init` or `initSync` has instantiated it. Entries: validate/init.mjs,
// inline/validate.mjs.
import initWasm, * as raw from '../../pkg/validate-web/mde_indicator.js';
import { createValidationApi, IndicatorError, pointerSegments, toPointer } from '../api.mjs';
import { createLoader } from './loader.mjs';

export { IndicatorError, pointerSegments, toPointer };
export let validate, validateJson, buildPayload, profiles, indicatorSchema;

function bind() {
  const api = createValidationApi(raw);
  ({ validate, validateJson, buildPayload, profiles, indicatorSchema } = api);
  return api;
}

export const { init, initSync } = createLoader(initWasm, raw.initSync, bind);
