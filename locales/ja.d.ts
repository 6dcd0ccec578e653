// `mde-indicator/locales/ja`: importing it (for its effect) registers its messages for
// `{ locale: 'ja' }` and formatIssue; it exports nothing.
export {};
