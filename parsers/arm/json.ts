/** Moved to parsers/shared/json.ts (shared with the Bicep parser's JSON parameter files); re-exported for imports in flight. */
export * from '../shared/json.js';
