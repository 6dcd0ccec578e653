// `mde-indicator/locales/fr`: importing it (for its effect) registers its messages for
// `{ locale: 'fr' }` and formatIssue; it exports nothing.
export {};
