// indicatorSchema() and toJsonSchema() with their real consumers: a form library that takes a
// Standard Schema (TanStack Form's core, which runs without React), an OpenAPI 3.0 document
// checked by a maintained OpenAPI validator (@apidevtools/swagger-parser), and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FieldApi, FormApi } from '@tanstack/form-core';
import SwaggerParser from '@apidevtools/swagger-parser';
import * as mde from '../../index.mjs';
import * as lean from '../../validate/index.mjs';

const now = '2026-01-01T00:00:00Z';
const GOOD = { indicatorValue: '45.33.32.156', indicatorType: 'IpAddress', action: 'Block', title: 'Scanner', description: 'Port scans' };

test('a Standard Schema v1: version, vendor, validate giving the payload or the errors with key paths', () => {
  for (const [entry, api] of [['package root', mde], ['mde-indicator/validate', lean]]) {
    const schema = api.indicatorSchema({ profile: 'current', now });
    const props = schema['~standard'];
    assert.equal(props.version, 1);
    assert.equal(props.vendor, 'mde-indicator');
    assert.equal(props.types, undefined, 'types are for TypeScript only');

    const ok = props.validate({ ...GOOD, indicatorValue: '2600:3c01::f03c:91ff:fe18:bb2f', rbacGroupNames: 'Tier 1, Servers' });
    assert.equal(ok.issues, undefined, entry);
    assert.deepEqual(ok.value, mde.buildPayload({ ...GOOD, indicatorValue: '2600:3c01::f03c:91ff:fe18:bb2f', rbacGroupNames: 'Tier 1, Servers' }));
    assert.deepEqual(ok.warnings.map((w) => w.code), ['rbac_group_names_as_string'], `${entry}: warnings never fail, and are there to read`);

    const bad = props.validate({ ...GOOD, title: undefined, rbacGroupNames: ['a', ' '], 'a/b~c': 1 });
    const byPath = bad.issues.map((i) => [i.path, i.code]);
    assert.deepEqual(byPath.sort(), [[['a/b~c'], 'unknown_field'], [['rbacGroupNames', 1], 'empty_value'], [['title'], 'required']].sort(), entry);
    for (const issue of bad.issues) assert.ok(issue.message.length > 0);
    assert.deepEqual(props.validate('8.8.8.8').issues.map((i) => [i.path, i.code]), [[[], 'invalid_type']], `${entry}: the whole input is the empty path`);
    // An object key that looks like an index stays a key.
    const keyed = props.validate({ ...GOOD, rbacGroupNames: { 0: 'a' } });
    assert.deepEqual(keyed.issues.map((i) => i.path), [['rbacGroupNames']]);
  }
});

test('indicatorSchema: bad options throw at once, as validate would; the options are fixed when it is made', () => {
  assert.throws(() => mde.indicatorSchema({ profile: '2019' }), { message: /unknown profile "2019"/ });
  assert.throws(() => lean.indicatorSchema({ now: 'soon' }), { message: /options\.now/ });
  assert.throws(() => mde.indicatorSchema('current'), TypeError);
  const options = { profile: '2021' };
  const schema = mde.indicatorSchema(options);
  options.profile = 'current';
  const block = schema['~standard'].validate(GOOD);
  assert.deepEqual(block.issues.map((i) => i.code), ['enum_not_in_profile'], 'Block came in 2022: still judged by 2021');
});

test('the Standard JSON Schema interface: input and output per target, the same as toJsonSchema; unknown targets throw', () => {
  const schema = mde.indicatorSchema({ profile: '2022', allowUndocumented: true });
  const { jsonSchema } = schema['~standard'];
  for (const target of ['draft-2020-12', 'draft-07', 'openapi-3.0']) {
    assert.deepEqual(jsonSchema.input({ target }), mde.toJsonSchema({ profile: '2022', target, io: 'input', allowUndocumented: true }));
    assert.deepEqual(jsonSchema.output({ target }), mde.toJsonSchema({ profile: '2022', target, io: 'output', allowUndocumented: true }));
  }
  assert.ok('bypassDurationHours' in jsonSchema.input({ target: 'draft-07' }).properties);
  assert.throws(() => jsonSchema.input({ target: 'draft-04' }), { message: /unknown target "draft-04"/ });
  assert.throws(() => jsonSchema.output({}), TypeError);
  assert.equal(lean.indicatorSchema()['~standard'].jsonSchema, undefined, 'the lean entry is a Standard Schema only');
});

/** A form over `fields`, validated by indicatorSchema() on change and on submit. */
function indicatorForm(defaultValues, fields, submitted) {
  const schema = lean.indicatorSchema({ profile: 'current', now });
  const form = new FormApi({ defaultValues, validators: { onChange: schema, onSubmit: schema }, onSubmit: ({ value }) => submitted.push(value) });
  form.mount();
  const api = Object.fromEntries(fields.map((name) => {
    const field = new FieldApi({ form, name });
    field.mount();
    return [name, field];
  }));
  return { form, fields: api };
}

const errorsOf = (form) => Object.fromEntries(Object.entries(form.state.fieldMeta).map(([name, meta]) => [name, meta.errors.map((e) => e.code)]));

test('TanStack Form: indicatorSchema() validates the form, each error lands on its field, a valid form submits', async () => {
  const submitted = [];
  const names = ['indicatorValue', 'indicatorType', 'action', 'title', 'description', 'generateAlert', 'rbacGroupNames', 'rbacGroupNames[1]'];
  const { form, fields } = indicatorForm({ ...GOOD, indicatorValue: '10.1.2.3', action: 'Audit', rbacGroupNames: ['Tier 1', ' '] }, names, submitted);

  fields.title.handleChange('  ');
  assert.deepEqual(errorsOf(form), {
    indicatorValue: ['ip_not_global'], indicatorType: [], action: [], title: ['empty_value'], description: [],
    generateAlert: ['audit_requires_generate_alert'], rbacGroupNames: [], 'rbacGroupNames[1]': ['empty_value'],
  });
  await form.handleSubmit();
  assert.equal(submitted.length, 0, 'an invalid form is not submitted');
  assert.equal(form.state.canSubmit, false);

  fields.indicatorValue.handleChange('8.8.4.4');
  fields.title.handleChange('Scanner');
  fields.generateAlert.handleChange(true);
  fields['rbacGroupNames[1]'].handleChange('Servers');
  assert.deepEqual(Object.values(errorsOf(form)).flat(), []);
  await form.handleSubmit();
  assert.equal(submitted.length, 1);
  assert.deepEqual(mde.validate(submitted[0], { now }).valid, true);
});

test('an OpenAPI 3.0 document using the openapi-3.0 schemas passes @apidevtools/swagger-parser, in every profile', async () => {
  for (const profile of Object.keys(mde.profiles())) {
    const document = {
      openapi: '3.0.3',
      info: { title: 'Defender for Endpoint indicators', version: profile },
      paths: {
        '/api/indicators': {
          post: {
            requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Indicator' } } } },
            responses: { 200: { description: 'The indicator', content: { 'application/json': { schema: { $ref: '#/components/schemas/Payload' } } } } },
          },
        },
      },
      components: {
        schemas: {
          Indicator: mde.toJsonSchema({ profile, target: 'openapi-3.0' }),
          Payload: mde.toJsonSchema({ profile, target: 'openapi-3.0', io: 'output', allowUndocumented: true }),
        },
      },
    };
    const checked = await SwaggerParser.validate(structuredClone(document));
    assert.equal(checked.components.schemas.Indicator['x-mde-profile'], profile);
  }
  // The validator does check Schema Objects: a draft 2020-12 schema (const, if/then, $schema) is refused.
  const wrong = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Indicator: mde.toJsonSchema({ target: 'draft-2020-12' }) } } };
  await assert.rejects(SwaggerParser.validate(wrong));
});

const bin = fileURLToPath(new URL('../../bin/mde-indicator.mjs', import.meta.url));

test('mde-indicator schema prints toJsonSchema() for --profile, --target and --io; misuse exits 2 naming what is known', () => {
  const printed = execFileSync(process.execPath, [bin, 'schema', '--profile', '2022', '--target', 'openapi-3.0', '--io', 'output'], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(printed), mde.toJsonSchema({ profile: '2022', target: 'openapi-3.0', io: 'output' }));
  assert.deepEqual(JSON.parse(execFileSync(process.execPath, [bin, 'schema'], { encoding: 'utf8' })), mde.toJsonSchema());
  const undocumented = JSON.parse(execFileSync(process.execPath, [bin, 'schema', '--allow-undocumented'], { encoding: 'utf8' }));
  assert.ok('bypassDurationHours' in undocumented.properties);

  const bad = spawnSync(process.execPath, [bin, 'schema', '--target', 'draft-04'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /unknown target "draft-04"; use one of draft-2020-12, draft-07, openapi-3\.0/);
  const extra = spawnSync(process.execPath, [bin, 'schema', 'file.json'], { encoding: 'utf8' });
  assert.equal(extra.status, 2);

  const help = execFileSync(process.execPath, [bin, 'schema', '--help'], { encoding: 'utf8' });
  // The help names exactly the targets and profiles the core knows.
  const known = /use one of (.*?) \(see/.exec(bad.stderr)[1].split(', ');
  for (const target of known) assert.ok(help.includes(target), `--help names ${target}`);
  for (const profile of Object.keys(mde.profiles())) assert.ok(help.includes(profile));
  assert.match(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }), /mde-indicator schema/);
});

test("the README's list of what a schema cannot express is the schemas' x-mde-not-expressed", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = /<!-- not-expressed:start -->\n([\s\S]*?)<!-- not-expressed:end -->/.exec(readme)[1];
  const listed = section.trim().split('\n').map((line) => line.replace(/^- /, ''));
  for (const profile of Object.keys(mde.profiles())) {
    assert.deepEqual(listed, mde.toJsonSchema({ profile })['x-mde-not-expressed']);
  }
});
