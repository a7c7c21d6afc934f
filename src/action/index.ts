// Entry of the bundled GitHub Action (action/dist/index.mjs); see action.yml.
import { runAction } from './run.js';

process.exitCode = await runAction({
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
