// Types of mde-indicator/validate/init: the lean entry, with an explicit init() and no top-level await.
export * from './index.js';
import lean from './index.js';
import type { WasmSource } from '../init.mjs';

/** Instantiates the lean wasm module, once; see `init` of mde-indicator/init. */
export function init(source?: WasmSource): Promise<typeof lean>;
/** Instantiates the lean wasm module from its bytes or a compiled module, on this thread. */
export function initSync(module: BufferSource | WebAssembly.Module): typeof lean;
export default init;
