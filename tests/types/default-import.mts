// An ES-module user's default import, of the package root, the lean entry and the browser entry.
import mde from 'mde-indicator';
import lean from 'mde-indicator/validate';
import web from 'mde-indicator/web';
import type { ValidationResult } from 'mde-indicator';

const results: ValidationResult[] = [mde.validate({}), lean.validate({}), web.validate({})];
void results;
void mde.validateBatch([]);
// @ts-expect-error: the default import checks literals as the named functions do.
mde.validate({ indicatorValue: 'x', action: 'Blok' });
// @ts-expect-error: the lean entry's object has no batches.
void lean.validateBatch;
