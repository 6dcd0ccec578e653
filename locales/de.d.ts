// `mde-indicator/locales/de`: importing it (for its effect) registers its messages for
// `{ locale: 'de' }` and formatIssue; it exports nothing.
export {};
