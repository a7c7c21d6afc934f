export * from './source.js';
export * from './setting.js';
export * from './entities.js';
export * from './parse-result.js';
export * from './paths.js';
