'use strict';
// The mtlslint command: loads the bundle's chunks with V8's code cache (loader.cjs, src/loader/).
require('./loader.cjs').runEntry(__dirname, 'mtlslint-main-MYY3J33K.cjs');
