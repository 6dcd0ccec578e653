// Compiled with `tsc --noEmit` by npm test: the declarations must describe real usage, and
// narrowing on `code` must type `params`.
import * as mde from 'mde-indicator';
import type { Issue, Payload, ProfileInfo, ValidationResult } from 'mde-indicator';

const result: ValidationResult = mde.validate({ indicatorValue: '8.8.8.8' }, { profile: '2022', now: new Date() });
if (result.valid) {
  const body: Payload = result.payload;
  const value: string = body.indicatorValue;
  void value;
} else {
  for (const issue of result.errors) {
    if (issue.code === 'invalid_hash') {
      const expected: number = issue.params.expectedLength;
      void expected;
    }
    if (issue.code === 'unknown_field') {
      const suggestion: string | null = issue.params.suggestion;
      void suggestion;
    }
  }
}
const warning: Issue<'legacy_action'> | undefined = undefined;
void warning;
const info: ProfileInfo = mde.profiles().current;
const host: string = info.host;
void host;
try {
  mde.buildPayload({}, { profile: 'current' });
} catch (error) {
  if (error instanceof mde.IndicatorError) {
    const paths: string[] = error.errors.map((e) => e.path);
    void paths;
  }
}
// @ts-expect-error: an unknown profile name is a type error too.
mde.validate({}, { profile: '2019' });
