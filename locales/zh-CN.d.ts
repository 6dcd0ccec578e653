// `mde-indicator/locales/zh-CN`: importing it (for its effect) registers its messages for
// `{ locale: 'zh-CN' }` and formatIssue; it exports nothing.
export {};
