'use strict';
// A lint worker thread (src/engine/lint-pool.ts): loads the bundle's chunks with V8's code cache (loader.cjs, src/loader/).
require('./loader.cjs').runEntry(__dirname, 'lint-worker-main-SXZKZDMN.cjs', 'worker');
