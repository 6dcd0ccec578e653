// `mde-indicator/client` for Node (ES module): the client over the same wasm instance as the
// package root (index.cjs), so that its verdicts are validateBatch's.
import api from '../index.cjs';
import { createClientFor } from '../js/client.mjs';

export { CLOUDS, REGIONS, ClientError, virtualClock, createClientFor } from '../js/client.mjs';
export const createClient = createClientFor(() => api);
