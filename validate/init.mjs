// `mde-indicator/validate/init`: the lean entry without top-level await (see ../init.mjs).
import { init as initFrom } from '../js/instance/lean.mjs';

export * from '../js/instance/lean.mjs';

/** Instantiates the lean wasm module once; resolves to the validation API as one object. */
export function init(source = new URL('../pkg/validate-web/mde_indicator_bg.wasm', import.meta.url)) {
  return initFrom(source);
}
export default init;
