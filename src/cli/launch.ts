// What the bundled command (dist/mtlslint.cjs) runs first for `lint`, before the chunk loader and
// the chunks (built on its own as dist/client.cjs by scripts/bundle.mjs): a `--use-server` run is
// handed to the server (src/server/) having loaded only this, Node's `net` and its output streams;
// any other run, or one no server answers, goes on to the CLI as usual.
import { wantsServer } from '../server/wants-server.js';

/** `dir`: the bundle's directory (the server of this build is named by it); `entry`: runs the CLI in this process. */
export function launch(dir: string, entry: () => void): void {
  const argv = process.argv.slice(2);
  if (!wantsServer(argv, process.env)) return entry();
  void (async () => {
    // Loaded here, not when the launcher requires this file: a `lint` run that is not for the server pays for `wantsServer` only.
    const [{ lintThroughServer, startServerInBackground }, { StandardOutput }] = await Promise.all([import('../server/use-server.js'), import('./standard-output.js')]);
    const out = new StandardOutput(1, () => process.stdout);
    const err = new StandardOutput(2, () => process.stderr);
    let code: number | undefined;
    try {
      code = await lintThroughServer(argv, { stdout: (t) => out.write(t), stderr: (t) => err.write(t), cwd: process.cwd(), env: process.env, isTTY: out.isTTY }, dir);
    } catch {
      code = undefined; // any failure to reach the server: this process lints
    }
    if (code === undefined) {
      // None answered: this process lints, and a server starts for the next runs (not in CI).
      startServerInBackground(process.env, dir);
      entry();
      return;
    }
    process.exitCode = code;
    await Promise.all([out.flushed(), err.flushed()]);
    process.exit(code);
  })();
}
