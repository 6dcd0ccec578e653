// `mde-indicator/validate` with the lean wasm inlined (see ./index.mjs).
import { initSync } from '../js/instance/lean.mjs';
import wasm from '../pkg/validate-web/mde_indicator_bg.wasm.mjs';
import { bytesOfBase64 } from '../js/base64.mjs';

export * from '../js/instance/lean.mjs';
export default initSync(bytesOfBase64(wasm));
