// Entry of the bundled `mtlslint` command (dist/mtlslint.cjs, built by scripts/bundle.mjs). No top-level
// await: the bundle is CommonJS (see src/loader/chunk-loader.ts).
import { defaultIO, main } from './main.js';
import { StandardOutput } from './standard-output.js';

async function run(): Promise<void> {
  // A reader that stops early (`mtlslint lint … | head`) ends the report there; the run finishes and
  // exits with its usual status (see StandardOutput).
  const out = new StandardOutput(1, () => process.stdout);
  const err = new StandardOutput(2, () => process.stderr);
  const code = await main(process.argv.slice(2), { ...defaultIO(out, err), oneShot: true });
  process.exitCode = code;
  // Once the report is out, the run is over: end now rather than when the event loop drains. V8 keeps
  // compiling the Terraform grammar's hot WASM functions in the background after the last parse, and
  // waiting for that costs more than the whole lint of a small module (a pre-commit run).
  await Promise.all([out.flushed(), err.flushed()]);
  process.exit(code);
}

void run();
