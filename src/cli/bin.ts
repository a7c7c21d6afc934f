// Entry of the bundled `mtlslint` command (dist/mtlslint.cjs, built by scripts/bundle.mjs). No top-level
// await: the bundle is CommonJS (see src/loader/chunk-loader.ts).
import { defaultIO, main } from './main.js';

// A reader that stops early (`mtlslint lint … | head`) closes the pipe: what is left of the report
// has nowhere to go, which is the reader's choice, not an error. The run finishes and exits with its
// usual status; any other stream error still surfaces.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed.add(stream);
  });
}

async function run(): Promise<void> {
  const code = await main(process.argv.slice(2), { ...defaultIO(), oneShot: true });
  process.exitCode = code;
  // Once the report is out, the run is over: end now rather than when the event loop drains. V8 keeps
  // compiling the Terraform grammar's hot WASM functions in the background after the last parse, and
  // waiting for that costs more than the whole lint of a small module (a pre-commit run).
  const flushed = (stream: NodeJS.WriteStream): Promise<void> =>
    closed.has(stream) || stream.destroyed ? Promise.resolve() : new Promise((done) => stream.write('', () => done()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

void run();
