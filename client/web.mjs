// `mde-indicator/client` for browsers, bundlers and extension service workers (ES module).
// The wasm module is loaded on the first call rather than with top-level await, which service
// workers do not allow; wasm-bindgen's init runs once even when the page's own import of
// mde-indicator loads it too.
import init, * as raw from '../pkg/web/mde_indicator.js';
import { createApi } from '../js/api.mjs';
import { createClientFor } from '../js/client.mjs';

export { CLOUDS, REGIONS, ClientError, virtualClock, createClientFor } from '../js/client.mjs';

let loading;
const loadApi = () => {
  loading ??= init({ module_or_path: new URL('../pkg/web/mde_indicator_bg.wasm', import.meta.url) }).then(() => createApi(raw));
  return loading;
};

export const createClient = createClientFor(loadApi);
