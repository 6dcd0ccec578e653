// Compiled with `tsc --strict` by npm test: indicatorSchema() is a Standard Schema and a Standard
// JSON Schema as @standard-schema/spec declares them, and its inferred input and output types
// are exactly Indicator and Payload.
import type { StandardJSONSchemaV1, StandardSchemaV1 } from '@standard-schema/spec';
import { indicatorSchema, toJsonSchema } from 'mde-indicator';
import type { Indicator, Payload } from 'mde-indicator';
import * as lean from 'mde-indicator/validate';

/** `true` only when A and B are the same type (not merely assignable either way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exactly = <T extends true>(): T => true as T;

const schema = indicatorSchema({ profile: 'current' });
const standard: StandardSchemaV1<Indicator, Payload> = schema;
const json: StandardJSONSchemaV1<Indicator, Payload> = schema;
const fromLean: StandardSchemaV1<Indicator, Payload> = lean.indicatorSchema();
// @ts-expect-error: the lean entry's is a Standard Schema only, without jsonSchema.
const leanJson: StandardJSONSchemaV1<Indicator, Payload> = lean.indicatorSchema();

exactly<Equal<StandardSchemaV1.InferInput<typeof schema>, Indicator>>();
exactly<Equal<StandardSchemaV1.InferOutput<typeof schema>, Payload>>();
exactly<Equal<StandardJSONSchemaV1.InferInput<typeof schema>, Indicator>>();
exactly<Equal<StandardJSONSchemaV1.InferOutput<typeof schema>, Payload>>();
// The check itself can fail: a different type is not "equal".
// @ts-expect-error: Payload is not the input type.
exactly<Equal<StandardSchemaV1.InferInput<typeof schema>, Payload>>();

const result = schema['~standard'].validate({ indicatorValue: '8.8.8.8' });
if (result.issues) {
  const path: ReadonlyArray<string | number> = result.issues[0]?.path ?? [];
  const code: string = result.issues[0]?.code ?? '';
  void path;
  void code;
} else {
  const body: Payload = result.value;
  void body;
}
const warningCodes: string[] = result.warnings.map((w) => w.code);
const input: Record<string, unknown> = json['~standard'].jsonSchema.input({ target: 'draft-2020-12' });
const output: Record<string, unknown> = schema['~standard'].jsonSchema.output({ target: 'openapi-3.0' });
const direct: Record<string, unknown> = toJsonSchema({ profile: '2022', target: 'draft-07', io: 'output', allowUndocumented: true });
// @ts-expect-error: the targets are a closed list in toJsonSchema's options.
toJsonSchema({ target: 'draft-04' });
void standard;
void fromLean;
void leanJson;
void warningCodes;
void input;
void output;
void direct;
