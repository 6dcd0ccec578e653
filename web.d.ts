// The browser entry has the same API as the Node entry.
export * from './index.js';
