// Entry of the bundled `mtlslint` command (dist/mtlslint.mjs, built by scripts/bundle.mjs).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
