// Instantiates a web module once, asynchronously (`init`) or from bytes in hand (`initSync`), and
// hands the instance to `bind`, which sets the entry's exported functions. For the entries
// without top-level await: mde-indicator/init, mde-indicator/validate/init and inline/.
export function createLoader(initWasm, initWasmSync, bind) {
  let api;
  let ready;
  /** `source`: a URL or its text, a fetch() Response or its promise, bytes, or a WebAssembly.Module. */
  function init(source) {
    if (ready === undefined) {
      ready = initWasm({ module_or_path: source }).then(() => (api = bind()));
      ready.catch(() => { ready = undefined; }); // a failed fetch may be retried
    }
    return ready;
  }
  /** `module`: the wasm bytes or a WebAssembly.Module; compiles on this thread. */
  function initSync(module) {
    if (api === undefined) {
      initWasmSync({ module });
      api = bind();
      ready = Promise.resolve(api);
    }
    return api;
  }
  return { init, initSync };
}
