'use strict';
// `mde-indicator/validate` for Node (CommonJS): validation alone, over the lean wasm module.
const { createValidationApi } = require('../dist/api.cjs');

module.exports = createValidationApi(require('../pkg/validate-node/mde_indicator.js'));
