// "Paste JSON" mode: checks what validate and validateBatch read (one indicator, an import body
// {"Indicators": [...]}, an array, NDJSON) and shows every issue as a link to its field or item.
import { el, pointerSegments, issueItem, allIssues } from './dom.js';
import { comma, count, t } from './i18n.js';

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // validateJson reports where the syntax breaks
  }
}

/**
 * Many indicators through validateBatch, as the package reads them: an import body (paths
 * /Indicators/<i>/...), an array or NDJSON (paths /<i>/...). `items` are the parsed items.
 */
function checkBatch(text, kind, items, api, options) {
  const format = kind === 'ndjson' ? 'ndjson' : 'json';
  const report = api.validateBatch(text, { ...options, format, includePayloads: false });
  const errors = [...report.errors, ...report.items.flatMap((item) => item.errors)];
  const warnings = report.items.flatMap((item) => item.warnings);
  return { kind, items, errors, warnings, valid: errors.length === 0 };
}

/** Checks pasted text; `body` is the parsed value (undefined when the text is not JSON). */
export function checkPasted(text, api, options) {
  const body = parse(text);
  if (isObject(body) && Object.hasOwn(body, 'Indicators')) {
    return { ...checkBatch(text, 'import', Array.isArray(body.Indicators) ? body.Indicators : null, api, options), body };
  }
  if (Array.isArray(body)) return { ...checkBatch(text, 'list', body, api, options), body };
  // NDJSON: more than one line, the first a whole JSON value by itself (an object broken over
  // lines is one body with a syntax error, which validateJson points at).
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (body === undefined && lines.length > 1 && parse(lines[0]) !== undefined && api.detectFormat(text) === 'ndjson') {
    return checkBatch(text, 'ndjson', lines.map(parse), api, options);
  }
  const report = api.validateJson(text, options);
  return { kind: 'single', body, errors: report.errors, warnings: report.warnings, valid: report.valid };
}

/** Moves to `node`, opening the <details> it may be folded in. */
function reveal(node) {
  const folded = node.closest('details');
  if (folded) folded.open = true;
  node.focus({ preventScroll: true });
  node.scrollIntoView({ block: 'center' });
}

/**
 * A view of one object: a row per key it has or an issue names (a missing required field
 * gets a row too), each row showing the value as JSON and its issues; issues about the
 * object as a whole come first. Returns the node and the row for a key.
 */
function objectView(value, entries) {
  const own = el('ul', { class: 'issues' });
  const node = el('div', { class: 'body-view' }, own);
  const rows = new Map();
  const rowFor = (key) => {
    if (!rows.has(key)) {
      const present = isObject(value) && Object.hasOwn(value, key);
      const row = el(
        'div',
        { class: 'row', tabindex: '-1' },
        el('span', { class: 'key' }, key),
        el('span', { class: present ? 'value' : 'value absent' }, present ? JSON.stringify(value[key]) : t('absent')),
        el('ul', { class: 'issues' }),
      );
      rows.set(key, row);
      node.append(row);
    }
    return rows.get(key);
  };
  if (isObject(value)) for (const key of Object.keys(value)) rowFor(key);
  else node.append(el('p', { class: 'value' }, JSON.stringify(value)));
  for (const { issue, severity, key } of entries) {
    if (key === undefined) {
      own.append(issueItem(issue, severity));
      continue;
    }
    const row = rowFor(key);
    row.dataset.state = severity === 'error' || row.dataset.state === 'error' ? 'error' : 'warning';
    row.lastChild.append(issueItem(issue, severity));
  }
  return { node, rowFor };
}

const countText = (errors, warnings) => (errors + warnings ? `${count('errors', errors)}${comma()}${count('warnings', warnings)}` : t('valid'));

/**
 * Renders a checked body into `container`: the linked list of issues, then the body itself.
 * Issues about the text as a whole (syntax, not an object) link to `textarea`, at the
 * reported line and column when there is one.
 */
export function renderPasted(container, result, textarea) {
  const entries = allIssues(result).map((entry) => ({ ...entry, segments: pointerSegments(entry.issue.path) }));
  const views = [];
  let targetOf = () => null; // where an issue's link leads; null: the text itself

  if (result.kind === 'single' && result.body !== undefined) {
    const view = objectView(result.body, entries.map((entry) => ({ ...entry, key: entry.segments[0] })));
    views.push(view.node);
    targetOf = ({ segments }) => (segments.length > 0 ? view.rowFor(segments[0]) : null);
  } else if (result.kind !== 'single' && Array.isArray(result.items)) {
    // Items are numbered from 1 for people; their paths keep the API's index from 0.
    const prefix = result.kind === 'import' ? ['Indicators'] : [];
    const byItem = new Map();
    for (const entry of entries) {
      const rest = entry.segments.slice(prefix.length);
      if (prefix.some((key, at) => entry.segments[at] !== key) || rest.length === 0) continue;
      const [index, key] = rest;
      if (!byItem.has(index)) byItem.set(index, []);
      byItem.get(index).push({ ...entry, key });
    }
    const items = result.items.map((item, i) => {
      const own = byItem.get(String(i)) ?? [];
      const view = objectView(item, own);
      const errors = own.filter((e) => e.severity === 'error').length;
      const preview = isObject(item) && typeof item.indicatorValue === 'string' ? ` · ${item.indicatorValue}` : '';
      const summary = el('summary', { title: `/${[...prefix, i].join('/')}` }, `${t('item', i + 1)}${preview} — ${countText(errors, own.length - errors)}`);
      // Items with issues start unfolded; a long clean batch stays short.
      const details = el('details', { class: 'item', open: own.length > 0, 'data-state': errors ? 'error' : own.length ? 'warning' : null }, summary, view.node);
      return { details, summary, view };
    });
    views.push(...items.map((item) => item.details));
    targetOf = ({ segments }) => {
      const rest = segments.slice(prefix.length);
      const item = rest.length > 0 && prefix.every((key, at) => segments[at] === key) ? items[Number(rest[0])] : undefined;
      if (!item) return null;
      return rest.length > 1 ? item.view.rowFor(rest[1]) : item.summary;
    };
  }

  const toText = (issue) => {
    textarea.focus();
    const { line, column } = issue.params;
    if (typeof line !== 'number') return;
    // Columns count characters; the textarea counts UTF-16 units.
    const lines = textarea.value.split('\n');
    const lineStart = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
    const at = lineStart + [...(lines[line - 1] ?? '')].slice(0, column - 1).join('').length;
    textarea.setSelectionRange(at, at + 1);
  };
  const list = el(
    'ul',
    { class: 'issues linked' },
    ...entries.map((entry) => {
      const { issue, severity } = entry;
      const target = targetOf(entry);
      const link = el('button', { type: 'button', class: 'link', on: { click: () => (target ? reveal(target) : toText(issue)) } }, issue.path || t('wholeBody'));
      return issueItem(issue, severity, link);
    }),
  );
  const { items } = result;
  const heading = result.kind === 'single' ? t('single')
    : !Array.isArray(items) ? t('importBody')
      : result.kind === 'import' ? t('importBodyWith', count('indicators', items.length)) : t('listWith', count('indicators', items.length));
  container.replaceChildren(
    el('h3', {}, heading),
    entries.length ? list : null,
    ...views,
  );
}
