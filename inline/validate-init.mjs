// `mde-indicator/validate/init` over the inlined lean wasm (./validate.mjs): `init()` resolves at once.
export * from './validate.mjs';
export { init as default } from './validate.mjs';
