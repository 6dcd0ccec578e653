// The indicator form, built from a profile's field list (profiles().<name>.fields): names,
// types, enum options and required marks all come from the package, never from the HTML.
import { el, pointerSegments, issueItem, allIssues, itemLabel } from './dom.js';
import { t } from './i18n.js';

/** A hint from the field's metadata where the control alone does not tell the format. */
function hintOf(field) {
  if (field.type === 'array') return t('hintList');
  if (field.format === 'date-time') return t('hintDateTime');
  if (field.format === 'url') return t('hintUrl');
  if (field.examples) return t('hintText');
  return null;
}

function controlOf(field, ids) {
  const common = { id: ids.control, name: field.name, 'aria-describedby': ids.hint, 'aria-required': field.required ? 'true' : null };
  const choices = field.type === 'boolean' ? ['true', 'false'] : field.enum;
  if (choices) {
    const none = t(field.required ? 'choose' : 'unset');
    return el('select', common, el('option', { value: '' }, none), ...choices.map((value) => el('option', { value }, value)));
  }
  return el('input', {
    ...common,
    type: 'text',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    inputmode: field.format === 'url' ? 'url' : null,
    list: field.examples ? ids.list : null,
  });
}

function rowOf(field) {
  const hint = hintOf(field);
  const ids = { control: `f-${field.name}`, hint: hint ? `h-${field.name}` : null, messages: `m-${field.name}`, list: `l-${field.name}` };
  const control = controlOf(field, ids);
  const messages = el('ul', { id: ids.messages, class: 'issues', hidden: true });
  const node = el(
    'div',
    { class: 'field' },
    el(
      'label',
      { for: ids.control },
      el('span', { class: 'label' }, t('fields')[field.name] ?? field.name),
      ' ',
      el('code', { class: 'name' }, field.name),
      field.required ? el('span', { class: 'required' }, t('required')) : null,
    ),
    control,
    el('p', { class: 'suggestion', id: `s-${field.name}`, hidden: true }),
    field.examples ? el('datalist', { id: ids.list }, ...field.examples.map((value) => el('option', { value }))) : null,
    hint ? el('p', { id: ids.hint, class: 'hint' }, hint) : null,
    messages,
  );
  return { field, node, control, messages, ids };
}

/**
 * Renders the profile's fields into `container`, filled from `values` (name -> text) where
 * the field exists and the value is one of its options. Returns the form's operations.
 */
export function renderForm(container, profile, values) {
  const rows = new Map(profile.fields.map((field) => [field.name, rowOf(field)]));
  container.replaceChildren(...[...rows.values()].map((row) => row.node));

  /** name -> the text of each control ('' when empty or unset). */
  function read() {
    return Object.fromEntries([...rows].map(([name, row]) => [name, row.control.value]));
  }

  /**
   * Sets every control. A value a select does not offer (an action of another profile) stays,
   * as an extra option marked so, and validation says what is wrong with it.
   */
  function write(next) {
    for (const [name, { control }] of rows) {
      const value = next[name] ?? '';
      if (control.tagName === 'SELECT' && ![...control.options].some((o) => o.value === value)) {
        control.append(el('option', { value, 'data-foreign': '' }, `${value} (${t('notInProfile')})`));
      }
      control.value = value;
    }
  }

  /** A line under a field (the refanged form of a value, say), or none. */
  function suggest(name, ...content) {
    const node = rows.get(name)?.node.querySelector('.suggestion');
    if (!node) return;
    node.replaceChildren(...content);
    node.hidden = content.length === 0;
  }

  /**
   * Shows each issue next to its field; returns those that match no field. A `required` error
   * of a field not `touched` yet is not shown there: a fresh form says what is needed without
   * calling it an error (the summary counts them).
   */
  function show(report, touched = null) {
    for (const { control, messages, node, ids } of rows.values()) {
      messages.replaceChildren();
      messages.hidden = true;
      control.removeAttribute('aria-invalid');
      if (ids.hint) control.setAttribute('aria-describedby', ids.hint);
      else control.removeAttribute('aria-describedby');
      delete node.dataset.state;
    }
    const unmapped = [];
    for (const { issue, severity } of allIssues(report)) {
      const segments = pointerSegments(issue.path);
      const row = segments.length > 0 ? rows.get(segments[0]) : undefined;
      if (row && touched && issue.code === 'required' && !touched.has(segments[0])) continue;
      if (!row) {
        unmapped.push({ issue, severity });
        continue;
      }
      row.messages.append(issueItem(issue, severity, itemLabel(segments)));
      row.messages.hidden = false;
      row.control.setAttribute('aria-describedby', [row.ids.messages, row.ids.hint].filter(Boolean).join(' '));
      if (severity === 'error') {
        row.control.setAttribute('aria-invalid', 'true');
        row.node.dataset.state = 'error';
      } else {
        row.node.dataset.state ??= 'warning';
      }
    }
    return unmapped;
  }

  function focus(name) {
    rows.get(name)?.control.focus();
  }

  write(values);
  return { read, write, show, focus, suggest };
}

/**
 * The object to validate: empty inputs are left out (so a missing required field reads as
 * `required`, not as an empty value); lists are split on commas and trimmed.
 */
export function toInput(profile, values) {
  const input = {};
  for (const field of profile.fields) {
    const text = values[field.name] ?? '';
    if (text === '') continue;
    if (field.type === 'array') input[field.name] = text.split(',').map((item) => item.trim());
    else if (field.type === 'boolean') input[field.name] = text === 'true';
    else input[field.name] = text;
  }
  return input;
}

/** Form values from a request body, and the keys of it that have no field in the profile. */
export function valuesFromBody(profile, body) {
  const names = new Set(profile.fields.map((field) => field.name));
  const values = {};
  const leftOut = [];
  for (const [key, value] of Object.entries(body)) {
    if (!names.has(key)) leftOut.push(key);
    else values[key] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return { values, leftOut };
}
