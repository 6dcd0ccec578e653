// `mde-indicator/init` over the inlined wasm (./index.mjs): `init()` resolves at once.
export * from './index.mjs';
export { init as default } from './index.mjs';
