// Entry of the bundled `mtlslint` command (dist/mtlslint.cjs, built by scripts/bundle.mjs). No top-level
// await: the bundle is CommonJS (see src/loader/chunk-loader.ts).
import { wantsServer } from '../server/wants-server.js';
import { defaultIO, main } from './main.js';
import { StandardOutput } from './standard-output.js';

async function run(): Promise<void> {
  // A reader that stops early (`mtlslint lint … | head`) ends the report there; the run finishes and
  // exits with its usual status (see StandardOutput).
  const out = new StandardOutput(1, () => process.stdout);
  const err = new StandardOutput(2, () => process.stderr);
  const argv = process.argv.slice(2);
  const io = { ...defaultIO(out, err), oneShot: true };
  // `lint --use-server`: the server of this build lints when one runs (warm: see src/server/); else this process does, and starts one for the next runs.
  const server = wantsServer(argv, io.env) ? await import('../server/use-server.js') : undefined;
  let code = await server?.lintThroughServer(argv, io);
  if (code === undefined) {
    code = await main(argv, io);
    server?.startServerInBackground(io.env);
  }
  process.exitCode = code;
  // Once the report is out, the run is over: end now rather than when the event loop drains. V8 keeps
  // compiling the Terraform grammar's hot WASM functions in the background after the last parse, and
  // waiting for that costs more than the whole lint of a small module (a pre-commit run).
  await Promise.all([out.flushed(), err.flushed()]);
  process.exit(code);
}

void run();
