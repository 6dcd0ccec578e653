// Types of mde-indicator/init: the package root's, with an explicit init() and no top-level await.
export * from './index.js';
import mde from './index.js';

/** Where the wasm module is, or the module itself: what `init` takes. */
export type WasmSource = string | URL | Request | Response | PromiseLike<Response> | BufferSource | WebAssembly.Module;

/**
 * Instantiates the wasm module, once (later calls return the first call's promise); the other
 * functions are undefined until it resolves. Without `source`, fetches the file that ships beside
 * this entry (which Vite and webpack copy into the build); with the `inline-wasm` condition and in
 * Node, resolves at once.
 */
export function init(source?: WasmSource): Promise<typeof mde>;
/** Instantiates the wasm module from its bytes or a compiled module, on this thread. */
export function initSync(module: BufferSource | WebAssembly.Module): typeof mde;
export default init;
