// Pins each fixture issue's params: after a reviewed change of params, run
//   MDE_REGENERATE=1 cargo test --test fixtures fixture_cases; node scripts/pin-fixture-params.mjs
// It rewrites tests/fixtures/cases.json's `[path, code, params]` triples from what the core gave
// (target/fixture-issues.json), and refuses when a path or code differs from what is pinned:
// those are verdict changes, which are edited by hand.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../tests/fixtures/cases.json', import.meta.url);
const doc = JSON.parse(readFileSync(file, 'utf8'));
const actual = JSON.parse(readFileSync(new URL('../target/fixture-issues.json', import.meta.url), 'utf8'));
const key = ([path, code]) => `${path} ${code}`;
let problems = 0;
doc.cases.forEach((c, index) => {
  for (const [profile, expect] of Object.entries(c.expect)) {
    const got = actual[`${index}/${profile}`];
    for (const list of ['errors', 'warnings']) {
      const pool = [...got[list]];
      expect[list] = expect[list].map((pinned) => {
        const at = pool.findIndex((issue) => key(issue) === key(pinned));
        if (at < 0) { problems++; console.error(`${c.name} [${profile}]: ${key(pinned)} not produced`); return pinned; }
        return pool.splice(at, 1)[0];
      });
      for (const extra of pool) { problems++; console.error(`${c.name} [${profile}]: ${key(extra)} produced, not pinned`); }
    }
  }
});
if (problems) process.exit(1);
writeFileSync(file, JSON.stringify(doc, null, 1) + '\n');
