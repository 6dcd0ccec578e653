// `mde-indicator/locales/es`: importing it (for its effect) registers its messages for
// `{ locale: 'es' }` and formatIssue; it exports nothing.
export {};
