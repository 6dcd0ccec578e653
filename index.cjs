'use strict';
// Node (CommonJS) entry: the wasm module compiled synchronously at require() time.
const { createApi } = require('./dist/api.cjs');

module.exports = createApi(require('./pkg/node/mde_indicator.js'));
