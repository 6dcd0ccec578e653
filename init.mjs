// `mde-indicator/init`: the browser and bundler entry without top-level await, for targets that
// do not allow it (es2020, iife and CommonJS bundles, older browsers). `await init()` once; the
// functions are undefined until it resolves. Without an argument it fetches the wasm file beside
// this one, which Vite and webpack copy into the build; `init(source)` takes another location,
// a Response, the bytes or a compiled module, and `initSync(bytes)` compiles in place.
import { init as initFrom } from './js/instance/full.mjs';

export * from './js/instance/full.mjs';

/** Instantiates the wasm module once; resolves to the API as one object. */
export function init(source = new URL('./pkg/web/mde_indicator_bg.wasm', import.meta.url)) {
  return initFrom(source);
}
export default init;
