// The package root with its wasm inlined as base64 and compiled at import, on this thread: no
// file to copy, no fetch, no top-level await, so it works in every bundler and output format.
// Chosen by the `inline-wasm` export condition, by require() in a browser bundle, and in Node for
// `mde-indicator/init`. It costs about a third more bytes than the wasm file, and the module is
// compiled only once the script has arrived (the file entries stream it).
import { initSync } from '../js/instance/full.mjs';
import wasm from '../pkg/web/mde_indicator_bg.wasm.mjs';
import { bytesOfBase64 } from '../js/base64.mjs';

export * from '../js/instance/full.mjs';
export default initSync(bytesOfBase64(wasm));
