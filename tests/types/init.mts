// The entries with an explicit init(), for targets without top-level await.
import init, { validate, initSync } from 'mde-indicator/init';
import initLean, { validate as leanValidate } from 'mde-indicator/validate/init';
import type { ValidationResult, WasmSource } from 'mde-indicator/init';

const source: WasmSource = new URL('https://example.invalid/mde_indicator_bg.wasm');
const api = await init(source);
const results: ValidationResult[] = [api.validate({}), validate({}), (await initLean()).validate({}), leanValidate({})];
void results;
void api.validateBatch;
void initSync;
// @ts-expect-error: the lean module has no batches.
void (await initLean()).validateBatch;
// @ts-expect-error: literals are checked here too.
validate({ indicatorType: 'Sha256' });
