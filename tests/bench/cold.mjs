// One cold start, in the fresh Node process that run.mjs spawns for it: `node cold.mjs NAME`
// prints one JSON line of milliseconds.
//   ready  the step the benchmark compares: for mde-indicator the compile + instantiate of the
//          wasm (timed around the glue's own `new WebAssembly.Module` / `Instance`, with its real
//          imports); for ajv `new Ajv` + ajv-formats + `ajv.compile`; for zod and valibot the
//          schema construction
//   load   the rest of loading: require/import of the package (for mde-indicator: reading the
//          .wasm file, the JS glue and the API, without compile and instantiate)
//   first  the first validation of one valid indicator (lazy compilation, JIT warm-up)
// NAME `mde` is the package root (the full module), `mde-validate` the lean
// `mde-indicator/validate` entry.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const name = process.argv[2];
const sample = {
  indicatorValue: '8.8.8.8', indicatorType: 'IpAddress', action: 'Block', title: 'C2 server', description: 'Seen in campaign 42',
  severity: 'High', expirationTime: '2027-06-01T00:00:00Z', generateAlert: true,
};
const ms = () => performance.now();
let result;

if (name === 'mde' || name === 'mde-validate') {
  const { Module, Instance } = WebAssembly;
  let compile = 0;
  let instantiate = 0;
  WebAssembly.Module = function TimedModule(...args) {
    const t = ms();
    const m = new Module(...args);
    compile += ms() - t;
    return m;
  };
  WebAssembly.Instance = function TimedInstance(...args) {
    const t = ms();
    const i = new Instance(...args);
    instantiate += ms() - t;
    return i;
  };
  const t0 = ms();
  const mde = createRequire(import.meta.url)(name === 'mde' ? '../..' : '../../validate/index.cjs');
  const t1 = ms();
  const valid = mde.validate(sample).valid;
  const t2 = ms();
  Object.assign(WebAssembly, { Module, Instance });
  result = { ready: compile + instantiate, compile, instantiate, load: t1 - t0 - compile - instantiate, first: t2 - t1, valid };
} else {
  const [create, check] = {
    ajv: ['createAjvValidator', 'ajvCheck'],
    zod: ['createZodSchema', 'zodCheck'],
    valibot: ['createValibotSchema', 'valibotCheck'],
  }[name] ?? [];
  if (!create) throw new Error(`unknown contender ${name}`);
  const t0 = ms();
  const peer = await import(`./peers/${name}.mjs`);
  const t1 = ms();
  const schema = peer[create]();
  const t2 = ms();
  const { valid } = peer[check](schema, sample);
  const t3 = ms();
  result = { ready: t2 - t1, load: t1 - t0, first: t3 - t2, valid };
}
console.log(JSON.stringify(result));
