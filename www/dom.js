import { t } from './i18n.js';

// DOM helpers shared by the page's modules. Every string child becomes a Text node, so text a
// user typed or pasted can never turn into markup.

/**
 * Creates an element. `props`: attributes, except `class` (a string), `hidden` (a boolean)
 * and `on` (event name -> handler). Children: nodes, strings, or null/false (skipped).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'on') for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    else if (key === 'class') node.className = value;
    else if (key === 'hidden') node.hidden = true;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

let core;
/** Hands over the loaded package (web.mjs), for what only it knows. app.js calls it once. */
export function useApi(api) {
  core = api;
}

/** A JSON pointer's segments, unescaped: `/rbacGroupNames/1` -> ['rbacGroupNames', '1']. */
export const pointerSegments = (path) => core.pointerSegments(path);

/**
 * One issue as a list item: severity and message, the code as its title. `where` (text or a node) says where,
 * when the place it shows is not precise enough (an array item, a path in a list).
 */
export function issueItem(issue, severity, where) {
  // The code is for programs and bug reports: on hover and in the DOM, not in the sentence.
  return el(
    'li',
    { class: `issue ${severity}`, title: issue.code, 'data-code': issue.code },
    el('span', { class: 'severity' }, t(severity === 'error' ? 'error' : 'warning')),
    ' ',
    where ? el('span', { class: 'where' }, where, ': ') : null,
    el('span', { class: 'message' }, issue.message),
  );
}

/** Errors then warnings, each tagged with its severity. */
export const allIssues = (report) => [
  ...report.errors.map((issue) => ({ issue, severity: 'error' })),
  ...report.warnings.map((issue) => ({ issue, severity: 'warning' })),
];

/** Where in an array field an issue lies (`item 2` for `/rbacGroupNames/1`), else null. */
export function itemLabel(segments) {
  return segments.length > 1 && /^\d+$/.test(segments[1]) ? t('item', Number(segments[1]) + 1) : null;
}
