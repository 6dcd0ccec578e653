// `mde-indicator/locales/nl`: importing it (for its effect) registers its messages for
// `{ locale: 'nl' }` and formatIssue; it exports nothing.
export {};
