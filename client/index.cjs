'use strict';
// `mde-indicator/client` for Node (CommonJS): dist/client.cjs (built from js/client.mjs) over the
// package root's wasm instance.
const api = require('../index.cjs');
const client = require('../dist/client.cjs');

module.exports = {
  createClient: client.createClientFor(() => api),
  createClientFor: client.createClientFor,
  CLOUDS: client.CLOUDS,
  REGIONS: client.REGIONS,
  ClientError: client.ClientError,
  virtualClock: client.virtualClock,
};
