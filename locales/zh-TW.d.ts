// `mde-indicator/locales/zh-TW`: importing it (for its effect) registers its messages for
// `{ locale: 'zh-TW' }` and formatIssue; it exports nothing.
export {};
